"""PRELU (Keras PReLU: a learned slope per element or per channel), int8 with TFLM's two
rescalings and float32, the slopes broadcast against the input."""

from __future__ import annotations

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.binary import broadcast_shape
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import quantize_multiplier


@lowering("PRELU")
def prelu(ctx: OpContext) -> Lowering:
    x, alpha, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    if tuple(y.shape) != tuple(x.shape):
        raise Unsupported(f"output {y.shape} differs from the input {x.shape}")
    shape = broadcast_shape(x, alpha, y)
    operands = (x.index, alpha.index, y.index)
    if ctx.kind(x, alpha, y) == "f32":
        return Lowering([Call("aot_prelu_f32", "aot_minmax_params", {"s": shape}, operands)])
    (sx, zx), (sa, za), (sy, zy) = (scale_zero_point(x), scale_zero_point(alpha),
                                    scale_zero_point(y))
    identity, identity_shift = quantize_multiplier(sx / sy)
    sloped, sloped_shift = quantize_multiplier(sx * sa / sy)
    params = {"s": shape, "input_offset": -zx, "alpha_offset": -za, "output_offset": zy,
              "multiplier_identity": identity, "shift_identity": identity_shift,
              "multiplier_alpha": sloped, "shift_alpha": sloped_shift}
    return Lowering([Call("aot_prelu_s8", "aot_prelu_s8_params", params, operands)])
