"""Hypothesis strategies for the ops Keras layers bring beyond the core set: element-wise
(SUB, MAXIMUM, MINIMUM, PRELU, ABS, HARD_SWISH, LEAKY_RELU, RSQRT, SQUARE, L2_NORMALIZATION,
SUM), data movement (STRIDED_SLICE, SPLIT, SPLIT_V, UNPACK, PACK, TRANSPOSE, TILE,
SPACE_TO_BATCH_ND, BATCH_TO_SPACE_ND, RESIZE_NEAREST_NEIGHBOR) and TRANSPOSE_CONV, as single-op
models (aot_cases)."""

from __future__ import annotations

import numpy as np
from aot_cases import ACTIVATIONS, Case, Graph, scale_of
from hypothesis import strategies as st


def _shape(draw, min_rank: int = 1, max_rank: int = 4, top: int = 6) -> tuple[int, ...]:
    return tuple(draw(st.lists(st.integers(1, top), min_size=min_rank, max_size=max_rank)))


def _broadcastable(draw, shape: tuple[int, ...]) -> tuple[int, ...]:
    """A shape that broadcasts to `shape`, rank 0 (a scalar, as Keras's constants) included."""
    rank = draw(st.integers(0, len(shape)))
    return tuple(d if draw(st.booleans()) else 1 for d in shape[len(shape) - rank:])


@st.composite
def binary(draw, kind: str, opcode: str) -> Case:
    """SUB, MAXIMUM, MINIMUM (and ADD, MUL) with broadcasting and scalar constants."""
    g = Graph(draw, kind)
    full = _shape(draw)
    shapes = [_broadcastable(draw, full) for _ in range(2)]
    if not any(shapes):
        shapes[0] = full
    out_shape = tuple(np.broadcast_shapes(*shapes))
    constant = draw(st.sampled_from([None, 0, 1]))
    same_q = opcode in ("MAXIMUM", "MINIMUM") and draw(st.booleans())
    q = g.quant()
    tensors, inputs, sample_shapes = [], [], []
    for i, shape in enumerate(shapes):
        quant = q if same_q else g.quant()
        if i == constant:
            tensors.append(g.m.tensor(shape, g.dtype, data=g.sample(shape), **quant))
        else:
            tensors.append(g.activation(shape, quant))
            inputs.append(tensors[-1])
            sample_shapes.append(shape)
    y = g.activation(out_shape, q if same_q else None)
    if opcode in ("MAXIMUM", "MINIMUM"):
        g.m.op(opcode, tensors, [y], "MaximumMinimumOptions")
    else:
        options = {"SUB": "SubOptions", "ADD": "AddOptions", "MUL": "MulOptions"}[opcode]
        g.m.op(opcode, tensors, [y], options,
               fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case(inputs, [y], sample_shapes)


@st.composite
def prelu(draw, kind: str) -> Case:
    """Keras PReLU: slopes per element (no shared axes) or per channel (shared H and W)."""
    g = Graph(draw, kind)
    shape = (1, *_shape(draw, 1, 3))
    shared = draw(st.booleans())
    alpha_shape = tuple(1 for _ in shape[1:-1]) + shape[-1:] if shared else shape[1:]
    slopes = g.rng.uniform(-0.5, 1.0, size=alpha_shape).astype(np.float32)
    if kind == "s8":
        a_scale = float(np.max(np.abs(slopes))) / 127 or 1.0
        a_zp = draw(st.integers(-20, 20))
        data = np.clip(np.round(slopes / a_scale) + a_zp, -128, 127).astype(np.int8)
        alpha = g.m.tensor(alpha_shape, np.int8, data=data, scale=a_scale, zero_point=a_zp)
    else:
        alpha = g.m.tensor(alpha_shape, np.float32, data=slopes)
    x, y = g.activation(shape), g.activation(shape)
    g.m.op("PRELU", [x, alpha], [y])
    return g.case([x], [y], [shape])


@st.composite
def unary(draw, kind: str, opcode: str) -> Case:
    """ABS, HARD_SWISH, LEAKY_RELU, RSQRT, SQUARE with independent input and output
    quantizations."""
    g = Graph(draw, kind)
    shape = _shape(draw)
    in_q = g.quant()
    out_q = g.quant()
    if opcode == "ABS" and kind == "s8" and draw(st.booleans()):
        out_q = in_q  # the kernel's no-rescale path
    if opcode == "RSQRT" and kind == "s8":  # TFLM refuses inputs below the zero point
        in_q = {**in_q, "zero_point": -128}
    if opcode == "HARD_SWISH" and kind == "s8":
        out_q = {**out_q, "scale": scale_of(in_q) * 2.0 ** draw(st.floats(-2, 5))}
    x, y = g.activation(shape, in_q), g.activation(shape, out_q)
    case_samples = None
    if opcode in ("RSQRT", "SQUARE") and kind == "f32":
        case_samples = True  # positive inputs for RSQRT
    if opcode == "LEAKY_RELU":
        g.m.op(opcode, [x], [y], "LeakyReluOptions",
               alpha=draw(st.sampled_from([0.01, 0.1, 0.2, 0.3, 0.5])))
    else:
        g.m.op(opcode, [x], [y])
    case = g.case([x], [y], [shape])
    if case_samples and opcode == "RSQRT":
        case.samples = [[np.abs(s[0]) + np.float32(1e-3)] for s in case.samples]
    return case


@st.composite
def reduce_sum(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    shape = _shape(draw)
    axes = sorted(draw(st.sets(st.integers(0, len(shape) - 1), min_size=1)))
    keep = draw(st.booleans())
    out_shape = tuple(1 if d in axes else n for d, n in enumerate(shape) if keep or d not in axes)
    x = g.activation(shape)
    y = g.activation(out_shape, None if kind == "f32" else
                     {"scale": scale_of(g.quant()) * 8, "zero_point": draw(st.integers(-20, 20))})
    g.m.op("SUM", [x, _constant(g, axes)], [y], "ReducerOptions", keep_dims=keep)
    return g.case([x], [y], [shape])


@st.composite
def reduce_min_max(draw, kind: str, opcode: str) -> Case:
    g = Graph(draw, kind)
    shape = _shape(draw)
    axes = sorted(draw(st.sets(st.integers(0, len(shape) - 1), min_size=1)))
    keep = draw(st.booleans())
    out_shape = tuple(1 if d in axes else n for d, n in enumerate(shape) if keep or d not in axes)
    q = g.quant()
    x, y = g.activation(shape, q), g.activation(out_shape, q)
    g.m.op(opcode, [x, _constant(g, axes)], [y], "ReducerOptions", keep_dims=keep)
    return g.case([x], [y], [shape])


@st.composite
def tile(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    shape = _shape(draw, 1, 5, top=4)
    multiples = [draw(st.integers(1, 3)) for _ in shape]
    q = g.quant()
    x = g.activation(shape, q)
    y = g.activation(tuple(d * m for d, m in zip(shape, multiples, strict=True)), q)
    g.m.op("TILE", [x, _constant(g, multiples)], [y], "TileOptions")
    return g.case([x], [y], [shape])


@st.composite
def l2_normalization(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    shape = _shape(draw, 1, 4, top=10)
    x = g.activation(shape)
    y = g.activation(shape, {"scale": 1 / 128, "zero_point": 0} if kind == "s8" else {})
    g.m.op("L2_NORMALIZATION", [x], [y], "L2NormOptions")
    return g.case([x], [y], [shape])


def _constant(g: Graph, values) -> int:
    data = np.asarray(values, dtype=np.int32)
    return g.m.tensor(data.shape, np.int32, data=data)


@st.composite
def strided_slice(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    shape = _shape(draw, 1, 4, top=7)
    begin, end, strides, ranges = [], [], [], []
    masks = {"begin_mask": 0, "end_mask": 0, "shrink_axis_mask": 0}
    for axis, size in enumerate(shape):
        step = draw(st.sampled_from([1, 1, 2, 3, -1, -2]))
        b, e = draw(st.integers(-size - 1, size + 1)), draw(st.integers(-size - 1, size + 1))
        bit = 1 << axis
        if draw(st.integers(0, 4)) == 0:
            masks["shrink_axis_mask"] |= bit
            b, e, step = draw(st.integers(-size, size - 1)), 0, 1
        else:
            masks["begin_mask"] |= bit if draw(st.integers(0, 3)) == 0 else 0
            masks["end_mask"] |= bit if draw(st.integers(0, 3)) == 0 else 0
        begin.append(b), end.append(e), strides.append(step)
        if masks["shrink_axis_mask"] & bit:
            ranges.append(None)
        else:
            ranges.append(range(size)[slice(None if masks["begin_mask"] & bit else b,
                                            None if masks["end_mask"] & bit else e, step)])
    out_shape = tuple(len(r) for r in ranges if r is not None)
    if any(d == 0 for d in out_shape):
        masks["begin_mask"] = masks["end_mask"] = (1 << len(shape)) - 1
        masks["shrink_axis_mask"] = 0
        strides = [1] * len(shape)
        out_shape = shape
    q = g.quant()
    x, y = g.activation(shape, q), g.activation(out_shape, q)
    g.m.op("STRIDED_SLICE", [x, _constant(g, begin), _constant(g, end), _constant(g, strides)],
           [y], "StridedSliceOptions", **masks)
    return g.case([x], [y], [shape])


@st.composite
def split(draw, kind: str, opcode: str) -> Case:
    g = Graph(draw, kind)
    shape = list(_shape(draw, 1, 4))
    axis = draw(st.integers(0, len(shape) - 1))
    parts = draw(st.integers(1, 4))
    if opcode == "SPLIT":
        shape[axis] *= parts
        sizes = [shape[axis] // parts] * parts
    else:
        sizes = draw(st.lists(st.integers(1, 4), min_size=parts, max_size=parts))
        shape[axis] = sum(sizes)
    q = g.quant()
    x = g.activation(tuple(shape), q)
    outputs = [g.activation(tuple(shape[:axis] + [n] + shape[axis + 1:]), q) for n in sizes]
    signed_axis = axis - len(shape) if draw(st.booleans()) else axis
    if opcode == "SPLIT":
        g.m.op("SPLIT", [_constant(g, [signed_axis]), x], outputs, "SplitOptions",
               num_splits=parts)
    else:
        listed = list(sizes)
        if parts > 1 and draw(st.booleans()):
            listed[draw(st.integers(0, parts - 1))] = -1
        g.m.op("SPLIT_V", [x, _constant(g, listed), _constant(g, [signed_axis])], outputs,
               "SplitVOptions", num_splits=parts)
    return g.case([x], outputs, [tuple(shape)])


@st.composite
def pack_unpack(draw, kind: str, opcode: str) -> Case:
    g = Graph(draw, kind)
    shape = _shape(draw, 1, 3)
    count = draw(st.integers(1, 4))
    axis = draw(st.integers(0, len(shape)))
    stacked = shape[:axis] + (count,) + shape[axis:]
    q = g.quant()
    if opcode == "PACK":
        xs = [g.activation(shape, q) for _ in range(count)]
        y = g.activation(stacked, q)
        g.m.op("PACK", xs, [y], "PackOptions", values_count=count, axis=axis)
        return g.case(xs, [y], [shape] * count)
    x = g.activation(stacked, q)
    ys = [g.activation(shape, q) for _ in range(count)]
    g.m.op("UNPACK", [x], ys, "UnpackOptions", num=count, axis=axis)
    return g.case([x], ys, [stacked])


@st.composite
def transpose(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    shape = _shape(draw, 1, 5)
    perm = draw(st.permutations(range(len(shape))))
    q = g.quant()
    x, y = g.activation(shape, q), g.activation(tuple(shape[p] for p in perm), q)
    g.m.op("TRANSPOSE", [x, _constant(g, perm)], [y], "TransposeOptions")
    return g.case([x], [y], [shape])


@st.composite
def space_to_batch(draw, kind: str) -> Case:
    """SPACE_TO_BATCH_ND with paddings, as a dilated convolution starts (4-D, or 3-D for
    Conv1D)."""
    g = Graph(draw, kind)
    rank = draw(st.sampled_from([3, 4]))
    batch, c = draw(st.integers(1, 2)), draw(st.integers(1, 4))
    block = [draw(st.integers(1, 3)) for _ in range(rank - 2)]
    pads, spatial, out_spatial = [], [], []
    for b in block:
        size = draw(st.integers(1, 8))
        top = draw(st.integers(0, 3))
        total = -(-(size + top) // b) * b
        pads.append([top, total - size - top])
        spatial.append(size)
        out_spatial.append(total // b)
    q = g.quant()
    shape = (batch, *spatial, c)
    x = g.activation(shape, q)
    y = g.activation((batch * int(np.prod(block)), *out_spatial, c), q)
    g.m.op("SPACE_TO_BATCH_ND", [x, _constant(g, block), _constant(g, pads)], [y],
           "SpaceToBatchNDOptions")
    return g.case([x], [y], [shape])


@st.composite
def batch_to_space(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    rank = draw(st.sampled_from([3, 4]))
    batch, c = draw(st.integers(1, 2)), draw(st.integers(1, 4))
    block = [draw(st.integers(1, 3)) for _ in range(rank - 2)]
    crops, spatial, out_spatial = [], [], []
    for b in block:
        size = draw(st.integers(1, 5))
        crop_top = draw(st.integers(0, b * size - 1))
        crop_bottom = draw(st.integers(0, b * size - 1 - crop_top))
        crops.append([crop_top, crop_bottom])
        spatial.append(size)
        out_spatial.append(size * b - crop_top - crop_bottom)
    q = g.quant()
    shape = (batch * int(np.prod(block)), *spatial, c)
    x = g.activation(shape, q)
    y = g.activation((batch, *out_spatial, c), q)
    g.m.op("BATCH_TO_SPACE_ND", [x, _constant(g, block), _constant(g, crops)], [y],
           "BatchToSpaceNDOptions")
    return g.case([x], [y], [shape])


@st.composite
def resize_nearest(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    batch, h, w, c = (draw(st.integers(1, 2)), draw(st.integers(1, 6)), draw(st.integers(1, 6)),
                      draw(st.integers(1, 4)))
    oh, ow = draw(st.integers(1, 13)), draw(st.integers(1, 13))
    corners = draw(st.booleans())
    centers = False if corners else draw(st.booleans())
    q = g.quant()
    x, y = g.activation((batch, h, w, c), q), g.activation((batch, oh, ow, c), q)
    g.m.op("RESIZE_NEAREST_NEIGHBOR", [x, _constant(g, [oh, ow])], [y],
           "ResizeNearestNeighborOptions", align_corners=corners, half_pixel_centers=centers)
    return g.case([x], [y], [(batch, h, w, c)])


@st.composite
def transpose_conv(draw, kind: str, reaching: bool = False) -> Case:
    """Conv2DTranspose: kernels smaller, equal to and larger than the stride, SAME and VALID;
    `reaching`: kernels at least the stride (every output pixel gets taps: the DSP kernel's
    case)."""
    g = Graph(draw, kind)
    batch, h, w_ = draw(st.integers(1, 2)), draw(st.integers(1, 6)), draw(st.integers(1, 6))
    in_c, out_c = draw(st.integers(1, 9)), draw(st.integers(1, 9))
    stride = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    kernel = tuple(draw(st.integers(s if reaching else 1, 5)) for s in stride)
    padding = draw(st.sampled_from(["SAME", "VALID"]))
    if padding == "SAME":
        out = (h * stride[0], w_ * stride[1])
    else:
        out = tuple(n * s + max(k - s, 0) for n, s, k in zip((h, w_), stride, kernel,
                                                                 strict=True))
    in_q = g.quant()
    x = g.activation((batch, h, w_, in_c), in_q)
    w, w_scales = g.weights((out_c, *kernel, in_c), axis=0)
    bias = g.bias(out_c, scale_of(in_q), w_scales, optional=True)
    taps = max(1, (kernel[0] // stride[0]) * (kernel[1] // stride[1])) * in_c
    y = g.activation((batch, *out, out_c), g.output_quant(scale_of(in_q), w_scales, taps))
    inputs = [_constant(g, [batch, *out, out_c]), w, x] + ([bias] if bias >= 0 else [])
    g.m.op("TRANSPOSE_CONV", inputs, [y], "TransposeConvOptions", padding=padding,
           stride_h=stride[0], stride_w=stride[1],
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(batch, h, w_, in_c)])
