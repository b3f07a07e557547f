"""The real boards' records, their PlatformIO environments, and finding them by USB VID:PID in
a fake port listing."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fake_ports import CH340, CH9102, CP2102, NANO_BOOTLOADER, NANO_FIRMWARE
from platformio.package.meta import PackageSpec
from platformio.project.config import ProjectConfig

from harness import paths
from harness.boards import get_board
from harness.boards.ports import find_port, serial_ports
from harness.cli import cli
from harness.errors import BoardError


@pytest.fixture(scope="module")
def envs() -> ProjectConfig:
    return ProjectConfig(str(paths.PROJECT_ROOT / "platformio.ini"))


def test_nano33_is_a_cortex_m4f_with_the_flash_above_its_bootloader():
    nano = get_board("nano33ble")
    assert (nano.cpu, nano.clock_hz, nano.flash_bytes, nano.ram_bytes) == \
        ("cortex-m4", 64_000_000, 983_040, 262_144)  # boards.txt maximum_size, _data_size
    assert nano.has("fpu") and nano.has("dsp") and not nano.emulated
    assert (nano.runner.runner, nano.firmware_family, nano.timer.unit) == \
        ("upload", "arduino", "cycles")
    assert nano.usb_ids == (NANO_BOOTLOADER, NANO_FIRMWARE)
    assert nano.runner.firmware_usb_ids == (NANO_FIRMWARE,)  # not the bootloader


def test_esp32_is_an_lx6_with_the_app_partition_and_static_dram_as_its_limits():
    esp = get_board("esp32dev")
    assert (esp.cpu, esp.clock_hz, esp.flash_bytes, esp.ram_bytes) == \
        ("xtensa-lx6", 240_000_000, 0x300000, 0x2C200)
    assert esp.has("fpu") and not esp.has("dsp")
    assert esp.usb_ids == (CP2102, CH340, CH9102) and esp.timer.source == "CCOUNT"


def test_the_renode_board_runs_the_nano33_firmware_and_counts_instructions():
    renode, nano = get_board("nano33-renode"), get_board("nano33")
    assert renode.emulated and renode.transport == "socket" and renode.runner.runner == "renode"
    assert (renode.clock_hz, renode.flash_bytes, renode.ram_bytes, renode.firmware_family) == \
        (nano.clock_hz, nano.flash_bytes, nano.ram_bytes, nano.firmware_family)
    assert renode.timer.unit == "instructions" and renode.usb_ids == ()
    # One CYCCNT tick per instruction: the counter's clock equals the emulated MIPS.
    assert renode.runner.mips * 1_000_000 == renode.clock_hz


@pytest.mark.parametrize("board, platform, version, pio_board", [
    ("nano33", "nordicnrf52", "10.11.0", "nano33ble"),
    ("nano33-renode", "nordicnrf52", "10.11.0", "nano33ble"),
    ("esp32", "espressif32", "6.13.0", "esp32dev"),
])
def test_real_board_environments_pin_their_platform(envs, board, platform, version, pio_board):
    record = get_board(board)
    env = f"env:{record.pio_env}"
    spec = PackageSpec(envs.get(env, "platform"))
    assert (spec.owner, spec.name, str(spec.requirements)) == ("platformio", platform, version)
    assert record.pio_platform == platform  # what the TFLM backend keys its library on
    assert (envs.get(env, "board"), envs.get(env, "framework")) == (pio_board, ["arduino"])
    flags = envs.get(env, "build_flags")
    assert flags[:2] == ["-Wall", "-Wextra"] and "-DARDUINO_EXCLUDE_CODE" in flags


def test_only_the_renode_build_moves_the_link_to_the_uart(envs):
    assert "-DHIL_RENODE=1" in envs.get("env:nano33-renode", "build_flags")
    assert not any("HIL_RENODE" in f for f in envs.get("env:nano33", "build_flags"))


def test_esp32_cpp_is_cpp17(envs):
    flags = envs.get("env:esp32", "build_flags")
    assert "-std=gnu++17" in flags and envs.get("env:esp32", "build_unflags") == ["-std=gnu++11"]
    assert envs.get("env:esp32", "board_build.partitions") == "huge_app.csv"


def test_the_board_environments_have_no_unknown_options():
    assert ProjectConfig.lint(str(paths.PROJECT_ROOT / "platformio.ini")) == \
        {"errors": [], "warnings": []}


def test_a_nano_is_found_as_bootloader_or_firmware_and_an_esp32_by_any_bridge(listing):
    listing.set(("/dev/ttyACM0", NANO_BOOTLOADER), ("/dev/ttyUSB0", CH9102),
               ("/dev/ttyS0", None))
    assert [(p.device, p.boards) for p in serial_ports()] == [
        ("/dev/ttyACM0", ("nano33",)), ("/dev/ttyS0", ()), ("/dev/ttyUSB0", ("esp32",))]
    assert find_port(get_board("nano33")) == "/dev/ttyACM0"
    assert find_port(get_board("esp32")) == "/dev/ttyUSB0"


def test_no_board_plugged_in_names_the_board_its_usb_ids_and_the_fix(listing):
    listing.set(("/dev/ttyS0", None))
    with pytest.raises(BoardError) as error:
        find_port(get_board("nano33"))
    assert str(error.value).startswith(
        "no Arduino Nano 33 BLE found (no serial port has USB ID 2341:005a/2341:805a); "
        "plug it in, or pass --port")


def test_hil_boards_shows_the_real_boards_and_what_is_plugged_in(listing):
    listing.set(("/dev/ttyACM3", NANO_FIRMWARE), ("/dev/ttyUSB1", CP2102))
    result = CliRunner().invoke(cli, ["boards", "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    boards = {b["name"]: b for b in document["boards"]}
    assert boards["nano33"]["usb_ids"] == ["2341:005a", "2341:805a"]
    assert boards["nano33-renode"]["runner"] == "renode"
    assert [(p["device"], p["looks_like"]) for p in document["ports"]] == [
        ("/dev/ttyACM3", "nano33"), ("/dev/ttyUSB1", "esp32")]
