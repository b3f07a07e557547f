"""MLPerf Tiny's wire encoding of inputs, and raw outputs recovered from printed results."""

from __future__ import annotations

import numpy as np
import pytest
from mlperf_models import OFFICIAL, official_model, random_rows

from harness.firmware.mlperf.benchmarks import benchmark_for
from harness.measure.mlperf import wire
from harness.model.interpreters import Tflm
from harness.model.quantization import TensorSpec
from harness.model.tflite import read_model
from harness.protocol.mlperf import replies


@pytest.mark.parametrize("benchmark", sorted(OFFICIAL))
def test_the_wire_encoding_round_trips(benchmark):
    model = official_model(benchmark)
    spec = Tflm(model.read_bytes()).input_spec
    found = benchmark_for(read_model(model))
    for row in random_rows(model, 3, seed=5):
        data = wire.to_wire(found, row, spec)
        assert len(data) == found.wire_bytes()
        assert np.array_equal(wire.from_wire(found, data, spec), row)


def test_results_that_are_not_whole_output_steps_are_garbled():
    spec = TensorSpec((1, 2), np.dtype(np.int8), 1 / 256, -128)
    assert wire.raw_outputs((0.25, 0.75), spec).tolist() == [-64, 64]
    with pytest.raises(replies.Garbled, match="not whole steps"):
        wire.raw_outputs((0.25, 0.7515), spec)  # a damaged digit
    with pytest.raises(replies.Garbled, match="2 outputs"):
        wire.raw_outputs((0.25,), spec)
