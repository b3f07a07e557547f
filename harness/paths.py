"""Where things are.

Read-only resources ship with the package: an installed wheel carries the firmware sources, the
board environments (platformio.ini), the zoo's recipes and the benchmark suites under
harness/_bundled/ (the build maps the repository's top-level folders there); a source checkout
uses those folders where they are.

Writable state (artifact cache, firmware builds, tool caches, results) belongs to the user's
project: `.hil/` in the nearest folder from the working directory up that holds a
pyproject.toml (else in the working directory), or in `HIL_HOME`; each part can be moved on its
own with a HIL_*_DIR variable. Nothing is ever written inside the installed package.
"""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_ROOT = PACKAGE_DIR.parent  # the repository, when running from a source checkout
_BUNDLED = PACKAGE_DIR / "_bundled"


def _resource(name: str) -> Path:
    bundled = _BUNDLED / name
    return bundled if bundled.exists() else SOURCE_ROOT / name


def _folder(variable: str, default: Path) -> Path:
    return Path(os.environ.get(variable, default)).resolve()


def firmware_dir() -> Path:
    return _resource("firmware")


def board_environments() -> Path:
    """The board environments every rendered project takes its own from."""
    return _resource("platformio.ini")


def builtin_models_dir() -> Path:
    """The zoo's recipes (`HIL_MODELS_DIR` replaces them, e.g. for tests)."""
    return _folder("HIL_MODELS_DIR", _resource("models"))


def builtin_benchmarks_dir() -> Path:
    """The harness's benchmark suites (`HIL_BENCHMARKS_DIR` replaces them)."""
    return _folder("HIL_BENCHMARKS_DIR", _resource("benchmarks"))


def project_root() -> Path:
    """The user's project: the nearest folder from the working directory up with a
    pyproject.toml, else the working directory."""
    here = Path.cwd().resolve()
    return next((folder for folder in (here, *here.parents)
                 if (folder / "pyproject.toml").is_file()), here)


def state_dir() -> Path:
    """`HIL_HOME`, else <project>/.hil."""
    return _folder("HIL_HOME", project_root() / ".hil")


def artifacts_dir() -> Path:
    """Content-addressed cache of trained and converted models (`HIL_ARTIFACTS_DIR`)."""
    return _folder("HIL_ARTIFACTS_DIR", state_dir() / "artifacts")


def build_dir() -> Path:
    """Rendered firmware projects and their builds (`HIL_BUILD_DIR`)."""
    return _folder("HIL_BUILD_DIR", state_dir() / "build")


def cache_dir() -> Path:
    """Tool caches, e.g. the PlatformIO core folder and compiled TFLM (`HIL_CACHE_DIR`)."""
    return _folder("HIL_CACHE_DIR", state_dir() / "cache")


def results_dir() -> Path:
    """Results tables and history (`HIL_RESULTS_DIR`)."""
    return _folder("HIL_RESULTS_DIR", state_dir() / "results")
