"""MEAN over constant axes (global average pooling is MEAN over H and W)."""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, row_major_strides, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.int16 import INT16_TYPES
from harness.backends.aot.lower.pooling import LANE_SUM_TAPS
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import quantize_multiplier


@lowering("MEAN", types=INT16_TYPES)
def mean(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    kind = ctx.kind(x, y, int16=True)
    rank = len(x.shape)
    if rank == 0 or rank > 6:
        raise Unsupported(f"input of rank {rank}")
    axes = sorted({int(a) % rank for a in ctx.constant(ctx.required_input(1)).reshape(-1)})
    kept = [d for d in range(rank) if d not in axes]
    strides = row_major_strides(list(x.shape))
    count = int(np.prod([x.shape[d] for d in axes], dtype=np.int64))
    if count == 0 or y.size != x.size // count:
        raise Unsupported(f"reducing {x.shape} over {axes} into {y.shape}")
    if ctx.dsp and kind == "s8" and rank == 4 and axes == [1, 2] and count <= LANE_SUM_TAPS:
        params = {"batches": x.shape[0], "pixels": count, "channels": x.shape[3],
                  **_requantization(x, y, count)}
        return Lowering([Call("aot_mean_hw_s8_dsp", "aot_mean_hw_s8_params", params,
                              (x.index, y.index), macs=x.size)])
    params = {"outer": _walk(x.shape, strides, kept), "inner": _walk(x.shape, strides, axes),
              "count": count}
    if kind != "f32":  # TFLM's int16 MEAN is its int8 one on int16 values
        params.update(_requantization(x, y, count))
    return Lowering([Call(f"aot_mean_{kind}", f"aot_mean_{kind}_params", params,
                          (x.index, y.index), macs=x.size)])


def _walk(shape, strides, dims: list[int]) -> dict:
    pad = 6 - len(dims)
    return {"dims": [1] * pad + [shape[d] for d in dims],
            "strides": [0] * pad + [strides[d] for d in dims]}


def _requantization(x, y, count: int) -> dict:
    """QuantizedMeanOrSum folds 1/count into the multiplier, losing the same bits TFLM does."""
    (in_scale, in_zp), (out_scale, out_zp) = scale_zero_point(x), scale_zero_point(y)
    multiplier, shift = quantize_multiplier(in_scale / out_scale)
    extra = min(count.bit_length() - 1, 32, 31 + shift)
    return {"sum_offset": -in_zp * count, "multiplier": (multiplier << extra) // count,
            "shift": shift - extra, "output_offset": out_zp}
