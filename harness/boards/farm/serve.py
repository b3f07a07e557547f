"""`hil farm serve`: emulated boards kept running on an exporter host, each one a labgrid place.

For each board: a pseudo-terminal (emulated.py) exported as a RawSerialPort (labgrid's exporter
serves it through ser2net as an RFC 2217 NetworkSerialPort while the place is acquired), a
NetworkPowerPort on the local power switch (power.py) and a TFTPProvider, the folder the client
stages firmware into. labgrid's own exporter runs as a child process on the written config; the
places are created (and tagged board=NAME, serial=EXPORTER-INDEX) when missing.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import yaml

from harness.boards.board import Board
from harness.boards.farm.coordinator import Coordinator
from harness.boards.farm.emulated import EmulatedBoard
from harness.boards.farm.power import PowerSwitch
from harness.errors import BoardError

_STOP_TIMEOUT_S = 10.0


class FarmServer:
    """`count` emulated `board`s exported as `name` to the coordinator at `coordinator`;
    resources are published under `host` (the address clients reach this machine at)."""

    def __init__(self, board: Board, count: int, coordinator: str, name: str, host: str,
                 folder: Path):
        if not board.emulated:
            raise BoardError(f"{board.name} is a real board: list it in labgrid's exporter "
                             "config instead (README: Board farm)")
        self.board, self.coordinator, self.name, self.host = board, coordinator, name, host
        self.folder = Path(folder)
        self.boards = [EmulatedBoard(board, self.folder / self.group(i)) for i in range(count)]
        self.power = PowerSwitch(self.boards, host)
        self._exporter: subprocess.Popen | None = None

    def group(self, index: int) -> str:
        return f"{self.name}-{self.board.name}-{index}"

    def config(self) -> dict:
        """labgrid's exporter config: one resource group per board."""
        return {self.group(i): {
            "RawSerialPort": {"port": board.tty, "speed": self.board.baudrate},
            "NetworkPowerPort": {"model": "rest", "host": self.power.url, "index": i},
            "TFTPProvider": {"internal": f"{board.folder}/", "external": f"{self.group(i)}/"},
        } for i, board in enumerate(self.boards)}

    def start(self) -> None:
        config = self.folder / "exporter.yaml"
        config.write_text(yaml.safe_dump(self.config(), sort_keys=False))
        with open(self.folder / "exporter.log", "ab") as log:
            self._exporter = subprocess.Popen(
                [sys.executable, "-m", "labgrid.remote.exporter", "-c", self.coordinator,
                 "-n", self.name, "--hostname", self.host, str(config)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        self.create_places()

    def create_places(self) -> None:
        session = Coordinator(self.coordinator)
        try:
            for i in range(len(self.boards)):
                session.ensure_place(self.group(i), [f"{self.name}/{self.group(i)}/*"],
                                     {"board": self.board.name, "serial": f"{self.name}-{i}"})
        finally:
            session.close()

    def wait(self) -> int:
        """Until labgrid's exporter ends (or Ctrl-C); its exit status."""
        while self._exporter.poll() is None:
            time.sleep(0.5)
        return self._exporter.returncode

    def stop(self) -> None:
        if self._exporter is not None and self._exporter.poll() is None:
            self._exporter.terminate()  # by PID: the exporter this server started
            try:
                self._exporter.wait(_STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self._exporter.kill()
                self._exporter.wait()
        self.power.close()
        for board in self.boards:
            board.close()
