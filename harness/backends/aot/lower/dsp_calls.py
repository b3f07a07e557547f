"""Calls of the DSP-extension kernels for CONV_2D, DEPTHWISE_CONV_2D and FULLY_CONNECTED.

Each function returns None when the layer does not suit its kernel (the lowering then emits
the portable kernel): grouped convolution, a depth multiplier other than 1, or a
requantization the fast output stage cannot reproduce exactly (see `dsp.channel_records`).
"""

from __future__ import annotations

import numpy as np

from harness.backends.aot import fixedpoint as fp
from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call
from harness.backends.aot.lower import dsp
from harness.backends.aot.lower.common import folded_bias
from harness.backends.aot.quant import INT8_MAX, INT8_MIN
from harness.model.tflite import Tensor

BYTES = np.arange(INT8_MIN, INT8_MAX + 1, dtype=np.int64)


def _bias(ctx: OpContext) -> np.ndarray | None:
    bias = ctx.input(2)
    return None if bias is None else ctx.constant(bias).astype(np.int64).reshape(-1)


def _records(ctx: OpContext, taps: np.ndarray, stored_bias: np.ndarray, multipliers,
             shifts) -> np.ndarray | None:
    """Channel records of a layer whose channel c accumulates over the row taps[c]."""
    input_zp = scale_zero_point(ctx.required_input(0))[1]
    bound = dsp.accumulator_bound(taps, _bias(ctx), input_zp)
    return dsp.channel_records(stored_bias, bound, multipliers, shifts,
                               scale_zero_point(ctx.output())[1])


def _activation(ctx: OpContext) -> dict:
    return dsp.activation(ctx.activation(), *scale_zero_point(ctx.output()))


def conv(ctx: OpContext, g: dict, groups: int, weights: np.ndarray, multipliers, shifts,
         macs: int) -> Call | None:
    if groups != 1:
        return None
    input_zp = scale_zero_point(ctx.required_input(0))[1]
    taps = weights.reshape(g["out_c"], -1)
    layout, row_chunks, window_chunks = dsp.conv_weights(weights)
    chunks = window_chunks or g["k_h"] * row_chunks
    # Doubling the columns costs 2 instructions per chunk and pixel, saves 1 per output.
    doubled = 2 * chunks < g["out_c"]
    bias = folded_bias(ctx, ctx.input(2), taps.astype(np.int64).sum(axis=1), -input_zp)
    records = _records(ctx, taps, bias.astype(np.int64) * (2 if doubled else 1), multipliers,
                       shifts)
    if records is None:
        return None
    params = {"g": g, "row_chunks": row_chunks, "window_chunks": window_chunks,
              "input_zero_point": input_zp, "doubled": int(doubled), "act": _activation(ctx),
              "weights": Array(layout, "weights"), "channels": Array(records, "channels")}
    return Call("aot_conv_s8_dsp", "aot_conv_s8_dsp_params", params,
                (ctx.required_input(0).index, ctx.output().index), macs,
                scratch=32 * chunks + 4 * max(row_chunks, window_chunks) + 4)


def depthwise(ctx: OpContext, g: dict, multiplier: int, weights: np.ndarray, multipliers,
              shifts, macs: int) -> Call | None:
    if multiplier != 1:
        return None
    input_zp = scale_zero_point(ctx.required_input(0))[1]
    taps = weights.reshape(-1, g["out_c"]).T
    bias = _bias(ctx)
    doubled = 2 * (np.zeros(g["out_c"], np.int64) if bias is None else bias)
    records = _records(ctx, taps, doubled, multipliers, shifts)
    if records is None:
        return None
    operands = (ctx.required_input(0).index, ctx.output().index)
    if _planar(g):
        plane_words = (g["out_w"] + g["out_w"] % 2 + 2) // 2
        params = {"g": g, "input_offset": -input_zp, "plane_words": plane_words,
                  "act": _activation(ctx), "weights": Array(dsp.planar_weights(weights),
                                                            "weights"),
                  "channels": Array(records, "channels")}
        return Call("aot_dwconv3x3_s8_dsp", "aot_dwconv3x3_s8_dsp_params", params, operands,
                    macs, scratch=4 * plane_words * (g["out_h"] + 2))
    params = {"g": g, "offset_word": dsp.halves(-input_zp), "act": _activation(ctx),
              "weights": Array(dsp.depthwise_weights(weights), "weights"),
              "channels": Array(dsp.lane_groups(records), "channels")}
    return Call("aot_dwconv_s8_dsp", "aot_dwconv_s8_dsp_params", params, operands, macs)


def _planar(g: dict) -> bool:
    """aot_dwconv3x3_s8_dsp's case: 3x3, stride 1, no dilation, and outputs at least 4 wide
    (below that, filling its per-channel plane costs more than it saves; measured on qemu-m4:
    0.53x the instructions of aot_dwconv_s8_dsp at 48x48, 0.83x at 6x6 and 5x25, 1.2x at 3x3)."""
    return ((g["k_h"], g["k_w"], g["stride_h"], g["stride_w"], g["dilation_h"],
             g["dilation_w"]) == (3, 3, 1, 1, 1, 1) and g["out_w"] >= 4)


def fully_connected(ctx: OpContext, shape: dict, weights: np.ndarray, bias: np.ndarray,
                    multipliers, shifts, macs: int) -> Call | None:
    records = _records(ctx, weights, bias, multipliers, shifts)
    if records is None:
        return None
    layout, chunks = dsp.fc_weights(weights)
    params = {**shape, "chunks": chunks, "act": _activation(ctx),
              "weights": Array(layout, "weights"), "channels": Array(records, "channels")}
    return Call("aot_fc_s8_dsp", "aot_fc_s8_dsp_params", params,
                (ctx.required_input(0).index, ctx.output().index), macs, scratch=8 * chunks)


def add(ctx: OpContext, a: Tensor, b: Tensor, y: Tensor, arithmetic: dict) -> Call | None:
    """ADD without broadcasting; `arithmetic` is the portable kernel's parameter set."""
    if not tuple(a.shape) == tuple(b.shape) == tuple(y.shape):
        return None
    tables = [2 * _rescaled(arithmetic, n) for n in (1, 2)]
    bound = np.array([sum(int(np.abs(t).max()) for t in tables) // 2])
    records = dsp.channel_records(np.zeros(1, np.int64), bound,
                                  np.array([arithmetic["output_multiplier"]]),
                                  np.array([arithmetic["output_shift"]]),
                                  arithmetic["output_offset"])
    if records is None:
        return None
    _, multiplier, shift, offset = (int(v) for v in records[0])
    params = {"size": y.size, "table1": Array(tables[0].astype(np.int32), "table1"),
              "table2": Array(tables[1].astype(np.int32), "table2"), "multiplier": multiplier,
              "shift": shift, "offset": offset, "act": _activation(ctx)}
    return Call("aot_add_s8_dsp", "aot_add_s8_dsp_params", params, (a.index, b.index, y.index))


def _rescaled(arithmetic: dict, n: int) -> np.ndarray:
    """TFLM's scaled_input<n>_val for every int8 input value."""
    shifted = fp.wrap32((BYTES + arithmetic[f"input{n}_offset"]) << arithmetic["left_shift"])
    scaled = fp.srdhm(shifted, arithmetic[f"input{n}_multiplier"])
    return fp.rdbpot(scaled, -arithmetic[f"input{n}_shift"])
