"""Resetting a real board that stopped answering, from the harness's side of the cable."""

from __future__ import annotations

import time

from harness.boards import Board
from harness.errors import BoardError
from harness.protocol.link import open_port

RESET_PULSE_S = 0.1


class BoardNeedsPerson(BoardError):
    """A real board stopped answering and the harness has no way to reset it."""


def reset_real_board(board: Board, url: str, cause: str, kept: str) -> None:
    """Pulses the board's reset line (`extra["reset"]`: "rts" or "dtr", as USB-serial bridges
    with an auto-reset circuit wire it); a board without one needs a person."""
    line = board.extra.get("reset")
    if line not in ("rts", "dtr"):
        raise BoardNeedsPerson(
            f"{board.name} stopped answering ({cause}) and the harness cannot reset it: press "
            f"its reset button or unplug and replug it, then run again. {kept}")
    port = open_port(url, board.baudrate)
    try:
        setattr(port, line, True)
        time.sleep(RESET_PULSE_S)
        setattr(port, line, False)
    finally:
        port.close()

