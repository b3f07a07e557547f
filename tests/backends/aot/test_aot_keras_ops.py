"""Property tests of the ops Keras layers bring beyond the core set, on random single-op
models: int8 equals TFLM's reference kernels bit for bit, float32 is within 1e-5 (relative to
the output's largest magnitude) of TFLM; TRANSPOSE_CONV also through its DSP path (emulated
ACLE). Examples per op: HIL_AOT_EXAMPLES (default 20), derandomized.

Two ops are compared with TFLite (LiteRT) instead: TFLM has no TILE kernel (Keras
UpSampling2D), and SPACE_TO_BATCH_ND pads with a value TFLM's Prepare never sets
(SpaceToBatchParams::output_offset), so its padded outputs are undefined there (garbage floats,
int8 anything); harness.model.limits names both before TFLM is asked to run such a model."""

from __future__ import annotations

import os

import aot_keras_op_cases as cases
import numpy as np
import pytest
from aot_testkit.verify import aot_outputs, litert_outputs, relative_error, tflm_outputs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("HIL_AOT_EXAMPLES", "20"))
FLOAT_TOLERANCE = 1e-5
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _strategies(kind: str) -> dict:
    return {
        "SUB": cases.binary(kind, "SUB"),
        "MUL": cases.binary(kind, "MUL"),
        "ADD": cases.binary(kind, "ADD"),
        "MAXIMUM": cases.binary(kind, "MAXIMUM"),
        "MINIMUM": cases.binary(kind, "MINIMUM"),
        "PRELU": cases.prelu(kind),
        "ABS": cases.unary(kind, "ABS"),
        "HARD_SWISH": cases.unary(kind, "HARD_SWISH"),
        "LEAKY_RELU": cases.unary(kind, "LEAKY_RELU"),
        "L2_NORMALIZATION": cases.l2_normalization(kind),
        "RSQRT": cases.unary(kind, "RSQRT"),
        "SUM": cases.reduce_sum(kind),
        "TILE": cases.tile(kind),
        "REDUCE_MAX": cases.reduce_min_max(kind, "REDUCE_MAX"),
        "REDUCE_MIN": cases.reduce_min_max(kind, "REDUCE_MIN"),
        "STRIDED_SLICE": cases.strided_slice(kind),
        "SPLIT": cases.split(kind, "SPLIT"),
        "SPLIT_V": cases.split(kind, "SPLIT_V"),
        "PACK": cases.pack_unpack(kind, "PACK"),
        "UNPACK": cases.pack_unpack(kind, "UNPACK"),
        "TRANSPOSE": cases.transpose(kind),
        "SPACE_TO_BATCH_ND": cases.space_to_batch(kind),
        "BATCH_TO_SPACE_ND": cases.batch_to_space(kind),
        "RESIZE_NEAREST_NEIGHBOR": cases.resize_nearest(kind),
        "TRANSPOSE_CONV": cases.transpose_conv(kind),
    }


INT8 = _strategies("s8")
FLOAT32 = {**_strategies("f32"), "SQUARE": cases.unary("f32", "SQUARE")}


LITERT_REFERENCE = {"SPACE_TO_BATCH_ND", "TILE"}


def assert_matches_tflm(case, name: str, dsp: bool = False) -> None:
    reference = litert_outputs if name in LITERT_REFERENCE else tflm_outputs
    expected = reference(case.tflite, case.samples)
    actual = aot_outputs(case.tflite, case.samples, name, dsp=dsp)
    for n, (got, want) in enumerate(zip(actual, expected, strict=True)):
        for g, w in zip(got, want, strict=True):
            if np.issubdtype(w.dtype, np.floating):
                assert relative_error(g.reshape(-1), w.reshape(-1)) <= FLOAT_TOLERANCE, n
            else:
                np.testing.assert_array_equal(g.reshape(-1), w.reshape(-1), f"sample {n}")


@pytest.mark.parametrize("op", sorted(INT8))
@PROPERTY
@given(data=st.data())
def test_int8_matches_tflm_bit_for_bit(op, data):
    assert_matches_tflm(data.draw(INT8[op]), op)


@pytest.mark.parametrize("op", sorted(FLOAT32))
@PROPERTY
@given(data=st.data())
def test_float32_matches_tflm(op, data):
    assert_matches_tflm(data.draw(FLOAT32[op]), op)


@PROPERTY
@given(data=st.data())
def test_transpose_conv_dsp_path_matches_tflm_bit_for_bit(data):
    assert_matches_tflm(data.draw(INT8["TRANSPOSE_CONV"]), "TRANSPOSE_CONV", dsp=True)
