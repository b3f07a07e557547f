"""HARD_SWISH (x * relu6(x + 3) / 6, MobileNetV3): int8 as a 256-entry table computed with
TFLM's 16-bit fixed-point arithmetic, float32 as TFLM's formula."""

from __future__ import annotations

import numpy as np

from harness.backends.aot import fixedpoint as fp
from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.activations import BYTES, lut_call
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import f32, quantize_multiplier

INT16_MIN, INT16_MAX = -(1 << 15), (1 << 15) - 1


@lowering("HARD_SWISH")
def hard_swish(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if ctx.kind(x, y) == "f32":
        return Lowering([Call("aot_hard_swish_f32", "aot_unary_f32_params", {"size": y.size},
                              (x.index, y.index))])
    return lut_call(ctx, hard_swish_table(scale_zero_point(x), scale_zero_point(y)))


def hard_swish_table(inq: tuple[float, int], outq: tuple[float, int]) -> np.ndarray:
    """reference_ops::HardSwish for every int8 input, with HardSwishPrepare's multipliers."""
    (in_scale, in_zp), (out_scale, out_zp) = inq, outq
    hires_scale = f32(1.0 / 128.0) * f32(in_scale)
    out_multiplier, out_exponent = _int16_multiplier(float(hires_scale / f32(out_scale)))
    if out_exponent > 0:
        raise Unsupported(f"an output scale of {out_scale:g} against an input scale of "
                          f"{in_scale:g} (TFLM requires the output multiplier to be below 1)")
    relu_multiplier, relu_exponent = _int16_multiplier(
        float(hires_scale / f32(3.0 / 32768.0)))
    hires = (BYTES - in_zp) * 128
    preshift = _srdhm16(hires, out_multiplier)
    reluish = hires
    if relu_exponent > 0:
        reluish = _saturating_shift16(reluish, relu_exponent - 1)
    reluish = _srdhm16(reluish, relu_multiplier)
    if relu_exponent > 0:
        reluish = _saturating_shift16(reluish, 1)
    if relu_exponent < 0:
        reluish = fp.rdbpot(reluish, -relu_exponent)
    reluish = (reluish + (1 << 15)) >> 1
    product = np.where((reluish == INT16_MIN) & (preshift == INT16_MIN), INT16_MAX,
                       _truncate(reluish * preshift, 1 << 15))
    return fp.rdbpot(product, -out_exponent) + out_zp


def _int16_multiplier(real: float) -> tuple[int, int]:
    """QuantizeMultiplier, then DownScaleInt32ToInt16Multiplier."""
    multiplier, exponent = quantize_multiplier(real)
    if multiplier >= INT32_MAX_MINUS_ROUNDING:
        return INT16_MAX, exponent
    return (multiplier + (1 << 15)) >> 16, exponent


INT32_MAX_MINUS_ROUNDING = (1 << 31) - 1 - (1 << 15)


def _srdhm16(a, b: int) -> np.ndarray:
    """gemmlowp's SaturatingRoundingDoublingHighMul on int16."""
    a = np.asarray(a, dtype=np.int64)
    ab = a * b
    nudge = np.where(ab >= 0, 1 << 14, 1 - (1 << 14))
    high = _truncate(ab + nudge, 1 << 15)
    return np.where((a == b) & (a == INT16_MIN), INT16_MAX, high)


def _truncate(x, divisor: int) -> np.ndarray:
    """C++ integer division (toward zero), wrapped to int16 as static_cast<int16_t> does."""
    x = np.asarray(x, dtype=np.int64)
    quotient = np.where(x >= 0, x // divisor, -((-x) // divisor))
    return ((quotient + (1 << 15)) & 0xFFFF) - (1 << 15)


def _saturating_shift16(x, amount: int) -> np.ndarray:
    return np.clip(np.asarray(x, dtype=np.int64) * (1 << amount), INT16_MIN, INT16_MAX)
