"""ABS: int8 as a 256-entry table (TFLM's |x - zero point|, rescaled when the scales differ),
float32 with fabsf."""

from __future__ import annotations

import numpy as np

from harness.backends.aot import fixedpoint as fp
from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Call, Lowering
from harness.backends.aot.lower.activations import BYTES, lut_call
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import f32, quantize_multiplier


@lowering("ABS")
def absolute(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if ctx.kind(x, y) == "f32":
        return Lowering([Call("aot_abs_f32", "aot_unary_f32_params", {"size": y.size},
                              (x.index, y.index))])
    return lut_call(ctx, abs_table(scale_zero_point(x), scale_zero_point(y)))


def abs_table(inq: tuple[float, int], outq: tuple[float, int]) -> np.ndarray:
    """AbsEvalQuantized: rescaled by float32(in_scale / out_scale) only when the scales differ."""
    (in_scale, in_zp), (out_scale, out_zp) = inq, outq
    magnitude = np.abs(BYTES - in_zp)
    if f32(in_scale) == f32(out_scale):
        return magnitude + out_zp
    multiplier, shift = quantize_multiplier(float(f32(in_scale) / f32(out_scale)))
    return fp.mbqm(magnitude, multiplier, shift) + out_zp
