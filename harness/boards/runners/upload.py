"""Real boards: flash the firmware, then hand out the board's serial port.

Flashing is handed in (`harness.firmware.upload.pio_upload` runs `pio run -t upload` in the
rendered project), so each board's own procedure applies: the Nano 33 BLE gets a 1200-baud touch
that resets it into its bootloader (another USB PID, often another device name) and bossac writes
the firmware; the ESP32 is reset into its ROM loader through DTR/RTS and esptool writes it. Then
the runner waits until a port with one of the firmware's USB IDs is listed and accessible: the
Nano re-enumerates its USB CDC port when the new firmware starts, possibly under a new name; the
ESP32's bridge stays put.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from harness.boards.board import UploadSettings
from harness.boards.ports import SerialPort, find_port, product, serial_ports, usb_ids_text
from harness.boards.runner import BuiltProject, Runner
from harness.boards.runners import RUNNERS
from harness.errors import BoardError
from harness.protocol.link import open_port

REAPPEAR_TIMEOUT_S = 20.0
RESET_PULSE_S = 0.1
_POLL_S = 0.1


class BoardNeedsPerson(BoardError):
    """A real board stopped answering and the harness has no way to reset it."""


class UploadRunner(Runner):
    """`reappear_timeout`: how long to wait for the firmware's port after the upload.
    `boot_seconds` (default: the board's settings): how long the board then takes to boot, for
    boards that print boot messages on the link (the ESP32's ROM): a request sent into them
    would be lost."""

    def __init__(self, board, port: str | None = None, flash=None,
                 reappear_timeout: float = REAPPEAR_TIMEOUT_S, boot_seconds: float | None = None):
        super().__init__(board, port, flash)
        self.settings: UploadSettings = board.runner
        self.reappear_timeout = reappear_timeout
        self.boot_seconds = self.settings.boot_seconds if boot_seconds is None else boot_seconds

    def unavailable(self) -> str | None:
        try:
            self.upload_port()
        except BoardError as exc:
            return str(exc)
        return None

    @contextmanager
    def running(self, project: BuiltProject) -> Iterator[str]:
        if not Path(project.elf_path).is_file():
            raise BoardError(f"no firmware at {project.elf_path}; build it first")
        if self.flash is None:
            raise BoardError(f"the {product(self.board)} is flashed by the harness's firmware "
                             "side: pass a flasher (harness.firmware.upload.pio_upload)")
        port = self.upload_port()
        before = {p.device for p in serial_ports()}
        try:
            self.flash(project, port)
        except BoardError as exc:
            raise BoardError(f"{exc}\n{self.settings.help}".rstrip()) from None
        url = self.wait_for_port(port, before)
        time.sleep(self.boot_seconds)
        yield url
        # Nothing to stop: the board keeps running the firmware, idle, until the next upload.

    def reset_in_place(self, url: str, cause: str, kept: str) -> bool:
        """Pulses the board's reset line (RTS or DTR, as USB-serial bridges with an auto-reset
        circuit wire it); a board without one needs a person."""
        line = self.settings.reset_line
        if line not in ("rts", "dtr"):
            raise BoardNeedsPerson(
                f"{self.board.name} stopped answering ({cause}) and the harness cannot reset it: "
                f"press its reset button or unplug and replug it, then run again. {kept}")
        port = open_port(url, self.board.baudrate)
        try:
            setattr(port, line, True)
            time.sleep(RESET_PULSE_S)
            setattr(port, line, False)
        finally:
            port.close()
        return True

    def upload_port(self) -> str:
        """The port the user named, else the one port that looks like the board."""
        if self.port is None:
            return find_port(self.board)
        if "://" in self.port:
            raise BoardError(f"cannot upload to the {product(self.board)} through {self.port}: "
                             "flashing needs the board's local serial port (e.g. /dev/ttyACM0)")
        if self.port.startswith("/dev/") and not Path(self.port).exists() \
                and self.port not in {port.device for port in serial_ports()}:
            raise BoardError(f"serial port {self.port} does not exist: is the "
                             f"{product(self.board)} plugged in? (`hil boards` lists the serial "
                             "ports)")
        return self.port

    def wait_for_port(self, previous: str, before: set[str]) -> str:
        """The firmware's port once it is listed and accessible: `previous` if it came back,
        else the one that is new since the upload began (ports listed before it belong to
        other devices)."""
        deadline = time.monotonic() + self.reappear_timeout
        while True:
            ready = [p.device for p in serial_ports() if self._is_firmware_port(p)]
            if previous in ready:
                return previous
            new = [device for device in ready if device not in before]
            if len(new) == 1:
                return new[0]
            if new:
                raise BoardError(f"several new ports look like a {self.board.name} after the "
                                 f"upload: {', '.join(new)}; choose one with --port")
            if time.monotonic() >= deadline:
                raise BoardError(self._not_back(previous))
            time.sleep(_POLL_S)

    def _is_firmware_port(self, port: SerialPort) -> bool:
        ids = self._firmware_usb_ids()
        # A port the user named that belongs to no known board: e.g. an ESP32 on a bridge
        # whose USB ID the record does not list.
        named = port.device == self.port and not port.boards
        return ((port.vid, port.pid) in ids or named) and accessible(port.device)

    def _not_back(self, previous: str) -> str:
        ids = self._firmware_usb_ids()
        help_text = self.settings.help
        return (f"the {product(self.board)} did not come back after the upload: no accessible "
                f"serial port with USB ID {usb_ids_text(ids)} within {self.reappear_timeout:g} s "
                f"(it was {previous}); check `hil boards`"
                + (f"; {help_text}" if help_text else ""))

    def _firmware_usb_ids(self) -> tuple[tuple[int, int], ...]:
        return self.settings.firmware_usb_ids or self.board.usb_ids


def accessible(device: str) -> bool:
    """A device node we may open (udev may set its permissions a moment after it appears);
    names that are not files (COM3, URLs) count as accessible."""
    return not os.path.exists(device) or os.access(device, os.R_OK | os.W_OK)


RUNNERS.add(UploadSettings.runner, UploadRunner)
