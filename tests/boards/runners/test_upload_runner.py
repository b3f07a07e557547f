"""The real-board runner: how it finds the board's port before and after flashing (against a
fake port listing; the flasher it is handed records the upload instead of running it), and how
it resets a board that stopped answering."""

from __future__ import annotations

import dataclasses

import pytest
import serial
from built_project import Built
from fake_ports import CP2102, FTDI, NANO_BOOTLOADER, NANO_FIRMWARE

from harness.boards import get_board
from harness.boards.board import UploadSettings
from harness.boards.runners import runner_for
from harness.boards.runners import upload as upload_module
from harness.boards.runners.upload import BoardNeedsPerson, UploadRunner
from harness.errors import BoardError
from harness.protocol.link import open_port


@pytest.fixture
def project(tmp_path):
    """env -> a built project for that real board's environment."""
    def built(env: str = "nano33") -> Built:
        project = Built(tmp_path / "project", env)
        project.elf_path.parent.mkdir(parents=True, exist_ok=True)
        project.elf_path.write_bytes(b"\x7fELF")
        return project

    return built


@pytest.fixture
def uploads(monkeypatch, listing):
    """The flasher handed to runners: records (project, port) and lets the listing move on as
    it would while the board is flashed (states given with `listing.then`)."""
    calls = []

    def fake_flash(project, port):
        calls.append((project, port))
        listing.flashed()

    fake_flash.calls = calls
    monkeypatch.setattr(upload_module, "_POLL_S", 0.001)
    return fake_flash


def nano_runner(flash, port=None, **options) -> UploadRunner:
    return UploadRunner(get_board("nano33"), port, flash, **options)


def esp32_runner(flash, port=None) -> UploadRunner:
    return UploadRunner(get_board("esp32"), port, flash, boot_seconds=0)


def test_real_boards_get_the_upload_runner_with_the_flasher_handed_in(uploads):
    runner = runner_for(get_board("nano33"), "/dev/ttyACM0", uploads)
    assert isinstance(runner, UploadRunner) and runner.flash is uploads


def test_a_nano_that_comes_back_under_a_new_name_is_found(project, listing, uploads):
    listing.set(("/dev/ttyACM0", NANO_FIRMWARE))
    listing.then((("/dev/ttyACM0", NANO_BOOTLOADER),), (), (("/dev/ttyACM1", NANO_FIRMWARE),))
    with nano_runner(uploads).running(project()) as url:
        assert url == "/dev/ttyACM1"
    assert uploads.calls[0][1] == "/dev/ttyACM0"  # auto-detected by USB ID


def test_the_bootloader_port_is_not_taken_for_the_firmware(project, listing, uploads):
    listing.set(("/dev/ttyACM0", NANO_FIRMWARE))
    listing.then(*[(("/dev/ttyACM0", NANO_BOOTLOADER),)] * 3, (("/dev/ttyACM0", NANO_FIRMWARE),))
    with nano_runner(uploads).running(project()) as url:
        assert url == "/dev/ttyACM0"
    assert listing.polls >= 2 + 4  # detection and the snapshot, then every state in turn


def test_another_nano_on_the_bench_is_not_taken_for_ours(project, listing, uploads):
    listing.set(("/dev/ttyACM0", NANO_FIRMWARE), ("/dev/ttyACM1", NANO_FIRMWARE))
    listing.then((("/dev/ttyACM1", NANO_FIRMWARE), ("/dev/ttyACM2", NANO_FIRMWARE)),)
    with nano_runner(uploads, "/dev/ttyACM0").running(project()) as url:
        assert url == "/dev/ttyACM2"  # new since the upload; ttyACM1 was there before


def test_an_esp32_keeps_its_bridge_port_and_is_left_to_boot(project, listing, uploads,
                                                           monkeypatch):
    naps = []
    monkeypatch.setattr(upload_module.time, "sleep", naps.append)
    listing.set(("/dev/ttyUSB0", CP2102))
    with runner_for(get_board("esp32"), flash=uploads).running(project("esp32")) as url:
        assert url == "/dev/ttyUSB0"
    assert uploads.calls[0][0].env == "esp32"
    # Its ROM's boot messages are over before the harness talks to the firmware.
    assert naps == [get_board("esp32").runner.boot_seconds] and naps[0] > 0


def test_a_named_port_on_an_unknown_bridge_is_used(project, listing, uploads):
    listing.set(("/dev/ttyUSB5", FTDI))
    with esp32_runner(uploads, "/dev/ttyUSB5").running(project("esp32")) as url:
        assert url == "/dev/ttyUSB5"


def test_a_port_is_handed_out_only_once_it_is_accessible(project, listing, uploads, monkeypatch):
    checks = []

    def udev_lag(device):
        checks.append(device)
        return len(checks) > 3  # permissions arrive on the fourth look

    monkeypatch.setattr(upload_module, "accessible", udev_lag)
    listing.set(("/dev/ttyUSB0", CP2102))
    with esp32_runner(uploads).running(project("esp32")) as url:
        assert url == "/dev/ttyUSB0" and len(checks) == 4


def test_the_handed_out_port_opens_as_a_pyserial_url(project, listing, uploads):
    listing.set(("loop://", CP2102))  # pyserial's loopback, standing in for the bridge
    with esp32_runner(uploads).running(project("esp32")) as url:
        port = open_port(url, get_board("esp32").baudrate)
        port.write(b"\x00frame\x00")
        assert port.read(7) == b"\x00frame\x00"
        port.close()


def test_a_board_that_does_not_come_back_is_a_clear_error(project, listing, uploads):
    listing.set(("/dev/ttyACM0", NANO_FIRMWARE))
    listing.then((("/dev/ttyACM0", NANO_BOOTLOADER),))
    runner = nano_runner(uploads, reappear_timeout=0.05)
    with pytest.raises(BoardError) as error:
        with runner.running(project()):
            pass
    message = str(error.value)
    assert "Arduino Nano 33 BLE did not come back" in message and "2341:805a" in message
    assert "double-press its reset button" in message


def test_no_board_plugged_in_stops_before_flashing(project, listing, uploads):
    listing.set(("/dev/ttyS0", None))
    runner = nano_runner(uploads)
    assert runner.unavailable().startswith("no Arduino Nano 33 BLE found")
    with pytest.raises(BoardError, match="no Arduino Nano 33 BLE found.*pass --port"):
        with runner.running(project()):
            pass
    assert uploads.calls == []


def test_a_url_cannot_be_flashed_through(project, listing, uploads):
    with pytest.raises(BoardError, match="needs the board's local serial port"):
        with esp32_runner(uploads, "rfc2217://lab:4000").running(project("esp32")):
            pass


def test_a_failed_flash_carries_the_board_s_help(project, listing):
    def failing(project, port):
        raise BoardError("uploading to nano33 failed: Error: Please specify `upload_port`")

    listing.set(("/dev/ttyACM0", NANO_FIRMWARE))
    with pytest.raises(BoardError) as error:
        with nano_runner(failing).running(project()):
            pass
    assert str(error.value).startswith("uploading to nano33 failed")
    assert str(error.value).endswith("(the LED pulses: bootloader mode) and run again")


def test_a_runner_without_a_flasher_says_so(project, listing):
    listing.set(("/dev/ttyACM0", NANO_FIRMWARE))
    with pytest.raises(BoardError, match="pass a flasher"):
        with UploadRunner(get_board("nano33")).running(project()):
            pass


def test_a_board_without_a_reset_line_needs_a_person():
    with pytest.raises(BoardNeedsPerson, match="press its reset button.*Kept: 8 samples"):
        UploadRunner(get_board("nano33")).reset_in_place("loop://", "it hung", "Kept: 8 samples")


def test_a_board_with_a_reset_line_gets_a_pulse_on_it(monkeypatch):
    board = get_board("esp32")
    wired = dataclasses.replace(board, runner=UploadSettings(reset_line="rts"))
    levels = []
    monkeypatch.setattr(serial.serialutil.SerialBase, "rts", property(
        lambda port: levels[-1] if levels else False,
        lambda port, level: levels.append(level)))
    monkeypatch.setattr(upload_module.time, "sleep", lambda seconds: None)
    assert UploadRunner(wired).reset_in_place("loop://", "it hung", "") is True
    assert levels[-2:] == [True, False]


def test_a_named_port_that_does_not_exist_is_a_clear_error(project, listing, uploads):
    listing.set()
    runner = esp32_runner(uploads, "/dev/ttyUSB97")
    assert "serial port /dev/ttyUSB97 does not exist" in runner.unavailable()
    with pytest.raises(BoardError, match="does not exist: is the .*ESP32.* plugged in"):
        with runner.running(project("esp32")):
            pass
    assert uploads.calls == []
