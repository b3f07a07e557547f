"""TRANSPOSE_CONV (Keras Conv2DTranspose), int8 and float32: one stride-1 convolution per
output phase (the output pixels one kernel-tap pattern reaches), each output a dot product over
its window of input pixels (aot_tconv_*, aot_ops.h). On cores with the DSP extension each int8
phase runs on the CONV_2D DSP kernel (dsp_calls.transpose_conv)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call, Lowering, Unsupported
from harness.backends.aot.lower.common import requant, symmetric_weights
from harness.backends.aot.lower.registry import lower_fast, lowering
from harness.backends.aot.quant import activation_range_f32, conv_multipliers
from harness.model.analysis import macs, transpose_conv_padding


@dataclass(frozen=True)
class Phase:
    """The output pixels (y, x) with (y + pad_top) % stride_h == phase_y (same for x): they
    take kernel rows `rows` and columns `cols` (listed in the order of the input pixels they
    meet, bottom-right tap first), over a window of input pixels ending at
    ((y + pad_top) // stride_h, (x + pad_left) // stride_w)."""

    phase_y: int
    phase_x: int
    rows: tuple[int, ...]
    cols: tuple[int, ...]

    def window(self, weights: np.ndarray) -> np.ndarray:
        """The phase's weights, [out_c, len(rows), len(cols), in_c]."""
        return weights[:, list(self.rows)][:, :, list(self.cols)]


def phases(g: dict) -> list[Phase]:
    return [Phase(py, px, tuple(range(py, g["k_h"], g["stride_h"]))[::-1],
                  tuple(range(px, g["k_w"], g["stride_w"]))[::-1])
            for py in range(g["stride_h"]) for px in range(g["stride_w"])]


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
    count = macs(ctx.model, ctx.op)

    def portable() -> list[Call]:
        calls = _portable_calls(ctx, kind, geometry, weights)
        calls[0].macs = count
        return calls

    if kind == "f32":
        return Lowering(portable())
    multipliers, shifts = conv_multipliers(scale_zero_point(x)[0], w.quantization.scales,
                                           scale_zero_point(y)[0], out_c)
    return lower_fast(ctx, "TRANSPOSE_CONV", portable, geometry, weights, multipliers, shifts,
                      count)


def _portable_calls(ctx: OpContext, kind: str, geometry: dict, weights: np.ndarray
                    ) -> list[Call]:
    """aot_tconv_s8 or aot_tconv_f32, one call per phase."""
    out_c = geometry["out_c"]
    shared = _shared(ctx, kind, out_c)
    calls = []
    for phase in phases(geometry):
        window = phase.window(weights).reshape(out_c, -1)
        depth = -(-window.shape[1] // 4) * 4
        params = {"g": geometry, "phase_y": phase.phase_y, "phase_x": phase.phase_x,
                  "taps_h": len(phase.rows), "taps_w": len(phase.cols), "depth": depth,
                  **shared}
        scratch = depth * (2 if kind == "s8" else 4)
        if kind == "s8":
            params["weights"] = Array(_blocked(window, depth), "weights")
        else:
            padded = np.zeros((out_c, depth), dtype=np.float32)
            padded[:, :window.shape[1]] = window
            params["weights"] = Array(padded, "weights")
        calls.append(Call(f"aot_tconv_{kind}", f"aot_tconv_{kind}_params", params,
                          (ctx.required_input(2).index, ctx.output().index),
                          scratch=max(scratch, 4)))
    return calls


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
