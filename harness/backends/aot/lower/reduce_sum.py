"""SUM over constant axes (Keras UnitNormalization's sum of squares): the MEAN kernels with
TFLM's sum rescaling (input over output scale, no 1/count) and, for float32, a count of 1."""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, row_major_strides, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import quantize_multiplier


@lowering("SUM")
def reduce_sum(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    kind, rank = ctx.kind(x, y), len(x.shape)
    if rank == 0 or rank > 6:
        raise Unsupported(f"input of rank {rank}")
    axes = sorted({int(a) % rank for a in ctx.constant(ctx.required_input(1)).reshape(-1)})
    count = int(np.prod([x.shape[d] for d in axes], dtype=np.int64))
    if count == 0 or y.size != x.size // count:
        raise Unsupported(f"reducing {x.shape} over {axes} into {y.shape}")
    strides = row_major_strides(list(x.shape))
    kept = [d for d in range(rank) if d not in axes]
    params = {"outer": walk(x.shape, strides, kept), "inner": walk(x.shape, strides, axes)}
    if kind == "f32":
        return Lowering([Call("aot_mean_f32", "aot_mean_f32_params", {**params, "count": 1},
                              (x.index, y.index), macs=x.size)])
    (in_scale, in_zp), (out_scale, out_zp) = scale_zero_point(x), scale_zero_point(y)
    multiplier, shift = quantize_multiplier(in_scale / out_scale)
    params.update({"count": count, "sum_offset": -in_zp * count, "multiplier": multiplier,
                   "shift": shift, "output_offset": out_zp})
    return Lowering([Call("aot_mean_s8", "aot_mean_s8_params", params, (x.index, y.index),
                          macs=x.size)])


def walk(shape, strides, dims: list[int]) -> dict:
    """The aot_walk struct over `dims` of a tensor of `shape` (row-major `strides`)."""
    pad = 6 - len(dims)
    return {"dims": [1] * pad + [shape[d] for d in dims],
            "strides": [0] * pad + [strides[d] for d in dims]}
