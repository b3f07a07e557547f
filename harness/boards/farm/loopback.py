"""A whole farm on this machine's loopback: a labgrid coordinator and `hil farm serve`
exporters, each a child in a process group of its own, stopped together. The farm's tests and
its scaling benchmark use it; a lab runs the same programs on its own hosts."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from harness.boards.farm.coordinator import Coordinator, FarmError

READY_TIMEOUT_S = 180.0  # a loaded machine starts exporters slowly


class FarmProcess:
    """A child in its own process group: it and everything it starts stop together."""

    def __init__(self, command: list[str], log: Path):
        self.log = log
        # cwd: labgrid's coordinator keeps its places.yaml and resources.yaml there
        with open(log, "ab") as out:
            self.popen = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out,
                                          stderr=out, start_new_session=True, cwd=log.parent)

    def kill(self) -> None:
        """As a crash: SIGKILL to the whole group, nothing gets to clean up."""
        self._signal(signal.SIGKILL)
        self.popen.wait()

    def stop(self) -> None:
        self._signal(signal.SIGTERM)
        try:
            self.popen.wait(20)
        except subprocess.TimeoutExpired:
            self.kill()
        self._signal(signal.SIGKILL)  # anything of the group left behind

    def _signal(self, number: int) -> None:
        try:
            os.killpg(self.popen.pid, number)
        except ProcessLookupError:
            pass


class LoopbackFarm:
    """A coordinator on a free loopback port; `exporter(name, count, board)` adds a
    `hil farm serve` and returns once its places are ready. Logs go to `folder`."""

    def __init__(self, folder: Path):
        self.folder, self.processes = Path(folder), []
        self.folder.mkdir(parents=True, exist_ok=True)
        self.address = f"127.0.0.1:{free_port()}"
        self.coordinator = self._start([sys.executable, "-m", "labgrid.remote.coordinator",
                                        "-l", self.address], "coordinator")
        self.exporters: dict[str, FarmProcess] = {}

    def __enter__(self) -> LoopbackFarm:
        return self

    def __exit__(self, *_) -> None:
        self.stop()

    def exporter(self, name: str, count: int, board: str = "qemu-m4") -> FarmProcess:
        process = self._start([sys.executable, "-m", "harness", "farm", "serve", "--board",
                               board, "--count", str(count), "--coordinator", self.address,
                               "--name", name, "--folder", str(self.folder / name)], name)
        self.exporters[name] = process
        self.wait_for_places([f"{name}-{board}-{i}" for i in range(count)], board)
        return process

    def wait_for_places(self, names: list[str], board: str = "qemu-m4") -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                session = Coordinator(self.address, connect_timeout=5)
            except FarmError:
                time.sleep(0.5)
                continue
            try:
                if all(_ready(session, name, board) for name in names):
                    return
            finally:
                session.close()
            time.sleep(0.5)
        raise FarmError(f"places {', '.join(names)} did not appear within "
                        f"{READY_TIMEOUT_S:g} s; the exporters' logs are in {self.folder}")

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.stop()

    def _start(self, command: list[str], name: str) -> FarmProcess:
        process = FarmProcess(command, self.folder / f"{name}.log")
        self.processes.append(process)
        return process


def _ready(session: Coordinator, name: str, board: str) -> bool:
    """The place exists with its board tag and its serial port, power and firmware folder
    are all available."""
    place = session.places().get(name)
    if place is None or place.tags.get("board") != board:
        return False
    resources = [(exporter, group, entry) for exporter, groups in session.session.resources.items()
                 for group, entries in groups.items() for entry in entries.values()]
    return sum(1 for exporter, group, entry in resources
               if place.hasmatch((exporter, group, entry.cls, "x")) and entry.avail) >= 3


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
