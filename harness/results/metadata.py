"""Run metadata: which code, tools and machine produced a run's numbers."""

from __future__ import annotations

import platform
import shutil
import subprocess
from importlib import metadata as package_metadata

from harness import __version__, paths

_PACKAGES = ("tensorflow", "tflite-micro", "ai-edge-litert", "platformio")
_TOOLS = {"arm_gcc": ["arm-none-eabi-gcc", "--version"],
          "riscv_gcc": ["riscv64-unknown-elf-gcc", "--version"],
          "qemu": ["qemu-system-arm", "--version"]}


def run_metadata(**extra) -> dict:
    """Everything needed to reproduce or explain a run, plus `extra` (suite, board, ...)."""
    info = {"harness_version": __version__, "hostname": platform.node(),
            "python": platform.python_version(), **_git_state()}
    info.update({f"{name.replace('-', '_')}_version": _package_version(name)
                 for name in _PACKAGES})
    info.update({f"{tool}_version": _tool_version(command) for tool, command in _TOOLS.items()})
    info.update(extra)
    return info


def _git_state() -> dict:
    def git(*args: str) -> str:
        result = subprocess.run(["git", "-C", str(paths.PROJECT_ROOT), *args],
                                capture_output=True, text=True, timeout=30)
        return result.stdout.strip() if result.returncode == 0 else ""

    if not shutil.which("git"):
        return {"git_commit": "", "git_dirty": None}
    return {"git_commit": git("rev-parse", "HEAD"),
            "git_dirty": bool(git("status", "--porcelain", "--untracked-files=no"))}


def _package_version(name: str) -> str:
    try:
        return package_metadata.version(name)
    except package_metadata.PackageNotFoundError:
        return ""


def _tool_version(command: list[str]) -> str:
    if not shutil.which(command[0]):
        return ""
    result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    return result.stdout.splitlines()[0].strip() if result.stdout else ""
