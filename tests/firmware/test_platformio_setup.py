"""Offline PlatformIO set-up inside a cache folder: tool-scons from the venv's SCons, and the
project's development platforms."""

from __future__ import annotations

import json

from harness.firmware.platformio_setup import (
    COMPILERS,
    platform_dir,
    required_scons_version,
    setup_platformio,
)


def test_setup_provides_scons_and_the_platform_once(tmp_path, monkeypatch):
    monkeypatch.setenv("HIL_CACHE_DIR", str(tmp_path))
    first = setup_platformio()
    assert first.core_dir == tmp_path / "platformio"
    assert first.scons_provided and first.platforms_installed == tuple(COMPILERS)
    scons = first.core_dir / "packages" / "tool-scons"
    assert (scons / "SCons" / "Script" / "Main.py").is_file() and (scons / "scons.py").is_file()
    manifest = json.loads((scons / "package.json").read_text())
    assert manifest["name"] == "tool-scons" and manifest["version"] == required_scons_version()
    assert json.loads((scons / ".piopm").read_text())["spec"]["owner"] == "platformio"
    for name in COMPILERS:
        link = json.loads((first.core_dir / "platforms" / f"{name}.pio-link").read_text())
        assert link["spec"]["uri"] == f"symlink://{platform_dir(name)}"

    again = setup_platformio()
    assert (again.scons_provided, again.platforms_installed) == (False, ())
