"""The MLPerf Tiny runner's dataset layout, written and read."""

from __future__ import annotations

import numpy as np
from mlperf_models import official_model, random_rows

from harness.firmware.mlperf.benchmarks import benchmark_for
from harness.measure.mlperf.dataset import read_dataset, write_dataset
from harness.model.interpreters import Tflm
from harness.model.tflite import read_model


def test_the_runners_dataset_layout_round_trips_with_ad01_windows(tmp_path):
    model = official_model("ad01")
    spec = Tflm(model.read_bytes()).input_spec
    found = benchmark_for(read_model(model))
    rows = random_rows(model, 2, seed=9)
    folder = write_dataset(tmp_path, found, rows, spec, np.array([0, 1]), 2)
    assert (folder / "y_labels.csv").read_text().splitlines() == [
        "ad01_000000.bin,2,0,2560,2560", "ad01_000001.bin,2,1,2560,2560"]
    read, labels = read_dataset(tmp_path, found, spec)
    assert np.array_equal(read, rows) and labels.tolist() == [0, 1]
    # The runner's own files hold several windows, a window every `stride` bytes.
    long = (folder / "ad01_000000.bin").read_bytes() * 2
    (folder / "ad01_000000.bin").write_bytes(long)
    (folder / "y_labels.csv").write_text("ad01_000000.bin,2,0,2560,1280\n")
    windows, labels = read_dataset(folder, found, spec)
    assert len(windows) == 3 and labels.tolist() == [0, 0, 0]
    assert np.array_equal(windows[2], rows[0])
