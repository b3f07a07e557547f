"""`hil sweep`: the size / accuracy / quantization trade-off of one recipe, measured on a board."""

from __future__ import annotations

from pathlib import Path

import click

from harness.commands._output import json_option, print_json, print_table, stderr
from harness.commands._targets import backend_option, board_option, tflm_option


def _numbers(ctx, param, value: str) -> tuple[float, ...]:
    try:
        widths = tuple(float(part) for part in value.split(",") if part.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r}: give comma-separated multipliers, e.g. "
                                 "0.25,0.5,1") from None
    if not widths:
        raise click.BadParameter("give at least one width, e.g. 0.25,0.5,1")
    return widths


def _names(ctx, param, value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@click.command("sweep")
@click.argument("model")
@click.option("--widths", default="0.25,0.5,1", show_default=True, callback=_numbers,
              help="Layer-width multipliers of the recipe (its build function's `width`).")
@click.option("--quant", "quants", default="ptq-per-channel,ptq-per-tensor", show_default=True,
              callback=_names, help="Quantization schemes, comma-separated: ptq-per-channel, "
                                    "ptq-per-tensor, int16x8 (qat is not available: see README).")
@board_option
@backend_option
@tflm_option
@click.option("--samples", type=click.IntRange(min=1), help="Use only the first N test samples.")
@click.option("--calibration-size", type=click.IntRange(min=1),
              help="Representative samples the converter calibrates on [default: the recipe's].")
@click.option("--calibration-source", type=click.Choice(["train", "random"]), default="train",
              show_default=True, help="Calibrate on training rows, or on standard-normal noise.")
@click.option("--results", type=click.Path(file_okay=False, path_type=Path),
              help="History folder the run goes to. [default: results/]")
@click.option("--report/--no-report", default=True, show_default=True,
              help="Render the report (with the Pareto plots) into <results>/report.")
@json_option
def command(model: str, widths: tuple[float, ...], quants: tuple[str, ...], board: str | None,
            backend: str | None, tflm: Path | None, samples: int | None,
            calibration_size: int | None, calibration_source: str, results: Path | None,
            report: bool, as_json: bool) -> None:
    """Train MODEL at every width, convert it with every quantization scheme, run each variant
    on the board, and write the rows to one run of the results history; the report draws
    accuracy against flash, RAM and latency with the Pareto front."""
    from harness.bench.sweep import SweepPlan, run_sweep
    from harness.commands._targets import chosen_backend, chosen_board
    from harness.results import ResultsStore
    from harness.settings import results_folder

    calibration = _calibration(calibration_size, calibration_source)
    plan = SweepPlan(model, widths, quants, chosen_board(board).name,
                     chosen_backend(backend, tflm).name, samples, calibration)
    store = ResultsStore(results_folder(results))
    run_id, rows = run_sweep(plan, store, tflm, None if as_json else _announce)
    written = _render(store, run_id) if report else None
    if as_json:
        print_json({"run_id": run_id, "rows": [row.as_dict() for row in rows],
                    "report": written})
        return
    print_table([row.as_dict() for row in rows],
                ["model", "variant", "status", "host_float_metric", "device_metric",
                 "bit_exact_fraction", "latency_median", "flash_bytes", "ram_bytes"],
                title=f"sweep {run_id}")
    if written:
        stderr.print(f"report: {written}", highlight=False)


def _calibration(size: int | None, source: str):
    from harness.pipeline.schemes import Calibration

    if size is None and source == "train":
        return None  # the recipe's own calibration: the cached int8 variant is reused
    if size is None:
        raise click.UsageError("--calibration-source random needs --calibration-size N")
    return Calibration(size, source)


def _announce(case, position: int, total: int, row) -> None:
    stderr.print(f"[{position}/{total}] {case.model} {case.quant}: {row.status}"
                 + (f" - {row.error}" if row.error else ""), highlight=False)


def _render(store, run_id: str) -> str:
    from harness.report import render_report

    return str(render_report(store.history(), store.root / "report", run_id=run_id).html)
