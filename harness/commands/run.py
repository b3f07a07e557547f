"""`hil run`: a model on a board, end to end, and the figures that matter."""

from __future__ import annotations

from pathlib import Path

import click

from harness.commands._output import json_option, print_json, print_table, stderr
from harness.commands._targets import backend_option, board_option, port_option, tflm_option


@click.command("run")
@click.argument("model")
@board_option
@port_option
@backend_option
@tflm_option
@click.option("--variant", type=click.Choice(["int8", "float32"]), default="int8",
              show_default=True, help="Which .tflite of a zoo model runs on the device.")
@click.option("--samples", type=click.IntRange(min=1), help="Use only the first N test samples.")
@click.option("--runs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Invocations per sample (latency is each sample's median).")
@click.option("--inputs", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="For a .tflite MODEL: a .npy of input rows (float rows get quantized).")
@click.option("--labels", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="For a .tflite MODEL: a .npy of integer class labels, for an accuracy figure.")
@click.option("--results", type=click.Path(file_okay=False, path_type=Path),
              help="Results folder the row is recorded in. [default: results/]")
@click.option("--layers", is_flag=True,
              help="Also print the per-layer timing of the last inference (MACs per unit).")
@json_option
def command(model: str, board: str | None, port: str | None, backend: str | None,
            tflm: Path | None, variant: str, samples: int | None, runs: int,
            inputs: Path | None, labels: Path | None, results: Path | None, layers: bool,
            as_json: bool) -> None:
    """Render, build and run MODEL (a zoo name, or a .tflite with --inputs) on a board: stream
    the test split through the device and compare it with the host's TFLM reference."""
    from harness.commands._run_support import record_row, workload_for
    from harness.commands._targets import chosen_backend, chosen_board, chosen_port
    from harness.measure import measure

    target_board, target_backend = chosen_board(board), chosen_backend(backend, tflm)
    workload = workload_for(model, variant, samples, inputs, labels)
    stderr.print(f"running {workload.model_name} ({workload.variant}, {workload.samples} samples) "
                 f"on {target_board.name} with the {target_backend.name} backend", highlight=False)
    with record_row(results, workload, target_board, target_backend.name) as recorder, \
            _progress_bar(workload.samples, as_json) as progress:
        row = measure(workload, target_board, target_backend, runs, progress,
                      chosen_port(port))
        recorder.append(row)
    document = run_document(row)
    if as_json:
        print_json(document)
    else:
        print_table(summary_lines(row), ["figure", "value"],
                    title=f"{row.model} ({row.variant}) on {row.board}, {row.backend} backend")
        for check, outcome in row.checks.items():
            stderr.print(f"  {check}: {outcome}", highlight=False)
        if layers:
            print_table(layer_lines(row), ["#", "op", "MACs", row.latency_unit, "share",
                                           f"MACs per {_unit_name(row)}", "kernel"],
                        title="per-layer timing of the last inference")
    if row.status != "passed":
        raise click.exceptions.Exit(1)


def run_document(row) -> dict:
    """The row, plus the short names scripts use (host_metric, instructions_mean, ...)."""
    data = row.as_dict()
    data["host_metric"] = row.host_reference_metric
    data["macs_per_unit"] = row.macs_per_unit
    data[f"{row.latency_unit}_mean"] = row.latency_mean
    data[f"{row.latency_unit}_median"] = row.latency_median
    return data


def summary_lines(row) -> list[dict]:
    """The figures a person reads first, formatted with their units."""
    def metric(value):
        return "-" if value is None else f"{value:.4f}"

    unit = row.latency_unit
    lines = [
        ("samples", f"{row.samples:,}"),
        (f"host {row.metric or 'metric'} (TFLM reference)", metric(row.host_reference_metric)),
        (f"device {row.metric or 'metric'}", metric(row.device_metric)),
        ("host float model", metric(row.host_float_metric)),
        ("bit-exact with TFLM", f"{row.bit_exact_fraction:.1%} of samples"),
        ("max abs difference", f"{row.max_abs_diff:g}"),
        (f"{unit} per inference, mean", f"{row.latency_mean:,.0f}"),
        (f"{unit} per inference, median", f"{row.latency_median:,.0f}"),
        ("MACs per inference", f"{row.macs:,}" if row.macs is not None else "-"),
        (f"MACs per {_unit_name(row)}",
         f"{row.macs_per_unit:.3f}" if row.macs_per_unit is not None else "-"),
        ("flash", f"{row.flash_bytes:,} B"),
        ("static RAM (.data + .bss)", f"{row.ram_bytes:,} B"),
        ("activation memory", f"{row.activation_bytes:,} B"),
        ("stack high-water mark", f"{row.stack_bytes:,} B"),
    ]
    if row.latency_us is not None:
        lines.insert(8, ("microseconds per inference, median", f"{row.latency_us:,.1f}"))
    return [{"figure": figure, "value": value} for figure, value in lines]


def layer_lines(row) -> list[dict]:
    unit = row.latency_unit
    return [{"#": layer["operator"], "op": layer["op"], "MACs": f"{layer['macs']:,}",
             unit: f"{layer['units']:,.0f}", "share": f"{layer['share']:.1%}",
             f"MACs per {_unit_name(row)}": "-" if layer["macs_per_unit"] is None
             else f"{layer['macs_per_unit']:.3f}", "kernel": kernel_text(layer)}
            for layer in row.layers]


def kernel_text(layer: dict) -> str:
    """"kernel: reason", the kernel alone, or "" where the backend did not say."""
    kernel, reason = layer.get("kernel", ""), layer.get("reason", "")
    return f"{kernel}: {reason}" if kernel and reason else kernel


def _unit_name(row) -> str:
    return "instruction" if row.latency_unit == "instructions" else "cycle"


def _progress_bar(total: int, quiet: bool):
    from contextlib import contextmanager

    from rich.progress import Progress

    @contextmanager
    def bar():
        with Progress(console=stderr, transient=True, disable=quiet) as progress:
            task = progress.add_task("inference", total=total)
            yield lambda done, _total: progress.update(task, completed=done)

    return bar()
