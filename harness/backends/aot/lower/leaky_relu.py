"""LEAKY_RELU: int8 as a 256-entry table (TFLM's identity and alpha rescalings), float32 with
the alpha as given."""

from __future__ import annotations

import numpy as np

from harness.backends.aot import fixedpoint as fp
from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Call, Lowering
from harness.backends.aot.lower.activations import BYTES, lut_call
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import f32, quantize_multiplier


@lowering("LEAKY_RELU")
def leaky_relu(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    alpha = float(ctx.option("alpha", 0.2))
    if ctx.kind(x, y) == "f32":
        return Lowering([Call("aot_leaky_relu_f32", "aot_leaky_relu_f32_params",
                              {"size": y.size, "alpha": alpha}, (x.index, y.index))])
    return lut_call(ctx, leaky_relu_table(alpha, scale_zero_point(x), scale_zero_point(y)))


def leaky_relu_table(alpha: float, inq: tuple[float, int], outq: tuple[float, int]
                     ) -> np.ndarray:
    """QuantizeLeakyRelu with CalculateOpDataLeakyRelu's float32 multipliers; a negative alpha
    multiplies by |alpha| and negates, as TFLM does."""
    (in_scale, in_zp), (out_scale, out_zp) = inq, outq
    identity = quantize_multiplier(float(f32(in_scale) / f32(out_scale)))
    alpha_multiplier, alpha_shift = quantize_multiplier(
        float(f32(in_scale) * f32(alpha) / f32(out_scale)))
    centred = BYTES - in_zp
    negative = fp.mbqm(centred, abs(alpha_multiplier), alpha_shift)
    if alpha_multiplier < 0:
        negative = -negative
    return out_zp + np.where(centred >= 0, fp.mbqm(centred, *identity), negative)
