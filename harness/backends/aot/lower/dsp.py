"""Constants for the DSP-extension kernels: channel records for their fast output stage, and
weight layouts matched to their SIMD inner loops (firmware/backends/aot/kernels/aot_*_dsp.c).

A layer goes to a DSP kernel only when the fast output stage reproduces TFLM exactly for
every accumulator the layer can produce; `channel_records` returns None otherwise and the
lowering keeps the portable kernel.
"""

from __future__ import annotations

import numpy as np

from harness.backends.aot.fixedpoint import wrap32
from harness.backends.aot.quant import INT8_MAX, INT8_MIN, activation_range_s8

INT32_MAX = (1 << 31) - 1


def accumulator_bound(weights: np.ndarray, bias: np.ndarray | None, input_zp: int
                      ) -> np.ndarray:
    """The largest |accumulator| per output channel TFLM can compute: bias + sum of
    w * (x - zero_point) over a channel's taps (rows of `weights`), any int8 x, padding 0."""
    w = weights.astype(np.int64)
    low, high = INT8_MIN - input_zp, INT8_MAX - input_zp  # the range holds 0 (padding)
    most = np.maximum(w * low, w * high).sum(axis=1)
    least = np.minimum(w * low, w * high).sum(axis=1)
    b = np.zeros(len(w), np.int64) if bias is None else bias.astype(np.int64).reshape(-1)
    return np.maximum(np.abs(b + most), np.abs(b + least))


def channel_records(stored_bias: np.ndarray, bound: np.ndarray, multipliers: np.ndarray,
                    shifts: np.ndarray, output_zp: int) -> np.ndarray | None:
    """[channels, 4] int32 {bias, multiplier, right shift, offset} for aot_requantize_fast, or
    None when a channel does not fit it: a left shift (or none at all), an accumulator that
    doubled would overflow, or an output-stage sum beyond int32."""
    shifts = shifts.astype(np.int64)
    if np.any(shifts >= 0) or np.any(bound > (1 << 30) - 1):
        return None
    right = -shifts
    offsets = (np.int64(1) << (right - 1)) + (np.int64(output_zp) << right)
    high_mul = bound * multipliers.astype(np.int64) // (1 << 31) + 1  # |SMMULR(2 acc, m)|
    if np.any(high_mul + 1 + np.abs(offsets) > INT32_MAX):
        return None
    return np.stack([wrap32(stored_bias), multipliers, right, offsets], axis=1).astype(np.int32)


def activation(act: str, scale: float, zero_point: int) -> dict:
    """The aot_activation struct: clamp only when the range is narrower than int8's."""
    act_min, act_max = activation_range_s8(act, scale, zero_point)
    return {"clamp": int((act_min, act_max) != (INT8_MIN, INT8_MAX)), "act_min": act_min,
            "act_max": act_max}


def halves(value: int) -> int:
    """A 16-bit value in both halfwords of a word (SIMD constants)."""
    half = value & 0xFFFF
    return half | (half << 16)


def chunked(rows: np.ndarray) -> np.ndarray:
    """Rows zero-padded to whole 4-byte chunks: [n, ceil(k / 4) * 4]."""
    pad = -rows.shape[1] % 4
    return np.pad(rows, ((0, 0), (0, pad)))


def conv_weights(weights: np.ndarray) -> tuple[np.ndarray, int, int]:
    """OHWI weights laid out for aot_conv_s8_dsp: (layout, row_chunks, window_chunks).

    Row mode pads each kernel row (k_w * in_c bytes) to whole 4-byte chunks; window mode
    (window_chunks > 0) pads the whole window once, used when that saves chunks."""
    out_c, k_h, k_w, in_c = weights.shape
    rows = chunked(weights.reshape(out_c * k_h, k_w * in_c))
    row_chunks = rows.shape[1] // 4
    window = chunked(weights.reshape(out_c, -1))
    if window.shape[1] < k_h * rows.shape[1]:
        return window.reshape(-1), row_chunks, window.shape[1] // 4
    return rows.reshape(-1), row_chunks, 0


def lane_groups(records: np.ndarray) -> np.ndarray:
    """Channel records regrouped by four channels as [group][field][lane] (zero-padded)."""
    count = -(-len(records) // 4) * 4
    padded = np.zeros((count, 4), np.int32)
    padded[: len(records)] = records
    return padded.reshape(-1, 4, 4).transpose(0, 2, 1).reshape(-1)


def depthwise_weights(weights: np.ndarray) -> np.ndarray:
    """[1, k_h, k_w, C] weights as int16 [ceil(C / 4)][k_h][k_w][4], lanes in the even/odd
    order SXTB16 produces (channels 0, 2, 1, 3), doubled (the kernel's accumulators are)."""
    _, k_h, k_w, channels = weights.shape
    groups = -(-channels // 4)
    padded = np.zeros((k_h, k_w, groups * 4), np.int16)
    padded[:, :, :channels] = weights[0]
    lanes = padded.reshape(k_h, k_w, groups, 4)[..., [0, 2, 1, 3]]
    return (2 * lanes.transpose(2, 0, 1, 3)).reshape(-1).astype(np.int16)


def planar_weights(weights: np.ndarray) -> np.ndarray:
    """[1, 3, 3, C] weights as int16 [C][3 rows][(w0, w1), (w1, w2)], doubled: the halfword
    pairs aot_dwconv3x3_s8_dsp multiplies with pairs of horizontal neighbours."""
    rows = weights[0].transpose(2, 0, 1).astype(np.int16)  # [C][row][column]
    pairs = np.stack([rows[..., 0], rows[..., 1], rows[..., 1], rows[..., 2]], axis=-1)
    return (2 * pairs).reshape(-1).astype(np.int16)


def fc_weights(weights: np.ndarray) -> tuple[np.ndarray, int]:
    """[out, in] weights as blocks of four rows [out / 4][chunks][4 rows][4 bytes], then the
    remaining rows whole; the number of 4-byte chunks per row."""
    rows = chunked(weights)
    blocks = len(rows) // 4 * 4
    chunks = rows.shape[1] // 4
    head = rows[:blocks].reshape(-1, 4, chunks, 4).transpose(0, 2, 1, 3)
    return np.concatenate([head.reshape(-1), rows[blocks:].reshape(-1)]), chunks
