"""Locks between processes that share a state folder: two `hil` commands, or two pytest-xdist
workers, that need the same cached thing build it once; the second waits, then reuses it."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def held(guarded: Path) -> Iterator[None]:
    """Holds, for the block, the exclusive lock of the folder that holds `guarded` (a file or
    folder that need not exist yet): things built side by side wait for each other. The lock
    is the folder's own (flock), so no lock file is left, and the kernel frees it if the
    process dies."""
    folder = guarded.parent
    folder.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


def build_once(folder: Path, complete: Callable[[Path], bool], build: Callable[[Path], None],
               force: bool = False) -> None:
    """Unless `complete(folder)` (or with `force`), `build(tmp)` into a private sibling that is
    then renamed to `folder`; under the lock, so an interrupted or concurrent build never
    leaves a half-written folder where a finished one is expected."""
    with held(folder):
        if complete(folder) and not force:
            return
        tmp = folder.with_name(f"{folder.name}.partial-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        try:
            build(tmp)
            shutil.rmtree(folder, ignore_errors=True)  # an incomplete one, or one to rebuild
            tmp.rename(folder)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
