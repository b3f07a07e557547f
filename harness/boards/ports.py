"""Serial ports on this machine, matched to boards by USB VID:PID."""

from __future__ import annotations

from dataclasses import dataclass

from serial.tools import list_ports

from harness.boards.board import BOARDS, Board
from harness.errors import BoardError


@dataclass(frozen=True)
class SerialPort:
    device: str  # what serial_for_url opens, e.g. /dev/ttyACM0
    description: str
    vid: int | None
    pid: int | None
    serial_number: str | None
    boards: tuple[str, ...]  # names of the boards whose USB IDs match

    @property
    def usb_id(self) -> str:
        return f"{self.vid:04x}:{self.pid:04x}" if self.vid is not None else ""


def serial_ports() -> list[SerialPort]:
    """Every serial port the OS lists, with the boards it looks like."""
    return [SerialPort(p.device, p.description or "", p.vid, p.pid, p.serial_number,
                       boards_for(p.vid, p.pid))
            for p in sorted(list_ports.comports(), key=lambda p: p.device)]


def boards_for(vid: int | None, pid: int | None) -> tuple[str, ...]:
    return tuple(b.name for b in BOARDS if vid is not None and (vid, pid) in b.usb_ids)


def find_port(board: Board) -> str:
    """The one port that looks like `board`; a clear error for none or several."""
    matches = [p.device for p in serial_ports() if board.name in p.boards]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise BoardError(f"no {product(board)} found (no serial port has USB ID "
                         f"{usb_ids_text(board.usb_ids)}); plug it in, or pass --port "
                         "(`hil boards` lists the serial ports)")
    raise BoardError(f"several ports look like a {board.name}: {', '.join(matches)}; "
                     "choose one with --port")


def product(board: Board) -> str:
    """The board's name without the details in parentheses, e.g. "Arduino Nano 33 BLE"."""
    return board.title.split(" (")[0]


def usb_ids_text(ids) -> str:
    return "/".join(f"{v:04x}:{p:04x}" for v, p in ids) or "none known"
