"""The real-board runner: the upload command it runs, and how it finds the board's port again
afterwards (against a fake port listing; the upload itself is replaced where noted)."""

from __future__ import annotations

import sys

import pytest
from fake_ports import CP2102, FTDI, NANO_BOOTLOADER, NANO_FIRMWARE

from harness.boards import get_board
from harness.boards import upload as upload_module
from harness.boards.runner import runner_for
from harness.boards.upload import UploadRunner, flash, project_root
from harness.errors import BoardError
from harness.protocol.link import open_port


@pytest.fixture
def project(tmp_path):
    """A rendered project's folder with a built ELF for each real board's environment."""
    root = tmp_path / "project"
    (root / "hil-project.json").parent.mkdir()
    (root / "hil-project.json").write_text("{}")
    for env in ("nano33", "esp32"):
        (root / f".pio/build/{env}").mkdir(parents=True)
        (root / f".pio/build/{env}/firmware.elf").write_bytes(b"\x7fELF")
    return root


@pytest.fixture
def uploads(monkeypatch, listing):
    """Replaces the upload: records each command and lets the listing move on as it would
    while the board is flashed (states given with `listing.then`)."""
    commands = []

    def fake_flash(board_name, command, help_text):
        commands.append(command)
        listing.flashed()

    monkeypatch.setattr(upload_module, "flash", fake_flash)
    monkeypatch.setattr(upload_module, "_POLL_S", 0.001)
    return commands


def esp32_runner(port=None) -> UploadRunner:
    return UploadRunner(get_board("esp32"), port, boot_seconds=0)


def elf(project, env="nano33"):
    return project / f".pio/build/{env}/firmware.elf"


def test_the_upload_goes_through_pio_in_the_rendered_project(project):
    runner = runner_for(get_board("nano33"), "/dev/ttyACM0")
    assert isinstance(runner, UploadRunner)
    assert runner.upload_command(project, "/dev/ttyACM0") == [
        sys.executable, "-m", "platformio", "run", "-d", str(project), "-e", "nano33",
        "-t", "upload", "--upload-port", "/dev/ttyACM0"]
    assert project_root(elf(project, "esp32")) == project.resolve()


def test_a_nano_that_comes_back_under_a_new_name_is_found(project, listing, uploads):
    listing.set(("/dev/ttyACM0", NANO_FIRMWARE))
    listing.then((("/dev/ttyACM0", NANO_BOOTLOADER),), (), (("/dev/ttyACM1", NANO_FIRMWARE),))
    with UploadRunner(get_board("nano33")).running(elf(project)) as url:
        assert url == "/dev/ttyACM1"
    assert uploads[0][-2:] == ["--upload-port", "/dev/ttyACM0"]  # auto-detected by USB ID


def test_the_bootloader_port_is_not_taken_for_the_firmware(project, listing, uploads):
    listing.set(("/dev/ttyACM0", NANO_FIRMWARE))
    listing.then(*[(("/dev/ttyACM0", NANO_BOOTLOADER),)] * 3, (("/dev/ttyACM0", NANO_FIRMWARE),))
    with UploadRunner(get_board("nano33")).running(elf(project)) as url:
        assert url == "/dev/ttyACM0"
    assert listing.polls >= 2 + 4  # detection and the snapshot, then every state in turn


def test_another_nano_on_the_bench_is_not_taken_for_ours(project, listing, uploads):
    listing.set(("/dev/ttyACM0", NANO_FIRMWARE), ("/dev/ttyACM1", NANO_FIRMWARE))
    listing.then((("/dev/ttyACM1", NANO_FIRMWARE), ("/dev/ttyACM2", NANO_FIRMWARE)),)
    with UploadRunner(get_board("nano33"), "/dev/ttyACM0").running(elf(project)) as url:
        assert url == "/dev/ttyACM2"  # new since the upload; ttyACM1 was there before


def test_an_esp32_keeps_its_bridge_port_and_is_left_to_boot(project, listing, uploads,
                                                           monkeypatch):
    naps = []
    monkeypatch.setattr(upload_module.time, "sleep", naps.append)
    listing.set(("/dev/ttyUSB0", CP2102))
    with runner_for(get_board("esp32")).running(elf(project, "esp32")) as url:
        assert url == "/dev/ttyUSB0"
    assert uploads[0][uploads[0].index("-e") + 1] == "esp32"
    # Its ROM's boot messages are over before the harness talks to the firmware.
    assert naps == [get_board("esp32").extra["boot_seconds"]] and naps[0] > 0


def test_a_named_port_on_an_unknown_bridge_is_used(project, listing, uploads):
    listing.set(("/dev/ttyUSB5", FTDI))
    with esp32_runner("/dev/ttyUSB5").running(elf(project, "esp32")) as url:
        assert url == "/dev/ttyUSB5"


def test_a_port_is_handed_out_only_once_it_is_accessible(project, listing, uploads, monkeypatch):
    checks = []

    def udev_lag(device):
        checks.append(device)
        return len(checks) > 3  # permissions arrive on the fourth look

    monkeypatch.setattr(upload_module, "accessible", udev_lag)
    listing.set(("/dev/ttyUSB0", CP2102))
    with esp32_runner().running(elf(project, "esp32")) as url:
        assert url == "/dev/ttyUSB0" and len(checks) == 4


def test_the_handed_out_port_opens_as_a_pyserial_url(project, listing, uploads):
    listing.set(("loop://", CP2102))  # pyserial's loopback, standing in for the bridge
    with esp32_runner().running(elf(project, "esp32")) as url:
        port = open_port(url, get_board("esp32").baudrate)
        port.write(b"\x00frame\x00")
        assert port.read(7) == b"\x00frame\x00"
        port.close()


def test_a_board_that_does_not_come_back_is_a_clear_error(project, listing, uploads):
    listing.set(("/dev/ttyACM0", NANO_FIRMWARE))
    listing.then((("/dev/ttyACM0", NANO_BOOTLOADER),))
    runner = UploadRunner(get_board("nano33"), reappear_timeout=0.05)
    with pytest.raises(BoardError) as error:
        with runner.running(elf(project)):
            pass
    message = str(error.value)
    assert "Arduino Nano 33 BLE did not come back" in message and "2341:805a" in message
    assert "double-press its reset button" in message


def test_no_board_plugged_in_stops_before_flashing(project, listing, uploads):
    listing.set(("/dev/ttyS0", None))
    runner = UploadRunner(get_board("nano33"))
    assert runner.unavailable().startswith("no Arduino Nano 33 BLE found")
    with pytest.raises(BoardError, match="no Arduino Nano 33 BLE found.*pass --port"):
        with runner.running(elf(project)):
            pass
    assert uploads == []


def test_a_url_cannot_be_flashed_through(project, listing, uploads):
    with pytest.raises(BoardError, match="needs the board's local serial port"):
        with esp32_runner("rfc2217://lab:4000").running(elf(project, "esp32")):
            pass


def test_an_elf_outside_a_rendered_project_is_refused(tmp_path):
    loose = tmp_path / "a/b/c/d/firmware.elf"
    loose.parent.mkdir(parents=True)
    loose.write_bytes(b"\x7fELF")
    with pytest.raises(BoardError, match="not built in a rendered project"):
        project_root(loose)
    with pytest.raises(BoardError, match="build it first"):
        project_root(tmp_path / "missing.elf")


def test_a_failed_upload_shows_platformio_s_last_lines_and_the_board_s_help():
    failing = [sys.executable, "-c", "print('Looking for upload port...');"
               "print('Error: Please specify `upload_port`'); raise SystemExit(1)"]
    with pytest.raises(BoardError) as error:
        flash("nano33", failing, "double-press the reset button")
    message = str(error.value)
    assert message.startswith("uploading to nano33 failed")
    assert "Error: Please specify `upload_port`" in message
    assert message.endswith("double-press the reset button")
    flash("nano33", [sys.executable, "-c", "pass"])  # a clean exit is a successful upload


def test_a_named_port_that_does_not_exist_is_a_clear_error(project, listing, uploads):
    listing.set()
    runner = esp32_runner("/dev/ttyUSB97")
    assert "serial port /dev/ttyUSB97 does not exist" in runner.unavailable()
    with pytest.raises(BoardError, match="does not exist: is the .*ESP32.* plugged in"):
        with runner.running(elf(project, "esp32")):
            pass
    assert uploads == []
