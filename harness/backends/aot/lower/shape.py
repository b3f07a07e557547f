"""Ops that move bytes: RESHAPE (and SQUEEZE, EXPAND_DIMS) alias their input, PAD and
CONCATENATION copy. int8 versions keep the quantization, as TFLM requires."""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, row_major_strides, scale_zero_point, shape6
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.int16 import INT16_TYPES
from harness.backends.aot.lower.registry import lowering


@lowering("RESHAPE", "SQUEEZE", "EXPAND_DIMS", types=INT16_TYPES)
def reshape(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if x.size != y.size:
        raise Unsupported(f"the file's output shape {y.shape} holds {y.size} elements, the input "
                          f"{x.shape} {x.size} (the static shapes of a dynamic-batch conversion)",
                          fix="convert with a fixed batch size of 1 (keras.Input(shape, "
                              "batch_size=1))")
    if x.dtype != y.dtype:
        raise Unsupported(f"{x.shape} {x.dtype} -> {y.shape} {y.dtype}")
    return Lowering(alias=(y.index, x.index))


@lowering("PAD", "PADV2")
def pad(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    kind = ctx.kind(x, y)
    paddings = ctx.constant(ctx.required_input(1)).astype(np.int64).reshape(-1, 2)
    if len(paddings) != len(x.shape) or np.any(paddings < 0) or x.size == 0:
        raise Unsupported(f"paddings {paddings.tolist()} for input {x.shape}")
    if tuple(int(d) for d in np.add(x.shape, paddings.sum(axis=1))) != tuple(y.shape):
        raise Unsupported(f"output {y.shape} does not match the paddings")
    in_dims, out_dims = shape6(x.shape), shape6(y.shape)
    before = [0] * (6 - len(x.shape)) + [int(p) for p in paddings[:, 0]]
    out_strides = row_major_strides(out_dims)
    geometry = {"rows": {"dims": in_dims[:5] + [1], "strides": out_strides[:5] + [0]},
                "row_elements": in_dims[5], "out_size": y.size,
                "out_start": int(np.dot(before, out_strides))}
    params = {"p": geometry, "value": _pad_value(ctx, kind)}
    return Lowering([Call(f"aot_pad_{kind}", f"aot_pad_{kind}_params", params,
                          (x.index, y.index))])


def _pad_value(ctx: OpContext, kind: str):
    constant = ctx.input(2)
    if constant is not None:
        value = ctx.constant(constant).reshape(-1)[0]
        return float(value) if kind == "f32" else int(value)
    return 0.0 if kind == "f32" else scale_zero_point(ctx.output())[1]


@lowering("CONCATENATION")
def concatenation(ctx: OpContext) -> Lowering:
    inputs = [ctx.required_input(i) for i in range(len(ctx.op.inputs))]
    y = ctx.output()
    kind = ctx.kind(*inputs, y)
    if ctx.activation() != "NONE":
        raise Unsupported(f"fused activation {ctx.activation()}")
    if kind == "s8" and any(scale_zero_point(t) != scale_zero_point(y) for t in inputs):
        raise Unsupported("int8 inputs with a quantization different from the output's")
    axis = ctx.option("axis", 0) % max(len(y.shape), 1)
    element = y.dtype.itemsize
    out_block = int(np.prod(y.shape[axis:], dtype=np.int64)) * element
    calls, offset = [], 0
    for t in inputs:
        block = int(np.prod(t.shape[axis:], dtype=np.int64)) * element
        params = {"outer": int(np.prod(t.shape[:axis], dtype=np.int64)), "block_bytes": block,
                  "out_stride_bytes": out_block, "out_offset_bytes": offset}
        calls.append(Call("aot_copy", "aot_copy_params", params, (t.index, y.index)))
        offset += block
    if offset != out_block:
        raise Unsupported(f"inputs do not add up to the output shape {y.shape}")
    return Lowering(calls)
