"""TRANSPOSE_CONV (Keras Conv2DTranspose), int8 and float32: one stride-1 convolution per
output phase (the output pixels one kernel-tap pattern reaches), each output a dot product over
its window of input pixels (aot_tconv_*, aot_ops.h). On cores with the DSP extension the int8
products are SMLADs over int16 pairs."""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call, KernelChoice, Lowering, Unsupported
from harness.backends.aot.lower.common import requant, symmetric_weights
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import activation_range_f32, conv_multipliers
from harness.model.analysis import macs, transpose_conv_padding


@lowering("TRANSPOSE_CONV")
def transpose_conv(ctx: OpContext) -> Lowering:
    w, x, y = ctx.required_input(1), ctx.required_input(2), ctx.output()
    if len(w.shape) != 4 or len(x.shape) != 4 or len(y.shape) != 4:
        raise Unsupported(f"weights {w.shape}, input {x.shape}, output {y.shape} (4-D expected)")
    out_c, kh, kw, in_c = w.shape
    if x.shape[3] != in_c or y.shape[3] != out_c or x.shape[0] != y.shape[0]:
        raise Unsupported(f"weights {w.shape} do not fit input {x.shape} and output {y.shape}")
    geometry = _geometry(ctx, x.shape, y.shape, kh, kw)
    kind = ctx.kind(x, y)
    weights = (symmetric_weights(ctx, w, 0, out_c) if kind == "s8"
               else ctx.constant(w).astype(np.float32))
    shared = _shared(ctx, kind, out_c)
    calls = []
    for phase_y in range(geometry["stride_h"]):
        for phase_x in range(geometry["stride_w"]):
            rows = list(range(phase_y, kh, geometry["stride_h"]))[::-1]
            cols = list(range(phase_x, kw, geometry["stride_w"]))[::-1]
            window = weights[:, rows][:, :, cols].reshape(out_c, -1)
            depth = -(-window.shape[1] // 4) * 4
            params = {"g": geometry, "phase_y": phase_y, "phase_x": phase_x,
                      "taps_h": len(rows), "taps_w": len(cols), "depth": depth, **shared}
            scratch = depth * (2 if kind == "s8" else 4)
            if kind == "s8":
                params["weights"] = Array(_blocked(window, depth), "weights")
            else:
                padded = np.zeros((out_c, depth), dtype=np.float32)
                padded[:, :window.shape[1]] = window
                params["weights"] = Array(padded, "weights")
            calls.append(Call(f"aot_tconv_{kind}", f"aot_tconv_{kind}_params", params,
                              (x.index, y.index), scratch=max(scratch, 4)))
    calls[0].macs = macs(ctx.model, ctx.op)
    simd = kind == "s8" and ctx.dsp  # the kernel's AOT_SIMD path, compiled in on such cores
    reason = (f"{len(calls)} phase(s), SMLAD on int16 pairs" if simd
              else f"{len(calls)} phase(s), no faster kernel for this core")
    return Lowering(calls, choice=KernelChoice(calls[0].kernel, reason))


def _geometry(ctx: OpContext, x_shape, y_shape, kh: int, kw: int) -> dict:
    """The aot_geometry struct; the .tflite's output shape input must match the output."""
    shape_input = ctx.input(0)
    if shape_input is not None and ctx.is_constant(shape_input) and \
            tuple(int(d) for d in ctx.constant(shape_input).reshape(-1)) != tuple(y_shape):
        raise Unsupported(f"output shape input {ctx.constant(shape_input).tolist()} differs "
                          f"from the output tensor {y_shape}")
    padding = ctx.option("padding", "SAME")
    if padding not in ("SAME", "VALID"):
        raise Unsupported(f"padding {padding}")
    sh, sw = ctx.option("stride_h", 1), ctx.option("stride_w", 1)
    if min(sh, sw) < 1:
        raise Unsupported(f"strides {sh}, {sw}")
    return {"batches": x_shape[0], "in_h": x_shape[1], "in_w": x_shape[2], "in_c": x_shape[3],
            "out_h": y_shape[1], "out_w": y_shape[2], "out_c": y_shape[3], "k_h": kh, "k_w": kw,
            "stride_h": sh, "stride_w": sw, "dilation_h": 1, "dilation_w": 1,
            "pad_top": transpose_conv_padding(x_shape[1], y_shape[1], kh, sh, padding),
            "pad_left": transpose_conv_padding(x_shape[2], y_shape[2], kw, sw, padding)}


def _shared(ctx: OpContext, kind: str, out_c: int) -> dict:
    """Parameters every phase's call shares: bias, and requantization or activation range."""
    x, w, y, bias = ctx.required_input(2), ctx.required_input(1), ctx.output(), ctx.input(3)
    if kind == "f32":
        act_min, act_max = activation_range_f32(ctx.activation())
        values = None if bias is None else Array(ctx.constant(bias).astype(np.float32), "bias")
        return {"bias": values, "act_min": act_min, "act_max": act_max}
    if bias is not None and bias.dtype != np.int32:
        raise Unsupported(f"bias {bias.name!r} has type {bias.dtype} (int32 expected)")
    multipliers, shifts = conv_multipliers(scale_zero_point(x)[0], w.quantization.scales,
                                           scale_zero_point(y)[0], out_c)
    values = None if bias is None else Array(ctx.constant(bias).astype(np.int32), "bias")
    return {"input_offset": -scale_zero_point(x)[1], "bias": values,
            "q": requant(ctx, y, multipliers, shifts)}


def _blocked(window: np.ndarray, depth: int) -> np.ndarray:
    """int16 weights, rows padded to `depth`: blocks of four channels interleaved per step of
    four values ([blocks][depth / 4][4][4]), then the remaining channels' rows."""
    out_c = window.shape[0]
    rows = np.zeros((out_c, depth), dtype=np.int16)
    rows[:, :window.shape[1]] = window
    whole = out_c // 4 * 4
    blocks = rows[:whole].reshape(whole // 4, 4, depth // 4, 4).transpose(0, 2, 1, 3)
    return np.concatenate([blocks.reshape(-1), rows[whole:].reshape(-1)])
