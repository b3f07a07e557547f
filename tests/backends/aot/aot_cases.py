"""Hypothesis strategies for single-op (and small multi-op) models, built with ModelBuilder.

Each strategy draws shapes, strides, paddings, channel counts and quantization parameters and
returns a Case: the .tflite bytes plus a few random input samples. `kind` is "s8" (int8
tensors, TFLM bit-exactness), "s16" (int16x8: int16 activations with zero point 0, int8
weights, int64 biases; TFLM bit-exactness) or "f32" (float32, compared with LiteRT).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from aot_testkit.modelgen import ModelBuilder
from hypothesis import strategies as st

ACTIVATIONS = ("NONE", "RELU", "RELU6", "RELU_N1_TO_1")
SAMPLES = 3
_DTYPES = {"s8": np.int8, "s16": np.int16, "f32": np.float32}
# log2 of the activation scales drawn: int16 tensors hold 256 times as many steps
_SCALE_EXPONENTS = {"s8": (-9, 1), "s16": (-14, -3)}


@dataclass
class Case:
    tflite: bytes
    samples: list[list[np.ndarray]]


class Graph:
    """A ModelBuilder plus the drawing helpers every op strategy needs."""

    def __init__(self, draw, kind: str):
        self.draw, self.kind, self.m = draw, kind, ModelBuilder()
        self.rng = np.random.default_rng(draw(st.integers(0, 2**31)))
        self.dtype = _DTYPES[kind]

    def quant(self) -> dict:
        if self.kind == "f32":
            return {}
        scale = 2.0 ** self.draw(st.floats(*_SCALE_EXPONENTS[self.kind]))
        return {"scale": scale, "zero_point": self._zero_point()}

    def _zero_point(self) -> int:
        """int16 activations are symmetric (zero point 0), as TFLM requires."""
        return self.draw(st.integers(-128, 127)) if self.kind == "s8" else 0

    def activation(self, shape, quant: dict | None = None) -> int:
        return self.m.tensor(shape, self.dtype, **(self.quant() if quant is None else quant))

    def weights(self, shape, axis: int) -> tuple[int, np.ndarray]:
        """A constant weight tensor; int8 weights get per-channel scales half of the time."""
        if self.kind == "f32":
            data = self.rng.normal(0, 0.5, size=shape).astype(np.float32)
            return self.m.tensor(shape, np.float32, data=data), np.ones(1)
        channels = shape[axis] if self.draw(st.booleans()) else 1
        scales = 2.0 ** self.rng.uniform(-9, -4, size=channels)
        data = self.rng.integers(-127, 128, size=shape, dtype=np.int8)
        return self.m.tensor(shape, np.int8, data=data, scale=scales, axis=axis), scales

    def bias(self, channels: int, input_scale: float, weight_scales, optional: bool = True
             ) -> int:
        if optional and not self.draw(st.booleans()):
            return -1
        if self.kind == "f32":
            data = self.rng.normal(0, 1, size=channels).astype(np.float32)
            return self.m.tensor((channels,), np.float32, data=data)
        scales = np.broadcast_to(input_scale * np.asarray(weight_scales), (channels,))
        dtype, bits = (np.int64, 22) if self.kind == "s16" else (np.int32, 14)
        data = self.rng.integers(-(1 << bits), 1 << bits, size=channels, dtype=dtype)
        return self.m.tensor((channels,), dtype, data=data, scale=scales, axis=0)

    def output_quant(self, input_scale: float, weight_scales, depth: int) -> dict:
        """An output scale that keeps a useful part of the accumulator range unsaturated."""
        if self.kind == "f32":
            return {}
        gain = 2.0 ** self.draw(st.floats(-1, 4))
        scale = input_scale * float(np.mean(weight_scales)) * 64 * np.sqrt(depth) * gain
        return {"scale": scale, "zero_point": self._zero_point()}

    def case(self, inputs: list[int], outputs: list[int], shapes: list[tuple]) -> Case:
        tflite = self.m.build(inputs, outputs)
        return Case(tflite, [[self.sample(shape) for shape in shapes] for _ in range(SAMPLES)])

    def sample(self, shape) -> np.ndarray:
        if self.kind != "f32":
            info = np.iinfo(self.dtype)
            return self.rng.integers(info.min, info.max + 1, size=shape, dtype=self.dtype)
        return self.rng.normal(0, 2, size=shape).astype(np.float32)


def softmax_quant(kind: str) -> dict:
    """The output quantization TFLM requires of an int8 or int16 SOFTMAX."""
    return {"s8": {"scale": 1 / 256, "zero_point": -128},
            "s16": {"scale": 1 / 32768, "zero_point": 0}}.get(kind, {})


def scale_of(quant: dict) -> float:
    return quant.get("scale", 1.0)


def window_options(draw, image: tuple[int, int], kernel: tuple[int, int],
                   dilation: tuple[int, int] = (1, 1)) -> tuple[dict, tuple[int, int]]:
    """Strides and padding for a window op; returns the options and the output size."""
    stride = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    effective = [(k - 1) * d + 1 for k, d in zip(kernel, dilation, strict=True)]
    fits = all(e <= size for e, size in zip(effective, image, strict=True))
    padding = draw(st.sampled_from(["SAME", "VALID"] if fits else ["SAME"]))
    if padding == "SAME":
        out = tuple(-(-size // s) for size, s in zip(image, stride, strict=True))
    else:
        out = tuple((size - e + s) // s for size, e, s in zip(image, effective, stride,
                                                                  strict=True))
    options = {"padding": padding, "stride_h": stride[0], "stride_w": stride[1]}
    return options, out
