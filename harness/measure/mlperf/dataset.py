"""Datasets in the MLPerf Tiny runner's layout (benchmark/runner/datasets.py): a folder per
benchmark holding one .bin file per input, the bytes the runner sends with `db` as they are, and
y_labels.csv without a header:

    classification:  file,classes,label                      kws01_000000.bin,12,7
    ad01:            file,2,label,window_bytes,stride_bytes  ad01_000000.bin,2,0,2560,2560

The runner cuts an ad01 file into windows (a window every `stride` bytes); the harness writes
one window per file, and reads every window of a file as a sample of its own.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from harness.errors import HilError
from harness.firmware.mlperf.benchmarks import Benchmark, benchmark_for
from harness.measure.mlperf import wire
from harness.measure.workload import Workload, custom_workload
from harness.model.interpreters import Tflm
from harness.model.quantization import TensorSpec
from harness.model.tflite import read_model

LABELS = "y_labels.csv"
FIELDS = ["file", "classes", "class", "bytes_to_send", "stride"]


def write_dataset(out: Path, benchmark: Benchmark, rows: np.ndarray, spec: TensorSpec,
                  labels: np.ndarray, classes: int) -> Path:
    """`rows` (in the model's input dtype) as `out/<benchmark>/`; returns that folder."""
    if len(labels) != len(rows):
        raise HilError(f"{len(labels)} labels for {len(rows)} inputs; give one label per input")
    folder = Path(out) / benchmark.name
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for index, (row, label) in enumerate(zip(rows, labels, strict=True)):
        name = f"{benchmark.name}_{index:06d}.bin"
        data = wire.to_wire(benchmark, row, spec)
        (folder / name).write_bytes(data)
        window = [len(data), len(data)] if benchmark.results == "mse" else []
        lines.append(",".join(map(str, [name, classes, int(label), *window])))
    (folder / LABELS).write_text("\n".join(lines) + "\n")
    return folder


def read_dataset(folder: Path, benchmark: Benchmark, spec: TensorSpec
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Input rows (the model's dtype) and labels from a runner dataset folder: `folder` itself
    or its `<benchmark>/` subfolder, as the runner's `-s` path takes it."""
    folder = Path(folder)
    if not (folder / LABELS).is_file() and (folder / benchmark.name / LABELS).is_file():
        folder = folder / benchmark.name
    if not (folder / LABELS).is_file():
        raise HilError(f"{folder} holds no {LABELS}: give the runner's dataset folder (with "
                       f"{benchmark.name}/{LABELS}) or `hil mlperf-dataset` one")
    rows, labels = [], []
    with (folder / LABELS).open(newline="") as handle:
        for entry in csv.DictReader(handle, fieldnames=FIELDS):
            for window in _windows(folder, entry, benchmark):
                rows.append(wire.from_wire(benchmark, window, spec))
                labels.append(int(entry["class"]))
    if not rows:
        raise HilError(f"{folder / LABELS} lists no input")
    return np.stack(rows), np.array(labels)


def _windows(folder: Path, entry: dict, benchmark: Benchmark) -> list[bytes]:
    path = folder / entry["file"].strip()
    if path.parent != folder or not path.is_file():
        raise HilError(f"{folder / LABELS} names {entry['file']!r}, which is not a file there")
    data, size = path.read_bytes(), benchmark.wire_bytes()
    window = int(entry.get("bytes_to_send") or size)  # classification rows have no window
    stride = int(entry.get("stride") or window)
    if window != size or len(data) < size:
        raise HilError(f"{path} holds {len(data)} bytes in windows of {window}; {benchmark.name} "
                       f"takes {size} bytes per input")
    return [data[start:start + size] for start in range(0, len(data) - size + 1, stride)]


def dataset_workload(model: Path, dataset: Path, samples: int | None = None) -> Workload:
    """A .tflite with the inputs and labels of a runner dataset folder."""
    parsed = read_model(model)
    benchmark = benchmark_for(parsed)
    rows, labels = read_dataset(dataset, benchmark, Tflm(parsed.raw).input_spec)
    anomaly = benchmark.results == "mse"
    return custom_workload(model, rows[:samples], labels[:samples],
                           task="anomaly" if anomaly else "classification",
                           metric="roc_auc" if anomaly else "accuracy")
