"""Runners put a firmware on a board and hand out the pyserial URL to talk to it.

    with runner_for(board).running(elf) as url:
        with DeviceSession.open(url) as session: ...

The board is always stopped (or left idle) when the block ends, also on an exception or Ctrl-C.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from pathlib import Path

from harness.boards.board import Board
from harness.errors import BoardError
from harness.registry import Registry


class Runner(ABC):
    def __init__(self, board: Board):
        self.board = board

    @abstractmethod
    def running(self, firmware: Path) -> AbstractContextManager[str]:
        """Starts or flashes `firmware` (an ELF); yields the URL of the board's serial link."""


RUNNERS: Registry[type[Runner]] = Registry("runner")


def runner_for(board: Board) -> Runner:
    """The runner the board's record names (`board.runner`)."""
    from harness.boards import qemu  # noqa: F401  (registers "qemu")

    return RUNNERS.get(board.runner)(board)


class UploadRunner(Runner):
    """Real boards: flash with `pio run -t upload`, talk over the USB serial port."""

    def running(self, firmware: Path) -> AbstractContextManager[str]:
        raise BoardError(f"running on the real board {self.board.name!r} is not implemented yet "
                         "(flashing and port detection for real boards come with issue 7); "
                         "use --board qemu-m4")


RUNNERS.add("upload", UploadRunner)
