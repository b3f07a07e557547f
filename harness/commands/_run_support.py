"""What `hil run` needs besides measuring: choosing the workload, recording the row."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import click

from harness.results import ResultRow, ResultsStore
from harness.results.metadata import run_metadata
from harness.settings import results_folder


def workload_for(model: str, variant: str, samples: int | None, inputs: Path | None,
                 labels: Path | None, dataset: Path | None = None, reference: bool = True):
    from harness.commands._models import is_tflite_path, prepare_zoo_model
    from harness.errors import ReferenceLimitError
    from harness.measure import tflite_workload, zoo_workload

    if is_tflite_path(model):
        if dataset is not None:
            if inputs is not None or labels is not None or not reference:
                raise click.UsageError("give --dataset or --inputs/--labels (with "
                                       "--no-reference for a cost-only run), not both")
            from harness.measure.mlperf.dataset import dataset_workload

            return dataset_workload(Path(model), dataset, samples)
        if inputs is None:
            raise click.UsageError("a .tflite MODEL needs --inputs X.npy (one row per sample) "
                                   "or --dataset DIR (an MLPerf Tiny runner dataset)")
        try:
            return tflite_workload(Path(model), inputs, labels, samples, reference)
        except ReferenceLimitError as exc:
            raise ReferenceLimitError(f"{exc} (to measure its latency and memory without the "
                                      "reference, add --no-reference)", exc.violations) from None
    if inputs is not None or labels is not None or dataset is not None or not reference:
        raise click.UsageError("--inputs/--labels/--dataset/--no-reference are for a .tflite "
                               "MODEL; zoo models bring their own test split and reference")
    return zoo_workload(prepare_zoo_model(model), variant, samples)


@contextmanager
def record_row(results: Path | None, workload, board, backend: str, protocol: str = "binary"):
    """A run of its own in the results history; if the measurement fails, an error row records
    what was attempted and why before the error propagates."""
    writer = ResultsStore(results_folder(results)).start_run(
        run_metadata(suite="run", board=board.name), label="run")
    try:
        yield writer
    except Exception as exc:
        writer.append(ResultRow(workload.model_name, workload.variant, board.name, backend,
                                protocol=protocol, status="error", error=str(exc),
                                samples=workload.samples, model_sha256=""))
        raise


def protocol_options(protocol, mode: str, iterations: int | None, warmups: int | None,
                     readback: bool, flashed: bool) -> dict:
    """The driver's options of `hil run`: the mlperf ones only with --protocol mlperf."""
    if protocol.name != "mlperf":
        if (mode, iterations, warmups, readback, flashed) != ("accuracy", None, None, True,
                                                              False):
            raise click.UsageError("--mode, --iterations, --warmups, --no-readback and "
                                   "--flashed are for --protocol mlperf")
        return {}
    from harness.measure.mlperf.run import MlperfOptions

    return {"flashed": flashed,
            "options": MlperfOptions(mode, iterations, warmups, readback=readback)}
