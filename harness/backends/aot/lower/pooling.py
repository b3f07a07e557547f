"""AVERAGE_POOL_2D and MAX_POOL_2D (int8 pools keep the input's quantization, as TFLM's do)."""

from __future__ import annotations

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.common import geometry
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import activation_range_f32, activation_range_s8

_KERNELS = {"AVERAGE_POOL_2D": "aot_avgpool", "MAX_POOL_2D": "aot_maxpool"}
# The DSP pooling kernels sum int8 values in 16-bit lanes: 256 * -128 still fits.
LANE_SUM_TAPS = 256


@lowering("AVERAGE_POOL_2D", "MAX_POOL_2D")
def pool_2d(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    kernel = (ctx.option("filter_height", 0), ctx.option("filter_width", 0))
    g = geometry(ctx, x, y, kernel)
    if g["in_c"] != g["out_c"]:
        raise Unsupported(f"input {x.shape} and output {y.shape} have different channels")
    kind = ctx.kind(x, y)
    if kind == "f32":
        act_min, act_max = activation_range_f32(ctx.activation())
    else:
        act_min, act_max = activation_range_s8(ctx.activation(), *scale_zero_point(y))
    params = {"g": g, "act_min": act_min, "act_max": act_max}
    kernel_name = f"{_KERNELS[ctx.op.opcode]}_{kind}"
    if ctx.dsp and kernel_name == "aot_avgpool_s8" and kernel[0] * kernel[1] <= LANE_SUM_TAPS:
        kernel_name = "aot_avgpool_s8_dsp"
    return Lowering([Call(kernel_name, f"aot_pool_{kind}_params", params, (x.index, y.index),
                          macs=y.size * kernel[0] * kernel[1])])
