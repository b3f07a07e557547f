"""RSQRT (Keras UnitNormalization's 1 / sqrt(sum of squares)): int8 as a 256-entry table with
TFLM's integer inverse square root, float32 as 1 / sqrtf(x)."""

from __future__ import annotations

import numpy as np

from harness.backends.aot import fixedpoint as fp
from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Call, Lowering
from harness.backends.aot.lower.activations import BYTES, lut_call
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import INT8_MAX, f32, quantize_multiplier

_SHIFT = 20  # RsqrtEvalQuantized's headroom


@lowering("RSQRT")
def rsqrt(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if ctx.kind(x, y) == "f32":
        return Lowering([Call("aot_rsqrt_f32", "aot_unary_f32_params", {"size": y.size},
                              (x.index, y.index))])
    return lut_call(ctx, rsqrt_table(scale_zero_point(x), scale_zero_point(y)))


def rsqrt_table(inq: tuple[float, int], outq: tuple[float, int]) -> np.ndarray:
    """RsqrtEvalQuantized for every int8 input (below the zero point TFLM refuses to run;
    the table holds the maximum there)."""
    (in_scale, in_zp), (out_scale, out_zp) = inq, outq
    real = 1.0 / float(np.sqrt(f32(in_scale)) * f32(out_scale))
    multiplier, shift = quantize_multiplier(real)
    values = []
    for value in (BYTES - in_zp).tolist():
        if value <= 0:
            values.append(INT8_MAX)
            continue
        inv, inv_shift = inv_sqrt_multiplier(value)
        data = fp.mbqm(1, inv, inv_shift + _SHIFT)
        values.append(int(fp.mbqm(data, multiplier, shift - _SHIFT)) + out_zp)
    return np.array(values, dtype=np.int64)


def inv_sqrt_multiplier(value: int) -> tuple[int, int]:
    """GetInvSqrtQuantizedMultiplierExp(value, kReverseShift): 1 / sqrt(value) as a Q31
    multiplier and a TFLM-convention shift, by Newton-Raphson in Q3.28 as gemmlowp does it."""
    if value <= 1:
        return fp.INT32_MAX, 0
    right = 11
    while value >= 1 << 29:
        value //= 4
        right += 1
    pairs = (32 - value.bit_length() - 1) // 2 - 1
    right -= pairs
    value <<= 2 * pairs
    half_input = int(fp.rdbpot(value >> 1, 1))
    half_three = (1 << 28) + (1 << 27)
    x = 1 << 28
    for _ in range(5):
        x3 = fp.saturating_shift_left(fp.srdhm(fp.srdhm(x, x), x), 6)
        x = int(fp.saturating_shift_left(
            fp.wrap32(fp.srdhm(half_three, x) - fp.srdhm(half_input, x3)), 3))
    x = int(fp.srdhm(x, 1518500250))
    if right < 0:
        x, right = int(fp.wrap32(x << -right)), 0
    return x, -right
