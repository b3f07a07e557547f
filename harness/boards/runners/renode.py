"""Emulated boards in Renode: a generated .resc script loads the board's platform and the
firmware ELF, and puts the firmware's UART on a TCP socket (reachable as socket://).

Renode is not in any package registry this project installs from, so it is optional: a board
that needs it says so clearly when `renode` is not on PATH. Renode's socket terminal cannot
choose its own port, so the runner picks a free one first. Bytes the firmware sends before the
harness connects are queued, so the boot announcement is not lost. Renode runs in its own
process group and is stopped by that group's ID when the `running` block ends.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import jinja2

from harness.boards.board import Board, RenodeSettings
from harness.boards.runner import BuiltProject, Runner
from harness.boards.runners import RUNNERS
from harness.errors import BoardError

RENODE = "renode"
INSTALL_HINT = ("Renode is not installable from this project's registries: install it from "
                "https://renode.io (Linux: the portable .tar.gz or the .deb of a release at "
                "https://github.com/renode/renode/releases), put `renode` on PATH, and check "
                "`renode --version`; or use --board qemu-m4")
_STARTED = "Machine started."
_START_TIMEOUT_S = 120.0  # Renode's .NET start-up, then the platform description
_STOP_TIMEOUT_S = 10.0
_LOG_LINES = 40

_TEMPLATES = jinja2.Environment(loader=jinja2.PackageLoader("harness.boards.runners", "templates"),
                                undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def render_script(board: Board, elf: Path, port: int) -> str:
    """The .resc script that runs `elf` on `board` with its UART on TCP `port`."""
    settings: RenodeSettings = board.runner
    return _TEMPLATES.get_template("renode.resc.j2").render(
        board_name=board.name, title=board.title, platform=settings.platform,
        uart=settings.uart, mips=settings.mips, clock_hz=board.clock_hz,
        vector_table=settings.vector_table, elf=elf, port=port)


def renode_command(script: Path) -> list[str]:
    """Renode without a window, its monitor on the (never written) stdin, plain log on stdout."""
    return [RENODE, "--disable-xwt", "--console", "--plain", str(script)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RenodeProcess:
    """One Renode process; `start()` returns once the machine runs."""

    def __init__(self, command: list[str]):
        self.command = command
        self._process: subprocess.Popen | None = None
        self._log: list[str] = []
        self._machine_started = False
        self._log_ended = False
        self._done = threading.Event()  # the machine started, or Renode closed its output

    def start(self) -> None:
        self._process = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, errors="replace", start_new_session=True)
        try:
            threading.Thread(target=self._collect_log, daemon=True).start()
            self._done.wait(_START_TIMEOUT_S)
        except BaseException:  # Ctrl-C while waiting
            self.stop()
            raise
        if not self._machine_started:
            status = self._exit_status()
            self.stop()
            when = (f"exited with status {status}" if status is not None
                    else f"did not start the machine within {_START_TIMEOUT_S:g} s")
            raise BoardError(f"Renode {when}:\n{self.log_tail()}")

    def _collect_log(self) -> None:
        for line in self._process.stdout:
            self._log = (self._log + [line.rstrip()])[-_LOG_LINES:]
            if _STARTED in line:
                self._machine_started = True
                self._done.set()
        self._log_ended = True
        self._done.set()

    def _exit_status(self) -> int | None:
        """Renode's exit status once it has closed its output (it is exiting), else None."""
        try:
            return self._process.wait(_STOP_TIMEOUT_S) if self._log_ended else None
        except subprocess.TimeoutExpired:
            return None

    def log_tail(self) -> str:
        return "\n".join(self._log).strip() or "(Renode printed nothing)"

    def stop(self) -> None:
        if self._process is None or self._process.poll() is not None:
            return
        group = self._process.pid  # start_new_session: the group's ID is Renode's PID
        os.killpg(group, signal.SIGTERM)
        try:
            self._process.wait(_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(group, signal.SIGKILL)
            self._process.wait()
        self._process.stdin.close()


class RenodeRunner(Runner):
    def unavailable(self) -> str | None:
        return None if shutil.which(RENODE) else f"`{RENODE}` is not on PATH. {INSTALL_HINT}"

    @contextmanager
    def running(self, project: BuiltProject) -> Iterator[str]:
        firmware = Path(project.elf_path)
        if not firmware.is_file():
            raise BoardError(f"no firmware at {firmware}; build it first")
        problem = self.unavailable()
        if problem:
            raise BoardError(f"{self.board.name} runs in Renode: {problem}")
        # Renode's `@path` cannot hold spaces: the ELF and the script go to a private folder.
        with tempfile.TemporaryDirectory(prefix="hil-renode-") as folder:
            elf = Path(shutil.copy(firmware, Path(folder) / "firmware.elf"))
            port = free_port()
            script = Path(folder) / f"{self.board.name}.resc"
            script.write_text(render_script(self.board, elf, port))
            renode = RenodeProcess(renode_command(script))
            renode.start()
            try:
                yield f"socket://127.0.0.1:{port}"
            finally:
                renode.stop()


RUNNERS.add(RenodeSettings.runner, RenodeRunner)
