"""SOFTMAX over the last dimension: int8 with TFLM's fixed-point algorithm, int16 with its
tables, and float32."""

from __future__ import annotations

import math

import numpy as np

from harness.backends.aot import fixedpoint as fp
from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call, Lowering, Unsupported
from harness.backends.aot.lower.int16 import INT16_TYPES, softmax_tables, symmetric
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import quantize_multiplier

_SCALED_DIFF_INTEGER_BITS = 5


@lowering("SOFTMAX", types=INT16_TYPES)
def softmax(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if not x.shape or x.size == 0:
        raise Unsupported(f"input shape {x.shape}")
    depth = x.shape[-1]
    beta = float(ctx.option("beta", 1.0))
    shape = {"outer": x.size // depth, "depth": depth}
    kind = ctx.kind(x, y, int16=True)
    if kind == "f32":
        return Lowering([Call("aot_softmax_f32", "aot_softmax_f32_params",
                              {**shape, "beta": beta}, (x.index, y.index))])
    if kind == "s16":
        return _int16(ctx, shape, beta)
    if scale_zero_point(y) != (1.0 / 256, -128):
        raise Unsupported(f"an int8 output quantization of {scale_zero_point(y)} "
                          "(TFLM requires scale 1/256 and zero point -128)")
    table = exp_table(beta, scale_zero_point(x)[0])
    return Lowering([Call("aot_softmax_s8", "aot_softmax_s8_params",
                          {**shape, "exp_table": Array(table, "exp_table")},
                          (x.index, y.index))])


def exp_table(beta: float, input_scale: float) -> np.ndarray:
    """exp(-d) in Q0.31 for each input difference d = max - x in 0..255, as TFLM's Softmax
    computes it (0 where -d is below diff_min, which TFLM treats as a zero probability)."""
    real = min(beta * input_scale * (1 << (31 - _SCALED_DIFF_INTEGER_BITS)), (1 << 31) - 1.0)
    multiplier, left_shift = quantize_multiplier(real)
    diff_min = -math.floor(((1 << _SCALED_DIFF_INTEGER_BITS) - 1)
                           * (1 << (31 - _SCALED_DIFF_INTEGER_BITS)) / 2.0 ** left_shift)
    diffs = -np.arange(256, dtype=np.int64)
    if real > 1.0:
        rescaled = fp.srdhm(fp.wrap32(diffs << left_shift), multiplier)
    else:  # TFLM aborts here (harness.model.limits says why); a cost-only run still runs it:
        rescaled = fp.mbqm(diffs, multiplier, left_shift)  # the same arithmetic, right shifts
    values = fp.exp_on_negative_values(rescaled, _SCALED_DIFF_INTEGER_BITS)
    return np.where(diffs >= diff_min, values, 0).astype(np.int32)


def _int16(ctx: OpContext, shape: dict, beta: float) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    symmetric(x, y)
    if abs(scale_zero_point(y)[0] - 1.0 / 32768) > 0.001 / 32768:
        raise Unsupported(f"an int16 output scale of {scale_zero_point(y)[0]:g} "
                          "(TFLM requires 1/32768)")
    # The input difference scaled so that [-65535, 0] stands for [-10, 0].
    multiplier, shift = quantize_multiplier(scale_zero_point(x)[0] * beta / (10.0 / 65535.0))
    exp, reciprocal = softmax_tables()
    params = {**shape, "input_multiplier": multiplier, "input_shift": shift,
              "exp_table": Array(exp, "exp_table"),
              "reciprocal_table": Array(reciprocal, "reciprocal_table")}
    return Lowering([Call("aot_softmax_s16", "aot_softmax_s16_params", params,
                          (x.index, y.index))])
