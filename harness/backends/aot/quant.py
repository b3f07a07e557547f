"""Quantization parameters exactly as TFLM's Prepare() functions compute them.

Where TFLM mixes float32 and double arithmetic (a float32 product of two scales, a float32
division before rounding) the same precision is used here, because one ulp of difference in a
multiplier can change an output bit.
"""

from __future__ import annotations

import math

import numpy as np

from harness.backends.aot.ir import Unsupported

INT8_MIN, INT8_MAX = -128, 127
INT16_MIN, INT16_MAX = -32768, 32767
FLT_MAX = float(np.finfo(np.float32).max)


def round_half_away(x: float) -> int:
    """std::round: to nearest, ties away from zero."""
    return int(math.copysign(math.floor(abs(x) + 0.5), x))


def quantize_multiplier(real: float) -> tuple[int, int]:
    """TFLM's QuantizeMultiplier: real = multiplier * 2^(shift - 31), multiplier in Q31."""
    if real == 0.0:
        return 0, 0
    if not math.isfinite(real):  # a NaN or infinite scale in the file
        raise Unsupported(f"a rescaling factor of {real:g} (from a NaN or infinite scale)")
    fraction, shift = math.frexp(real)
    fixed = round_half_away(fraction * (1 << 31))
    if fixed == 1 << 31:
        fixed, shift = fixed // 2, shift + 1
    if shift < -31:
        return 0, 0
    if shift > 31:  # TFLM shifts x left by `shift`; beyond 31 that is undefined
        raise Unsupported(f"a rescaling factor of {real:g} is too large for int8 arithmetic")
    return fixed, shift


def quantize_multipliers(reals) -> tuple[np.ndarray, np.ndarray]:
    pairs = [quantize_multiplier(float(r)) for r in np.atleast_1d(reals)]
    return (np.array([m for m, _ in pairs], dtype=np.int32),
            np.array([s for _, s in pairs], dtype=np.int32))


def f32(x) -> np.float32:
    return np.float32(x)


def quantize_value(value: float, scale: float, zero_point: int) -> int:
    """zero_point + round(value / scale) with the division in float32 (TFLM's Quantize)."""
    return zero_point + round_half_away(float(f32(value) / f32(scale)))


def activation_range_s8(activation: str, scale: float, zero_point: int) -> tuple[int, int]:
    """CalculateActivationRangeQuantized for an int8 output."""
    return activation_range_q(activation, scale, zero_point, INT8_MIN, INT8_MAX)


def activation_range_s16(activation: str, scale: float) -> tuple[int, int]:
    """CalculateActivationRangeQuantized for an int16 output (zero point 0)."""
    return activation_range_q(activation, scale, 0, INT16_MIN, INT16_MAX)


def activation_range_q(activation: str, scale: float, zero_point: int, q_min: int, q_max: int
                       ) -> tuple[int, int]:
    if activation == "NONE":
        return q_min, q_max
    bounds = {"RELU": (0.0, None), "RELU6": (0.0, 6.0), "RELU_N1_TO_1": (-1.0, 1.0)}
    if activation not in bounds:
        raise Unsupported(f"fused activation {activation} is not supported")
    low, high = bounds[activation]
    act_min = max(q_min, quantize_value(low, scale, zero_point))
    act_max = q_max if high is None else min(q_max, quantize_value(high, scale, zero_point))
    return act_min, act_max


def activation_range_f32(activation: str) -> tuple[float, float]:
    """CalculateActivationRange for float32 (FLT_MAX stands for 'no bound')."""
    ranges = {"NONE": (-FLT_MAX, FLT_MAX), "RELU": (0.0, FLT_MAX), "RELU6": (0.0, 6.0),
              "RELU_N1_TO_1": (-1.0, 1.0)}
    if activation not in ranges:
        raise Unsupported(f"fused activation {activation} is not supported")
    return ranges[activation]


def conv_multipliers(input_scale: float, filter_scales: np.ndarray, output_scale: float,
                     channels: int) -> tuple[np.ndarray, np.ndarray]:
    """PopulateConvolutionQuantizationParams: double(in) * double(filter) / double(out), per
    channel (a single filter scale is broadcast to every channel)."""
    scales = np.broadcast_to(np.asarray(filter_scales, dtype=np.float32), (channels,))
    reals = float(input_scale) * scales.astype(np.float64) / float(output_scale)
    return quantize_multipliers(reals)
