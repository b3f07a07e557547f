"""Strategies aimed at the DSP kernels' edge cases: channel counts that are not multiples of
four (the SIMD lanes), pixel counts that are not multiples of four (the GEMM's 4-pixel blocks),
odd chunk counts (its 2x-unrolled inner loop), kernel rows that are and are not whole 4-byte
chunks (row and window mode), padding on every border, strides, dilation, and fully connected
layers with a remainder of rows after the 4-row blocks. Every layer drawn here suits the DSP
kernels (depth multiplier 1, no groups, right-shift requantization)."""

from __future__ import annotations

import numpy as np
from aot_cases import ACTIVATIONS, Case, Graph, scale_of, window_options
from hypothesis import strategies as st


@st.composite
def conv(draw) -> Case:
    g = Graph(draw, "s8")
    h, w_ = draw(st.integers(1, 11)), draw(st.integers(1, 11))
    depth, out_c = draw(st.integers(1, 19)), draw(st.integers(1, 11))
    kernel = (draw(st.integers(1, 5)), draw(st.integers(1, 5)))
    dilation = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    options, (oh, ow) = window_options(draw, (h, w_), kernel, dilation)
    batch = draw(st.integers(1, 2))
    in_q = g.quant()
    x = g.activation((batch, h, w_, depth), in_q)
    w, w_scales = g.weights((out_c, *kernel, depth), axis=0)
    b = g.bias(out_c, scale_of(in_q), w_scales)
    taps = kernel[0] * kernel[1] * depth
    y = g.activation((batch, oh, ow, out_c), g.output_quant(scale_of(in_q), w_scales, taps))
    g.m.op("CONV_2D", [x, w, b], [y], "Conv2DOptions", **options,
           dilation_h_factor=dilation[0], dilation_w_factor=dilation[1],
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(batch, h, w_, depth)])


@st.composite
def narrow_pointwise(draw) -> Case:
    """A 1x1 CONV_2D over 4 or 8 channels (aot_pointwise_s8_dsp's case), any stride, batch
    and activation."""
    g = Graph(draw, "s8")
    h, w_ = draw(st.integers(1, 9)), draw(st.integers(1, 9))
    depth, out_c = draw(st.sampled_from([4, 8])), draw(st.integers(1, 20))
    options, (oh, ow) = window_options(draw, (h, w_), (1, 1))
    batch = draw(st.integers(1, 2))
    in_q = g.quant()
    x = g.activation((batch, h, w_, depth), in_q)
    w, w_scales = g.weights((out_c, 1, 1, depth), axis=0)
    b = g.bias(out_c, scale_of(in_q), w_scales)
    y = g.activation((batch, oh, ow, out_c), g.output_quant(scale_of(in_q), w_scales, depth))
    g.m.op("CONV_2D", [x, w, b], [y], "Conv2DOptions", **options,
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(batch, h, w_, depth)])


@st.composite
def conv_chain(draw) -> Case:
    """A 1x1 CONV_2D, then a CONV_2D of any window over its output (an arena tensor that dies
    there: the second may write its output over it), then an ADD of two of its outputs'
    copies (ADD may write over an input that dies)."""
    g = Graph(draw, "s8")
    h, w_ = draw(st.integers(1, 11)), draw(st.integers(1, 11))
    depth, mid, out_c = (draw(st.integers(1, 19)) for _ in range(3))
    kernel = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    dilation = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    options, (oh, ow) = window_options(draw, (h, w_), kernel, dilation)
    in_q = g.quant()
    x = g.activation((1, h, w_, depth), in_q)
    w, w_scales = g.weights((mid, 1, 1, depth), axis=0)
    a_q = g.output_quant(scale_of(in_q), w_scales, depth)
    a = g.activation((1, h, w_, mid), a_q)
    g.m.op("CONV_2D", [x, w, g.bias(mid, scale_of(in_q), w_scales)], [a], "Conv2DOptions",
           padding="VALID", stride_h=1, stride_w=1)
    w, w_scales = g.weights((out_c, *kernel, mid), axis=0)
    y_q = g.output_quant(scale_of(a_q), w_scales, kernel[0] * kernel[1] * mid)
    y = g.activation((1, oh, ow, out_c), y_q)
    g.m.op("CONV_2D", [a, w, g.bias(out_c, scale_of(a_q), w_scales)], [y], "Conv2DOptions",
           **options, dilation_h_factor=dilation[0], dilation_w_factor=dilation[1],
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    z = g.activation((1, oh, ow, out_c), y_q)
    g.m.op("ADD", [y, y], [z], "AddOptions")
    return g.case([x], [z], [(1, h, w_, depth)])


@st.composite
def depthwise(draw) -> Case:
    g = Graph(draw, "s8")
    h, w_, depth = draw(st.integers(1, 10)), draw(st.integers(1, 10)), draw(st.integers(1, 13))
    kernel = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    dilation = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    options, (oh, ow) = window_options(draw, (h, w_), kernel, dilation)
    in_q = g.quant()
    x = g.activation((1, h, w_, depth), in_q)
    w, w_scales = g.weights((1, *kernel, depth), axis=3)
    b = g.bias(depth, scale_of(in_q), w_scales, optional=False)  # TFLM crashes without one
    y = g.activation((1, oh, ow, depth),
                     g.output_quant(scale_of(in_q), w_scales, kernel[0] * kernel[1]))
    g.m.op("DEPTHWISE_CONV_2D", [x, w, b], [y], "DepthwiseConv2DOptions", **options,
           depth_multiplier=1, dilation_h_factor=dilation[0], dilation_w_factor=dilation[1],
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(1, h, w_, depth)])


@st.composite
def depthwise_3x3(draw, depths=None, widths=None) -> Case:
    """The planar kernel's case: 3x3, stride 1 or 2, no dilation, at least 4 outputs wide;
    odd and even widths, SAME and VALID padding, odd and even channel counts (or `depths`,
    `widths`: strategies of them)."""
    g = Graph(draw, "s8")
    stride = draw(st.integers(1, 2))
    h = draw(st.integers(1, 9))
    w_ = draw(st.integers(4 * stride + 3, 12) if widths is None else widths)
    depth = draw(st.integers(1, 9) if depths is None else depths)
    padding = draw(st.sampled_from(["SAME", "VALID"] if h >= 3 else ["SAME"]))
    if padding == "SAME":
        oh, ow = -(-h // stride), -(-w_ // stride)
    else:
        oh, ow = (h - 3) // stride + 1, (w_ - 3) // stride + 1
    in_q = g.quant()
    x = g.activation((1, h, w_, depth), in_q)
    w, w_scales = g.weights((1, 3, 3, depth), axis=3)
    b = g.bias(depth, scale_of(in_q), w_scales, optional=False)
    y = g.activation((1, oh, ow, depth), g.output_quant(scale_of(in_q), w_scales, 9))
    g.m.op("DEPTHWISE_CONV_2D", [x, w, b], [y], "DepthwiseConv2DOptions", padding=padding,
           stride_h=stride, stride_w=stride, depth_multiplier=1,
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(1, h, w_, depth)])


@st.composite
def depthwise_3x3_strided(draw) -> Case:
    """3x3 depthwise layers of any stride (each way its own) and size, down to images smaller
    than the window (no output pixel inside the input) and rows of fewer than four inside."""
    g = Graph(draw, "s8")
    h, w_, depth = draw(st.integers(1, 11)), draw(st.integers(1, 14)), draw(st.integers(1, 9))
    options, (oh, ow) = window_options(draw, (h, w_), (3, 3))
    in_q = g.quant()
    x = g.activation((1, h, w_, depth), in_q)
    w, w_scales = g.weights((1, 3, 3, depth), axis=3)
    b = g.bias(depth, scale_of(in_q), w_scales, optional=False)
    y = g.activation((1, oh, ow, depth), g.output_quant(scale_of(in_q), w_scales, 9))
    g.m.op("DEPTHWISE_CONV_2D", [x, w, b], [y], "DepthwiseConv2DOptions", **options,
           depth_multiplier=1, fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(1, h, w_, depth)])


@st.composite
def fully_connected(draw) -> Case:
    g = Graph(draw, "s8")
    batch, depth, units = draw(st.integers(1, 3)), draw(st.integers(1, 70)), \
        draw(st.integers(1, 13))
    in_q = g.quant()
    x = g.activation((batch, depth), in_q)
    w, w_scales = g.weights((units, depth), axis=0)
    b = g.bias(units, scale_of(in_q), w_scales)
    y = g.activation((batch, units), g.output_quant(scale_of(in_q), w_scales, depth))
    g.m.op("FULLY_CONNECTED", [x, w, b], [y], "FullyConnectedOptions",
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(batch, depth)])


@st.composite
def add(draw) -> Case:
    g = Graph(draw, "s8")
    shape = tuple(draw(st.lists(st.integers(1, 7), min_size=1, max_size=4)))
    a_q, b_q = g.quant(), g.quant()
    # An output scale near the inputs' (as in residual blocks); one far above them needs a
    # right shift too long for the fast output stage, which the fallback test covers.
    out_scale = max(scale_of(a_q), scale_of(b_q)) * 2.0 ** draw(st.floats(-2, 3))
    y_q = {"scale": out_scale, "zero_point": draw(st.integers(-128, 127))}
    a, b, y = g.activation(shape, a_q), g.activation(shape, b_q), g.activation(shape, y_q)
    g.m.op("ADD", [a, b], [y], "AddOptions",
           fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([a, b], [y], [shape, shape])


@st.composite
def pool(draw, opcode: str) -> Case:
    """AVERAGE_POOL_2D or MAX_POOL_2D over channel counts below, at and beyond a vector (4
    int32 or 16 int8 lanes), windows clipped at every border (tap counts vary per pixel)."""
    g = Graph(draw, "s8")
    batch = draw(st.integers(1, 2))
    h, w_, depth = draw(st.integers(1, 9)), draw(st.integers(1, 9)), draw(st.integers(1, 37))
    kernel = (draw(st.integers(1, 5)), draw(st.integers(1, 5)))
    options, (oh, ow) = window_options(draw, (h, w_), kernel)
    q = g.quant()
    x, y = g.activation((batch, h, w_, depth), q), g.activation((batch, oh, ow, depth), q)
    g.m.op(opcode, [x], [y], "Pool2DOptions", **options, filter_height=kernel[0],
           filter_width=kernel[1], fused_activation_function=draw(st.sampled_from(ACTIVATIONS)))
    return g.case([x], [y], [(batch, h, w_, depth)])


@st.composite
def spatial_mean(draw) -> Case:
    """MEAN over height and width (global average pooling), any channel count."""
    g = Graph(draw, "s8")
    shape = (draw(st.integers(1, 2)), draw(st.integers(1, 9)), draw(st.integers(1, 9)),
             draw(st.integers(1, 13)))
    keep = draw(st.booleans())
    out_shape = (shape[0], 1, 1, shape[3]) if keep else (shape[0], shape[3])
    x, y = g.activation(shape), g.activation(out_shape)
    axis = g.m.tensor((2,), np.int32, data=np.array([1, 2], dtype=np.int32))
    g.m.op("MEAN", [x, axis], [y], "ReducerOptions", keep_dims=keep)
    return g.case([x], [y], [shape])


class Trained:
    """Quantization that looks like a trained model's with batch norm folded into per-channel
    scales: channel scales spread over four decades (so requantization multipliers are both
    far below and above one half: right shifts, no shift and left shifts), one multiplier a
    hair below 2^31, dead channels (all-zero weights, a scale near 1e-10 and a bias that
    saturates int32 or nearly), biases as large as the converter makes them, and input and
    output zero points at the ends of the int8 range."""

    def __init__(self, g: Graph, channels: int, fan_in: int):
        draw, rng = g.draw, g.rng
        self.g, self.channels = g, channels
        self.in_q = {"scale": 2.0 ** draw(st.floats(-8, -2)),
                     "zero_point": draw(st.sampled_from([-128, 127, -1, 0, 37]))}
        self.dead = rng.random(channels) < draw(st.sampled_from([0.0, 0.3, 0.7]))
        spread = 10.0 ** rng.uniform(-2, 2, channels)  # the batch norm's gamma / sigma
        self.real = rng.normal(0, 1, (channels, fan_in)) * spread[:, None]
        self.real[self.dead] = 0
        self.scales = np.abs(self.real).max(axis=1) / 127
        self.scales[self.dead] = 10.0 ** rng.uniform(-11, -9, int(self.dead.sum()))
        typical = float(np.median(self.scales[~self.dead])) if (~self.dead).any() else 1e-3
        out_scale = self.in_q["scale"] * typical * 4 * np.sqrt(fan_in) * 2.0 ** draw(
            st.floats(-3, 3))
        self.out_q = {"scale": out_scale, "zero_point": draw(st.sampled_from([-128, 127, -3]))}
        live = np.flatnonzero(~self.dead)
        if live.size:  # a multiplier one part in 2^30 below one: Q31 2^31 - 1, shift 0
            self.scales[live[0]] = out_scale / self.in_q["scale"] * (1 - 2.0 ** -31)
            self.real[live[0]] *= self.scales[live[0]] * 127 / np.abs(self.real[live[0]]).max()
        beta = rng.normal(0, 3, channels) * spread  # the folded batch norm's shift
        accumulated = beta / (self.in_q["scale"] * self.scales)
        self.bias = np.clip(np.round(accumulated), -(2**31), 2**31 - 1).astype(np.int32)

    def weights(self, shape: tuple[int, ...], axis: int) -> int:
        """The int8 weights shaped `shape`, output channels along `axis`."""
        q = np.round(self.real / self.scales[:, None]).clip(-127, 127).astype(np.int8)
        data = np.moveaxis(q.reshape(self.channels, *np.delete(shape, axis)), 0, axis)
        return self.g.m.tensor(shape, np.int8, data=data, scale=self.scales, axis=axis)

    def bias_tensor(self) -> int:
        return self.g.m.tensor((self.channels,), np.int32, data=self.bias,
                               scale=self.in_q["scale"] * self.scales, axis=0)


TRAINED_ACTIVATIONS = ("RELU6", "NONE", "RELU")


@st.composite
def trained_conv(draw) -> Case:
    g = Graph(draw, "s8")
    h, w_ = draw(st.integers(2, 9)), draw(st.integers(2, 9))
    depth, out_c = draw(st.integers(1, 24)), draw(st.integers(1, 24))
    kernel = draw(st.sampled_from([(1, 1), (3, 3), (1, 3)]))
    options, (oh, ow) = window_options(draw, (h, w_), kernel)
    return _trained_conv_case(draw, g, (h, w_, depth), kernel, options, (oh, ow, out_c))


def _trained_conv_case(draw, g: Graph, image: tuple[int, int, int], kernel: tuple[int, int],
                       options: dict, output: tuple[int, int, int]) -> Case:
    """A one-CONV_2D model quantized like a trained layer (`Trained`), one batch, an
    activation drawn from the trained ones."""
    depth, out_c = image[2], output[2]
    t = Trained(g, out_c, kernel[0] * kernel[1] * depth)
    x = g.activation((1, *image), t.in_q)
    w = t.weights((out_c, *kernel, depth), axis=0)
    y = g.activation((1, *output), t.out_q)
    g.m.op("CONV_2D", [x, w, t.bias_tensor()], [y], "Conv2DOptions", **options,
           fused_activation_function=draw(st.sampled_from(TRAINED_ACTIVATIONS)))
    return g.case([x], [y], [(1, *image)])


# (kernel, depth) of convolutions whose kernel rows are 4n + 1 bytes, 4 rows at most: the
# DSP kernel's tail mode (a 3x3 window over 3 channels is the common first layer).
TAIL_WINDOWS = (((3, 3), 3), ((2, 3), 3), ((3, 1), 5), ((4, 1), 1), ((4, 3), 3))


@st.composite
def tail_conv(draw) -> Case:
    """A CONV_2D in tail mode, quantized like a trained layer (per-channel scales spread so
    that requantization takes right, no and left shifts; dead channels; RELU6 among the
    activations), any stride and padding, the image from 1 pixel up to 4 blocks of four."""
    g = Graph(draw, "s8")
    kernel, depth = draw(st.sampled_from(TAIL_WINDOWS))
    h, w_ = draw(st.integers(1, 10)), draw(st.integers(1, 10))
    options, (oh, ow) = window_options(draw, (h, w_), kernel)
    out_c = draw(st.integers(1, 12))
    return _trained_conv_case(draw, g, (h, w_, depth), kernel, options, (oh, ow, out_c))


@st.composite
def trained_depthwise(draw) -> Case:
    g = Graph(draw, "s8")
    h, w_, depth = draw(st.integers(3, 9)), draw(st.integers(3, 9)), draw(st.integers(1, 13))
    stride = draw(st.integers(1, 2))  # stride 1 with 4+ outputs is the planar kernel's case
    padding = draw(st.sampled_from(["SAME", "VALID"]))
    oh, ow = ((-(-h // stride), -(-w_ // stride)) if padding == "SAME"
              else ((h - 3) // stride + 1, (w_ - 3) // stride + 1))
    t = Trained(g, depth, 9)
    x = g.activation((1, h, w_, depth), t.in_q)
    w = t.weights((1, 3, 3, depth), axis=3)
    y = g.activation((1, oh, ow, depth), t.out_q)
    g.m.op("DEPTHWISE_CONV_2D", [x, w, t.bias_tensor()], [y], "DepthwiseConv2DOptions",
           padding=padding, stride_h=stride, stride_w=stride, depth_multiplier=1,
           fused_activation_function=draw(st.sampled_from(TRAINED_ACTIVATIONS)))
    return g.case([x], [y], [(1, h, w_, depth)])


@st.composite
def trained_fully_connected(draw) -> Case:
    g = Graph(draw, "s8")
    depth, units = draw(st.integers(1, 70)), draw(st.integers(1, 13))
    t = Trained(g, units, depth)
    x = g.activation((1, depth), t.in_q)
    w = t.weights((units, depth), axis=0)
    y = g.activation((1, units), t.out_q)
    g.m.op("FULLY_CONNECTED", [x, w, t.bias_tensor()], [y], "FullyConnectedOptions",
           fused_activation_function=draw(st.sampled_from(TRAINED_ACTIVATIONS)))
    return g.case([x], [y], [(1, depth)])


def dsp_kernels(tflite: bytes) -> list[str]:
    """The kernels the DSP build of a model calls."""
    from harness.backends.aot import compile_program
    from harness.model.tflite import read_model

    return [s.call.kernel for s in compile_program(read_model(tflite), "m", dsp=True).steps]


def pointwise(depth: int, out_c: int, pixels: tuple[int, int]) -> bytes:
    """A 1x1 CONV_2D over `depth` channels (2, 4 and 8 chunks have unrolled GEMM copies)."""
    from aot_testkit.modelgen import ModelBuilder

    rng = np.random.default_rng(depth)
    m = ModelBuilder()
    x = m.tensor((1, *pixels, depth), np.int8, scale=0.05, zero_point=-9)
    scales = 2.0 ** rng.uniform(-8, -6, size=out_c)
    w = m.tensor((out_c, 1, 1, depth), np.int8,
                 data=rng.integers(-127, 128, (out_c, 1, 1, depth)), scale=scales, axis=0)
    b = m.tensor((out_c,), np.int32, data=rng.integers(-999, 999, out_c), scale=0.05 * scales,
                 axis=0)
    y = m.tensor((1, *pixels, out_c), np.int8, scale=0.2, zero_point=3)
    m.op("CONV_2D", [x, w, b], [y], "Conv2DOptions", padding="VALID", stride_h=1, stride_w=1,
         fused_activation_function="RELU6")
    return m.build([x], [y])


def residual_chain() -> bytes:
    """16x16x8 -> 1x1 CONV_2D -> 16x16x16 -> 3x3 CONV_2D (SAME) -> ADD of it with itself."""
    from aot_testkit.modelgen import ModelBuilder

    rng = np.random.default_rng(5)
    m = ModelBuilder()
    x = m.tensor((1, 16, 16, 8), np.int8, scale=0.05, zero_point=-9)
    tensors = [x]
    for depth, k in ((8, 1), (16, 3)):
        scales = 2.0 ** rng.uniform(-8, -6, size=16)
        w = m.tensor((16, k, k, depth), np.int8, scale=scales, axis=0,
                     data=rng.integers(-127, 128, (16, k, k, depth)))
        b = m.tensor((16,), np.int32, data=rng.integers(-999, 999, 16), scale=0.05 * scales,
                     axis=0)
        y = m.tensor((1, 16, 16, 16), np.int8, scale=0.2, zero_point=3)
        m.op("CONV_2D", [tensors[-1], w, b], [y], "Conv2DOptions", padding="SAME",
             stride_h=1, stride_w=1, fused_activation_function="RELU")
        tensors.append(y)
    z = m.tensor((1, 16, 16, 16), np.int8, scale=0.4, zero_point=-2)
    m.op("ADD", [tensors[-1], tensors[-1]], [z], "AddOptions")
    return m.build([x], [z])


def one_channel_conv() -> bytes:
    """4x5x1 -> 4x3x1: a 4x1 CONV_2D dilated 2 down, stride 2 across, SAME (3 rows of top
    padding). Output rows 0 and 1 read from input rows 1 and 0, rows 2 and 3 from 1 and 0
    again: pixel 9, in the block of pixels 8-11, reads input byte 0."""
    from aot_testkit.modelgen import ModelBuilder

    rng = np.random.default_rng(11)
    m = ModelBuilder()
    x = m.tensor((1, 4, 5, 1), np.int8, scale=0.05, zero_point=-3)
    w = m.tensor((1, 4, 1, 1), np.int8, data=rng.integers(40, 128, (1, 4, 1, 1)),
                 scale=[0.01], axis=0)
    b = m.tensor((1,), np.int32, data=[37], scale=[5e-4], axis=0)
    y = m.tensor((1, 4, 3, 1), np.int8, scale=0.1, zero_point=2)
    m.op("CONV_2D", [x, w, b], [y], "Conv2DOptions", padding="SAME", stride_h=1, stride_w=2,
         dilation_h_factor=2)
    return m.build([x], [y])


def single_conv(bias: int = 100, output_scale: float = 0.5) -> bytes:
    """A 3x3 CONV_2D (8x8x6 -> 8x8x5) with one chosen bias value and output scale: a tiny
    output scale makes a multiplier above one (a left shift), a huge bias an accumulator
    beyond the fast output stage."""
    from aot_testkit.modelgen import ModelBuilder

    rng = np.random.default_rng(3)
    m = ModelBuilder()
    x = m.tensor((1, 8, 8, 6), np.int8, scale=0.05, zero_point=4)
    w = m.tensor((5, 3, 3, 6), np.int8, data=rng.integers(-127, 128, (5, 3, 3, 6)),
                 scale=[0.01] * 5, axis=0)
    b = m.tensor((5,), np.int32, data=np.full(5, bias), scale=[5e-4] * 5, axis=0)
    y = m.tensor((1, 8, 8, 5), np.int8, scale=output_scale, zero_point=-7)
    m.op("CONV_2D", [x, w, b], [y], "Conv2DOptions", padding="SAME", stride_h=1, stride_w=1)
    return m.build([x], [y])


def fixed_add(other: tuple[int, ...] = (1, 4, 4, 8)) -> bytes:
    """ADD of a [1, 4, 4, 8] tensor and one of shape `other`: the same (the DSP kernel's
    case) or a broadcast one such as [1, 1, 1, 8]."""
    from aot_testkit.modelgen import ModelBuilder

    m = ModelBuilder()
    a = m.tensor((1, 4, 4, 8), np.int8, scale=0.05, zero_point=2)
    b = m.tensor(other, np.int8, scale=0.04, zero_point=-1)
    y = m.tensor((1, 4, 4, 8), np.int8, scale=0.1, zero_point=3)
    m.op("ADD", [a, b], [y], "AddOptions")
    return m.build([a, b], [y])


def global_pool(h: int, w: int) -> bytes:
    """AVERAGE_POOL_2D of a whole h x w x 5 image (h * w taps) into one pixel."""
    from aot_testkit.modelgen import ModelBuilder

    m = ModelBuilder()
    x = m.tensor((1, h, w, 5), np.int8, scale=0.05, zero_point=-4)
    y = m.tensor((1, 1, 1, 5), np.int8, scale=0.05, zero_point=-4)
    m.op("AVERAGE_POOL_2D", [x], [y], "Pool2DOptions", padding="VALID", stride_h=1,
         stride_w=1, filter_height=h, filter_width=w)
    return m.build([x], [y])


def edge_case_model() -> bytes:
    """Every DSP and Helium kernel on awkward shapes: a 3x3 conv over 3 channels (window mode,
    padded borders, 11x9 = 99 pixels: not a multiple of four), a stride-2 depthwise conv over 6
    channels (a partial lane group), a 2x2 max pool and a 3x3 average pool (windows clipped at
    the borders: tap counts vary), a 1x1 conv with 13 channels, an ADD and a fully connected
    layer with 7 outputs (a 4-row block and a remainder), with the RESHAPE between them elided,
    and a CONCATENATION (two kernel calls, one profile entry)."""
    from aot_testkit.modelgen import ModelBuilder

    rng = np.random.default_rng(11)
    m = ModelBuilder()

    def weights(shape, axis):
        scales = 2.0 ** rng.uniform(-8, -6, size=shape[axis])
        data = rng.integers(-127, 128, size=shape, dtype=np.int8)
        return m.tensor(shape, np.int8, data=data, scale=scales, axis=axis), scales

    def bias(n, scales, in_scale):
        return m.tensor((n,), np.int32, data=rng.integers(-2000, 2000, n),
                        scale=in_scale * scales, axis=0)

    def act(shape, scale, zp=-3):
        return m.tensor(shape, np.int8, scale=scale, zero_point=zp)

    x = act((1, 11, 9, 3), 0.05, 5)
    w, s = weights((6, 3, 3, 3), 0)
    a = act((1, 11, 9, 6), 0.1)
    m.op("CONV_2D", [x, w, bias(6, s, 0.05)], [a], "Conv2DOptions", padding="SAME",
         stride_h=1, stride_w=1, fused_activation_function="RELU")
    w, s = weights((1, 3, 3, 6), 3)
    b = act((1, 6, 5, 6), 0.1)
    m.op("DEPTHWISE_CONV_2D", [a, w, bias(6, s, 0.1)], [b], "DepthwiseConv2DOptions",
         padding="SAME", stride_h=2, stride_w=2, depth_multiplier=1)
    peaks, means = act((1, 6, 5, 6), 0.1), act((1, 6, 5, 6), 0.1)
    m.op("MAX_POOL_2D", [b], [peaks], "Pool2DOptions", padding="SAME", stride_h=1, stride_w=1,
         filter_height=2, filter_width=2)
    m.op("AVERAGE_POOL_2D", [peaks], [means], "Pool2DOptions", padding="SAME", stride_h=1,
         stride_w=1, filter_height=3, filter_width=3, fused_activation_function="RELU")
    w, s = weights((13, 1, 1, 6), 0)
    c = act((1, 6, 5, 13), 0.2)
    m.op("CONV_2D", [means, w, bias(13, s, 0.1)], [c], "Conv2DOptions", padding="VALID",
         stride_h=1, stride_w=1)
    d = act((1, 6, 5, 13), 0.3)
    m.op("ADD", [c, c], [d], "AddOptions", fused_activation_function="RELU6")
    flat = act((1, 390), 0.3)
    shape = m.tensor((2,), np.int32, data=[1, 390])
    m.op("RESHAPE", [d, shape], [flat])
    w, s = weights((7, 390), 0)
    e = act((1, 7), 0.5)
    m.op("FULLY_CONNECTED", [flat, w, bias(7, s, 0.3)], [e], "FullyConnectedOptions")
    y = act((1, 14), 0.5)
    m.op("CONCATENATION", [e, e], [y], "ConcatenationOptions", axis=1)
    return m.build([x], [y])


EXPECTED_PROFILE = [(0, "CONV_2D"), (1, "DEPTHWISE_CONV_2D"), (2, "MAX_POOL_2D"),
                    (3, "AVERAGE_POOL_2D"), (4, "CONV_2D"), (5, "ADD"), (7, "FULLY_CONNECTED"),
                    (8, "CONCATENATION")]
