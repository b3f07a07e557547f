"""Content-addressed folders under the artifacts folder, built atomically: a build goes into a
private .partial folder that is renamed into place, under a lock, so an interrupted or concurrent
build never leaves a half-written folder where a finished one is expected."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from harness import locks, paths

_DONE = "manifest.json"


def key(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")  # ("ab", "c") and ("a", "bc") must differ
    return digest.hexdigest()[:16]


def source_digest(*modules) -> str:
    """The code that makes a cached thing is part of its key."""
    return key(*(Path(module.__file__).read_bytes() for module in modules))


def data_folder(*names: str) -> Path:
    return paths.artifacts_dir().joinpath("datasets", *names)


def built(folder: Path, build: Callable[[Path], None], manifest: dict) -> Path:
    """`folder`, built by `build(tmp)` first unless it is already complete; a process that
    finds another building it waits for that build rather than repeating it."""

    def build_and_finish(tmp: Path) -> None:
        build(tmp)
        (tmp / _DONE).write_text(json.dumps(manifest, indent=2) + "\n")

    locks.build_once(folder, lambda done: (done / _DONE).is_file(), build_and_finish)
    return folder
