"""REDUCE_MAX and REDUCE_MIN over constant axes (Keras GlobalMaxPooling1D/2D), int8 on the
stored values (TFLM requires one quantization for input and output) and float32."""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, row_major_strides, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.reduce_sum import walk
from harness.backends.aot.lower.registry import lowering


@lowering("REDUCE_MAX", "REDUCE_MIN")
def reduce_min_max(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    kind, rank = ctx.kind(x, y), len(x.shape)
    if kind == "s8" and scale_zero_point(x) != scale_zero_point(y):
        raise Unsupported("int8 input and output quantizations differ")
    if rank == 0 or rank > 6:
        raise Unsupported(f"input of rank {rank}")
    axes = sorted({int(a) % rank for a in ctx.constant(ctx.required_input(1)).reshape(-1)})
    count = int(np.prod([x.shape[d] for d in axes], dtype=np.int64))
    if count == 0 or y.size != x.size // count:
        raise Unsupported(f"reducing {x.shape} over {axes} into {y.shape}")
    strides = row_major_strides(list(x.shape))
    kept = [d for d in range(rank) if d not in axes]
    params = {"outer": walk(x.shape, strides, kept), "inner": walk(x.shape, strides, axes),
              "take_max": int(ctx.op.opcode == "REDUCE_MAX")}
    return Lowering([Call(f"aot_reduce_minmax_{kind}", "aot_reduce_minmax_params", params,
                          (x.index, y.index))])
