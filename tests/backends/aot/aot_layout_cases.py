"""Strategies for the data-movement ops (MEAN, PAD, CONCATENATION, RESHAPE) and a small
multi-op chain that exercises aliasing and memory planning."""

from __future__ import annotations

import numpy as np
from aot_cases import Case, Graph, scale_of, softmax_quant, window_options
from hypothesis import strategies as st


def _shape(draw, min_rank: int = 1, max_rank: int = 4) -> tuple[int, ...]:
    return tuple(draw(st.lists(st.integers(1, 6), min_size=min_rank, max_size=max_rank)))


@st.composite
def mean(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    shape = _shape(draw, 1, 4)
    axes = sorted(draw(st.sets(st.integers(0, len(shape) - 1), min_size=1)))
    keep = draw(st.booleans())
    out_shape = tuple(1 if d in axes else n for d, n in enumerate(shape) if keep or d not in axes)
    x, y = g.activation(shape), g.activation(out_shape)
    signed = [a - len(shape) if draw(st.booleans()) else a for a in axes]
    axis = g.m.tensor((len(axes),), np.int32, data=np.array(signed, dtype=np.int32))
    g.m.op("MEAN", [x, axis], [y], "ReducerOptions", keep_dims=keep)
    return g.case([x], [y], [shape])


@st.composite
def pad(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    shape = _shape(draw, 1, 4)
    paddings = np.array([[draw(st.integers(0, 3)), draw(st.integers(0, 3))] for _ in shape],
                        dtype=np.int32)
    out_shape = tuple(int(n) for n in np.add(shape, paddings.sum(axis=1)))
    q = g.quant()
    x, y = g.activation(shape, q), g.activation(out_shape, q)
    inputs = [x, g.m.tensor(paddings.shape, np.int32, data=paddings)]
    if draw(st.booleans()):
        inputs.append(g.m.tensor((1,), g.dtype, data=g.sample((1,)), **q))
        g.m.op("PADV2", inputs, [y], "PadV2Options")
    else:
        g.m.op("PAD", inputs, [y], "PadOptions")
    return g.case([x], [y], [shape])


@st.composite
def concatenation(draw, kind: str) -> Case:
    g = Graph(draw, kind)
    base = _shape(draw, 1, 4)
    axis = draw(st.integers(0, len(base) - 1))
    sizes = draw(st.lists(st.integers(1, 5), min_size=1, max_size=4))
    shapes = [base[:axis] + (n,) + base[axis + 1:] for n in sizes]
    q = g.quant()
    xs = [g.activation(s, q) for s in shapes]
    y = g.activation(base[:axis] + (sum(sizes),) + base[axis + 1:], q)
    negative = draw(st.booleans())
    g.m.op("CONCATENATION", xs, [y], "ConcatenationOptions",
           axis=axis - len(base) if negative else axis)
    return g.case(xs, [y], shapes)


@st.composite
def conv_reshape_dense(draw, kind: str) -> Case:
    """CONV_2D -> AVERAGE_POOL_2D -> RESHAPE -> FULLY_CONNECTED -> SOFTMAX: aliasing across a
    reshape and arena reuse across five buffers."""
    g = Graph(draw, kind)
    h, w_, depth, channels = (draw(st.integers(2, 8)), draw(st.integers(2, 8)),
                              draw(st.integers(1, 4)), draw(st.integers(1, 6)))
    in_q = g.quant()
    x = g.activation((1, h, w_, depth), in_q)
    wc, wc_scales = g.weights((channels, 3, 3, depth), axis=0)
    conv_q = g.output_quant(scale_of(in_q), wc_scales, 9 * depth)
    c = g.activation((1, h, w_, channels), conv_q)
    bias = g.bias(channels, scale_of(in_q), wc_scales, optional=kind != "f32")
    g.m.op("CONV_2D", [x, wc, bias], [c],
           "Conv2DOptions", padding="SAME", stride_h=1, stride_w=1,
           fused_activation_function="RELU")
    options, (oh, ow) = window_options(draw, (h, w_), (2, 2))
    p = g.activation((1, oh, ow, channels), conv_q)
    g.m.op("AVERAGE_POOL_2D", [c], [p], "Pool2DOptions", **options, filter_height=2,
           filter_width=2)
    flat = oh * ow * channels
    r = g.activation((1, flat), conv_q)
    shape = g.m.tensor((2,), np.int32, data=np.array([1, flat], dtype=np.int32))
    g.m.op("RESHAPE", [p, shape], [r], "ReshapeOptions", new_shape=[1, flat])
    units = draw(st.integers(2, 10))
    wf, wf_scales = g.weights((units, flat), axis=0)
    f = g.activation((1, units), g.output_quant(scale_of(conv_q), wf_scales, flat))
    g.m.op("FULLY_CONNECTED", [r, wf, g.bias(units, scale_of(conv_q), wf_scales)], [f],
           "FullyConnectedOptions")
    y = g.activation((1, units), softmax_quant(kind))
    g.m.op("SOFTMAX", [f], [y], "SoftmaxOptions", beta=1.0)
    return g.case([x], [y], [(1, h, w_, depth)])
