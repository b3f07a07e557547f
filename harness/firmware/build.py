"""Build a rendered project with PlatformIO, skipping the build when nothing changed."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from harness.errors import BuildError
from harness.firmware.elf import MemoryUsage, check_fits, linker_overflow, memory_usage
from harness.firmware.platformio_setup import (
    COMPILERS,
    missing_compiler,
    pio_command,
    pio_environment,
    setup_platformio,
)
from harness.firmware.render import RenderedProject

BUILD_TIMEOUT_S = 3600  # a TFLM build from a registry library can take many minutes
_KEY_FILE = "hil-build.key"
_ERROR = re.compile(r"error|undefined reference|overflowed|multiple definition|No such file",
                    re.IGNORECASE)
_MAX_ERROR_LINES = 40


@dataclass(frozen=True)
class BuildResult:
    elf: Path
    built: bool  # False: the ELF of an identical earlier build was reused
    seconds: float
    usage: MemoryUsage


def build_project(project: RenderedProject) -> BuildResult:
    """Runs `pio run -e <env>` in the project (unless its ELF is up to date), measures the ELF
    and checks it fits the board. Raises BuildError with the compiler's error lines."""
    started = time.monotonic()
    key = build_key(project)
    key_file = project.elf_path.parent / _KEY_FILE
    built = not (project.elf_path.is_file() and key_file.is_file()
                 and key_file.read_text() == key)
    if built:
        key_file.unlink(missing_ok=True)
        _run_pio(project)
        key_file.write_text(key)
    usage = memory_usage(project.elf_path)
    check_fits(usage, project.board, project.backend)
    return BuildResult(project.elf_path, built, time.monotonic() - started, usage)


def build_key(project: RenderedProject) -> str:
    """Digest of all a build depends on: the rendered files (the board's environment and, for
    the emulated boards, the development platform are among them) and the compiler binary."""
    digest = hashlib.sha256(project.digest.encode())
    compiler = shutil.which(COMPILERS.get(project.board.pio_platform, ""))
    if compiler:
        digest.update(f"{compiler}:{os.stat(compiler).st_mtime_ns}".encode())
    return digest.hexdigest()


def _run_pio(project: RenderedProject) -> None:
    if problem := missing_compiler(project.board.pio_platform):
        raise BuildError(f"cannot build for {project.board.name}: {problem}")
    setup_platformio()
    command = pio_command("run", "-e", project.env, "-d", str(project.root))
    try:
        result = subprocess.run(command, env=pio_environment(), capture_output=True, text=True,
                                errors="replace", timeout=BUILD_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise BuildError(f"building {project.root} took over {BUILD_TIMEOUT_S} s") from None
    if result.returncode != 0 or not project.elf_path.is_file():
        output = result.stdout + result.stderr
        own_platform = project.board.pio_platform in COMPILERS
        overflow = own_platform and linker_overflow(output, project.board, project.backend)
        raise overflow or BuildError(
            f"building {project.model_name} for {project.board.name} failed (project "
            f"{project.root}, `pio run -e {project.env}` there reproduces it):\n"
            f"{error_lines(output)}{registry_hint(output)}")


def registry_hint(output: str) -> str:
    """What to do when PlatformIO needed its registry (a real board's platform, toolchain or
    library) and could not reach it."""
    if "HTTPClientError" not in output and "Could not resolve" not in output:
        return ""
    return ("\nPlatformIO could not reach its registry to install what this board needs "
            "(its platform, toolchain or libraries). Real boards build on a machine that reaches "
            "the PlatformIO registry (once; it is cached after); the emulated board qemu-m4 "
            "builds offline.")


def error_lines(output: str) -> str:
    """The compiler's and linker's error lines, else the end of the output."""
    lines = output.splitlines()
    errors = [line for line in lines if _ERROR.search(line) and "[FAILED]" not in line]
    return "\n".join((errors or lines)[-_MAX_ERROR_LINES:])
