"""Offline PlatformIO set-up inside a cache folder: tool-scons from the venv's SCons, and the
project's development platforms."""

from __future__ import annotations

import json

from harness.firmware.platformio_setup import (
    COMPILERS,
    local_platform_spec,
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
        installed = first.core_dir / "platforms" / name
        spec = json.loads((installed / ".piopm").read_text())["spec"]
        assert spec["uri"] == local_platform_spec(name) == f"file://platforms/{name}"
        assert (installed / "platform.json").read_bytes() == \
            (platform_dir(name) / "platform.json").read_bytes()

    again = setup_platformio()
    assert (again.scons_provided, again.platforms_installed) == (False, ())


def test_a_changed_platform_is_installed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("HIL_CACHE_DIR", str(tmp_path))
    setup_platformio()
    builder = tmp_path / "platformio" / "platforms" / "qemu-cortexm" / "builder" / "main.py"
    builder.write_text("# an older harness's builder\n")
    (tmp_path / "platformio" / "platforms" / "qemu-cortexm" / ".hil-source-digest").write_text("")
    assert setup_platformio().platforms_installed == ("qemu-cortexm",)
    assert builder.read_bytes() == \
        (platform_dir("qemu-cortexm") / "builder" / "main.py").read_bytes()
