"""`hil boards`: the known boards, and the serial ports on this machine."""

import click

from harness.commands._output import json_option, print_json, print_table

_BOARD_COLUMNS = ["name", "aliases", "title", "cpu", "clock_mhz", "flash_kib", "ram_kib",
                  "runner", "timer"]
_PORT_COLUMNS = ["device", "usb_id", "description", "looks_like"]


@click.command("boards")
@json_option
def command(as_json: bool) -> None:
    """The boards the harness knows, and the serial ports it finds (with their USB VID:PID and
    the boards they look like)."""
    from harness.boards import BOARDS
    from harness.boards.ports import serial_ports

    boards = [_board_row(board) for board in BOARDS]
    ports = [{"device": p.device, "usb_id": p.usb_id, "description": p.description,
              "serial_number": p.serial_number, "looks_like": ", ".join(p.boards)}
             for p in serial_ports()]
    if as_json:
        print_json({"boards": boards, "ports": ports})
        return
    print_table(boards, _BOARD_COLUMNS, title="boards",
                headers={"clock_mhz": "MHz", "flash_kib": "flash KiB", "ram_kib": "RAM KiB"})
    print_table(ports, _PORT_COLUMNS, title="serial ports",
                headers={"usb_id": "USB VID:PID", "looks_like": "looks like"})


def _board_row(board) -> dict:
    return {"name": board.name, "aliases": ", ".join(board.aliases), "title": board.title,
            "cpu": board.cpu, "clock_mhz": board.clock_hz / 1e6,
            "flash_kib": board.flash_bytes // 1024, "ram_kib": board.ram_bytes // 1024,
            "runner": board.runner.runner, "timer": f"{board.timer.source} ({board.timer.unit})",
            "pio_env": board.pio_env, "features": sorted(board.features),
            "usb_ids": [f"{v:04x}:{p:04x}" for v, p in board.usb_ids]}
