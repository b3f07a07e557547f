"""An emulated board kept on an exporter host: QEMU whose UART is a pseudo-terminal that stays.

labgrid's exporter serves a RawSerialPort (a /dev path) through ser2net. QEMU's own `-serial pty`
would name a new /dev/pts on every restart, so the board owns one pseudo-terminal for its whole
life: the terminal side (/dev/pts/N) is what ser2net opens, and every QEMU process started on the
board gets the controlling side as an inherited file descriptor (`-add-fd`, a chardev on
/dev/fdset/1). Restarting QEMU with new firmware keeps the port, ser2net and the client's link.
"""

from __future__ import annotations

import os
import subprocess
import threading
import tty
from pathlib import Path

from harness.boards.board import Board
from harness.boards.qemu_command import qemu_command
from harness.errors import BoardError

FIRMWARE_NAME = "firmware.elf"  # the file a client stages in the board's folder
_STOP_TIMEOUT_S = 5.0


class EmulatedBoard:
    """`folder`: where clients stage the firmware (`folder/firmware.elf`); QEMU's output goes
    to `folder/qemu.log`. `power(True)` (re)starts QEMU on the staged firmware."""

    def __init__(self, board: Board, folder: Path):
        self.board, self.folder = board, Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._controller, self._terminal = os.openpty()
        tty.setraw(self._terminal)  # no echo, no line editing: bytes pass unchanged
        self.tty = os.ttyname(self._terminal)
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()

    @property
    def firmware(self) -> Path:
        return self.folder / FIRMWARE_NAME

    @property
    def powered(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def power(self, on: bool) -> None:
        with self._lock:
            self._stop()
            if on:
                self._start()

    def close(self) -> None:
        with self._lock:
            self._stop()
        for fd in (self._controller, self._terminal):
            os.close(fd)

    def _start(self) -> None:
        if not self.firmware.is_file():
            raise BoardError(f"no firmware staged at {self.firmware}: a client stages it "
                             "before it powers the board on")
        serial = ("-add-fd", f"fd={self._controller},set=1",
                  "-chardev", "serial,id=uart,path=/dev/fdset/1", "-serial", "chardev:uart")
        command = qemu_command(self.board.runner, self.firmware.resolve(), serial)
        with open(self.folder / "qemu.log", "ab") as log:
            self._process = subprocess.Popen(command, pass_fds=[self._controller],
                                             stdin=subprocess.DEVNULL, stdout=log, stderr=log)

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()  # by PID: exactly the process this board started
        try:
            process.wait(_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
