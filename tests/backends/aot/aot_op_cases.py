"""One hypothesis strategy per op: random single-op models (see aot_cases)."""

from __future__ import annotations

import numpy as np
from aot_cases import ACTIVATIONS, Case, Graph, scale_of, softmax_quant, window_options
from hypothesis import strategies as st


@st.composite
def fully_connected(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    batch, depth = draw(st.integers(1, 3)), draw(st.integers(1, 48))
    units = draw(st.integers(1, 24))
    rows = draw(st.sampled_from([(), (2,), (3,)]))  # extra dims, kept with keep_num_dims
    in_q = g.quant()
    x = g.activation((batch, *rows, depth), in_q)
    w, w_scales = g.weights((units, depth), axis=0)
    b = g.bias(units, scale_of(in_q), w_scales)
    y = g.activation((batch, *rows, units), g.output_quant(scale_of(in_q), w_scales, depth))
    g.m.op("FULLY_CONNECTED", [x, w, b], [y], "FullyConnectedOptions", keep_num_dims=bool(rows),
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(batch, *rows, depth)])


@st.composite
def conv_2d(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    h, w_, groups = draw(st.integers(1, 10)), draw(st.integers(1, 10)), draw(st.integers(1, 2))
    depth, out_c = draw(st.integers(1, 6)) * groups, draw(st.integers(1, 6)) * groups
    kernel = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    dilation = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    options, (oh, ow) = window_options(draw, (h, w_), kernel, dilation)
    in_q = g.quant()
    x = g.activation((1, h, w_, depth), in_q)
    w, w_scales = g.weights((out_c, *kernel, depth // groups), axis=0)
    b = g.bias(out_c, scale_of(in_q), w_scales, optional=kind != "f32")  # LiteRT needs one
    taps = kernel[0] * kernel[1] * depth // groups
    y = g.activation((1, oh, ow, out_c), g.output_quant(scale_of(in_q), w_scales, taps))
    g.m.op("CONV_2D", [x, w, b], [y], "Conv2DOptions", **options,
           dilation_h_factor=dilation[0], dilation_w_factor=dilation[1],
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(1, h, w_, depth)])


@st.composite
def depthwise_conv_2d(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    h, w_, depth = draw(st.integers(1, 10)), draw(st.integers(1, 10)), draw(st.integers(1, 6))
    multiplier = draw(st.integers(1, 3))
    kernel = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    dilation = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    options, (oh, ow) = window_options(draw, (h, w_), kernel, dilation)
    in_q, out_c = g.quant(), depth * multiplier
    x = g.activation((1, h, w_, depth), in_q)
    w, w_scales = g.weights((1, *kernel, out_c), axis=3)
    b = g.bias(out_c, scale_of(in_q), w_scales, optional=False)  # TFLM crashes without one
    taps = kernel[0] * kernel[1]
    y = g.activation((1, oh, ow, out_c), g.output_quant(scale_of(in_q), w_scales, taps))
    g.m.op("DEPTHWISE_CONV_2D", [x, w, b], [y], "DepthwiseConv2DOptions", **options,
           depth_multiplier=multiplier, dilation_h_factor=dilation[0],
           dilation_w_factor=dilation[1],
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(1, h, w_, depth)])


@st.composite
def pool_2d(draw, kind: str, opcode: str) -> Case:
    g = Graph(draw, kind)
    batch = draw(st.integers(1, 2))
    h, w_, depth = draw(st.integers(1, 12)), draw(st.integers(1, 12)), draw(st.integers(1, 8))
    kernel = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    options, (oh, ow) = window_options(draw, (h, w_), kernel)
    q = g.quant()
    x, y = g.activation((batch, h, w_, depth), q), g.activation((batch, oh, ow, depth), q)
    g.m.op(opcode, [x], [y], "Pool2DOptions", **options, filter_height=kernel[0],
           filter_width=kernel[1], fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(batch, h, w_, depth)])


@st.composite
def binary(draw, kind: str, opcode: str) -> Case:
    g = Graph(draw, kind)
    full = tuple(draw(st.lists(st.integers(1, 5), min_size=1, max_size=4)))
    shapes = [_broadcastable(draw, full) for _ in range(2)]
    out_shape = tuple(np.broadcast_shapes(*shapes))
    constant = draw(st.sampled_from([None, 0, 1]))
    tensors, inputs, sample_shapes = [], [], []
    for i, shape in enumerate(shapes):
        if i == constant:
            tensors.append(g.m.tensor(shape, g.dtype, data=g.sample(shape), **g.quant()))
        else:
            tensors.append(g.activation(shape))
            inputs.append(tensors[-1])
            sample_shapes.append(shape)
    y = g.activation(out_shape)
    options = "AddOptions" if opcode == "ADD" else "MulOptions"
    g.m.op(opcode, tensors, [y], options,
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case(inputs, [y], sample_shapes)


def _broadcastable(draw, shape: tuple[int, ...]) -> tuple[int, ...]:
    rank = draw(st.integers(1, len(shape)))
    return tuple(d if draw(st.booleans()) else 1 for d in shape[len(shape) - rank:])


@st.composite
def softmax(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    shape = (draw(st.integers(1, 4)), draw(st.integers(1, 40)))
    x = g.activation(shape)
    y = g.activation(shape, softmax_quant(kind))
    g.m.op("SOFTMAX", [x], [y], "SoftmaxOptions", beta=draw(st.sampled_from([1.0, 0.5, 2.0])))
    return g.case([x], [y], [shape])


_FIXED_OUTPUT = {"LOGISTIC": {"scale": 1 / 256, "zero_point": -128},
                 "TANH": {"scale": 1 / 128, "zero_point": 0}}


@st.composite
def unary(draw, kind: str, opcode: str) -> Case:
    g = Graph(draw, kind)
    shape = tuple(draw(st.lists(st.integers(1, 6), min_size=1, max_size=4)))
    in_q = g.quant()
    out_q = in_q if opcode == "RELU6" else _FIXED_OUTPUT.get(opcode, g.quant())
    x, y = g.activation(shape, in_q), g.activation(shape, out_q if kind == "s8" else {})
    g.m.op(opcode, [x], [y])
    return g.case([x], [y], [shape])


@st.composite
def quantize(draw, source: str) -> Case:
    g = Graph(draw, "s8")
    shape = tuple(draw(st.lists(st.integers(1, 6), min_size=1, max_size=4)))
    dtype = np.float32 if source == "f32" else np.int8
    x = g.m.tensor(shape, dtype, **(g.quant() if source == "s8" else {}))
    y = g.activation(shape)
    g.m.op("QUANTIZE", [x], [y])
    case = g.case([x], [y], [shape])
    if source == "f32":
        case.samples = [[g.rng.normal(0, 4, size=shape).astype(np.float32)] for _ in case.samples]
    return case


@st.composite
def dequantize(draw) -> Case:
    g = Graph(draw, "s8")
    shape = tuple(draw(st.lists(st.integers(1, 6), min_size=1, max_size=4)))
    x, y = g.activation(shape), g.m.tensor(shape, np.float32)
    g.m.op("DEQUANTIZE", [x], [y])
    return g.case([x], [y], [shape])
