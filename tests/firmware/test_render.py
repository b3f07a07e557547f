"""Rendering a per-model PlatformIO project: layout, the split of configuration between the
rendered platformio.ini and the project's board environments, and rewriting only what changed."""

from __future__ import annotations

import configparser
import json
import os
from dataclasses import replace

import jinja2
import pytest
from click.testing import CliRunner
from fixture_backend import FixtureBackend, fixture_tflite
from platformio.project.config import ProjectConfig

from harness import paths
from harness.backends.base import GeneratedSources
from harness.boards import BOARDS, get_board
from harness.cli import cli
from harness.errors import BuildError
from harness.firmware.render import render_project
from harness.firmware.templates import c_string, render
from harness.model.tflite import read_model


class ExtraFilesBackend(FixtureBackend):
    """The fixture plus generated files, flags and a library dependency."""

    def __init__(self, files: dict[str, str]):
        self.files = files

    def generate(self, model, tflite, model_name, board) -> GeneratedSources:
        return replace(super().generate(model, tflite, model_name, board), files=self.files,
                       build_flags=("-DHIL_EXTRA=1", "-lm"), lib_deps=("someone/SomeLib@^1.2",))


@pytest.fixture
def board():
    return get_board("qemu-m4")


def test_project_layout_and_generated_metadata(tmp_path, board):
    project = render_project(fixture_tflite(), board, FixtureBackend(), tmp_path / "p",
                             model_name='fix"ture')
    root = project.root
    for relative in ("platformio.ini", "hil-project.json", "src/hil_model_meta.c",
                     "src/protocol/hil_server.c", "src/common/hil_model.h", "src/board/mps2.ld",
                     "src/board/startup.c", "src/backend/fixture/fixture_model.c"):
        assert (root / relative).is_file(), relative
    meta = (root / "src/hil_model_meta.c").read_text()
    sha = read_model(fixture_tflite()).sha256
    assert project.sha256 == sha and f"0x{sha[:2]}, 0x{sha[2:4]}," in meta
    assert 'hil_model_name[] = "fix\\"ture";' in meta and 'return "qemu-m4";' in meta
    assert project.elf_path == root / ".pio/build/qemu-m4/firmware.elf"


def test_the_rendered_config_is_the_board_environment_plus_the_model(tmp_path, board):
    project = render_project(fixture_tflite(), board, ExtraFilesBackend({"gen/x.c": "int x;\n"}),
                             tmp_path / "p")
    config = ProjectConfig(str(project.root / "platformio.ini"))
    assert config.get("platformio", "default_envs") == ["qemu-m4"]
    assert config.envs() == ["qemu-m4"]
    assert config.get("env:qemu-m4", "platform") == "file://platforms/qemu-cortexm"
    assert (project.root / "platforms/qemu-cortexm/platform.json").is_file()
    assert config.get("env:qemu-m4", "board_build.ldscript") == "src/board/mps2.ld"
    assert "-Wall" in config.get("env:qemu-m4", "build_flags")
    src_flags = config.get("env:qemu-m4", "build_src_flags")
    assert {"-Isrc/common", "-Isrc/board", "-Isrc/backend/fixture", "-DHIL_EXTRA=1", "-lm"} <= \
        set(src_flags)
    assert config.get("env:qemu-m4", "lib_deps") == ["someone/SomeLib@^1.2"]
    assert (project.root / "src/gen/x.c").read_text() == "int x;\n"


def test_a_rendered_project_stands_alone(tmp_path, board):
    """Nothing in it points outside its folder: it can be zipped and built elsewhere."""
    project = render_project(fixture_tflite(), board, FixtureBackend(), tmp_path / "p")
    text = (project.root / "platformio.ini").read_text()
    for outside in (str(paths.SOURCE_ROOT), str(paths.PACKAGE_DIR), str(paths.state_dir()),
                    "extra_configs", "core_dir"):
        assert outside not in text
    assert ProjectConfig.lint(str(project.root / "platformio.ini")) == \
        {"errors": [], "warnings": []}


def test_every_board_has_an_environment_in_the_top_level_platformio_ini():
    parser = configparser.ConfigParser()
    parser.read(paths.board_environments())
    expected = {"qemu-m4": ("qemu-cortexm", "mps2-an386"),
                "qemu-m3": ("qemu-cortexm", "mps2-an385"),
                "qemu-m7": ("qemu-cortexm", "mps2-an500"),
                "qemu-m33": ("qemu-cortexm", "mps2-an505"),
                "qemu-m55": ("qemu-cortexm", "mps3-an547"),
                "qemu-m0": ("qemu-cortexm", "microbit"),
                "qemu-rv32": ("qemu-riscv", "virt-rv32"),
                "nano33": ("platformio/nordicnrf52 @ 10.11.0", "nano33ble"),
                "nano33-renode": ("platformio/nordicnrf52 @ 10.11.0", "nano33ble"),
                "esp32": ("platformio/espressif32 @ 6.13.0", "esp32dev")}
    config = ProjectConfig(str(paths.board_environments()))  # resolves `extends`
    for board in BOARDS:
        env = f"env:{board.pio_env}"
        assert (config.get(env, "platform"), config.get(env, "board")) == expected[board.name]
    for option in ("build_src_flags", "lib_deps", "monitor_speed"):  # set per rendered project
        assert not any(parser.has_option(s, option) for s in parser.sections())
    assert not parser.has_section("platformio")


def test_rendering_again_rewrites_nothing_and_removes_stale_files(tmp_path, board):
    out = tmp_path / "p"
    first = render_project(fixture_tflite(), board, ExtraFilesBackend({"old.c": "int o;\n"}), out)
    stamps = {p: p.stat().st_mtime_ns for p in (out / "src").rglob("*.c")}
    again = render_project(fixture_tflite(), board, ExtraFilesBackend({"old.c": "int o;\n"}), out)
    assert again.digest == first.digest
    assert {p: p.stat().st_mtime_ns for p in (out / "src").rglob("*.c")} == stamps
    changed = render_project(fixture_tflite(), board, ExtraFilesBackend({"new.c": "int n;\n"}), out)
    assert changed.digest != first.digest
    assert not (out / "src/old.c").exists() and (out / "src/new.c").is_file()


def test_refuses_to_write_into_a_folder_that_holds_something_else(tmp_path, board):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(BuildError, match="not empty"):
        render_project(fixture_tflite(), board, FixtureBackend(), tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_templates_are_strict_and_c_strings_are_escaped():
    with pytest.raises(jinja2.UndefinedError):
        render("hil_model_meta.c.j2", model_name="m", sha256="00" * 32)
    assert c_string('a"b\\c\n\u00e9') == '"a\\"b\\\\c\\012\\303\\251"'


def test_render_command_writes_a_project_for_a_tflite_file(tmp_path):
    model = tmp_path / "fixture.tflite"
    model.write_bytes(fixture_tflite())
    result = CliRunner().invoke(cli, ["render", str(model), "--board", "qemu", "--backend",
                                      "aot", "--out", str(tmp_path / "project"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["board"], report["backend"], report["model"]) == ("qemu-m4", "aot", "fixture")
    assert (tmp_path / "project" / "src" / "aot_model.c").is_file()


@pytest.mark.emulator
def test_a_rendered_project_builds_elsewhere_with_a_fresh_platformio(tmp_path, board):
    """Another machine: the project moved to a new folder, PlatformIO with nothing installed
    but its core package (offline here), and no harness at all."""
    import shutil
    import subprocess
    import sys

    from harness.firmware.platformio_setup import core_dir, setup_platformio

    project = render_project(fixture_tflite(), board, FixtureBackend(), tmp_path / "rendered")
    moved = shutil.copytree(project.root, tmp_path / "elsewhere" / "project")
    setup_platformio()
    fresh_core = tmp_path / "fresh-platformio"
    shutil.copytree(core_dir() / "packages" / "tool-scons", fresh_core / "packages" / "tool-scons")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HIL_")}
    environment.update(PLATFORMIO_CORE_DIR=str(fresh_core), PLATFORMIO_DISABLE_UPGRADE_CHECK="1")
    result = subprocess.run([sys.executable, "-m", "platformio", "run", "-d", str(moved)],
                            env=environment, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (moved / ".pio/build/qemu-m4/firmware.elf").is_file()
