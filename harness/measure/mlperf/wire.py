"""How one input travels in MLPerf Tiny's data (the `db` bytes, a dataset .bin file), and how
`results` values become the model's raw outputs again. Pure."""

from __future__ import annotations

import numpy as np

from harness.firmware.mlperf.benchmarks import Benchmark
from harness.model.quantization import TensorSpec, dequantize, quantize
from harness.protocol.mlperf.replies import Garbled

# A printed value is a whole number of output steps, give or take the printing's rounding: the
# firmware prints a digit finer than a quarter step. Further off, the line was damaged.
STEP_SLACK = 0.25


def to_wire(benchmark: Benchmark, row: np.ndarray, spec: TensorSpec) -> bytes:
    """One input row, in the model's input dtype, as the benchmark's data holds it."""
    if benchmark.wire == "uint8" and spec.dtype == np.int8:
        return (row.astype(np.int16) + 128).astype(np.uint8).tobytes()  # the reference's x - 128
    if benchmark.wire == "float32":
        return dequantize(row, spec).astype("<f4").tobytes()
    return np.ascontiguousarray(row).tobytes()


def from_wire(benchmark: Benchmark, data: bytes, spec: TensorSpec) -> np.ndarray:
    """The model input row a device makes of `data` (the inverse of `to_wire`)."""
    if benchmark.wire == "uint8" and spec.dtype == np.int8:
        values = (np.frombuffer(data, np.uint8).astype(np.int16) - 128).astype(np.int8)
    elif benchmark.wire == "float32":
        values = quantize(np.frombuffer(data, "<f4"), spec)
    else:
        values = np.frombuffer(data, benchmark.wire_dtype).astype(spec.dtype)
    return values.reshape(spec.shape[1:])


def raw_outputs(values: tuple[float, ...], spec: TensorSpec) -> np.ndarray:
    """The raw output tensor behind printed, dequantized values; Garbled for values that are
    not whole output steps or too many or too few."""
    count = int(np.prod(spec.shape[1:]))
    if len(values) != count:
        raise Garbled(f"results: {len(values)} values, the model has {count} outputs")
    array = np.asarray(values, np.float64)
    if not spec.quantized:
        return array.astype(spec.dtype).reshape(spec.shape[1:])
    steps = array / spec.scale
    if np.max(np.abs(steps - np.round(steps))) > STEP_SLACK:
        raise Garbled(f"results: {values!r} are not whole steps of the output's scale "
                      f"{spec.scale:g}")
    info = np.iinfo(spec.dtype)
    raw = np.round(steps) + spec.zero_point
    if raw.min() < info.min or raw.max() > info.max:
        raise Garbled(f"results: {values!r} lie outside the output's range")
    return raw.astype(spec.dtype).reshape(spec.shape[1:])
