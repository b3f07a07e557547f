"""TFLM compiled once per (tree content, board flags) into a cached static library.

Compiling TFLM with CMSIS-NN takes minutes; a model change must rebuild in seconds, so the
library is keyed by a digest of the tree's sources and the exact compiler and flags, and kept
under the project's cache folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from harness import paths, progress
from harness.backends.tflm.flags import TflmFlags
from harness.errors import BuildError

_SOURCE_SUFFIXES = (".c", ".cc", ".cpp")
_HEADER_SUFFIXES = (".h", ".hpp", ".inc")
_SKIPPED_DIRS = {"examples", "testing", "tools"}  # never part of the runtime library
_COMPILE_TIMEOUT_S = 600  # one file; the largest TFLM kernels take tens of seconds


@dataclass(frozen=True)
class PrecompiledLibrary:
    archive: Path  # libtflm.a
    key: str

    @property
    def link_flags(self) -> tuple[str, ...]:
        return (f"-L{self.archive.parent}", "-ltflm")


def library_sources(root: Path) -> list[Path]:
    """TFLM runtime sources under `root`: tensorflow/ and, when present, CMSIS-NN."""
    folders = [root / "tensorflow", root / "third_party/cmsis_nn/Source"]
    return sorted(path for folder in folders if folder.is_dir()
                  for path in _walk(folder, _SOURCE_SUFFIXES) if not _is_test(path))


def precompiled_library(root: Path, flags: TflmFlags) -> PrecompiledLibrary:
    """The cached libtflm.a for this tree and these flags, compiled now if missing."""
    sources = library_sources(root)
    if not sources:
        raise BuildError(f"{root} holds no TFLM sources under tensorflow/")
    key = cache_key(root, flags)
    target = paths.cache_dir() / "tflm" / key / "libtflm.a"
    if not target.is_file():
        _build(root, sources, flags, target)
    return PrecompiledLibrary(target, key)


def cache_key(root: Path, flags: TflmFlags) -> str:
    """Digest of every source and header in the tree, the compiler's identity and the flags."""
    digest = hashlib.sha256()
    for part in (flags.compiler_identity(), *flags.c_command(), *flags.cxx_command()):
        digest.update(part.encode() + b"\0")
    for path in sorted(_walk(root, _SOURCE_SUFFIXES + _HEADER_SUFFIXES)):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def _walk(folder: Path, suffixes: tuple[str, ...]):
    for directory, subdirs, files in os.walk(folder):
        subdirs[:] = sorted(d for d in subdirs if d not in _SKIPPED_DIRS)
        yield from (Path(directory) / f for f in files if f.endswith(suffixes))


def _is_test(path: Path) -> bool:
    return path.stem.endswith("_test") or "_test_" in path.stem


def _build(root: Path, sources: list[Path], flags: TflmFlags, target: Path) -> None:
    target.parent.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent.parent) as scratch:
        objects = [Path(scratch) / (str(s.relative_to(root)).replace(os.sep, "__") + ".o")
                   for s in sources]
        failures = _compile_all(sources, objects, flags)
        if failures:
            raise BuildError(f"compiling TFLM from {root} failed in {len(failures)} file(s); "
                             f"first:\n{failures[0]}")
        archive = Path(scratch) / "libtflm.a"
        _run([flags.ar, "rcs", str(archive), *map(str, objects)], "archiving libtflm.a")
        staged = Path(scratch) / "staged"
        staged.mkdir()
        shutil.move(str(archive), staged / "libtflm.a")
        try:
            staged.rename(target.parent)
        except OSError:  # another process finished the same key first: its library is as good
            if not target.is_file():
                raise


def _compile_all(sources: list[Path], objects: list[Path], flags: TflmFlags) -> list[str]:
    """Compiles every file on every core, reporting progress; the compilers' complaints."""
    what = f"compiling TFLM ({len(sources)} files, once per board and flags)"
    progress.report(what, 0, len(sources))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        jobs = [pool.submit(_compile, s, o, flags) for s, o in zip(sources, objects, strict=True)]
        failures = []
        for done, job in enumerate(as_completed(jobs), start=1):
            failures += [job.result()] if job.result() else []
            progress.report(what, done, len(sources))
    return failures


def _compile(source: Path, obj: Path, flags: TflmFlags) -> str:
    """Compiles one file; returns the compiler's complaint, or "" on success."""
    command = flags.cxx_command() if source.suffix in (".cc", ".cpp") else flags.c_command()
    try:
        result = subprocess.run([*command, "-c", str(source), "-o", str(obj)],
                                capture_output=True, text=True, timeout=_COMPILE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return f"{source}: the compiler took more than {_COMPILE_TIMEOUT_S} s"
    return "" if result.returncode == 0 else f"{source}:\n{result.stderr[-2000:]}"


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, timeout=_COMPILE_TIMEOUT_S)
    if result.returncode != 0:
        raise BuildError(f"{what} failed: {result.stderr[-2000:]}")
