"""Property tests: every op of the AOT backend on random shapes, strides, paddings, channel
counts and quantization parameters. int8 and int16x8 must equal TFLM's reference kernels bit
for bit;
float32 must be within 1e-5 (relative to the output's largest magnitude) of LiteRT.

Each example compiles a generated model with the host gcc (cached by content hash). The
number of examples per op is HIL_AOT_EXAMPLES (default 20); runs are derandomized, so CI sees
the same models every time and the build cache makes reruns fast.
"""

from __future__ import annotations

import os

import aot_layout_cases as layout
import aot_op_cases as ops
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
        "FULLY_CONNECTED": ops.fully_connected(kind),
        "CONV_2D": ops.conv_2d(kind),
        "DEPTHWISE_CONV_2D": ops.depthwise_conv_2d(kind),
        "AVERAGE_POOL_2D": ops.pool_2d(kind, "AVERAGE_POOL_2D"),
        "MAX_POOL_2D": ops.pool_2d(kind, "MAX_POOL_2D"),
        "ADD": ops.binary(kind, "ADD"),
        "MUL": ops.binary(kind, "MUL"),
        "SOFTMAX": ops.softmax(kind),
        "LOGISTIC": ops.unary(kind, "LOGISTIC"),
        "TANH": ops.unary(kind, "TANH"),
        "RELU": ops.unary(kind, "RELU"),
        "RELU6": ops.unary(kind, "RELU6"),
        "MEAN": layout.mean(kind),
        "PAD": layout.pad(kind),
        "CONCATENATION": layout.concatenation(kind),
        "CONV_POOL_RESHAPE_FC_SOFTMAX": layout.conv_reshape_dense(kind),
    }


INT8 = {**_strategies("s8"), "QUANTIZE(float32)": ops.quantize("f32"),
        "QUANTIZE(int8)": ops.quantize("s8"), "DEQUANTIZE": ops.dequantize()}
FLOAT32 = {**_strategies("f32"), "RELU_N1_TO_1": ops.unary("f32", "RELU_N1_TO_1")}
INT16_OPS = ("FULLY_CONNECTED", "CONV_2D", "DEPTHWISE_CONV_2D", "AVERAGE_POOL_2D", "MAX_POOL_2D",
             "ADD", "SOFTMAX", "MEAN", "CONV_POOL_RESHAPE_FC_SOFTMAX")
INT16 = {op: strategy for op, strategy in _strategies("s16").items() if op in INT16_OPS}


def _assert_bit_exact(case, op: str, dsp: bool = False) -> None:
    expected = tflm_outputs(case.tflite, case.samples)
    actual = aot_outputs(case.tflite, case.samples, op, dsp=dsp)
    for got, want in zip(actual, expected, strict=True):
        for g, w in zip(got, want, strict=True):
            np.testing.assert_array_equal(g.reshape(-1), w.reshape(-1))


@pytest.mark.parametrize("op", sorted(INT8))
@PROPERTY
@given(data=st.data())
def test_int8_matches_tflm_bit_for_bit(op, data):
    _assert_bit_exact(data.draw(INT8[op]), op)


@pytest.mark.parametrize("op", sorted(INT16))
@PROPERTY
@given(data=st.data())
def test_int16x8_matches_tflm_bit_for_bit(op, data):
    """int16 activations, int8 weights, int64 biases: TFLM's int16 reference kernels."""
    _assert_bit_exact(data.draw(INT16[op]), op)


def _extreme_int16_layer(opcode: str, depth: int, kernel: int, out_c: int) -> bytes:
    """A layer whose taps of -32768 * -128 add up past 2^31 (a kernel x kernel window over
    `depth` channels, or a dense layer over `depth` inputs)."""
    from aot_testkit.modelgen import ModelBuilder

    m = ModelBuilder()
    in_shape = (1, depth) if opcode == "FULLY_CONNECTED" else (1, kernel, kernel, depth)
    w_shape = {"FULLY_CONNECTED": (out_c, depth), "CONV_2D": (out_c, kernel, kernel, depth),
               "DEPTHWISE_CONV_2D": (1, kernel, kernel, out_c)}[opcode]
    axis = 3 if opcode == "DEPTHWISE_CONV_2D" else 0
    w_scales = [0.01, 0.002][:out_c]
    x = m.tensor(in_shape, np.int16, scale=1 / 1024, zero_point=0)
    w = m.tensor(w_shape, np.int8, data=np.full(w_shape, -128), scale=w_scales, axis=axis)
    b = m.tensor((out_c,), np.int64, data=[5, -7][:out_c],
                 scale=[s / 1024 for s in w_scales], axis=0)
    out_shape = (1, out_c) if opcode == "FULLY_CONNECTED" else (1, 1, 1, out_c)
    y = m.tensor(out_shape, np.int16, scale=16.0, zero_point=0)
    options = {"FULLY_CONNECTED": ("FullyConnectedOptions", {}),
               "CONV_2D": ("Conv2DOptions", {"padding": "VALID", "stride_h": 1, "stride_w": 1}),
               "DEPTHWISE_CONV_2D": ("DepthwiseConv2DOptions",
                                     {"padding": "VALID", "stride_h": 1, "stride_w": 1,
                                      "depth_multiplier": 1})}[opcode]
    m.op(opcode, [x, w, b], [y], options[0], **options[1])
    return m.build([x], [y])


@pytest.mark.parametrize("opcode, depth, kernel, out_c", [
    ("FULLY_CONNECTED", 700, 1, 2), ("CONV_2D", 64, 3, 2), ("DEPTHWISE_CONV_2D", 1, 23, 1)])
def test_int16x8_sums_beyond_32_bits_exactly(opcode, depth, kernel, out_c):
    """TFLM sums in 64 bits; the kernels sum blocks of at most 256 taps in 32 bits (each tap
    is at most 2^22), which must come out the same past 2^31."""
    tflite = _extreme_int16_layer(opcode, depth, kernel, out_c)
    shape = (1, depth) if opcode == "FULLY_CONNECTED" else (1, kernel, kernel, depth)
    samples = [[np.full(shape, value, dtype=np.int16)] for value in (-32768, 32767, 3)]
    expected = tflm_outputs(tflite, samples)
    assert expected[0][0].reshape(-1)[0] > 1000  # far beyond what 32 bits could hold
    for got, want in zip(aot_outputs(tflite, samples, opcode), expected, strict=True):
        np.testing.assert_array_equal(got[0].reshape(-1), want[0].reshape(-1))


DSP_OPS = ["FULLY_CONNECTED", "CONV_2D", "DEPTHWISE_CONV_2D", "ADD", "MEAN", "AVERAGE_POOL_2D",
           "CONV_POOL_RESHAPE_FC_SOFTMAX"]


@pytest.mark.parametrize("op", DSP_OPS)
@PROPERTY
@given(data=st.data())
def test_int8_dsp_paths_match_tflm_bit_for_bit(op, data):
    """The kernels' Cortex-M DSP paths, run on the host with emulated ACLE intrinsics."""
    _assert_bit_exact(data.draw(INT8[op]), op, dsp=True)


@pytest.mark.parametrize("op", sorted(FLOAT32))
@PROPERTY
@given(data=st.data())
def test_float32_matches_litert(op, data):
    case = data.draw(FLOAT32[op])
    expected = litert_outputs(case.tflite, case.samples)
    actual = aot_outputs(case.tflite, case.samples, op)
    for got, want in zip(actual, expected, strict=True):
        for g, w in zip(got, want, strict=True):
            assert relative_error(g.reshape(-1), w.reshape(-1)) <= FLOAT_TOLERANCE
