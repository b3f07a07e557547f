"""PlatformIO without its registry, inside the project's cache (never ~/.platformio).

Two things PlatformIO would otherwise download: its core package `tool-scons` (provided here
from the SCons that pip installed into the venv) and the development platforms of the emulated
boards (the project's own folders firmware/platforms/*, each installed as a symlink). Official
platforms for real boards still come from the registry on machines that reach it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from harness import paths
from harness.errors import BuildError

# The project's own platforms and the compiler each one's builder drives (builder/main.py).
COMPILERS = {"qemu-cortexm": "arm-none-eabi-gcc", "qemu-riscv": "riscv64-unknown-elf-gcc"}
_PIO_TIMEOUT_S = 300


def core_dir() -> Path:
    """The project's PlatformIO core folder (PLATFORMIO_CORE_DIR)."""
    return paths.cache_dir() / "platformio"


def platform_dir(name: str) -> Path:
    return paths.firmware_dir() / "platforms" / name


def pio_environment() -> dict[str, str]:
    """The process environment for `pio`: the project's core folder, no telemetry, and no
    upgrade check (which would try the network after every command)."""
    return {**os.environ, "PLATFORMIO_CORE_DIR": str(core_dir()),
            "PLATFORMIO_SETTING_ENABLE_TELEMETRY": "No",
            "PLATFORMIO_DISABLE_UPGRADE_CHECK": "true",
            "PLATFORMIO_DISABLE_PROGRESSBAR": "true"}


def pio_command(*arguments: str) -> list[str]:
    """`pio` run by this interpreter, so the venv's PlatformIO is used whatever PATH says."""
    return [sys.executable, "-m", "platformio", *arguments]


@dataclass(frozen=True)
class SetupResult:
    core_dir: Path
    scons_provided: bool  # False: it was already there
    platforms_installed: tuple[str, ...]  # installed by this call (the others already were)


def setup_platformio() -> SetupResult:
    """Make `pio run` work offline for the emulated boards. Idempotent; quick when done."""
    core = core_dir()
    scons = _provide_scons(core / "packages" / "tool-scons")
    return SetupResult(core, scons, tuple(name for name in COMPILERS
                                          if _install_platform(core, name)))


def required_scons_version() -> str:
    """The tool-scons version this PlatformIO asks for, e.g. "4.41101.0" (SCons 4.11.1)."""
    from platformio.dependencies import get_core_dependencies

    return get_core_dependencies()["tool-scons"].lstrip("~^=<> ")


def _provide_scons(target: Path) -> bool:
    version = required_scons_version()
    manifest = target / "package.json"
    if manifest.is_file() and json.loads(manifest.read_text()).get("version") == version:
        return False  # ours from an earlier run, or the registry's
    import SCons

    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(Path(SCons.__file__).parent, staging / "SCons",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (staging / "scons.py").write_text(
        "import sys\n\nfrom SCons.Script.Main import main\n\n"
        "if __name__ == \"__main__\":\n    sys.exit(main())\n")
    (staging / "package.json").write_text(json.dumps({
        "name": "tool-scons", "version": version,
        "description": f"SCons {metadata.version('scons')} from PyPI, provided by tinyml-hil"}))
    (staging / ".piopm").write_text(json.dumps({
        "type": "tool", "name": "tool-scons", "version": version,
        "spec": {"owner": "platformio", "id": None, "name": "tool-scons",
                 "requirements": None, "uri": None}}))
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return True


def _install_platform(core: Path, name: str) -> bool:
    uri = f"symlink://{platform_dir(name)}"
    link = core / "platforms" / f"{name}.pio-link"
    if link.is_file():
        if json.loads(link.read_text()).get("spec", {}).get("uri") == uri:
            return False
        link.unlink()  # a link to another clone of the project
    core.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(pio_command("pkg", "install", "--global", "--platform", uri),
                            env=pio_environment(), capture_output=True, text=True,
                            timeout=_PIO_TIMEOUT_S, check=False)
    if result.returncode != 0 or not link.is_file():
        raise BuildError(f"could not install the PlatformIO platform {platform_dir(name)}:\n"
                         f"{(result.stdout + result.stderr).strip()}")
    return True
