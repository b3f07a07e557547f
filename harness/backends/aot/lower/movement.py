"""Ops that rearrange bytes, each as block copies over an index space (aot_strided_copy):
STRIDED_SLICE, SLICE, SPLIT, SPLIT_V, UNPACK, PACK, TRANSPOSE, TILE (Keras UpSampling2D),
SPACE_TO_BATCH_ND and BATCH_TO_SPACE_ND (dilated convolutions). int8 versions keep the
quantization, as TFLM does."""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, row_major_strides, scale_zero_point
from harness.backends.aot.ir import Call, Lowering, Unsupported
from harness.backends.aot.lower.registry import lowering
from harness.model.tflite import Tensor

MAX_DIMS = 6


def copy_calls(x: Tensor, y: Tensor, axes: list[tuple[int, int, int]], in_offset: int = 0,
               out_offset: int = 0) -> list[Call]:
    """aot_strided_copy calls of whole elements: `axes` are (size, input stride, output stride)
    in elements, outermost first; offsets in elements. Axes beyond the kernel's six become
    one call per index of the outermost ones."""
    element = y.dtype.itemsize
    kept = [a for a in axes if a[0] != 1]
    block = 1
    while kept and kept[-1][1] == block and kept[-1][2] == block:
        block *= kept.pop()[0]
    merged: list[list[int]] = []
    for size, in_stride, out_stride in kept:
        if merged and merged[-1][1] == in_stride * size and merged[-1][2] == out_stride * size:
            merged[-1] = [merged[-1][0] * size, in_stride, out_stride]
        else:
            merged.append([size, in_stride, out_stride])
    if len(merged) > MAX_DIMS:
        (size, in_stride, out_stride), rest = merged[0], [tuple(m) for m in merged[1:]]
        return [call for i in range(size)
                for call in copy_calls(x, y, rest + [(block, 1, 1)], in_offset + i * in_stride,
                                       out_offset + i * out_stride)]
    merged = [[1, 0, 0]] * (MAX_DIMS - len(merged)) + merged
    params = {"dims": [m[0] for m in merged],
              "in_strides": [m[1] * element for m in merged],
              "out_strides": [m[2] * element for m in merged],
              "in_offset": in_offset * element, "out_offset": out_offset * element,
              "block_bytes": block * element}
    return [Call("aot_strided_copy", "aot_strided_copy_params", params, (x.index, y.index))]


def fill_call(y: Tensor, value) -> Call:
    raw = np.asarray([value], dtype=y.dtype).view(np.uint8)
    pattern = int.from_bytes(raw.tobytes().ljust(4, b"\0"), "little")
    return Call("aot_fill", "aot_fill_params",
                {"count": y.size, "element_bytes": y.dtype.itemsize, "pattern": pattern},
                (y.index,))


def _same_quantization(ctx: OpContext, *tensors: Tensor) -> None:
    kind = ctx.kind(*tensors)
    if kind == "s8" and len({scale_zero_point(t) for t in tensors}) != 1:
        raise Unsupported("int8 input and output quantizations differ")


def slice_axes(shape, begin, end, strides, masks: dict) -> list[range]:
    """Per input axis, the indices a STRIDED_SLICE takes (TFLite's semantics: masks, negative
    indices, clamping); shrunk axes take one index."""
    if masks.get("ellipsis_mask") or masks.get("new_axis_mask") or masks.get("offset"):
        raise Unsupported("STRIDED_SLICE with an ellipsis, a new axis or offsets")
    ranges = []
    for axis, size in enumerate(shape):
        if axis >= len(begin):
            ranges.append(range(size))
            continue
        bit = 1 << axis
        if masks.get("shrink_axis_mask", 0) & bit:
            index = begin[axis] + size if begin[axis] < 0 else begin[axis]
            if not 0 <= index < size:
                raise Unsupported(f"index {begin[axis]} out of range for axis {axis}")
            ranges.append(range(index, index + 1))
            continue
        if strides[axis] == 0:
            raise Unsupported("a stride of 0")
        start = None if masks.get("begin_mask", 0) & bit else int(begin[axis])
        stop = None if masks.get("end_mask", 0) & bit else int(end[axis])
        ranges.append(range(size)[slice(start, stop, int(strides[axis]))])
    return ranges


def _ranges_calls(x: Tensor, y: Tensor, ranges: list[range]) -> list[Call]:
    """Copies input[ranges] (arithmetic index progressions per axis) to the whole output."""
    if int(np.prod([len(r) for r in ranges])) != y.size:
        raise Unsupported(f"the selection of {x.shape} does not fill the output {y.shape}")
    in_strides = row_major_strides(list(x.shape))
    out_strides = row_major_strides([len(r) for r in ranges])
    axes = [(len(r), r.step * s, o) for r, s, o in zip(ranges, in_strides, out_strides,
                                                       strict=True)]
    start = sum(r.start * s for r, s in zip(ranges, in_strides, strict=True) if len(r))
    return copy_calls(x, y, axes, in_offset=start)


@lowering("STRIDED_SLICE")
def strided_slice(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    _same_quantization(ctx, x, y)
    begin, end, strides = (ctx.constant(ctx.required_input(i)).reshape(-1).tolist()
                           for i in (1, 2, 3))
    ranges = slice_axes(x.shape, begin, end, strides, ctx.op.options)
    if y.size == 0:
        return Lowering([])
    return Lowering(_ranges_calls(x, y, ranges))


@lowering("SLICE")
def slice_op(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    _same_quantization(ctx, x, y)
    begin = ctx.constant(ctx.required_input(1)).reshape(-1).tolist()
    size = ctx.constant(ctx.required_input(2)).reshape(-1).tolist()
    ranges = [range(b, d if n < 0 else b + n) for b, n, d in zip(begin, size, x.shape,
                                                                 strict=True)]
    return Lowering(_ranges_calls(x, y, ranges))


def _parts_along(ctx: OpContext, x: Tensor, axis: int, sizes: list[int]) -> Lowering:
    """Output j takes `sizes[j]` consecutive indices of `axis`."""
    if sum(sizes) != x.shape[axis]:
        raise Unsupported(f"parts {sizes} do not add up to axis {axis} of {x.shape}")
    calls, start = [], 0
    for j, size in enumerate(sizes):
        y = ctx.output(j)
        _same_quantization(ctx, x, y)
        ranges = [range(d) for d in x.shape]
        ranges[axis] = range(start, start + size)
        calls += _ranges_calls(x, y, ranges)
        start += size
    return Lowering(calls)


@lowering("SPLIT")
def split(ctx: OpContext) -> Lowering:
    x = ctx.required_input(1)
    axis = int(ctx.constant(ctx.required_input(0)).reshape(-1)[0]) % len(x.shape)
    count = len(ctx.op.outputs)
    if x.shape[axis] % count:
        raise Unsupported(f"{x.shape[axis]} does not split into {count} equal parts")
    return _parts_along(ctx, x, axis, [x.shape[axis] // count] * count)


@lowering("SPLIT_V")
def split_v(ctx: OpContext) -> Lowering:
    x = ctx.required_input(0)
    axis = int(ctx.constant(ctx.required_input(2)).reshape(-1)[0]) % len(x.shape)
    sizes = [int(s) for s in ctx.constant(ctx.required_input(1)).reshape(-1)]
    if sizes.count(-1) == 1:
        sizes[sizes.index(-1)] = x.shape[axis] - (sum(sizes) + 1)
    return _parts_along(ctx, x, axis, sizes)


@lowering("UNPACK")
def unpack(ctx: OpContext) -> Lowering:
    x = ctx.required_input(0)
    axis = int(ctx.option("axis", 0)) % len(x.shape)
    calls = []
    for j in range(len(ctx.op.outputs)):
        y = ctx.output(j)
        _same_quantization(ctx, x, y)
        ranges = [range(d) for d in x.shape]
        ranges[axis] = range(j, j + 1)
        calls += _ranges_calls(x, y, ranges)
    return Lowering(calls)


@lowering("PACK")
def pack(ctx: OpContext) -> Lowering:
    inputs = [ctx.required_input(i) for i in range(len(ctx.op.inputs))]
    y = ctx.output()
    axis = int(ctx.option("axis", 0)) % len(y.shape)
    out_strides = row_major_strides(list(y.shape))
    calls = []
    for j, x in enumerate(inputs):
        _same_quantization(ctx, x, y)
        dims = list(x.shape)
        in_strides = row_major_strides(dims)
        strides = out_strides[:axis] + out_strides[axis + 1:]
        axes = [(d, s, o) for d, s, o in zip(dims, in_strides, strides, strict=True)]
        calls += copy_calls(x, y, axes, out_offset=j * out_strides[axis])
    return Lowering(calls)


@lowering("TRANSPOSE")
def transpose(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    _same_quantization(ctx, x, y)
    perm = [int(p) % len(x.shape) for p in ctx.constant(ctx.required_input(1)).reshape(-1)]
    if sorted(perm) != list(range(len(x.shape))) or \
            tuple(x.shape[p] for p in perm) != tuple(y.shape):
        raise Unsupported(f"permutation {perm} of {x.shape} into {y.shape}")
    in_strides = row_major_strides(list(x.shape))
    out_strides = row_major_strides(list(y.shape))
    axes = [(y.shape[k], in_strides[p], out_strides[k]) for k, p in enumerate(perm)]
    return Lowering(copy_calls(x, y, axes))


@lowering("TILE")
def tile(ctx: OpContext) -> Lowering:
    """Each tiled axis becomes two: the repetition (input stride 0) and the axis itself."""
    x, y = ctx.required_input(0), ctx.output()
    _same_quantization(ctx, x, y)
    multiples = [int(m) for m in ctx.constant(ctx.required_input(1)).reshape(-1)]
    if len(multiples) != len(x.shape) or \
            tuple(d * m for d, m in zip(x.shape, multiples, strict=True)) != tuple(y.shape):
        raise Unsupported(f"multiples {multiples} of {x.shape} into {y.shape}")
    in_strides = row_major_strides(list(x.shape))
    out_strides = row_major_strides(list(y.shape))
    axes = []
    for size, times, step, out_step in zip(x.shape, multiples, in_strides, out_strides,
                                           strict=True):
        axes += [(times, 0, size * out_step), (size, step, out_step)]
    return Lowering(copy_calls(x, y, axes))


def _spatial(ctx: OpContext, x: Tensor, batched: Tensor) -> tuple[list[int], list[int],
                                                                  np.ndarray]:
    """(block [h, w], [B, H, W, C] of x, paddings or crops [[top, bottom], [left, right]]),
    a 3-D NHC tensor taken as NH1C."""
    if len(x.shape) not in (3, 4) or len(batched.shape) != len(x.shape):
        raise Unsupported(f"shapes {x.shape} and {batched.shape} (3-D or 4-D expected)")
    block = [int(b) for b in ctx.constant(ctx.required_input(1)).reshape(-1)]
    pads = ctx.constant(ctx.required_input(2)).astype(np.int64).reshape(-1, 2)
    if len(x.shape) == 3:
        block, pads = block + [1], np.vstack([pads, [[0, 0]]])
        shape = [x.shape[0], x.shape[1], 1, x.shape[2]]
    else:
        shape = list(x.shape)
    if len(block) != 2 or pads.shape != (2, 2) or min(block) < 1 or np.any(pads < 0):
        raise Unsupported(f"block shape {block} with paddings/crops {pads.tolist()}")
    return block, shape, pads


def _inconsistent(x: Tensor, y: Tensor, block: list[int]) -> Unsupported:
    return Unsupported(f"the file's output shape {y.shape} is not what input {x.shape} and "
                       f"block {block} make (the static shapes of a dynamic-batch conversion)",
                       fix="convert with a fixed batch size of 1 (keras.Input(shape, "
                           "batch_size=1)), which gives dilated CONV_2D layers instead")


def _valid(start_offset: int, step: int, count: int, limit: int) -> range:
    """The k in range(count) with 0 <= k * step + start_offset < limit."""
    first = -(start_offset // step)  # ceil(-start_offset / step)
    end = -((start_offset - limit) // step)  # ceil((limit - start_offset) / step)
    return range(count)[slice(max(0, first), max(0, end))]


@lowering("SPACE_TO_BATCH_ND")
def space_to_batch(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    _same_quantization(ctx, x, y)
    (bh, bw), (b, h, w, c), pads = _spatial(ctx, x, y)
    oh, ow = (h + pads[0].sum()) // bh, (w + pads[1].sum()) // bw
    if y.size != b * bh * bw * oh * ow * c:
        raise _inconsistent(x, y, [bh, bw])
    calls, copied = [], 0
    for sh in range(bh):
        for sw in range(bw):
            rows = _valid(sh - int(pads[0][0]), bh, int(oh), h)
            cols = _valid(sw - int(pads[1][0]), bw, int(ow), w)
            if not len(rows) or not len(cols):
                continue
            iy, ix = rows.start * bh + sh - pads[0][0], cols.start * bw + sw - pads[1][0]
            axes = [(b, h * w * c, oh * ow * c), (len(rows), bh * w * c, ow * c),
                    (len(cols), bw * c, c), (c, 1, 1)]
            out_start = ((sh * bw + sw) * b * oh + rows.start) * ow + cols.start
            calls += copy_calls(x, y, axes, int((iy * w + ix) * c), int(out_start * c))
            copied += b * len(rows) * len(cols) * c
    # TFLite pads with the zero point. (TFLM pads with SpaceToBatchParams::output_offset, which
    # its Prepare never sets: the reference's padded values are undefined, which the model
    # checks of harness.model.limits report before a run.)
    pad = scale_zero_point(y)[1] if ctx.kind(x, y) == "s8" else 0.0
    fill = [fill_call(y, pad)] if copied < y.size else []
    return Lowering(fill + calls)


@lowering("BATCH_TO_SPACE_ND")
def batch_to_space(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    _same_quantization(ctx, x, y)
    (bh, bw), (nb, h, w, c), crops = _spatial(ctx, x, y)
    b = nb // (bh * bw)
    oh, ow = h * bh - crops[0].sum(), w * bw - crops[1].sum()
    if nb % (bh * bw) or y.size != b * oh * ow * c:
        raise _inconsistent(x, y, [bh, bw])
    calls = []
    for sh in range(bh):
        for sw in range(bw):
            rows = _valid(sh - int(crops[0][0]), bh, h, int(oh))
            cols = _valid(sw - int(crops[1][0]), bw, w, int(ow))
            if not len(rows) or not len(cols):
                continue
            y0 = rows.start * bh + sh - crops[0][0]
            x0 = cols.start * bw + sw - crops[1][0]
            axes = [(b, h * w * c, oh * ow * c), (len(rows), w * c, bh * ow * c),
                    (len(cols), c, bw * c), (c, 1, 1)]
            in_start = (((sh * bw + sw) * b) * h + rows.start) * w + cols.start
            calls += copy_calls(x, y, axes, int(in_start * c), int((y0 * ow + x0) * c))
    return Lowering(calls)
