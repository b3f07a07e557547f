"""Emulated boards: QEMU with the board's UART on a loopback TCP port.

QEMU picks a free port itself (port 0) and names it on stderr, so several boards can start at
once without racing for ports. With `wait=on` the guest starts only when the harness connects,
so the boot announcement is never missed. The process is stopped by its PID when the `running`
block ends, whatever ends it. Each process also has QEMU's machine protocol (QMP) on a unix
socket in a private folder: `monitor()` resets or freezes the board (the fault matrix does).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from harness.boards.board import QemuSettings
from harness.boards.qemu_command import qemu_command
from harness.boards.runner import BuiltProject, Runner
from harness.boards.runners import RUNNERS
from harness.boards.runners.qmp import QmpClient
from harness.errors import BoardError, DeviceError

_LISTENING = re.compile(r"waiting for connection on: disconnected:tcp:[\d.]+:(\d+)")
_START_TIMEOUT_S = 10.0
_STOP_TIMEOUT_S = 5.0
_STDERR_LINES = 60  # enough for a fatal error and QEMU's register dump


class QemuProcess:
    """One QEMU process; `start()` returns the socket:// URL of the board's UART."""

    def __init__(self, command: list[str]):
        self.command = command
        self._process: subprocess.Popen | None = None
        self._stderr: list[str] = []
        self._port: int | None = None
        self._listening = threading.Event()
        self._reader: threading.Thread | None = None
        self._monitor_dir: Path | None = None
        self._monitor: QmpClient | None = None

    def start(self) -> str:
        self._monitor_dir = Path(tempfile.mkdtemp(prefix="hil-qemu-"))
        socket_path = str(self._monitor_dir / "qmp.sock").replace(",", ",,")  # QEMU's escape
        command = [*self.command, "-qmp", f"unix:{socket_path},server=on,wait=off"]
        self._process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                         text=True, errors="replace")
        try:
            self._reader = threading.Thread(target=self._collect_stderr, daemon=True)
            self._reader.start()
            listening = self._listening.wait(_START_TIMEOUT_S) and self._port is not None
        except BaseException:  # Ctrl-C while waiting
            self.stop()
            raise
        if not listening:
            self.stop()
            raise BoardError(f"QEMU did not open its serial port: {self.exit_report()}")
        return f"socket://127.0.0.1:{self._port}"

    def _collect_stderr(self) -> None:
        for line in self._process.stderr:
            match = _LISTENING.search(line)
            if match and self._port is None:
                self._port = int(match.group(1))
                self._listening.set()
            else:
                self._stderr = (self._stderr + [line.rstrip()])[-_STDERR_LINES:]
        self._listening.set()  # QEMU exited: stop waiting

    def exit_report(self) -> str:
        """How QEMU ended, with its stderr; empty while it is running."""
        if self._process is None or self._process.poll() is None:
            return ""
        self._reader.join(_STOP_TIMEOUT_S)  # the last lines QEMU wrote
        output = "\n".join(self._stderr).strip() or "(nothing on stderr)"
        return f"QEMU exited with status {self._process.returncode}: {output}"

    def monitor(self) -> QmpClient:
        """QEMU's machine protocol for this board (connected on first use)."""
        if self._monitor is None:
            if self._monitor_dir is None:
                raise BoardError("QEMU is not running; start it first")
            self._monitor = QmpClient(self._monitor_dir / "qmp.sock")
        return self._monitor

    def stop(self) -> None:
        if self._monitor is not None:
            self._monitor.close()
            self._monitor = None
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()  # by PID: Popen signals exactly this process
            try:
                self._process.wait(_STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._monitor_dir is not None:
            shutil.rmtree(self._monitor_dir, ignore_errors=True)
            self._monitor_dir = None


class QemuRunner(Runner):
    def __init__(self, board, port: str | None = None, flash=None):
        super().__init__(board, port, flash)
        self.settings: QemuSettings = board.runner
        self._processes: dict[str, QemuProcess] = {}  # by URL, while their block runs

    def unavailable(self) -> str | None:
        if shutil.which(self.settings.system):
            return None
        return (f"{self.settings.system} is not installed (Debian: apt install "
                f"{self.settings.debian_package}); run `make setup`")

    def command(self, firmware: Path) -> list[str]:
        return qemu_command(self.settings, firmware)

    @contextmanager
    def running(self, project: BuiltProject) -> Iterator[str]:
        firmware = Path(project.elf_path)
        if not firmware.is_file():
            raise BoardError(f"no firmware at {firmware}; build it first")
        if problem := self.unavailable():
            raise BoardError(problem)
        qemu = QemuProcess(self.command(firmware))
        url = qemu.start()
        self._processes[url] = qemu
        try:
            yield url
        except DeviceError as exc:
            report = qemu.exit_report()
            if report:
                raise BoardError(f"{self.board.name}: {report}") from exc
            raise
        finally:
            self._processes.pop(url, None)
            qemu.stop()

    def exit_report(self, url: str) -> str:
        process = self._processes.get(url)
        return process.exit_report() if process is not None else ""

    def monitor(self, url: str) -> QmpClient:
        """QEMU's machine protocol of the board behind `url` (to reset or freeze it)."""
        return self.process(url).monitor()

    def process(self, url: str) -> QemuProcess:
        """The QEMU process serving `url`, while its `running` block lasts."""
        process = self._processes.get(url)
        if process is None:
            raise BoardError(f"no QEMU process of this runner serves {url}")
        return process

    def serving(self) -> list[str]:
        """URLs of the boards this runner has running."""
        return list(self._processes)


RUNNERS.add(QemuSettings.runner, QemuRunner)
