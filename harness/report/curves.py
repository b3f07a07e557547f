"""Training curves the model pipeline left in the artifact cache (never trains anything)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from harness import paths

_SAFE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")  # a folder name, never a path


def find_training_curves(models: Iterable[str], root: Path | None = None) -> dict[str, Path]:
    """model -> its newest artifacts/<model>/*/training_curves.png, for models that have one."""
    root = root or paths.artifacts_dir()
    found = {}
    for model in models:
        if not isinstance(model, str) or not _SAFE_NAME.match(model):
            continue
        candidates = [path for path in (root / model).glob("*/training_curves.png")
                      if not path.parent.name.endswith(".partial")]  # still being trained
        if candidates:
            found[model] = max(candidates, key=lambda path: path.stat().st_mtime)
    return found
