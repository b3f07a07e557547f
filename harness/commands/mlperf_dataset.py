"""`hil mlperf-dataset`: a model's test inputs as an MLPerf Tiny runner dataset folder."""

from __future__ import annotations

from pathlib import Path

import click
import numpy as np

from harness.commands._output import json_option, print_json, stderr


@click.command("mlperf-dataset")
@click.argument("model")
@click.option("--out", "out_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Dataset folder; the files go to <out>/<benchmark>/ (the runner's -s path).")
@click.option("--inputs", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="For a .tflite MODEL: a .npy of input rows (float rows get quantized).")
@click.option("--labels", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="For a .tflite MODEL: a .npy of integer labels (class, or 1 = anomaly).")
@click.option("--variant", type=click.Choice(["int8", "float32"]), default="int8",
              show_default=True, help="Which .tflite of a zoo model the inputs are for.")
@click.option("--samples", type=click.IntRange(min=1), help="Only the first N samples.")
@json_option
def command(model: str, out_dir: Path, inputs: Path | None, labels: Path | None, variant: str,
            samples: int | None, as_json: bool) -> None:
    """Write MODEL's test split (a zoo model), or --inputs/--labels for a .tflite, as the MLPerf
    Tiny runner's dataset: one .bin per input, the bytes the runner sends with `db`, and
    y_labels.csv. The official runner (`main.py -s OUT`) and `hil run --dataset OUT` then run
    the same data."""
    from harness.commands._run_support import workload_for
    from harness.firmware.mlperf.benchmarks import benchmark_for
    from harness.measure.mlperf.dataset import write_dataset

    workload = workload_for(model, variant, samples, inputs, labels)
    if workload.labels is None:
        raise click.UsageError("the runner's y_labels.csv needs a label per input: give --labels")
    benchmark = benchmark_for(workload.model)
    classes = 2 if benchmark.results == "mse" else int(np.prod(workload.output_spec.shape[1:]))
    folder = write_dataset(out_dir, benchmark, workload.inputs, workload.input_spec,
                           workload.labels, classes)
    report = {"folder": str(folder), "benchmark": benchmark.name, "files": workload.samples,
              "bytes_per_file": benchmark.wire_bytes()}
    if as_json:
        print_json(report)
        return
    stderr.print(f"{workload.samples} inputs of {workload.model_name} as {benchmark.name} "
                 f"({benchmark.wire_bytes()} bytes each) in {folder}", highlight=False)
