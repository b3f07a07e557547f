"""RESIZE_NEAREST_NEIGHBOR (Keras UpSampling2D): per output row and column the source index,
computed here in float32 as TFLM's GetNearestNeighbor does; the kernel copies whole pixels."""

from __future__ import annotations

import math

import numpy as np

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call, Lowering, Unsupported
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import f32, round_half_away


@lowering("RESIZE_NEAREST_NEIGHBOR")
def resize_nearest(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if ctx.kind(x, y) == "s8" and scale_zero_point(x) != scale_zero_point(y):
        raise Unsupported("int8 input and output quantizations differ")
    if len(x.shape) != 4 or len(y.shape) != 4 or x.shape[0] != y.shape[0] \
            or x.shape[3] != y.shape[3]:
        raise Unsupported(f"input {x.shape} and output {y.shape} (NHWC expected)")
    corners = bool(ctx.option("align_corners", False))
    centers = bool(ctx.option("half_pixel_centers", False))
    (b, h, w, c), (oh, ow) = x.shape, y.shape[1:3]
    params = {"batches": b, "in_h": h, "in_w": w, "out_h": oh, "out_w": ow,
              "block_bytes": c * y.dtype.itemsize,
              "rows": Array(nearest(h, oh, corners, centers), "rows"),
              "cols": Array(nearest(w, ow, corners, centers), "cols")}
    return Lowering([Call("aot_resize_nearest", "aot_resize_nearest_params", params,
                          (x.index, y.index))])


def nearest(in_size: int, out_size: int, align_corners: bool, half_pixel_centers: bool
            ) -> np.ndarray:
    """GetNearestNeighbor for every output index, in TFLM's float32 arithmetic."""
    if align_corners and out_size > 1:
        scale = f32(in_size - 1) / f32(out_size - 1)
    else:
        scale = f32(in_size) / f32(out_size)
    offset = f32(0.5) if half_pixel_centers else f32(0.0)
    values = []
    for i in range(out_size):
        position = float((f32(i) + offset) * scale)
        index = round_half_away(position) if align_corners else math.floor(position)
        index = min(index, in_size - 1)
        values.append(max(0, index) if half_pixel_centers else index)
    return np.array(values, dtype=np.int32)
