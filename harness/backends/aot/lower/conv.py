"""CONV_2D and DEPTHWISE_CONV_2D, int8 and int16x8 (per-channel or per-tensor weights) and
float32."""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call, Lowering, Unsupported
from harness.backends.aot.lower.common import (
    float_bias,
    float_weights,
    folded_bias,
    geometry,
    requant,
    symmetric_weights,
)
from harness.backends.aot.lower.int16 import INT16_TYPES, bias64, requant16, symmetric
from harness.backends.aot.lower.registry import lower_fast, lowering
from harness.backends.aot.quant import activation_range_f32, conv_multipliers


def _dilation(ctx: OpContext) -> tuple[int, int]:
    return ctx.option("dilation_h_factor", 1), ctx.option("dilation_w_factor", 1)


@lowering("CONV_2D", types=INT16_TYPES)
def conv_2d(ctx: OpContext) -> Lowering:
    x, w, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    if len(w.shape) != 4:
        raise Unsupported(f"weights of shape {w.shape} (expected OHWI)")
    g = geometry(ctx, x, y, (w.shape[1], w.shape[2]), _dilation(ctx))
    if w.shape[0] != g["out_c"] or g["in_c"] % w.shape[3] or g["out_c"] % (g["in_c"] // w.shape[3]):
        raise Unsupported(f"weights {w.shape} do not fit input {x.shape} and output {y.shape}")
    groups = g["in_c"] // w.shape[3]
    macs = y.size * w.shape[1] * w.shape[2] * w.shape[3]
    operands = (x.index, y.index)
    kind = ctx.kind(x, y, int16=True)
    if kind == "f32":
        params = {"g": g, "groups": groups, **_float_params(ctx, w)}
        return Lowering([Call("aot_conv_f32", "aot_conv_f32_params", params, operands, macs)])
    weights = symmetric_weights(ctx, w, 0, g["out_c"])
    if kind == "s16":
        params = {"g": g, "groups": groups, **_int16_params(ctx, weights, g["out_c"])}
        return Lowering([Call("aot_conv_s16", "aot_conv_s16_params", params, operands, macs)])

    def portable() -> Call:
        sums = weights.reshape(g["out_c"], -1).astype(np.int64).sum(axis=1)
        params = {"g": g, "groups": groups, **_int8_params(ctx, weights, sums, g["out_c"])}
        return Call("aot_conv_s8", "aot_conv_s8_params", params, operands, macs)

    return lower_fast(ctx, "CONV_2D", portable, g, groups, weights,
                      *_multipliers(ctx, g["out_c"]), macs)


@lowering("DEPTHWISE_CONV_2D", types=INT16_TYPES)
def depthwise_conv_2d(ctx: OpContext) -> Lowering:
    x, w, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    if len(w.shape) != 4 or w.shape[0] != 1:
        raise Unsupported(f"weights of shape {w.shape} (expected [1, H, W, C])")
    g = geometry(ctx, x, y, (w.shape[1], w.shape[2]), _dilation(ctx))
    multiplier = g["out_c"] // g["in_c"]
    if w.shape[3] != g["out_c"] or g["out_c"] != g["in_c"] * multiplier:
        raise Unsupported(f"weights {w.shape} do not fit input {x.shape} and output {y.shape}")
    if ctx.option("depth_multiplier", multiplier) not in (multiplier, 0):
        raise Unsupported(f"depth_multiplier {ctx.option('depth_multiplier')} does not match "
                          f"the shapes ({multiplier})")
    macs = y.size * w.shape[1] * w.shape[2]
    operands = (x.index, y.index)
    kind = ctx.kind(x, y, int16=True)
    if kind == "f32":
        params = {"g": g, "depth_multiplier": multiplier, **_float_params(ctx, w)}
        return Lowering([Call("aot_dwconv_f32", "aot_dwconv_f32_params", params, operands,
                              macs)])
    weights = symmetric_weights(ctx, w, 3, g["out_c"])
    if kind == "s16":
        params = {"g": g, "depth_multiplier": multiplier,
                  **_int16_params(ctx, weights, g["out_c"])}
        return Lowering([Call("aot_dwconv_s16", "aot_dwconv_s16_params", params, operands,
                              macs)])

    def portable() -> Call:
        sums = weights.reshape(-1, g["out_c"]).astype(np.int64).sum(axis=0)
        params = {"g": g, "depth_multiplier": multiplier,
                  **_int8_params(ctx, weights, sums, g["out_c"])}
        return Call("aot_dwconv_s8", "aot_dwconv_s8_params", params, operands, macs)

    return lower_fast(ctx, "DEPTHWISE_CONV_2D", portable, g, multiplier, weights,
                      *_multipliers(ctx, g["out_c"]), macs)


def _multipliers(ctx: OpContext, channels: int) -> tuple[np.ndarray, np.ndarray]:
    x, w, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    return conv_multipliers(scale_zero_point(x)[0], w.quantization.scales,
                            scale_zero_point(y)[0], channels)


def _int8_params(ctx: OpContext, weights: np.ndarray, sums: np.ndarray, channels: int) -> dict:
    x, y = ctx.required_input(0), ctx.output()
    input_zp = scale_zero_point(x)[1]
    multipliers, shifts = _multipliers(ctx, channels)
    return {"input_zero_point": input_zp, "weights": Array(weights, "weights"),
            "bias": Array(folded_bias(ctx, ctx.input(2), sums, -input_zp), "bias"),
            "q": requant(ctx, y, multipliers, shifts)}


def _int16_params(ctx: OpContext, weights: np.ndarray, channels: int) -> dict:
    symmetric(ctx.required_input(0), ctx.output())
    return {"weights": Array(weights, "weights"), "bias": bias64(ctx, ctx.input(2), channels),
            "q": requant16(ctx, ctx.output(), *_multipliers(ctx, channels))}


def _float_params(ctx: OpContext, w) -> dict:
    act_min, act_max = activation_range_f32(ctx.activation())
    return {"weights": Array(float_weights(ctx, w), "weights"),
            "bias": float_bias(ctx, ctx.input(2)), "act_min": act_min, "act_max": act_max}
