"""The four official MLPerf Tiny reference models for the tests, inputs they accept, and data
sets of them in the runner's layout."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from harness import paths
from harness.bench import model_files
from harness.firmware.mlperf.benchmarks import benchmark_for
from harness.measure.mlperf.dataset import write_dataset
from harness.model.interpreters import Tflm
from harness.model.tflite import read_model

# The project's shared folder sits beside the checkout (CI lays a copy of it there).
MODELS_DIR = Path(os.environ.get("HIL_MLPERF_MODELS_DIR",
                                 paths.SOURCE_ROOT.parent / "shared/models/mlperf-tiny"))
OFFICIAL = {"kws01": "kws_ref_model.tflite", "vww01": "vww_96_int8.tflite",
            "ic01": "pretrainedResnet_quant.tflite", "ad01": "ad01_int8.tflite"}


def official_model(benchmark: str) -> Path:
    path = MODELS_DIR / OFFICIAL[benchmark]
    if not path.is_file():
        pytest.skip(f"{path} is missing: the MLPerf Tiny reference models live in the shared "
                    "folder beside the checkout (shared/models/mlperf-tiny/); point "
                    "HIL_MLPERF_MODELS_DIR at them")
    return path


def random_rows(model: Path, count: int, seed: int = 0) -> np.ndarray:
    """Inputs the model accepts, as the mlperf-tiny suite makes them (harness.bench.model_files):
    random floats over the input's range, quantized as TFLite does."""
    return model_files.random_rows(Tflm(model.read_bytes()).input_spec, count, seed)


def runner_dataset(out: Path, benchmark: str, files: int) -> Path:
    """`files` random inputs of the benchmark's model as the runner's dataset folder."""
    model = official_model(benchmark)
    rows = random_rows(model, files)
    spec = Tflm(model.read_bytes()).input_spec
    labels = np.arange(files) % 2
    classes = 2 if benchmark == "ad01" else int(np.prod(Tflm(model.read_bytes()).output_spec
                                                        .shape[1:]))
    return write_dataset(out, benchmark_for(read_model(model)), rows, spec, labels, classes)
