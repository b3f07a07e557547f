"""Where the project's folders are. Overridable with HIL_-prefixed environment variables."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _folder(variable: str, default: Path) -> Path:
    return Path(os.environ.get(variable, default)).resolve()


def firmware_dir() -> Path:
    return PROJECT_ROOT / "firmware"


def models_dir() -> Path:
    """Folder of model recipes (`HIL_MODELS_DIR`)."""
    return _folder("HIL_MODELS_DIR", PROJECT_ROOT / "models")


def benchmarks_dir() -> Path:
    return _folder("HIL_BENCHMARKS_DIR", PROJECT_ROOT / "benchmarks")


def artifacts_dir() -> Path:
    """Content-addressed cache of trained and converted models (`HIL_ARTIFACTS_DIR`)."""
    return _folder("HIL_ARTIFACTS_DIR", PROJECT_ROOT / "artifacts")


def build_dir() -> Path:
    """Rendered firmware projects and their builds (`HIL_BUILD_DIR`)."""
    return _folder("HIL_BUILD_DIR", PROJECT_ROOT / "build")


def cache_dir() -> Path:
    """Tool caches, e.g. the project's PlatformIO core folder (`HIL_CACHE_DIR`)."""
    return _folder("HIL_CACHE_DIR", PROJECT_ROOT / ".cache")


def results_dir() -> Path:
    """Results tables and history (`HIL_RESULTS_DIR`)."""
    return _folder("HIL_RESULTS_DIR", PROJECT_ROOT / "results")
