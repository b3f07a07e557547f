"""What `hil run` needs besides measuring: choosing the workload, recording the row."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import click

from harness.results import ResultRow, ResultsStore
from harness.results.metadata import run_metadata
from harness.settings import results_folder


def workload_for(model: str, variant: str, samples: int | None, inputs: Path | None,
                 labels: Path | None):
    from harness.commands._models import is_tflite_path, prepare_zoo_model
    from harness.measure import tflite_workload, zoo_workload

    if is_tflite_path(model):
        if inputs is None:
            raise click.UsageError("a .tflite MODEL needs --inputs X.npy (one row per sample)")
        return tflite_workload(Path(model), inputs, labels, samples)
    if inputs is not None or labels is not None:
        raise click.UsageError("--inputs/--labels are for a .tflite MODEL; zoo models bring "
                               "their own test split")
    return zoo_workload(prepare_zoo_model(model), variant, samples)


@contextmanager
def record_row(results: Path | None, workload, board, backend: str):
    """A run of its own in the results history; if the measurement fails, an error row records
    what was attempted and why before the error propagates."""
    writer = ResultsStore(results_folder(results)).start_run(
        run_metadata(suite="run", board=board.name), label="run")
    try:
        yield writer
    except Exception as exc:
        writer.append(ResultRow(workload.model_name, workload.variant, board.name, backend,
                                status="error", error=str(exc), samples=workload.samples,
                                model_sha256=""))
        raise
