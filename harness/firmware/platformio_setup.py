"""PlatformIO without its registry, inside the harness's cache folder (never ~/.platformio).

Two things PlatformIO would otherwise download: its core package `tool-scons` (provided here
from the SCons that pip installed into the venv) and the development platforms of the emulated
boards (the harness's own firmware/platforms/*). A rendered project names its platform with a
relative spec (`file://platforms/qemu-cortexm`, a copy in the project); the platform is
installed here under exactly that spec, so PlatformIO finds it installed, and installed again
whenever the harness's copy changes. Official platforms for real boards still come from the
registry on machines that reach it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from harness import locks, paths

# The project's own platforms and the compiler each one's builder drives (builder/main.py).
COMPILERS = {"qemu-cortexm": "arm-none-eabi-gcc", "qemu-riscv": "riscv64-unknown-elf-gcc"}
# The Debian packages that bring each compiler with its C library.
COMPILER_PACKAGES = {
    "arm-none-eabi-gcc": "gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib",
    "riscv64-unknown-elf-gcc": "gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf",
}
_DIGEST_FILE = ".hil-source-digest"


def missing_compiler(platform: str) -> str | None:
    """What to install when one of the harness's own platforms cannot find its compiler."""
    compiler = COMPILERS.get(platform)
    if compiler is None or shutil.which(compiler):
        return None
    return (f"{compiler} is not installed (Debian: apt install {COMPILER_PACKAGES[compiler]}; "
            "in the harness's checkout `make setup` installs it)")


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
    with locks.held(core):
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


def local_platform_spec(name: str) -> str:
    """How a rendered project names one of the harness's platforms (a copy beside it)."""
    return f"file://platforms/{name}"


def _install_platform(core: Path, name: str) -> bool:
    source = platform_dir(name)
    target = core / "platforms" / name
    digest = _tree_digest(source)
    if (target / _DIGEST_FILE).is_file() and (target / _DIGEST_FILE).read_text() == digest:
        return False
    staging = target.with_name(name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging, ignore=shutil.ignore_patterns("__pycache__"))
    version = json.loads((source / "platform.json").read_text())["version"]
    (staging / ".piopm").write_text(json.dumps({
        "type": "platform", "name": name, "version": version,
        "spec": {"owner": None, "id": None, "name": name, "requirements": None,
                 "uri": local_platform_spec(name)}}))
    (staging / _DIGEST_FILE).write_text(digest)
    (core / "platforms" / f"{name}.pio-link").unlink(missing_ok=True)  # an older, linked one
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return True


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    files = (p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in sorted(files):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
