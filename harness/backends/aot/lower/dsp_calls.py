"""Calls of the DSP-extension kernels for CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED, ADD,
AVERAGE_POOL_2D and TRANSPOSE_CONV (its phases as convolutions).

They take every requantization TFLM produces (see `dsp.channels`); each returns Declined for a
layer whose shape its kernel does not cover (grouped convolution, a depth multiplier other
than 1, broadcasting ADD), and the lowering then emits the portable kernel.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from harness.backends.aot import fixedpoint as fp
from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call, Declined, Function
from harness.backends.aot.lower import dsp
from harness.backends.aot.lower.common import folded_bias
from harness.backends.aot.lower.pooling import LANE_SUM_TAPS
from harness.backends.aot.lower.registry import fast_kernel
from harness.backends.aot.lower.transpose_conv import Phase, phases
from harness.backends.aot.quant import INT8_MAX, INT8_MIN, activation_range_s8
from harness.model.tflite import Tensor

BYTES = np.arange(INT8_MIN, INT8_MAX + 1, dtype=np.int64)


def _bias(ctx: OpContext) -> np.ndarray | None:
    bias = ctx.input(2)
    return None if bias is None else ctx.constant(bias).astype(np.int64).reshape(-1)


def channel_plan(ctx: OpContext, taps: np.ndarray, start: np.ndarray, multipliers, shifts,
              doubled: bool) -> dsp.Channels:
    """Channel records of a layer whose channel c accumulates over the row taps[c], from
    `start` (its bias as the kernel holds it)."""
    input_zp = scale_zero_point(ctx.required_input(0))[1]
    scale, zero_point = scale_zero_point(ctx.output())
    low, high = dsp.accumulator_range(taps, _bias(ctx), input_zp)
    act = activation_range_s8(ctx.activation(), scale, zero_point)
    return dsp.channels(start, low, high, multipliers, shifts, zero_point, act, doubled)


def _activation(ctx: OpContext) -> dict:
    return dsp.activation(ctx.activation(), *scale_zero_point(ctx.output()))


def _skips_constants(plan: dsp.Channels, chunks: int) -> bool:
    """Skipping constant channels costs a copy of the constants per pixel (about half an
    instruction per channel) and an index per computed channel; each skipped channel saves
    its dot product (about 8 instructions per chunk) and its output stage."""
    return plan.constant.any() and 8 * plan.constant.sum() * (chunks + 1) > len(plan.records)


@fast_kernel("CONV_2D", "dsp")
def conv(ctx: OpContext, g: dict, groups: int, weights: np.ndarray, multipliers, shifts,
         macs: int, gemm_only: bool = False) -> Call | Declined:
    """aot_conv_s8_dsp (or its tail mode), or for a narrow pointwise layer
    aot_pointwise_s8_dsp unless `gemm_only` (a caller embedding the GEMM's parameters)."""
    if groups != 1:
        return Declined(f"grouped convolution ({groups} groups)")
    input_zp = scale_zero_point(ctx.required_input(0))[1]
    taps = weights.reshape(g["out_c"], -1)
    bias = folded_bias(ctx, ctx.input(2), taps.astype(np.int64).sum(axis=1), -input_zp)
    plan = channel_plan(ctx, taps, bias, multipliers, shifts, doubled=False)
    row_chunks, window_chunks = dsp.conv_chunks(weights.shape)
    tails = dsp.tail_chunks(weights.shape) if g["dilation_h"] == g["dilation_w"] == 1 else 0
    window_chunks = tails or window_chunks
    chunks = window_chunks or g["k_h"] * row_chunks
    skip = not tails and _skips_constants(plan, chunks)  # the tail kernel has no skipping
    live = ~plan.constant if skip else np.ones(len(taps), bool)
    general = skip or plan.exact.any()
    if not general and not gemm_only and narrow_pointwise(g):
        return _pointwise(ctx, g, weights, taps, bias, multipliers, shifts, macs)
    # Doubling the columns costs 2 instructions per chunk and pixel, saves 1 per output.
    doubled = not general and 2 * chunks < g["out_c"]
    if doubled:
        plan = channel_plan(ctx, taps, bias, multipliers, shifts, doubled=True)
    layout = dsp.tail_weights(weights[live]) if tails else dsp.conv_weights(weights[live])[0]
    stage = g["k_h"] * row_chunks if tails else max(row_chunks, window_chunks)
    params = {"g": g, "row_chunks": row_chunks, "window_chunks": window_chunks,
              "tails": int(tails > 0), "input_zero_point": input_zp, "doubled": int(doubled),
              "live": int(live.sum()), "act": _activation(ctx),
              "weights": Array(layout, "weights"),
              "channels": Array(plan.records[live], "channels"),
              "slots": Array(np.flatnonzero(live).astype(np.uint16), "slots") if general
              else None,
              "fill": Array(plan.values, "fill") if skip else None}
    note = plan.summary() + (" (not computed)" if skip else "")
    return Call("aot_conv_tails_s8_dsp" if tails else "aot_conv_s8_dsp", "aot_conv_s8_dsp_params",
                params,
                (ctx.required_input(0).index, ctx.output().index), macs,
                scratch=32 * chunks + 4 * stage + 4, note=note,
                overlaps=((0, dsp.conv_overlap(g, fills=skip)),))


def narrow_pointwise(g: dict) -> bool:
    """aot_pointwise_s8_dsp's case: a 1x1 kernel (never padded) over 4 or 8 channels."""
    return (g["k_h"], g["k_w"]) == (1, 1) and g["in_c"] in (4, 8)


def _pointwise(ctx: OpContext, g: dict, weights: np.ndarray, taps: np.ndarray,
               bias: np.ndarray, multipliers, shifts, macs: int) -> Call:
    plan = channel_plan(ctx, taps, bias, multipliers, shifts, doubled=True)
    params = {"g": g, "act": _activation(ctx),
              "stream": Array(dsp.pointwise_stream(weights, plan.records), "stream")}
    return Call("aot_pointwise_s8_dsp", "aot_pointwise_s8_dsp_params", params,
                (ctx.required_input(0).index, ctx.output().index), macs, note=plan.summary(),
                overlaps=((0, dsp.conv_overlap(g, fills=False, block=1)),))


@fast_kernel("TRANSPOSE_CONV", "dsp")
def transpose_conv(ctx: OpContext, g: dict, weights: np.ndarray, multipliers, shifts,
                   macs: int) -> list[Call] | Declined:
    """One aot_tconv_s8_dsp call per phase with output pixels: the phase as a stride-1
    convolution (the CONV_2D kernel's call, made from a view of the op with CONV_2D's inputs:
    input, weights, bias)."""
    reached = [phase for phase in phases(g) if all(_phase_pixels(g, phase))]
    if any(not phase.rows or not phase.cols for phase in reached):
        return Declined("kernel smaller than the stride (output pixels no tap reaches)")
    inputs = ctx.op.inputs
    view = dataclasses.replace(ctx, op=dataclasses.replace(
        ctx.op, inputs=(inputs[2], inputs[1], inputs[3] if len(inputs) > 3 else -1)))
    calls = [_tconv_phase(view, g, phase, weights, multipliers, shifts) for phase in reached]
    # The choice's reason: the phases, then what their convolutions note (once each).
    notes = dict.fromkeys(call.note for call in calls if call.note)
    for call in calls:
        call.note = ""
    calls[0].macs = macs
    calls[0].note = "; ".join([f"{len(calls)} phase(s) as stride-1 convolutions", *notes])
    return calls


def _phase_pixels(g: dict, phase: Phase) -> tuple[int, int]:
    """How many output rows and columns the phase has."""
    return (len(range(_first_output(phase.phase_y, g["pad_top"], g["stride_h"]), g["out_h"],
                      g["stride_h"])),
            len(range(_first_output(phase.phase_x, g["pad_left"], g["stride_w"]), g["out_w"],
                      g["stride_w"])))


def _first_output(phase: int, pad: int, stride: int) -> int:
    """The first output coordinate of a phase: the least y >= 0 with (y + pad) % stride ==
    phase."""
    return (phase - pad) % stride


def _tconv_phase(view: OpContext, g: dict, phase: Phase, weights: np.ndarray, multipliers,
                 shifts) -> Call:
    """The phase's aot_tconv_s8_dsp call. Its output pixel i along an axis is output
    coordinate first + i * stride, whose window of input pixels ends at
    (first + pad) // stride + i: a stride-1 convolution padded by taps - 1 - that end."""
    rows, cols = _phase_pixels(g, phase)
    first_y = _first_output(phase.phase_y, g["pad_top"], g["stride_h"])
    first_x = _first_output(phase.phase_x, g["pad_left"], g["stride_w"])
    taps_h, taps_w = len(phase.rows), len(phase.cols)
    conv_g = {**g, "batches": 1, "out_h": rows, "out_w": cols, "k_h": taps_h, "k_w": taps_w,
              "stride_h": 1, "stride_w": 1, "dilation_h": 1, "dilation_w": 1,
              "pad_top": taps_h - 1 - (first_y + g["pad_top"]) // g["stride_h"],
              "pad_left": taps_w - 1 - (first_x + g["pad_left"]) // g["stride_w"]}
    call = conv(view, conv_g, 1, phase.window(weights), multipliers, shifts, 0, gemm_only=True)
    in_place = g["stride_h"] == g["stride_w"] == 1
    params = {"conv": call.params, "batches": g["batches"], "out_h": g["out_h"],
              "out_w": g["out_w"], "first_y": first_y, "first_x": first_x,
              "stride_h": g["stride_h"], "stride_w": g["stride_w"],
              "conv_words": call.scratch // 4}
    phase_bytes = 0 if in_place else -(-rows * cols * g["out_c"] // 4) * 4
    return Call("aot_tconv_s8_dsp", "aot_tconv_s8_dsp_params", params, call.operands,
                scratch=call.scratch + phase_bytes, note=call.note)


@fast_kernel("DEPTHWISE_CONV_2D", "dsp")
def depthwise(ctx: OpContext, g: dict, multiplier: int, weights: np.ndarray, multipliers,
              shifts, macs: int) -> Call | Declined:
    if multiplier != 1:
        return Declined(f"depth multiplier {multiplier}")
    input_zp = scale_zero_point(ctx.required_input(0))[1]
    taps = weights.reshape(-1, g["out_c"]).T
    bias = _bias(ctx)
    plan = channel_plan(ctx, taps, np.zeros(g["out_c"], np.int64) if bias is None else bias,
                     multipliers, shifts, doubled=True)
    factors = np.where(plan.exact, 1, 2)  # fast channels accumulate twice the sum
    operands = (ctx.required_input(0).index, ctx.output().index)
    common = {"g": g, "exact": int(plan.exact.any()), "act": _activation(ctx)}
    if planar(g):
        # Plane rows along the longer output side: fewer rows, less work per output.
        transposed = g["out_h"] > g["out_w"]
        rows, cols = ("w", "h") if transposed else ("h", "w")
        pad = {"h": g["pad_top"], "w": g["pad_left"]}
        stride, pairs = g["stride_w"], (g["out_" + cols] + 1) // 2
        # The planes hold the padded input and every word the last output pair reads.
        plane_words = max(stride * pairs + 1, -(-(pad[cols] + g["in_" + cols]) // 2))
        plane_rows = max((g["out_" + rows] - 1) * stride + 3, pad[rows] + g["in_" + rows])
        kernel = weights.transpose(0, 2, 1, 3) if transposed else weights
        rows_per_pass = sum_rows(g["out_" + rows], g["out_" + cols], transposed)
        params = {**common, "input_offset": -input_zp, "plane_words": plane_words,
                  "plane_rows": plane_rows, "transposed": int(transposed),
                  "sum_rows": rows_per_pass,
                  "weights": Array(dsp.planar_weights(kernel, factors, stride), "weights"),
                  "channels": Array(plan.records, "channels"),
                  **planar_passes(g, transposed, common["act"]["clamp"])}
        kernel = "aot_dwconv3x3_rows_s8_dsp" if rows_per_pass > 1 else "aot_dwconv3x3_s8_dsp"
        return Call(kernel, "aot_dwconv3x3_s8_dsp_params", params, operands,
                    macs, scratch=8 * plane_words * plane_rows + 8 * pairs * rows_per_pass,
                    note=plan.summary())
    params = {**common, "offset_word": dsp.halves(-input_zp),
              "weights": Array(dsp.depthwise_weights(weights, factors), "weights"),
              "channels": Array(dsp.lane_groups(plan.records), "channels")}
    return Call("aot_dwconv_s8_dsp", "aot_dwconv_s8_dsp_params", params, operands, macs,
                note=plan.summary())


# Bytes of accumulators aot_dwconv3x3_rows_s8_dsp may hold to requantize several output rows per
# pass: each pass costs about 35 instructions of setup, which weighs on short rows (vww01's
# 12x12 depthwise layer: 0.321 -> 0.354 MACs per instruction).
SUM_BYTES = 1024


def sum_rows(out_rows: int, out_cols: int, transposed: bool) -> int:
    """Output rows per requantization pass of the planar kernel: several (its copy
    aot_dwconv3x3_rows_s8_dsp) only when its rows have an even length and follow each other
    in the output (not transposed), so that their outputs are one evenly spaced run."""
    if transposed or out_cols % 2:
        return 1
    return max(1, min(out_rows, SUM_BYTES // (4 * out_cols)))


# Channel counts with copies of the planar kernel's passes made for them (the step between a
# channel's pixels, or outputs, a constant): aot_dwconv3x3_fill_c<N>, aot_dwconv3x3_outputs_c<N>.
FILL_COPIES = (8, 16, 32, 64)
OUTPUT_COPIES = (8, 16, 32, 64, 128)


def planar_passes(g: dict, transposed: bool, clamp: int) -> dict:
    """The copies of the planar kernel's fill and output passes for the layer: made for its
    steps (input pixels and outputs along a plane row, in bytes) where one is, else any."""
    pixel_step = g["in_c"] * (g["in_w"] if transposed else 1)
    output_step = g["out_c"] * (g["out_w"] if transposed else 1)
    fill = f"c{pixel_step}" if pixel_step in FILL_COPIES else "any"
    outputs = "clamped" if clamp else (f"c{output_step}" if output_step in OUTPUT_COPIES
                                       else "any")
    return {"fill": Function(f"aot_dwconv3x3_fill_{fill}"),
            "outputs": Function(f"aot_dwconv3x3_outputs_{outputs}")}


def planar(g: dict) -> bool:
    """aot_dwconv3x3_s8_dsp's case: 3x3, stride 1 or 2 both ways, no dilation, and outputs at
    least 4 along a side (below that, filling its per-channel planes costs more than they
    save)."""
    return ((g["k_h"], g["k_w"], g["dilation_h"], g["dilation_w"]) == (3, 3, 1, 1)
            and g["stride_h"] == g["stride_w"] in (1, 2) and max(g["out_h"], g["out_w"]) >= 4)


@fast_kernel("FULLY_CONNECTED", "dsp")
def fully_connected(ctx: OpContext, shape: dict, weights: np.ndarray, bias: np.ndarray,
                    multipliers, shifts, macs: int) -> Call | Declined:
    plan = channel_plan(ctx, weights, bias, multipliers, shifts, doubled=False)
    layout, chunks = dsp.fc_weights(weights)
    params = {**shape, "chunks": chunks, "exact": int(plan.exact.any()),
              "act": _activation(ctx), "weights": Array(layout, "weights"),
              "channels": Array(dsp.fc_starts(plan.records), "channels")}
    return Call("aot_fc_s8_dsp", "aot_fc_s8_dsp_params", params,
                (ctx.required_input(0).index, ctx.output().index), macs, scratch=8 * chunks,
                note=plan.summary())


@fast_kernel("ADD", "dsp")
def add(ctx: OpContext, a: Tensor, b: Tensor, y: Tensor, arithmetic: dict) -> Call | Declined:
    """ADD without broadcasting; `arithmetic` is the portable kernel's parameter set."""
    if not tuple(a.shape) == tuple(b.shape) == tuple(y.shape):
        return Declined("broadcasting")
    tables = [2 * rescaled(arithmetic, n) for n in (1, 2)]
    bound = np.array([sum(int(np.abs(t).max()) for t in tables) // 2])
    records = dsp.channel_records(np.zeros(1, np.int64), bound,
                                  np.array([arithmetic["output_multiplier"]]),
                                  np.array([arithmetic["output_shift"]]),
                                  arithmetic["output_offset"])
    if records is None:
        return Declined("output rescaling beyond the fast output stage")
    _, multiplier, shift, offset = (int(v) for v in records[0])
    params = {"size": y.size, "table1": Array(tables[0].astype(np.int32), "table1"),
              "table2": Array(tables[1].astype(np.int32), "table2"), "multiplier": multiplier,
              "shift": shift, "offset": offset, "act": _activation(ctx)}
    # Element by element: the output may take either input's place.
    return Call("aot_add_s8_dsp", "aot_add_s8_dsp_params", params, (a.index, b.index, y.index),
                overlaps=((0, 0), (1, 0)))


@fast_kernel("AVERAGE_POOL_2D", "dsp")
def average_pool(ctx: OpContext, params: dict, taps: int, portable: Call) -> Call | Declined:
    """The portable kernel's parameters; windows summed in 16-bit lanes."""
    if taps > LANE_SUM_TAPS:
        return Declined(f"{taps} taps: the 16-bit lane sums hold {LANE_SUM_TAPS}")
    return Call("aot_avgpool_s8_dsp", "aot_pool_s8_params", params, portable.operands,
                portable.macs)


def rescaled(arithmetic: dict, n: int) -> np.ndarray:
    """TFLM's scaled_input<n>_val for every int8 input value, from -128 up."""
    shifted = fp.wrap32((BYTES + arithmetic[f"input{n}_offset"]) << arithmetic["left_shift"])
    scaled = fp.srdhm(shifted, arithmetic[f"input{n}_multiplier"])
    return fp.rdbpot(scaled, -arithmetic[f"input{n}_shift"])
