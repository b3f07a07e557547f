"""The MLPerf Tiny benchmarks as records: what their runner sends and expects, taken from the
benchmark's runner (benchmark/runner/tests_*.yaml, devices_*.yaml) and reference submissions.

A model is recognised as a benchmark by its input: shape and dtype decide how its inputs travel
(the bytes of the benchmark's dataset files) and what `results` prints. Any other model runs as
the "generic" benchmark: its input tensor's own bytes, its outputs as results.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from harness.model.tflite import TfliteModel


@dataclass(frozen=True)
class Benchmark:
    name: str  # what `profile` answers as m-model-[...]: the runner's test and dataset key
    input_shape: tuple[int, ...]  # without the batch dimension
    wire: str  # how a dataset file holds one input: "int8", "uint8" (pixels), "float32"
    results: str  # "outputs": output 0 dequantized; "mse": its mean squared error to the input
    iterations: int  # the runner's performance script: loop 5: download; infer N W
    warmups: int
    baudrate: int = 115200  # the runner's devices yaml, performance and accuracy modes

    @property
    def wire_dtype(self) -> np.dtype:
        return np.dtype(self.wire)

    def wire_bytes(self) -> int:
        """Bytes one input takes on the wire: one `db load`, one dataset file."""
        return int(np.prod(self.input_shape)) * self.wire_dtype.itemsize

    @property
    def standard(self) -> bool:
        return self.name != GENERIC


GENERIC = "generic"
WINDOWS = 5  # the runner's performance and energy scripts: loop 5
BENCHMARKS = {b.name: b for b in (
    Benchmark("kws01", (49, 10, 1), "int8", "outputs", 70, 10),
    Benchmark("vww01", (96, 96, 3), "uint8", "outputs", 20, 5),
    Benchmark("ic01", (32, 32, 3), "uint8", "outputs", 20, 5),
    Benchmark("ad01", (640,), "float32", "mse", 1500, 10, baudrate=921600),
)}


def benchmark_for(model: TfliteModel) -> Benchmark:
    """The benchmark whose inputs this model takes, else the generic one (its own bytes)."""
    tensor = model.input_tensors()[0]
    shape = tuple(tensor.shape[1:])
    dtype = np.dtype(tensor.dtype)
    for benchmark in BENCHMARKS.values():
        # int8 models take every benchmark's data; of float models only ad01's, whose data is
        # float already.
        if shape == benchmark.input_shape and (dtype == np.int8 or dtype == benchmark.wire):
            return benchmark
    return Benchmark(GENERIC, shape, dtype.name, "outputs", 10, 1)


def mlperf_benchmark(model: TfliteModel) -> str:
    """The benchmark's name for a model that is one (its rows join the MLPerf Tiny report),
    else ""."""
    benchmark = benchmark_for(model)
    return benchmark.name if benchmark.standard else ""
