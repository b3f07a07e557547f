"""SUB, MAXIMUM and MINIMUM with broadcasting: int8 (SUB with TFLM's ADD-style rescaling,
MAXIMUM/MINIMUM on the stored values, as TFLM compares them) and float32; SQUARE, float32 only
as in TFLM (the converter keeps it in float between DEQUANTIZE and QUANTIZE)."""

from __future__ import annotations

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.binary import broadcast_shape
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import (
    activation_range_f32,
    activation_range_s8,
    f32,
    quantize_multipliers,
)
from harness.model.tflite import Tensor

LEFT_SHIFT = 20


@lowering("SUB")
def sub(ctx: OpContext) -> Lowering:
    a, b, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    shape = broadcast_shape(a, b, y)
    if ctx.kind(a, b, y) == "f32":
        act_min, act_max = activation_range_f32(ctx.activation())
        params = {"s": shape, "act_min": act_min, "act_max": act_max}
        return Lowering([Call("aot_sub_f32", "aot_binary_f32_params", params,
                              (a.index, b.index, y.index))])
    act_min, act_max = activation_range_s8(ctx.activation(), *scale_zero_point(y))
    params = {"s": shape, **sub_arithmetic(a, b, y), "act_min": act_min, "act_max": act_max}
    return Lowering([Call("aot_sub_s8", "aot_add_s8_params", params,
                          (a.index, b.index, y.index))])


def sub_arithmetic(a: Tensor, b: Tensor, y: Tensor) -> dict:
    """CalculateOpDataSub: like ADD's, but its multipliers are float32 quotients."""
    (sa, za), (sb, zb), (sy, zy) = scale_zero_point(a), scale_zero_point(b), scale_zero_point(y)
    twice_max = f32(2) * max(f32(sa), f32(sb))
    reals = [f32(sa) / twice_max, f32(sb) / twice_max,
             twice_max / (f32(1 << LEFT_SHIFT) * f32(sy))]
    (m1, m2, mo), (s1, s2, so) = quantize_multipliers([float(r) for r in reals])
    if so > 0 or not 0 < float(reals[2]) < 1:
        raise Unsupported(f"a SUB output scale of {sy:g} against input scales {sa:g}, {sb:g}")
    return {"input1_offset": -za, "input2_offset": -zb, "left_shift": LEFT_SHIFT,
            "input1_multiplier": int(m1), "input1_shift": int(s1),
            "input2_multiplier": int(m2), "input2_shift": int(s2),
            "output_multiplier": int(mo), "output_shift": int(so), "output_offset": zy}


@lowering("MAXIMUM", "MINIMUM")
def minimum_maximum(ctx: OpContext) -> Lowering:
    a, b, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    kind = ctx.kind(a, b, y)
    name = ctx.op.opcode.lower()
    return Lowering([Call(f"aot_{name}_{kind}", "aot_minmax_params",
                          {"s": broadcast_shape(a, b, y)}, (a.index, b.index, y.index))])


@lowering("SQUARE", types=("float32",))
def square(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if ctx.kind(x, y) != "f32":
        raise Unsupported("SQUARE on int8 tensors (TFLM has float32 only)")
    return Lowering([Call("aot_square_f32", "aot_unary_f32_params", {"size": y.size},
                          (x.index, y.index))])
