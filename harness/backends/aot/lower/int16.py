"""Parameter pieces of the int16x8 kernels (16-bit activations, 8-bit weights), as TFLM's
reference kernels compute them: activation zero points are 0, biases and accumulators 64-bit,
and the requantization is TFLM's 64-bit MultiplyByQuantizedMultiplier."""

from __future__ import annotations

from functools import cache

import numpy as np

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Unsupported
from harness.backends.aot.quant import activation_range_s16, round_half_away
from harness.model.tflite import Tensor

INT16_TYPES = ("int8", "int16", "float32")  # the types of a lowering with int16 kernels
_REDUCED_LIMIT = 0x7FFF0000  # TFLM saturates Q31 multipliers from here to 0x7FFF


def symmetric(*tensors: Tensor) -> None:
    """int16 activations must have a zero point of 0 (the converter's int16x8 does that)."""
    for tensor in tensors:
        if scale_zero_point(tensor)[1] != 0:
            raise Unsupported(f"int16 tensor {tensor.name!r} has zero point "
                              f"{scale_zero_point(tensor)[1]} (TFLM requires 0)")


def requant16(ctx: OpContext, output: Tensor, multipliers: np.ndarray, shifts: np.ndarray
              ) -> dict:
    """The aot_requant16 struct: per channel TFLM's 16-bit reduced multiplier and the total
    right shift (15 - shift) of its 64-bit MultiplyByQuantizedMultiplier."""
    multipliers = np.asarray(multipliers, dtype=np.int64)
    reduced = np.where(multipliers < _REDUCED_LIMIT, (multipliers + (1 << 15)) >> 16, 0x7FFF)
    total = 15 - np.asarray(shifts, dtype=np.int64)
    if np.any(total < 1):
        raise Unsupported(f"a rescaling factor of 2^{int(np.max(shifts))} or more is too large "
                          "for int16 arithmetic (TFLM allows shifts up to 7)")
    act_min, act_max = activation_range_s16(ctx.activation(), scale_zero_point(output)[0])
    return {"act_min": act_min, "act_max": act_max,
            "multiplier": Array(reduced.astype(np.int32), "multiplier"),
            "shift": Array(total.astype(np.int32), "shift")}


def bias64(ctx: OpContext, bias: Tensor | None, channels: int) -> Array:
    """The int64 bias of an int16x8 layer (zeros when the model has none)."""
    if bias is None:
        return Array(np.zeros(channels, dtype=np.int64), "bias")
    if bias.dtype != np.int64:
        raise Unsupported(f"bias {bias.name!r} has type {bias.dtype} in an int16x8 layer (the "
                          "aot backend runs the converter's int64 biases)")
    return Array(ctx.constant(bias).astype(np.int64).reshape(-1), "bias")


# TFLM's int16 SOFTMAX tables: 513 samples of a function over the whole int16 range, each
# biased by half the error of linear interpolation at its interval's midpoint.
_RANGE = 65535  # int16 max - min
_STEPS = 512


def _table(input_scale: np.float32, input_zero_point: int, output_scale: np.float32,
           function) -> np.ndarray:
    """LUTPopulate<int16_t> in float32 arithmetic, as TFLM computes it."""
    f32 = np.float32
    input_min = input_scale * f32(-32768 - input_zero_point)
    input_max = input_scale * f32(32767 - input_zero_point)
    output_min, output_max = output_scale * f32(-32768), output_scale * f32(32767)
    step = (input_max - input_min) / f32(_STEPS)
    inverse = f32(65536) / (output_max - output_min)

    def rounded(value) -> np.float32:
        return f32(round_half_away(float(value)))

    table = np.zeros(_STEPS + 1, dtype=np.int16)
    for i in range(_STEPS):
        start = input_min + f32(i) * step
        value, midpoint = function(start), function(start + step / f32(2))
        following = function(input_min + f32(i + 1) * step)
        sample = rounded(value * inverse)
        interpolated = rounded((following * inverse + sample) / f32(2))
        bias = rounded((interpolated - rounded(midpoint * inverse)) / f32(2))
        table[i] = np.clip(sample - bias, -32768, 32767)
    table[_STEPS] = np.clip(rounded(function(input_max) * inverse), -32768, 32767)
    return table


def _exp(x: np.float32) -> np.float32:
    # float32 exp rounded from double: the libm expf TFLM calls is within half an ulp of it
    return np.float32(np.exp(np.float64(x)))


def _reciprocal(x: np.float32) -> np.float32:
    return np.float32(1) / (np.float32(1) + x)


@cache
def softmax_tables() -> tuple[np.ndarray, np.ndarray]:
    """exp on [-10, 0] and 1 / (1 + x) on [0, 1], TFLM's int16 SOFTMAX tables."""
    f32 = np.float32
    exp = _table(f32(10) / f32(_RANGE), 32767, f32(2) / f32(_RANGE), _exp)
    reciprocal = _table(f32(1) / f32(_RANGE), -32768, f32(2) / f32(_RANGE), _reciprocal)
    return exp, reciprocal
