"""Calls of the Helium (MVE) kernels for FULLY_CONNECTED, CONV_2D and DEPTHWISE_CONV_2D
(aot_mve.c).

Their output stage is TFLM's requantization itself, on four channels at once, so every
channel takes it (no fast or exact records as the DSP kernels need). CONV_2D declines
grouped convolutions, DEPTHWISE_CONV_2D depth multipliers other than 1 (the lowering then
tries the DSP kernel, then the portable one). 3x3 depthwise layers without dilation take
their own kernel: four output pixels of one channel per vector, one gather and one
multiply-accumulate by a scalar weight per tap; on cores with the DSP extension long thin
layers (one side below PLANAR_BELOW outputs, the other not) take the DSP planar kernel.
"""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.fixedpoint import wrap32
from harness.backends.aot.ir import Array, Call, Declined
from harness.backends.aot.lower import dsp_calls
from harness.backends.aot.lower.common import folded_bias
from harness.backends.aot.lower.registry import fast_kernel
from harness.backends.aot.quant import activation_range_s8

LANES = 16  # int8 lanes of a Helium vector
GROUP = 4  # int32 lanes: output channels per pass
PLANAR_BELOW = 12  # see long_and_thin


def _groups(count: int) -> int:
    return -(-count // GROUP)


def matrix_layout(rows: np.ndarray) -> np.ndarray:
    """[out, taps] weights as [ceil(out / 4)][ceil(taps / 16)][4 rows][16 bytes], zero-padded:
    the order aot_mve.c's matvec reads them in."""
    out, taps = rows.shape
    padded = np.zeros((_groups(out) * GROUP, -(-taps // LANES) * LANES), np.int8)
    padded[:out, :taps] = rows
    blocks = padded.reshape(-1, GROUP, padded.shape[1] // LANES, LANES)
    return blocks.transpose(0, 2, 1, 3).reshape(-1)


def depthwise_layout(weights: np.ndarray) -> np.ndarray:
    """[1, k_h, k_w, C] weights as [ceil(C / 4)][k_h * k_w][4], zero-padded."""
    _, k_h, k_w, channels = weights.shape
    padded = np.zeros((k_h * k_w, _groups(channels) * GROUP), np.int8)
    padded[:, :channels] = weights.reshape(k_h * k_w, channels)
    return padded.reshape(k_h * k_w, -1, GROUP).transpose(1, 0, 2).reshape(-1)


def records(folded: np.ndarray, multipliers: np.ndarray, shifts: np.ndarray, zero_point: int,
            bias: np.ndarray, slots: np.ndarray | None = None) -> np.ndarray:
    """Per group of four channels, seven int32 vectors: the bias with the input offset folded
    in, multiplier, left shift, right shift (<= 0, as VRSHL takes it), output offset, the
    bias alone, the output slot (channel n's own by default); zero beyond the channels."""
    slots = np.arange(len(folded)) if slots is None else slots
    fields = np.stack([folded, multipliers, np.maximum(shifts, 0), np.minimum(shifts, 0),
                       np.full(len(folded), zero_point), bias, slots]).astype(np.int64)
    padded = np.zeros((len(fields), _groups(len(folded)) * GROUP), np.int64)
    padded[:, : len(folded)] = fields
    return wrap32(padded.reshape(len(fields), -1, GROUP).transpose(1, 0, 2).reshape(-1)
                  ).astype(np.int32)


def _plain_bias(ctx: OpContext, count: int) -> np.ndarray:
    bias = ctx.input(2)
    return np.zeros(count, np.int64) if bias is None \
        else ctx.constant(bias).astype(np.int64).reshape(-1)


def _activation(ctx: OpContext) -> dict:
    scale, zero_point = scale_zero_point(ctx.output())
    act_min, act_max = activation_range_s8(ctx.activation(), scale, zero_point)
    return {"act_min": act_min, "act_max": act_max}


def _output_stage(ctx: OpContext, folded: np.ndarray, multipliers, shifts) -> dict:
    zero_point = scale_zero_point(ctx.output())[1]
    table = records(folded, multipliers, shifts, zero_point, _plain_bias(ctx, len(folded)))
    return {**_activation(ctx), "channels": Array(table, "channels")}


def _matrix(ctx: OpContext, taps: np.ndarray, folded: np.ndarray, multipliers, shifts
            ) -> tuple[dict, str]:
    """Weights, records and fill of a matrix kernel computing only the channels whose output
    can change (the others are copied from `fill` before each pixel), and the choice's note."""
    plan = dsp_calls.channel_plan(ctx, taps, folded, multipliers, shifts, doubled=False)
    live = ~plan.constant
    if not live.any():
        live[0] = True  # the kernels compute at least one channel
    zero_point = scale_zero_point(ctx.output())[1]
    table = records(folded[live], multipliers[live], shifts[live], zero_point,
                    _plain_bias(ctx, len(folded))[live], np.flatnonzero(live))
    skipped = int((~live).sum())
    params = {"live": int(live.sum()), **_activation(ctx),
              "weights": Array(matrix_layout(taps[live]), "weights"),
              "channels": Array(table, "channels"),
              "fill": Array(plan.values, "fill") if skipped else None}
    note = f"{skipped} of {len(live)} channels constant (not computed)" if skipped else ""
    return params, note


def _operands(ctx: OpContext) -> tuple[int, int]:
    return ctx.required_input(0).index, ctx.output().index


@fast_kernel("FULLY_CONNECTED", "mve")
def fully_connected(ctx: OpContext, shape: dict, weights: np.ndarray, bias: np.ndarray,
                    multipliers, shifts, macs: int) -> Call:
    matrix, note = _matrix(ctx, weights, bias, np.asarray(multipliers), np.asarray(shifts))
    return Call("aot_fc_s8_mve", "aot_fc_s8_mve_params", {**shape, **matrix}, _operands(ctx),
                macs, note=note)


@fast_kernel("CONV_2D", "mve")
def conv(ctx: OpContext, g: dict, groups: int, weights: np.ndarray, multipliers, shifts,
         macs: int) -> Call | Declined:
    if groups != 1:
        return Declined(f"grouped convolution ({groups} groups)")
    input_zp = scale_zero_point(ctx.required_input(0))[1]
    taps = weights.reshape(g["out_c"], -1)
    bias = folded_bias(ctx, ctx.input(2), taps.astype(np.int64).sum(axis=1), -input_zp)
    direct = (g["k_h"], g["k_w"], g["pad_top"], g["pad_left"]) == (1, 1, 0, 0)
    matrix, note = _matrix(ctx, taps, bias, np.asarray(multipliers), np.asarray(shifts))
    params = {"g": g, "input_zero_point": input_zp, "direct": int(direct), **matrix}
    # The kernel always takes a scratch argument; a direct layer leaves it unused.
    window = 4 if direct else -(-taps.shape[1] // 4) * 4
    return Call("aot_conv_s8_mve", "aot_conv_s8_mve_params", params, _operands(ctx), macs,
                scratch=window, note=note)


@fast_kernel("DEPTHWISE_CONV_2D", "mve")
def depthwise(ctx: OpContext, g: dict, multiplier: int, weights: np.ndarray, multipliers,
              shifts, macs: int) -> Call | Declined:
    if multiplier != 1:
        return Declined(f"depth multiplier {multiplier}")
    if ctx.dsp and dsp_calls.planar(g) and long_and_thin(g):
        # Measured on qemu-m55: kws's 25x5 outputs spend most windows at the edges, which this
        # kernel computes per pixel, the planar one along rows of 25 (1.81M instructions for
        # kws against 2.24M); on vww's square 6x6 and 3x3 layers this kernel still won.
        return Declined(f"3x3 with one side below {PLANAR_BELOW} outputs and the other not: "
                        "the DSP planar kernel takes fewer instructions")
    input_zp = scale_zero_point(ctx.required_input(0))[1]
    sums = weights.reshape(-1, g["out_c"]).astype(np.int64).sum(axis=0)
    bias = folded_bias(ctx, ctx.input(2), sums, -input_zp)
    params = {"g": g, "input_zero_point": input_zp,
              "weights": Array(depthwise_layout(weights), "weights"),
              **_output_stage(ctx, bias, multipliers, shifts)}
    kernel = "aot_dwconv3x3_s8_mve" if three_by_three(g) else "aot_dwconv_s8_mve"
    return Call(kernel, "aot_dwconv_s8_mve_params", params, _operands(ctx), macs)


def long_and_thin(g: dict) -> bool:
    return min(g["out_h"], g["out_w"]) < PLANAR_BELOW <= max(g["out_h"], g["out_w"])


def three_by_three(g: dict) -> bool:
    """aot_dwconv3x3_s8_mve's case: a 3x3 window without dilation, any stride and padding."""
    return (g["k_h"], g["k_w"], g["dilation_h"], g["dilation_w"]) == (3, 3, 1, 1)
