"""A board farm on loopback for tests: a labgrid coordinator and `hil farm serve` exporters,
each a separate process group started here and stopped by its id when the test ends."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

_READY_TIMEOUT_S = 180.0  # a loaded machine starts exporters slowly


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Process:
    """A child in a process group of its own (it and everything it starts are stopped
    together, by the group's id)."""

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


class Farm:
    """A coordinator at `address`; `exporter(name, count)` adds a `hil farm serve`."""

    def __init__(self, folder: Path):
        self.folder, self.processes = folder, []
        self.address = f"127.0.0.1:{free_port()}"
        self.coordinator = self._start([sys.executable, "-m", "labgrid.remote.coordinator",
                                        "-l", self.address], "coordinator")
        self.exporters: dict[str, Process] = {}

    def exporter(self, name: str, count: int) -> Process:
        process = self._start([sys.executable, "-m", "harness", "farm", "serve", "--board",
                               "qemu-m4", "--count", str(count), "--coordinator", self.address,
                               "--name", name, "--folder", str(self.folder / name)], name)
        self.exporters[name] = process
        self.wait_for_places([f"{name}-qemu-m4-{i}" for i in range(count)])
        return process

    def wait_for_places(self, names: list[str]) -> None:
        from harness.boards.farm.coordinator import Coordinator, FarmError

        deadline = time.monotonic() + _READY_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                session = Coordinator(self.address, connect_timeout=5)
            except FarmError:
                time.sleep(0.5)
                continue
            try:
                if all(_ready(session, name) for name in names):
                    return
            finally:
                session.close()
            time.sleep(0.5)
        pytest.fail(f"places {names} did not appear within {_READY_TIMEOUT_S:g} s; logs in "
                    f"{self.folder}")

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.stop()

    def _start(self, command: list[str], name: str) -> Process:
        process = Process(command, self.folder / f"{name}.log")
        self.processes.append(process)
        return process


def _ready(session, name: str) -> bool:
    place = session.places().get(name)
    if place is None or place.tags.get("board") != "qemu-m4":
        return False
    resources = [(exporter, group, entry) for exporter, groups in session.session.resources.items()
                 for group, entries in groups.items() for entry in entries.values()]
    return sum(1 for exporter, group, entry in resources
               if place.hasmatch((exporter, group, entry.cls, "x")) and entry.avail) >= 3


@pytest.fixture
def farm(tmp_path):
    """A coordinator on loopback; add exporters with farm.exporter(name, count)."""
    if not shutil_which("ser2net"):
        pytest.skip("ser2net not found; run `make setup`")
    started = Farm(tmp_path)
    try:
        yield started
    finally:
        started.stop()


def shutil_which(name: str) -> str | None:
    import shutil

    return shutil.which(name) or (f"/usr/sbin/{name}" if Path(f"/usr/sbin/{name}").exists()
                                  else None)
