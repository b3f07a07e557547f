"""Board records, serial port matching, runners, and the `hil boards` and
`hil setup-platformio` commands."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from harness.boards import BOARDS, TimerSpec, get_board
from harness.boards import ports as ports_module
from harness.boards.ports import boards_for, find_port, serial_ports
from harness.cli import cli
from harness.errors import BoardError


def test_the_emulated_board_is_complete():
    board = get_board("qemu-m4")
    assert get_board("qemu") is board and get_board("mps2-an386") is board
    assert (board.cpu, board.clock_hz, board.flash_bytes, board.ram_bytes) == \
        ("cortex-m4", 25_000_000, 4 << 20, 4 << 20)
    assert board.has("fpu") and board.has("dsp") and board.emulated
    assert board.runner.machine == "mps2-an386" and board.runner.runner == "qemu"
    assert board.timer.unit == "instructions" and board.timer.ticks_per_unit == 3.2


def test_real_boards_are_declared_with_their_usb_ids():
    nano, esp = get_board("nano33"), get_board("esp32")
    assert (nano.clock_hz, nano.ram_bytes, nano.timer.source) == (64_000_000, 256 << 10,
                                                                  "DWT CYCCNT")
    assert (esp.clock_hz, esp.flash_bytes, esp.timer.source) == (240_000_000, 3 << 20, "CCOUNT")
    assert boards_for(0x2341, 0x805A) == ("nano33",) and boards_for(0x1A86, 0x7523) == ("esp32",)
    assert boards_for(0x1234, 0x5678) == () and boards_for(None, None) == ()


def test_instruction_counts_are_whole_numbers():
    timer = get_board("qemu-m4").timer
    assert timer.to_units(128276) == timer.to_units(128275) == 40086.0
    assert TimerSpec("cycles").to_units(5) == 5.0


def _fake_ports(monkeypatch, *ids):
    fakes = [SimpleNamespace(device=f"/dev/ttyACM{i}", description="USB serial", vid=vid,
                             pid=pid, serial_number=f"S{i}") for i, (vid, pid) in enumerate(ids)]
    monkeypatch.setattr(ports_module.list_ports, "comports", lambda: fakes)


def test_ports_are_matched_to_boards(monkeypatch):
    _fake_ports(monkeypatch, (0x2341, 0x005A), (0x10C4, 0xEA60), (None, None))
    found = serial_ports()
    assert [(p.device, p.usb_id, p.boards) for p in found] == [
        ("/dev/ttyACM0", "2341:005a", ("nano33",)), ("/dev/ttyACM1", "10c4:ea60", ("esp32",)),
        ("/dev/ttyACM2", "", ())]
    assert find_port(get_board("nano33")) == "/dev/ttyACM0"


def test_finding_no_port_or_several_is_a_clear_error(monkeypatch):
    _fake_ports(monkeypatch, (0x2341, 0x005A), (0x2341, 0x805A))
    with pytest.raises(BoardError, match="several ports.*ttyACM0, /dev/ttyACM1"):
        find_port(get_board("nano33"))
    with pytest.raises(BoardError, match="no Espressif ESP32-DevKitC found.*10c4:ea60"):
        find_port(get_board("esp32"))


def test_boards_command_lists_boards_and_ports(monkeypatch):
    _fake_ports(monkeypatch, (0x1A86, 0x7523))
    result = CliRunner().invoke(cli, ["boards", "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [b["name"] for b in document["boards"]] == [b.name for b in BOARDS]
    assert document["ports"] == [{"device": "/dev/ttyACM0", "usb_id": "1a86:7523",
                                  "description": "USB serial", "serial_number": "S0",
                                  "looks_like": "esp32"}]


def test_setup_platformio_command_is_idempotent(tmp_path, monkeypatch):
    monkeypatch.setenv("HIL_CACHE_DIR", str(tmp_path))
    runner = CliRunner()
    assert "provided" in runner.invoke(cli, ["setup-platformio"]).output
    assert "already installed" in runner.invoke(cli, ["setup-platformio"]).output
