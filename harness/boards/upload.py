"""Real boards: flash through PlatformIO, then hand out the board's serial port.

Flashing runs `pio run -t upload --upload-port PORT` in the rendered project, so each board's
own procedure applies: the Nano 33 BLE gets a 1200-baud touch that resets it into its bootloader
(another USB PID, often another device name) and bossac writes the firmware; the ESP32 is reset
into its ROM loader through DTR/RTS and esptool writes it. Then the runner waits until a port
with one of the firmware's USB IDs is listed and accessible: the Nano re-enumerates its USB CDC
port when the new firmware starts, possibly under a new name; the ESP32's bridge stays put.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from harness.boards.ports import SerialPort, find_port, product, serial_ports, usb_ids_text
from harness.boards.runner import RUNNERS, Runner
from harness.errors import BoardError

UPLOAD_TIMEOUT_S = 900.0  # PlatformIO may first download the platform and toolchain
REAPPEAR_TIMEOUT_S = 20.0
_POLL_S = 0.1
_OUTPUT_LINES = 20


class UploadRunner(Runner):
    """`reappear_timeout`: how long to wait for the firmware's port after the upload.
    `boot_seconds` (default: the record's extra["boot_seconds"], else 0): how long the board
    then takes to boot, for boards that print boot messages on the link (the ESP32's ROM): a
    request sent into them would be lost."""

    def __init__(self, board, port: str | None = None,
                 reappear_timeout: float = REAPPEAR_TIMEOUT_S, boot_seconds: float | None = None):
        super().__init__(board, port)
        self.reappear_timeout = reappear_timeout
        self.boot_seconds = board.extra.get("boot_seconds", 0.0) if boot_seconds is None \
            else boot_seconds

    def unavailable(self) -> str | None:
        try:
            self.upload_port()
        except BoardError as exc:
            return str(exc)
        return None

    @contextmanager
    def running(self, firmware: Path) -> Iterator[str]:
        root = project_root(Path(firmware))
        port = self.upload_port()
        before = {p.device for p in serial_ports()}
        flash(self.board.name, self.upload_command(root, port),
              self.board.extra.get("upload_help", ""))
        url = self.wait_for_port(port, before)
        time.sleep(self.boot_seconds)
        yield url
        # Nothing to stop: the board keeps running the firmware, idle, until the next upload.

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

    def upload_command(self, root: Path, port: str) -> list[str]:
        from harness.firmware.platformio_setup import pio_command

        return pio_command("run", "-d", str(root), "-e", self.board.pio_env, "-t", "upload",
                           "--upload-port", port)

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
        ids = self.board.extra.get("firmware_usb_ids", self.board.usb_ids)
        # A port the user named that belongs to no known board: e.g. an ESP32 on a bridge
        # whose USB ID the record does not list.
        named = port.device == self.port and not port.boards
        return ((port.vid, port.pid) in ids or named) and accessible(port.device)

    def _not_back(self, previous: str) -> str:
        ids = self.board.extra.get("firmware_usb_ids", self.board.usb_ids)
        help_text = self.board.extra.get("upload_help", "")
        return (f"the {product(self.board)} did not come back after the upload: no accessible "
                f"serial port with USB ID {usb_ids_text(ids)} within {self.reappear_timeout:g} s "
                f"(it was {previous}); check `hil boards`"
                + (f"; {help_text}" if help_text else ""))


def project_root(firmware: Path) -> Path:
    """The rendered project an ELF was built in (<root>/.pio/build/<env>/firmware.elf)."""
    from harness.firmware.render import MANIFEST

    if not firmware.is_file():
        raise BoardError(f"no firmware at {firmware}; build it first")
    parents = firmware.resolve().parents
    root = parents[3] if len(parents) > 3 else parents[0]
    if not (root / MANIFEST).is_file():
        raise BoardError(f"{firmware} was not built in a rendered project (no {MANIFEST} in "
                         f"{root}); real boards are flashed by PlatformIO from the project the "
                         "harness rendered (`hil render ... --build`)")
    return root


def flash(board_name: str, command: list[str], help_text: str = "") -> None:
    """Runs the upload; a BoardError with PlatformIO's last lines and the board's help."""
    from harness.firmware.platformio_setup import pio_environment

    try:
        result = subprocess.run(command, env=pio_environment(), capture_output=True, text=True,
                                errors="replace", timeout=UPLOAD_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise BoardError(f"uploading to {board_name} took over {UPLOAD_TIMEOUT_S:g} s "
                         f"(`{shlex.join(command)}`)") from None
    if result.returncode != 0:
        lines = (result.stdout + result.stderr).strip().splitlines()[-_OUTPUT_LINES:]
        raise BoardError(f"uploading to {board_name} failed (`{shlex.join(command)}` exited "
                         f"with {result.returncode}):\n" + "\n".join(lines)
                         + f"\n{help_text}".rstrip())


def accessible(device: str) -> bool:
    """A device node we may open (udev may set its permissions a moment after it appears);
    names that are not files (COM3, URLs) count as accessible."""
    return not os.path.exists(device) or os.access(device, os.R_OK | os.W_OK)


RUNNERS.add("upload", UploadRunner)
