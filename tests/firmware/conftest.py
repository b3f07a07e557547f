"""Fixtures for the firmware tests: the C protocol code built for the host, and the fixture
firmware built for the emulated board (cached under build/tests: unchanged sources skip the
build)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from fixture_backend import NO_PROFILE_FLAG, FixtureBackend, FixtureWithoutProfile, fixture_tflite

from harness import paths
from harness.boards import get_board

HOST_DIR = Path(__file__).parent / "host"
HOST_FLAGS = ["-std=c99", "-O1", "-g", "-Wall", "-Wextra", "-Werror",
              "-fsanitize=address,undefined", "-fno-sanitize-recover=all"]


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


@dataclass(frozen=True)
class HostTools:
    frame_tool: Path
    server: Path
    server_without_profile: Path  # the fixture without profile functions: the weak defaults


BINARY = paths.firmware_dir() / "protocols" / "binary"


def _compile(output: Path, sources: list[Path], defines: tuple[str, ...] = ()) -> Path:
    common = paths.firmware_dir() / "common"
    result = subprocess.run(["gcc", *HOST_FLAGS, *defines, f"-I{common}", f"-I{BINARY}",
                             *map(str, sources),
                             "-o", str(output)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="session")
def host_tools(tmp_path_factory) -> HostTools:
    """frame_tool and a host build of the request server over the fixture model."""
    require_tool("gcc")
    from harness.firmware.templates import render

    folder = tmp_path_factory.mktemp("host")
    meta = folder / "hil_model_meta.c"
    meta.write_text(render("hil_model_meta.c.j2", model_name="fixture",
                           sha256="ab" * 32, board_name="host"))
    common = paths.firmware_dir() / "common"
    codec = [common / "hil_cobs.c", common / "hil_crc32.c", common / "hil_frame.c"]
    frame_tool = _compile(folder / "frame_tool", [HOST_DIR / "frame_tool.c", *codec])
    fixture_model = Path(__file__).parent / "fixture" / "fixture_model.c"
    server_sources = [HOST_DIR / "host_server.c", HOST_DIR / "host_board.c",
                      BINARY / "hil_server.c", common / "hil_stack.c",
                      common / "hil_profile_default.c", *codec, meta, fixture_model]
    return HostTools(frame_tool, _compile(folder / "server", server_sources),
                     _compile(folder / "server_without_profile", server_sources,
                              (NO_PROFILE_FLAG,)))


@pytest.fixture(scope="session")
def profile_model_servers(tmp_path_factory) -> dict[int, Path]:
    """max_payload -> the request server built with that payload limit over host/profile_model.c
    (300 profile entries, no tensors)."""
    require_tool("gcc")
    from harness.firmware.templates import render

    folder = tmp_path_factory.mktemp("profile-host")
    meta = folder / "hil_model_meta.c"  # short names: INFO must fit a 64-byte payload
    meta.write_text(render("hil_model_meta.c.j2", model_name="p", sha256="cd" * 32,
                           board_name="host"))
    common = paths.firmware_dir() / "common"
    sources = [HOST_DIR / "host_server.c", HOST_DIR / "host_board.c", HOST_DIR / "profile_model.c",
               meta, BINARY / "hil_server.c",
               *(common / name for name in ("hil_stack.c", "hil_cobs.c", "hil_crc32.c",
                                            "hil_frame.c"))]
    return {size: _compile(folder / f"server-{size}", sources, (f"-DHIL_MAX_PAYLOAD={size}u",))
            for size in (64, 16384)}


@pytest.fixture(scope="session")
def qemu_board():
    board = get_board("qemu-m4")
    require_tool(board.runner.system)
    return board


@pytest.fixture(scope="session")
def fixture_firmware(qemu_board):
    """(RenderedProject, BuildResult) of the fixture model for qemu-m4."""
    require_tool("arm-none-eabi-gcc")
    from harness.firmware.build import build_project
    from harness.firmware.render import render_project

    out = paths.build_dir() / "tests" / "fixture-qemu-m4"
    project = render_project(fixture_tflite(operators=True), qemu_board, FixtureBackend(), out,
                             model_name="fixture")
    return project, build_project(project)


@pytest.fixture(scope="session")
def fixture_firmware_without_profile(qemu_board):
    """(RenderedProject, BuildResult) of the fixture without profile functions, for qemu-m4."""
    require_tool("arm-none-eabi-gcc")
    from harness.firmware.build import build_project
    from harness.firmware.render import render_project

    out = paths.build_dir() / "tests" / "fixture-without-profile-qemu-m4"
    project = render_project(fixture_tflite(operators=True), qemu_board, FixtureWithoutProfile(),
                             out, model_name="fixture")
    return project, build_project(project)
