"""The emulated boards' records agree with the firmware that runs on them: features with the
core's ISA, flash and RAM with the linker script and the board manifest, the timer with the
machine's clock; and the runner starts each machine as its record says."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from platformio.project.config import ProjectConfig

from harness import paths
from harness.boards import BOARDS, get_board
from harness.boards.board import QemuSettings
from harness.boards.runners import qemu, runner_for

QEMU_BOARDS = sorted(b.name for b in BOARDS if isinstance(b.runner, QemuSettings))
_REGION = re.compile(r"^\s*(\w+)\s*\([rwx]+\)\s*:\s*ORIGIN\s*=\s*\w+,\s*LENGTH\s*=\s*(\d+)([KM]?)",
                     re.MULTILINE)


def test_features_follow_each_cores_isa():
    """dsp: the Armv7E-M/Armv8-M DSP extension the AOT's SIMD kernels need; mve: Helium."""
    features = {name: (get_board(name).cpu, set(get_board(name).features))
                for name in ("qemu-m0", "qemu-m3", "qemu-m4", "qemu-m7", "qemu-m33", "qemu-m55",
                             "qemu-rv32")}
    assert features == {"qemu-m0": ("cortex-m0", set()),
                        "qemu-m3": ("cortex-m3", set()),
                        "qemu-m4": ("cortex-m4", {"fpu", "dsp"}),
                        "qemu-m7": ("cortex-m7", {"fpu", "dsp"}),
                        "qemu-m33": ("cortex-m33", {"fpu", "dsp"}),
                        "qemu-m55": ("cortex-m55", {"fpu", "dsp", "mve"}),
                        "qemu-rv32": ("rv32imc", set())}


@pytest.mark.parametrize("name", QEMU_BOARDS)
def test_the_timer_has_more_than_two_ticks_per_instruction(name):
    board = get_board(name)
    shift = board.runner.icount_shift
    assert board.timer.ticks_per_unit == pytest.approx(2 ** shift * board.clock_hz / 1e9)
    assert board.timer.ticks_per_unit > 2 and board.timer.whole_units
    assert board.timer.unit == "instructions" and board.emulated


@pytest.mark.parametrize("name", QEMU_BOARDS)
def test_flash_and_ram_are_the_linker_scripts_and_the_manifests(name):
    board = get_board(name)
    config = ProjectConfig(str(paths.PROJECT_ROOT / "platformio.ini"))
    env = f"env:{board.pio_env}"
    script = config.get(env, "board_build.ldscript").removeprefix("src/board/")
    regions = _regions(paths.firmware_dir() / "boards" / board.firmware_family / script)
    assert (regions["FLASH"], regions["RAM"]) == (board.flash_bytes, board.ram_bytes)
    manifest = paths.firmware_dir() / "platforms" / board.pio_platform / "boards" / \
        f"{config.get(env, 'board')}.json"
    upload = json.loads(manifest.read_text())["upload"]
    assert (upload["maximum_size"], upload["maximum_ram_size"]) == \
        (board.flash_bytes, board.ram_bytes)


def _regions(script) -> dict[str, int]:
    scale = {"": 1, "K": 1024, "M": 1024 * 1024}
    return {name: int(length) * scale[unit]
            for name, length, unit in _REGION.findall(script.read_text())}


def test_the_runner_starts_each_machine_with_its_own_arguments():
    command = runner_for(get_board("qemu-rv32")).command(Path("fw.elf"))
    assert command[:7] == ["qemu-system-riscv32", "-M", "virt", "-bios", "none", "-cpu",
                           "rv32,a=false,f=false,d=false"]
    assert "shift=8" in command and command[command.index("-kernel") + 1] == "fw.elf"
    m33 = runner_for(get_board("qemu-m33")).command(Path("fw.elf"))
    assert m33[:3] == ["qemu-system-arm", "-M", "mps2-an505"] and "shift=7" in m33


def test_a_missing_emulator_is_named_with_its_debian_package(monkeypatch):
    monkeypatch.setattr(qemu.shutil, "which", lambda tool: None)
    assert runner_for(get_board("qemu-rv32")).unavailable() == (
        "qemu-system-riscv32 is not installed (Debian: apt install qemu-system-misc); "
        "run `make setup`")
