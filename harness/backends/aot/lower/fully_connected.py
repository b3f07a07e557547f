"""FULLY_CONNECTED, int8 and int16x8 (per-channel or per-tensor weights) and float32."""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call, Lowering, Unsupported
from harness.backends.aot.lower.common import (
    float_bias,
    float_weights,
    folded_bias,
    requant,
    symmetric_weights,
)
from harness.backends.aot.lower.int16 import INT16_TYPES, bias64, requant16, symmetric
from harness.backends.aot.lower.registry import lower_fast, lowering
from harness.backends.aot.quant import (
    activation_range_f32,
    conv_multipliers,
    f32,
    quantize_multipliers,
)


@lowering("FULLY_CONNECTED", types=INT16_TYPES)
def fully_connected(ctx: OpContext) -> Lowering:
    x, w, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    if ctx.option("weights_format", 0) != 0:
        raise Unsupported("shuffled weights format")
    if len(w.shape) != 2:
        raise Unsupported(f"weights of shape {w.shape} (expected [outputs, inputs])")
    out_features, in_features = w.shape
    if x.size % in_features or y.size != x.size // in_features * out_features:
        raise Unsupported(f"input {x.shape} and output {y.shape} do not fit weights {w.shape}")
    shape = {"batches": x.size // in_features, "in_features": in_features,
             "out_features": out_features}
    kind = ctx.kind(x, y, int16=True)
    if kind == "f32":
        return _float(ctx, shape)
    weights = symmetric_weights(ctx, w, 0, out_features)
    if kind == "s16":
        return _int16(ctx, shape, weights)
    input_scale, input_zp = scale_zero_point(x)
    multipliers, shifts = _multipliers(input_scale, w, scale_zero_point(y)[0], out_features)
    bias = folded_bias(ctx, ctx.input(2), weights.astype(np.int64).sum(axis=1), -input_zp)
    macs = x.size * out_features

    def portable() -> Call:
        params = {**shape, "weights": Array(weights, "weights"), "bias": Array(bias, "bias"),
                  "q": requant(ctx, y, multipliers, shifts)}
        return Call("aot_fc_s8", "aot_fc_s8_params", params, (x.index, y.index), macs)

    return lower_fast(ctx, "FULLY_CONNECTED", portable, shape, weights, bias, multipliers,
                      shifts, macs)


def _multipliers(input_scale: float, w, output_scale: float, channels: int):
    if w.quantization.per_channel:
        return conv_multipliers(input_scale, w.quantization.scales, output_scale, channels)
    # Per-tensor: TFLM multiplies the two scales in float32 before going to double.
    product = float(f32(input_scale) * f32(w.quantization.scale))
    multipliers, shifts = quantize_multipliers([product / output_scale])
    return np.repeat(multipliers, channels), np.repeat(shifts, channels)


def _int16(ctx: OpContext, shape: dict, weights: np.ndarray) -> Lowering:
    x, w, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    symmetric(x, y)
    multipliers, shifts = _multipliers(scale_zero_point(x)[0], w, scale_zero_point(y)[0],
                                       shape["out_features"])
    params = {**shape, "weights": Array(weights, "weights"),
              "bias": bias64(ctx, ctx.input(2), shape["out_features"]),
              "q": requant16(ctx, y, multipliers, shifts)}
    return Lowering([Call("aot_fc_s16", "aot_fc_s16_params", params, (x.index, y.index),
                          macs=x.size * shape["out_features"])])


def _float(ctx: OpContext, shape: dict) -> Lowering:
    x, w, y = ctx.required_input(0), ctx.required_input(1), ctx.output()
    act_min, act_max = activation_range_f32(ctx.activation())
    params = {**shape, "weights": Array(float_weights(ctx, w), "weights"),
              "bias": float_bias(ctx, ctx.input(2)), "act_min": act_min, "act_max": act_max}
    return Lowering([Call("aot_fc_f32", "aot_fc_f32_params", params, (x.index, y.index),
                          macs=x.size * shape["out_features"])])
