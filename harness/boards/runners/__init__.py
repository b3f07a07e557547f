"""The runners, one module per kind (QEMU, Renode, real boards flashed by upload). Each module
registers its runner class in RUNNERS under its settings kind; `runner_for` picks the runner for
a board's record."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from harness.boards.board import Board
from harness.boards.runner import Flasher, Runner
from harness.registry import Registry

RUNNERS: Registry[type[Runner]] = Registry("runner")


def runner_for(board: Board, port: str | None = None, flash: Flasher | None = None) -> Runner:
    """The runner for the kind of board settings the board's record holds."""
    _load_runners()
    return RUNNERS.get(board.runner.runner)(board, port, flash)


def place_runner(board: Board, place, flash: Flasher | None = None) -> Runner:
    """The runner of a board on an acquired labgrid place (harness.boards.farm)."""
    _load_runners()
    return RUNNERS.get("labgrid-place")(board, place, flash)


@cache
def _load_runners() -> None:
    # Imported on first use: each module registers itself, and importing them eagerly would
    # drag subprocess and template code into every `hil` command.
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
