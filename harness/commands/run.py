"""`hil run`: a model on a board, end to end, and the figures that matter."""

from __future__ import annotations

from pathlib import Path

import click

from harness.commands._models import quant_option
from harness.commands._output import json_option, print_json, print_table, stderr
from harness.commands._targets import (
    backend_option,
    board_option,
    coordinator_option,
    place_option,
    port_option,
    protocol_option,
    tflm_option,
    wait_option,
)


@click.command("run")
@click.argument("model")
@board_option
@port_option
@backend_option
@tflm_option
@protocol_option
@click.option("--mode", type=click.Choice(["accuracy", "performance"]), default="accuracy",
              show_default=True, help="With --protocol mlperf: the runner's accuracy script "
              "(every sample, infer 1 0) or its performance script (5 windows of infer N W).")
@click.option("--iterations", type=click.IntRange(min=1),
              help="With --protocol mlperf --mode performance: N of `infer N W` "
                   "[default: the runner's script for the benchmark].")
@click.option("--warmups", type=click.IntRange(min=0),
              help="With --protocol mlperf --mode performance: W of `infer N W`.")
@click.option("--no-readback", is_flag=True,
              help="With --protocol mlperf: send inputs as the runner does, without reading "
                   "them back with `db print` (less traffic; a damaged digit goes unnoticed).")
@click.option("--flashed", is_flag=True,
              help="With --protocol mlperf and --port: the device runs MLPerf Tiny firmware "
                   "already (a vendor's, anyone's); drive it as it is, build and flash nothing.")
@quant_option
@click.option("--variant", type=click.Choice(["int8", "float32"]), default="int8",
              show_default=True, help="Which .tflite of a zoo model runs on the device.")
@click.option("--samples", type=click.IntRange(min=1), help="Use only the first N test samples.")
@click.option("--runs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Invocations per sample (latency is each sample's median).")
@click.option("--inputs", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="For a .tflite MODEL: a .npy of input rows (float rows get quantized).")
@click.option("--labels", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="For a .tflite MODEL: a .npy of integer class labels, for an accuracy figure.")
@click.option("--dataset", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="For a .tflite MODEL: inputs and labels from an MLPerf Tiny runner dataset "
                   "folder (y_labels.csv and .bin files; `hil mlperf-dataset` writes one).")
@click.option("--no-reference", "no_reference", is_flag=True,
              help="For a .tflite MODEL with --inputs: a cost-only run without the TFLM "
                   "reference (latency and memory of a model TFLM cannot run, e.g. an untrained "
                   "one); the row has no agreement figure.")
@click.option("--results", type=click.Path(file_okay=False, path_type=Path),
              help="Results folder the row is recorded in. [default: results/]")
@click.option("--layers", is_flag=True,
              help="Also print the per-layer timing of the last inference (MACs per unit).")
@place_option
@wait_option
@coordinator_option
@json_option
def command(model: str, board: str | None, port: str | None, backend: str | None,
            tflm: Path | None, protocol: str | None, mode: str, iterations: int | None,
            warmups: int | None, no_readback: bool, flashed: bool, variant: str,
            samples: int | None, runs: int, inputs: Path | None, labels: Path | None,
            dataset: Path | None, no_reference: bool, results: Path | None, layers: bool,
            place: str | None, wait: float | None, coordinator: str | None,
            as_json: bool, quant: str | None) -> None:
    """Render, build and run MODEL (a zoo name, or a .tflite with --inputs) on a board: stream
    the test split through the device and compare it with the host's TFLM reference."""
    from harness.commands._models import chosen_variant, refuse_quant_for_file
    from harness.commands._run_support import protocol_options, record_row, workload_for
    from harness.commands._targets import (
        chosen_backend,
        chosen_board,
        chosen_place,
        chosen_port,
        chosen_protocol,
    )
    from harness.measure import measure
    from harness.results.figures import headline_figures, unit_name

    refuse_quant_for_file(model, quant)
    target_backend, target_protocol = chosen_backend(backend, tflm), chosen_protocol(protocol)
    options = protocol_options(target_protocol, mode, iterations, warmups, not no_readback,
                               flashed)
    workload = workload_for(model, chosen_variant(variant, quant), samples, inputs, labels,
                            dataset, not no_reference)
    with chosen_place(place, wait, coordinator) as farm_place:
        target_board = chosen_board(farm_place.board if farm_place else board)
        where = f" on place {farm_place.name}" if farm_place else ""
        stderr.print(f"running {workload.model_name} ({workload.variant}, {workload.samples} "
                     f"samples) on {target_board.name}{where} with the {target_backend.name} "
                     f"backend, {target_protocol.name} protocol", highlight=False)
        with record_row(results, workload, target_board, target_backend.name,
                        target_protocol.name) as recorder:
            row = measure(workload, target_board, target_backend, runs, inference_progress,
                          chosen_port(port), target_protocol, place=farm_place, **options)
            recorder.append(row)
    document = run_document(row)
    if as_json:
        print_json(document)
    else:
        figures = [{"figure": f.label, "value": f.text} for f in headline_figures(row)]
        cost_only = ", cost only: no reference" if workload.reference is None else ""
        print_table(figures, ["figure", "value"],
                    title=f"{row.model} ({row.variant}) on {row.board}, {row.backend} backend"
                          f"{cost_only}")
        for check, outcome in row.checks.items():
            stderr.print(f"  {check}: {outcome}", highlight=False)
        if layers:
            print_table(layer_lines(row), ["#", "op", "MACs", row.latency_unit, "share",
                                           f"MACs per {unit_name(row)}", "kernel"],
                        title="per-layer timing of the last inference")
    if row.status != "passed":
        raise click.exceptions.Exit(1)


def inference_progress(done: int, total: int) -> None:
    from harness import progress

    progress.report("inference", done, total)


def run_document(row) -> dict:
    """The row, plus the short names scripts use (host_metric, instructions_mean, ...)."""
    data = row.as_dict()
    data["host_metric"] = row.host_reference_metric
    data["macs_per_unit"] = row.macs_per_unit
    data["payload_per_wire_byte"] = row.payload_per_wire_byte
    data["samples_per_second"] = row.samples_per_second
    data[f"{row.latency_unit}_mean"] = row.latency_mean
    data[f"{row.latency_unit}_median"] = row.latency_median
    return data


def layer_lines(row) -> list[dict]:
    from harness.results.figures import unit_name

    unit = row.latency_unit
    return [{"#": layer["operator"], "op": layer["op"], "MACs": f"{layer['macs']:,}",
             unit: f"{layer['units']:,.0f}", "share": f"{layer['share']:.1%}",
             f"MACs per {unit_name(row)}": "-" if layer["macs_per_unit"] is None
             else f"{layer['macs_per_unit']:.3f}", "kernel": kernel_text(layer)}
            for layer in row.layers]


def kernel_text(layer: dict) -> str:
    """"kernel: reason", the kernel alone, or "" where the backend did not say."""
    kernel, reason = layer.get("kernel", ""), layer.get("reason", "")
    return f"{kernel}: {reason}" if kernel and reason else kernel
