"""ADD and MUL with broadcasting, int8 (TFLM's rescaling arithmetic) and float32; ADD also
int16 (int16x8)."""

from __future__ import annotations

from harness.backends.aot.context import OpContext, row_major_strides, scale_zero_point, shape6
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.int16 import INT16_TYPES, symmetric
from harness.backends.aot.lower.registry import lower_fast, lowering
from harness.backends.aot.quant import (
    activation_range_f32,
    activation_range_s8,
    activation_range_s16,
    quantize_multiplier,
    quantize_multipliers,
)
from harness.model.tflite import Tensor


@lowering("ADD", types=INT16_TYPES)
@lowering("MUL")
def binary(ctx: OpContext) -> Lowering:
    a, b, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    op = ctx.op.opcode.lower()
    kind = ctx.kind(a, b, y, int16=op == "add")
    if kind == "f32":
        act_min, act_max = activation_range_f32(ctx.activation())
        params = {"s": broadcast_shape(a, b, y), "act_min": act_min, "act_max": act_max}
        params_type = "aot_binary_f32_params"
    elif kind == "s16":
        symmetric(a, b, y)
        act_min, act_max = activation_range_s16(ctx.activation(), scale_zero_point(y)[0])
        params = {"s": broadcast_shape(a, b, y), **_add_s8(a, b, y, left_shift=15),
                  "act_min": act_min, "act_max": act_max}
        params_type = "aot_add_s8_params"
    else:
        arithmetic = _add_s8(a, b, y) if op == "add" else _mul_s8(a, b, y)
        act_min, act_max = activation_range_s8(ctx.activation(), *scale_zero_point(y))
        params = {"s": broadcast_shape(a, b, y), **arithmetic, "act_min": act_min,
                  "act_max": act_max}
        params_type = f"aot_{op}_s8_params"

    def portable() -> Call:
        return Call(f"aot_{op}_{kind}", params_type, params, (a.index, b.index, y.index))

    if kind != "s8":
        return Lowering([portable()])
    return lower_fast(ctx, ctx.op.opcode, portable, a, b, y, arithmetic)


def broadcast_shape(a: Tensor, b: Tensor, y: Tensor) -> dict:
    """The aot_binary_shape struct: same shapes, or numpy-style broadcasting over 6 dims."""
    dims, da, db = shape6(y.shape), shape6(a.shape), shape6(b.shape)
    for dim_a, dim_b, dim in zip(da, db, dims, strict=True):
        if dim != max(dim_a, dim_b) or {dim_a, dim_b} - {1, dim}:
            raise Unsupported(f"shapes {a.shape} and {b.shape} do not broadcast to {y.shape}")
    same = tuple(a.shape) == tuple(b.shape) == tuple(y.shape)
    return {"size": y.size, "broadcast": int(not same), "dims": dims,
            "strides1": _broadcast_strides(da), "strides2": _broadcast_strides(db)}


def _broadcast_strides(dims: list[int]) -> list[int]:
    return [0 if d == 1 else s for d, s in zip(dims, row_major_strides(dims), strict=True)]


def _add_s8(a: Tensor, b: Tensor, y: Tensor, left_shift: int = 20) -> dict:
    """CalculateOpDataAdd: both inputs to twice the larger scale, 20 bits of headroom (15 for
    int16 inputs)."""
    (sa, za), (sb, zb), (sy, zy) = scale_zero_point(a), scale_zero_point(b), scale_zero_point(y)
    twice_max = 2 * max(sa, sb)
    (m1, m2, mo), (s1, s2, so) = quantize_multipliers(
        [sa / twice_max, sb / twice_max, twice_max / ((1 << left_shift) * sy)])
    if so > 0:
        raise Unsupported(f"an ADD output scale of {sy:g} against input scales {sa:g}, {sb:g}")
    return {"input1_offset": -za, "input2_offset": -zb, "left_shift": left_shift,
            "input1_multiplier": int(m1), "input1_shift": int(s1),
            "input2_multiplier": int(m2), "input2_shift": int(s2),
            "output_multiplier": int(mo), "output_shift": int(so), "output_offset": zy}


def _mul_s8(a: Tensor, b: Tensor, y: Tensor) -> dict:
    (sa, za), (sb, zb), (sy, zy) = scale_zero_point(a), scale_zero_point(b), scale_zero_point(y)
    multiplier, shift = quantize_multiplier(sa * sb / sy)
    return {"input1_offset": -za, "input2_offset": -zb, "output_multiplier": multiplier,
            "output_shift": shift, "output_offset": zy}
