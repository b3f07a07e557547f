"""Boards as data: one `Board` record per board, looked up by name or alias in `BOARDS`."""

from harness.boards import qemu_records, records  # noqa: F401  (register the known boards)
from harness.boards.board import BOARDS, Board, TimerSpec, get_board

__all__ = ["BOARDS", "Board", "TimerSpec", "get_board"]
