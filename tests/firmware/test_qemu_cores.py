"""The fixture firmware on every emulated core: it boots, serves, computes, times and reports a
fault the same way everywhere (test_qemu.py covers the protocol in depth on qemu-m4)."""

from __future__ import annotations

import functools
import shutil
import subprocess
from contextlib import contextmanager

import numpy as np
import pytest
from fixture_backend import FixtureBackend, expected_outputs, fixture_tflite

from harness import paths
from harness.boards import BOARDS, get_board
from harness.boards.board import QemuSettings
from harness.boards.runners import runner_for
from harness.firmware.platformio_setup import COMPILERS
from harness.protocol import DeviceErrorReply, DeviceSession

pytestmark = pytest.mark.emulator

QEMU_BOARDS = sorted(b.name for b in BOARDS if isinstance(b.runner, QemuSettings))


def image_side(board) -> int:
    """The fixture's image: 2 x 16 KiB of tensors, 2 x 1 KiB on a board with little RAM."""
    return 128 if board.ram_bytes >= 256 * 1024 else 32


@functools.cache
def fixture_firmware(name: str):
    """(board, RenderedProject, BuildResult) of the fixture firmware for one emulated core."""
    from harness.firmware.build import build_project
    from harness.firmware.render import render_project

    board = get_board(name)
    for tool in (board.runner.system, COMPILERS[board.pio_platform]):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed; run `make setup`")
    out = paths.build_dir() / "tests" / f"fixture-{board.name}"
    side = image_side(board)
    project = render_project(fixture_tflite(operators=True, side=side), board,
                             FixtureBackend(side), out, model_name="fixture")
    return board, project, build_project(project)


@contextmanager
def connected(core):
    board, project, result = core
    with runner_for(board).running(project) as url:
        with DeviceSession.open(url, timeout=20) as session:
            session.connect(expected_sha256=project.sha256)
            yield session


@pytest.fixture(params=QEMU_BOARDS)
def core(request):
    return fixture_firmware(request.param)


@pytest.fixture
def device(core):
    with connected(core) as session:
        yield session


def params(first: float = 0.5, second: float = -2.0, loop: int = 0) -> np.ndarray:
    return np.array([[first, second, loop]], np.float32)


def test_each_core_announces_itself_and_computes_the_fixture(device, core):
    board = core[0]
    assert (device.info.board, device.info.cpu_hz) == (board.name, board.clock_hz)
    side = image_side(board)
    image = np.random.default_rng(3).integers(-128, 128, (1, side, side), dtype=np.int8)
    device.set_input(0, image)
    device.set_input(1, params())
    device.invoke()
    expected_image, expected_params = expected_outputs(image, params())
    assert np.array_equal(device.get_output(0), expected_image)
    assert np.array_equal(device.get_output(1), expected_params)


def test_each_cores_timer_counts_instructions_exactly(device, core):
    """The fixture's SPIN stage runs a loop of 2 instructions per iteration on every ISA, so n
    iterations more must read as exactly 2n instructions more in its profile entry, identical on
    every run. (The other stages' counts depend on the data on a core without an FPU.)"""
    timer = core[0].timer
    spin = {}
    for loop in (1, 1000, 54321):
        device.set_input(1, params(loop=loop))
        counts = set()
        for _ in range(3):
            (ticks,) = device.invoke()
            counts.add((timer.to_units(ticks), timer.to_units(device.profile()[2].ticks)))
        assert len(counts) == 1, f"runs of one input differ: {counts}"
        spin[loop] = counts.pop()[1]
    assert spin[1000] - spin[1] == 2 * 999
    assert spin[54321] - spin[1] == 2 * 54320


def test_each_core_reports_a_cpu_fault_in_the_model(device, core):
    device.set_input(1, params(first=-1.0))
    with pytest.raises(DeviceErrorReply, match="FAULT") as error:
        device.invoke()
    start, size = _symbol(core[2].elf, "hil_model_invoke")
    assert start <= error.value.fault.pc < start + size


@pytest.mark.parametrize("name", [b for b in QEMU_BOARDS if get_board(b).has("mve")])
def test_a_core_with_helium_runs_mve_code(name):
    """Where the core has MVE the fixture's image stage is a Helium loop: the firmware holds MVE
    instructions, and they compute the fixture's bytes."""
    core = fixture_firmware(name)
    listing = subprocess.run(["arm-none-eabi-objdump", "-d", "-m", "armv8.1-m.main",
                              "--disassemble=hil_model_invoke", str(core[2].elf)],
                             capture_output=True, text=True, check=True).stdout
    assert {"vldrb.u8", "vmul.i8", "vstrb.8"} <= set(listing.split())
    side = image_side(core[0])
    image = np.arange(side * side, dtype=np.uint8).view(np.int8).reshape(1, side, side)
    with connected(core) as device:
        device.set_input(0, image)
        device.set_input(1, params())
        device.invoke()
        assert np.array_equal(device.get_output(0), expected_outputs(image, params())[0])


def _symbol(elf, name: str) -> tuple[int, int]:
    from elftools.elf.elffile import ELFFile

    with open(elf, "rb") as file:
        symbol = ELFFile(file).get_section_by_name(".symtab").get_symbol_by_name(name)[0]
    return symbol["st_value"] & ~1, symbol["st_size"]
