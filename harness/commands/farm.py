"""`hil farm`: the board farm's exporter side (emulated boards as labgrid places)."""

from __future__ import annotations

import signal
import socket
import sys
import tempfile
from pathlib import Path

import click

from harness.commands._output import stderr
from harness.commands._targets import coordinator_option


@click.group("farm")
def command() -> None:
    """The board farm: boards on many hosts, shared through a labgrid coordinator."""


@command.command("serve")
@click.option("--board", default="qemu-m4", show_default=True,
              help="Emulated board to serve (`hil boards`).")
@click.option("--count", type=click.IntRange(min=1), default=1, show_default=True,
              help="How many boards (each its own place).")
@coordinator_option
@click.option("--name", help="This exporter's name on the coordinator. [default: host name]")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address clients reach this host at (serial ports and power switch).")
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path),
              help="Where the boards' firmware and logs are kept. [default: a temporary folder]")
def serve(board: str, count: int, coordinator: str | None, name: str | None, host: str,
          folder: Path | None) -> None:
    """Keep COUNT emulated boards running and export each one as a labgrid place (tags
    board=BOARD, serial=NAME-INDEX): its UART through ser2net as RFC 2217, a power port that
    restarts its QEMU on the firmware a client staged. Runs until Ctrl-C or SIGTERM."""
    from harness.boards import get_board
    from harness.boards.farm.serve import FarmServer
    from harness.commands._targets import chosen_coordinator

    name = name or socket.gethostname().split(".")[0]
    folder = folder or Path(tempfile.mkdtemp(prefix=f"hil-farm-{name}-"))
    server = FarmServer(get_board(board), count, chosen_coordinator(coordinator), name, host,
                        folder)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the boards on SIGTERM too
    try:
        server.start()
        stderr.print(f"serving {count} x {board} as places "
                     f"{', '.join(server.group(i) for i in range(count))} "
                     f"(exporter {name}, folder {folder})", highlight=False)
        status = server.wait()
    except KeyboardInterrupt:
        status = 0
    finally:
        server.stop()
    if status:
        raise click.ClickException(f"labgrid's exporter exited with status {status} "
                                   f"(its log: {folder / 'exporter.log'})")


