"""L2_NORMALIZATION over the last dimension (Keras UnitNormalization): int8 with TFLM's
fixed-point inverse square root at run time (the output is in scale 1/128, zero point 0,
whatever the output tensor says: TFLM ignores it too), float32."""

from __future__ import annotations

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.registry import lowering


@lowering("L2_NORMALIZATION")
def l2_normalization(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if ctx.activation() != "NONE":
        raise Unsupported(f"fused activation {ctx.activation()} (TFLM supports none)")
    if not x.shape or tuple(x.shape) != tuple(y.shape):
        raise Unsupported(f"input {x.shape} and output {y.shape}")
    depth = x.shape[-1]
    shape = {"outer": x.size // max(depth, 1), "depth": depth}
    if ctx.kind(x, y) == "f32":
        return Lowering([Call("aot_l2norm_f32", "aot_l2norm_f32_params", shape,
                              (x.index, y.index))])
    params = {**shape, "input_zero_point": scale_zero_point(x)[1]}
    return Lowering([Call("aot_l2norm_s8", "aot_l2norm_s8_params", params,
                          (x.index, y.index))])
