"""AVERAGE_POOL_2D and MAX_POOL_2D (int8 and int16 pools keep the input's quantization, as
TFLM's do)."""

from __future__ import annotations

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.common import geometry
from harness.backends.aot.lower.int16 import INT16_TYPES, symmetric
from harness.backends.aot.lower.registry import lower_fast, lowering
from harness.backends.aot.quant import (
    activation_range_f32,
    activation_range_s8,
    activation_range_s16,
)

_KERNELS = {"AVERAGE_POOL_2D": "aot_avgpool", "MAX_POOL_2D": "aot_maxpool"}
# The DSP pooling kernels sum int8 values in 16-bit lanes: 256 * -128 still fits.
LANE_SUM_TAPS = 256


@lowering("AVERAGE_POOL_2D", "MAX_POOL_2D", types=INT16_TYPES)
def pool_2d(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    kernel = (ctx.option("filter_height", 0), ctx.option("filter_width", 0))
    g = geometry(ctx, x, y, kernel)
    if g["in_c"] != g["out_c"]:
        raise Unsupported(f"input {x.shape} and output {y.shape} have different channels")
    kind = ctx.kind(x, y, int16=True)
    if kind == "f32":
        act_min, act_max = activation_range_f32(ctx.activation())
    elif kind == "s16":
        symmetric(x, y)
        act_min, act_max = activation_range_s16(ctx.activation(), scale_zero_point(y)[0])
    else:
        act_min, act_max = activation_range_s8(ctx.activation(), *scale_zero_point(y))
    params = {"g": g, "act_min": act_min, "act_max": act_max}
    taps = kernel[0] * kernel[1]

    def portable() -> Call:
        # int16 pools share the int8 pools' parameter struct (the same geometry and clamp).
        params_type = "aot_pool_f32_params" if kind == "f32" else "aot_pool_s8_params"
        return Call(f"{_KERNELS[ctx.op.opcode]}_{kind}", params_type, params,
                    (x.index, y.index), macs=y.size * taps)

    if kind != "s8":
        return Lowering([portable()])
    # Fast kernels take (params, taps) and return their Call with the same operands and MACs.
    return lower_fast(ctx, ctx.op.opcode, portable, params, taps, portable())
