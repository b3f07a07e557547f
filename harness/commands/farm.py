"""`hil farm`: the board farm's exporter side (emulated boards as labgrid places)."""

from __future__ import annotations

import signal
import socket
import sys
import tempfile
from pathlib import Path

import click

from harness.commands._output import json_option, print_json, print_table, stderr
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




@command.command("scaling")
@click.option("--suite", "suite_name", default="farm", show_default=True,
              help="Benchmark suite to run (a name in benchmarks/ or a .toml path).")
@click.option("--count", type=click.IntRange(min=2), default=4, show_default=True,
              help="Places in the loopback farm for the parallel run.")
@click.option("--board", default="qemu-m4", show_default=True,
              help="Emulated board the places serve (the suite's rows must be for it).")
@click.option("--results", type=click.Path(file_okay=False, path_type=Path),
              help="Results history folder. [default: .hil/results]")
@json_option
def scaling(suite_name: str, count: int, board: str, results: Path | None,
            as_json: bool) -> None:
    """The farm's scaling benchmark: start a labgrid coordinator and COUNT emulated places on
    loopback, run the suite on one place and then on all of them, and record both wall times
    (run.json of each history run) and their ratio. Firmware and host references are made
    before either run is timed."""
    from harness.bench import load_suite
    from harness.bench.scaling import farm_scaling
    from harness.results import ResultsStore
    from harness.settings import results_folder

    suite = load_suite(suite_name)
    wrong = sorted({case.board for case in suite.cases()} - {board})
    if wrong:
        raise click.UsageError(f"suite {suite.name} has rows for {', '.join(wrong)}; the farm "
                               f"serves {board} (choose --board or another suite)")
    result = farm_scaling(suite, ResultsStore(results_folder(results)), count, board)
    runs = [result.one_place, result.all_places]
    if as_json:
        print_json({"ratio": result.ratio, "runs": [vars(run) for run in runs]})
        return
    print_table([vars(run) for run in runs],
                ["places", "rows", "failed_rows", "wall_seconds", "run_id"],
                title=f"{suite.name} on {board} places", formats={"wall_seconds": "{:.1f}".format})
    click.echo(f"{count} places take {result.ratio:.2f}x the wall time of one "
               f"(perfect scaling: {1 / count:.2f}x)")
