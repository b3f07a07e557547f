"""Runners put a built firmware project on a board and hand out the pyserial URL to talk to it.

    with runner_for(board, port).running(project) as url:   # harness.boards.runners
        with DeviceSession.open(url) as session: ...

The board is always stopped (or left idle) when the block ends, also on an exception or Ctrl-C.
The runners themselves are in `harness.boards.runners`, whose `runner_for` picks one by the kind
of settings the board's record holds (`Board.runner`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from harness.boards.board import Board


class BuiltProject(Protocol):
    """A rendered firmware project after its build (harness.firmware's RenderedProject)."""

    @property
    def root(self) -> Path: ...

    @property
    def env(self) -> str: ...

    @property
    def elf_path(self) -> Path: ...


# Writes a built project onto the board at a serial port (harness.firmware.upload provides the
# PlatformIO one); only runners of real boards flash.
Flasher = Callable[[BuiltProject, str], None]


class Runner(ABC):
    """`port`: the serial port or URL the user named for a real board (None: auto-detect);
    emulators open their own. `flash`: how to write firmware onto a real board."""

    # False for a device that already runs its firmware (runners/attached.py): nothing is built.
    builds_firmware = True

    # A session opened once `running` yields sees the board's boot announcement. Not so over
    # RFC 2217: opening the link purges what the board said before; such runners set False and
    # the harness asks with HELLO at once instead of waiting for the announcement.
    announces_boot: bool = True

    def __init__(self, board: Board, port: str | None = None, flash: Flasher | None = None):
        self.board = board
        self.port = port
        self.flash = flash

    @abstractmethod
    def running(self, project: BuiltProject) -> AbstractContextManager[str]:
        """Starts or flashes the project's firmware; yields the URL of the board's serial link."""

    def unavailable(self) -> str | None:
        """Why this runner cannot run here (a missing tool, no board plugged in), or None."""
        return None

    def reset_in_place(self, url: str, cause: str, kept: str) -> bool:
        """Resets the board behind `url` after it stopped answering (`cause`; `kept` says what is
        saved). False: this runner restarts a board by leaving the `running` block instead (an
        emulator starts afresh)."""
        return False

    def provenance(self) -> dict[str, str]:
        """Where the board is, for the result rows (a farm place: place, exporter,
        board_serial); empty for a board on this machine."""
        return {}

    def exit_report(self, url: str) -> str:
        """How the board behind `url` ended, if it did (an emulator's exit status and output)."""
        return ""
