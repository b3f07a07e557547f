"""`hil faults`: the fault matrix on an emulated board, and its figures."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from harness.commands._output import json_option, print_json, print_table, stderr
from harness.commands._targets import board_option

_COLUMNS = ["kind", "rates", "injected", "detected", "tolerated", "undetected", "recovered",
            "restarts", "rows_lost", "wrong_accepted"]
_MODEL = "sine"


@click.command("faults")
@board_option
@click.option("--quick", is_flag=True,
              help="Every fault kind at one or two rates instead of three (what CI runs).")
@click.option("--samples", type=click.IntRange(min=8), default=48, show_default=True,
              help="Test samples of the model each cell streams.")
@click.option("--seed", type=int, default=1, show_default=True,
              help="Seed of the faults: the same seed injects the same faults.")
@click.option("--results", type=click.Path(file_okay=False, path_type=Path),
              help="Results folder for the cells' rows. [default: a temporary folder]")
@json_option
def command(board: str | None, quick: bool, samples: int, seed: int, results: Path | None,
            as_json: bool) -> None:
    """Drive real firmware on an emulated board through link faults (drop, corrupt, duplicate,
    delay, stall, cut) and device faults (reset, hang, CPU fault, endless loop) at several rates;
    check that every fault is detected or harmless, that runs recover with a clean run's
    results, and that a run that cannot recover loses nothing. Exits 1 on any failed check."""
    from harness.commands._targets import chosen_board

    target = chosen_board(board)
    if results is None:
        with tempfile.TemporaryDirectory(prefix="hil-faults-") as folder:
            cells = _run(target, quick, samples, seed, Path(folder), as_json)
    else:
        cells = _run(target, quick, samples, seed, results, as_json)
    _report(cells, as_json)


def _run(board, quick: bool, samples: int, seed: int, results: Path, quiet: bool) -> list:
    from harness.commands._models import prepare_zoo_model
    from harness.faults.bench import prepare_bench
    from harness.faults.matrix import run_matrix
    from harness.measure import zoo_workload
    from harness.results.metadata import run_metadata

    artifacts = prepare_zoo_model(_MODEL)
    workloads = {variant: zoo_workload(artifacts, variant, samples)
                 for variant in ("int8", "float32")}
    stderr.print(f"fault matrix on {board.name}: {_MODEL}, {samples} samples per cell; "
                 "clean runs first", highlight=False)
    bench = prepare_bench(board, workloads, results, run_metadata(suite="faults",
                                                                  board=board.name))

    def show(cell) -> None:
        if not quiet:
            verdict = "ok" if cell.passed else "FAILED: " + "; ".join(cell.problems)
            stderr.print(f"  {cell.cell:>16}: {cell.injected:4} injected, {cell.detected:4} "
                         f"detected, {cell.restarts:2} restarts, {cell.seconds:5.1f} s  {verdict}",
                         highlight=False)

    return run_matrix(bench, quick, seed, show)


def _report(cells: list, as_json: bool) -> None:
    from harness.faults.figures import per_kind, totals

    summary = totals(cells)
    if as_json:
        print_json({**summary, "kinds": per_kind(cells), "cells": [c.as_dict() for c in cells]})
    else:
        print_table(per_kind(cells), _COLUMNS, title="fault matrix: figures per fault kind")
        print_table([{"kind": "total", **summary}], _COLUMNS[:1] + _COLUMNS[2:])
    if not summary["passed"]:
        raise click.exceptions.Exit(1)
