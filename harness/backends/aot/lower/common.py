"""Parameter pieces shared by several lowerings."""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.fixedpoint import wrap32
from harness.backends.aot.ir import Array, Unsupported
from harness.backends.aot.quant import activation_range_s8
from harness.model.tflite import Tensor


def requant(ctx: OpContext, output: Tensor, multipliers: np.ndarray, shifts: np.ndarray) -> dict:
    """The aot_requant struct for an int8 output with the op's fused activation."""
    scale, zero_point = scale_zero_point(output)
    act_min, act_max = activation_range_s8(ctx.activation(), scale, zero_point)
    return {"output_offset": zero_point, "act_min": act_min, "act_max": act_max,
            "multiplier": Array(multipliers, "multiplier"), "shift": Array(shifts, "shift")}


def symmetric_weights(ctx: OpContext, weights: Tensor, axis: int, channels: int) -> np.ndarray:
    """int8 weights with zero points of 0 and one scale (or one per channel along `axis`)."""
    q = weights.quantization
    if weights.dtype != np.int8 or q is None:
        raise Unsupported(f"weights {weights.name!r} must be int8 with quantization "
                          f"(got {weights.dtype})")
    if np.any(q.zero_points != 0):
        raise Unsupported(f"weights {weights.name!r} have a non-zero zero point")
    if q.scales.size not in (1, channels) or (q.scales.size > 1 and q.axis != axis):
        raise Unsupported(f"weights {weights.name!r} are quantized along axis {q.axis} "
                          f"with {q.scales.size} scales")
    return ctx.constant(weights)


def folded_bias(ctx: OpContext, bias: Tensor | None, weight_sums: np.ndarray,
                input_offset: int) -> np.ndarray:
    """bias + input_offset * sum(weights of the channel), wrapping like int32 arithmetic."""
    values = np.zeros(weight_sums.shape, dtype=np.int64)
    if bias is not None:
        if bias.dtype != np.int32:
            raise Unsupported(f"bias {bias.name!r} has type {bias.dtype} (int32 expected)")
        values = ctx.constant(bias).astype(np.int64).reshape(-1)
    return wrap32(values + input_offset * weight_sums.astype(np.int64)).astype(np.int32)


def float_bias(ctx: OpContext, bias: Tensor | None) -> Array | None:
    return None if bias is None else Array(ctx.constant(bias).astype(np.float32), "bias")


def float_weights(ctx: OpContext, weights: Tensor) -> np.ndarray:
    if weights.dtype != np.float32:
        raise Unsupported(f"weights {weights.name!r} have type {weights.dtype} in a float32 op "
                          "(a dynamic-range/hybrid model)",
                          fix="use the model's full-integer int8 or float32 variant")
    return ctx.constant(weights)


def geometry(ctx: OpContext, x: Tensor, y: Tensor, kernel: tuple[int, int],
             dilation: tuple[int, int] = (1, 1)) -> dict:
    """The aot_geometry struct for an NHWC window op, checking the output shape (TFLM's
    ComputePaddingHeightWidth: SAME pads (total // 2) before, VALID pads nothing)."""
    if len(x.shape) != 4 or len(y.shape) != 4:
        raise Unsupported(f"input {x.shape} and output {y.shape} must be NHWC (4-D)")
    strides = (ctx.option("stride_h", 1), ctx.option("stride_w", 1))
    padding = ctx.option("padding", "SAME")
    if padding not in ("SAME", "VALID"):
        raise Unsupported(f"padding {padding}")
    if min(*strides, *dilation, *kernel) < 1:
        raise Unsupported(f"strides {strides}, dilation {dilation}, kernel {kernel}")
    pads = []
    for axis in (0, 1):
        size, k, s, d = x.shape[axis + 1], kernel[axis], strides[axis], dilation[axis]
        effective = (k - 1) * d + 1
        out = (size + s - 1) // s if padding == "SAME" else (size - effective + s) // s
        if out != y.shape[axis + 1]:
            raise Unsupported(f"output shape {y.shape} (expected {out} along axis {axis + 1})")
        pads.append(max(0, (out - 1) * s + effective - size) // 2)
    if x.shape[0] != y.shape[0]:
        raise Unsupported(f"batch sizes {x.shape[0]} and {y.shape[0]} differ")
    return {"batches": x.shape[0], "in_h": x.shape[1], "in_w": x.shape[2], "in_c": x.shape[3],
            "out_h": y.shape[1], "out_w": y.shape[2], "out_c": y.shape[3],
            "k_h": kernel[0], "k_w": kernel[1], "stride_h": strides[0], "stride_w": strides[1],
            "dilation_h": dilation[0], "dilation_w": dilation[1],
            "pad_top": pads[0], "pad_left": pads[1]}
