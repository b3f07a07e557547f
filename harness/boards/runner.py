"""Runners put a firmware on a board and hand out the pyserial URL to talk to it.

    with runner_for(board, port).running(elf) as url:
        with DeviceSession.open(url) as session: ...

The board is always stopped (or left idle) when the block ends, also on an exception or Ctrl-C.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from pathlib import Path

from harness.boards.board import Board
from harness.registry import Registry


class Runner(ABC):
    """`port`: the serial port or URL the user named for a real board (None: auto-detect);
    emulators open their own."""

    def __init__(self, board: Board, port: str | None = None):
        self.board = board
        self.port = port

    @abstractmethod
    def running(self, firmware: Path) -> AbstractContextManager[str]:
        """Starts or flashes `firmware` (an ELF); yields the URL of the board's serial link."""

    def unavailable(self) -> str | None:
        """Why this runner cannot run here (a missing tool, no board plugged in), or None."""
        return None


RUNNERS: Registry[type[Runner]] = Registry("runner")


def runner_for(board: Board, port: str | None = None) -> Runner:
    """The runner the board's record names (`board.runner`)."""
    from harness.boards import qemu, renode, upload  # noqa: F401  (they register themselves)

    return RUNNERS.get(board.runner)(board, port)
