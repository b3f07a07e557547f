"""Constants for the DSP-extension kernels: channel records for their output stage, and weight
layouts matched to their SIMD inner loops (firmware/backends/aot/kernels/aot_*_dsp.c).

Every channel of a layer gets a record the kernels turn into TFLM's exact output:
- fast: a right shift and accumulators whose double fits int32 (SMMULR, one rounding shift);
- constant: the output never depends on the input (dead channels: all-zero weights, or a
  bias that the activation clamps whatever the taps add); the record makes any accumulator
  give that value, and a kernel may skip the channel altogether;
- exact: anything else (left shifts, a shift of zero, accumulators near 2^31, output offsets
  beyond the fast stage): TFLM's MultiplyByQuantizedMultiplier with a 64-bit product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from harness.backends.aot import fixedpoint as fp
from harness.backends.aot.fixedpoint import wrap32
from harness.backends.aot.quant import INT8_MAX, INT8_MIN, activation_range_s8

INT32_MAX = (1 << 31) - 1
# An exact channel's record holds TFLM's shift minus this (always negative: how the kernels
# tell it from a fast channel's right shift, which is at least 1).
EXACT_SHIFT_BIAS = 64


def accumulator_range(weights: np.ndarray, bias: np.ndarray | None, input_zp: int
                      ) -> tuple[np.ndarray, np.ndarray]:
    """The least and largest accumulator per output channel TFLM can compute: bias + sum of
    w * (x - zero_point) over a channel's taps (rows of `weights`), any int8 x, padding 0."""
    w = weights.astype(np.int64)
    low, high = INT8_MIN - input_zp, INT8_MAX - input_zp  # the range holds 0 (padding)
    most = np.maximum(w * low, w * high).sum(axis=1)
    least = np.minimum(w * low, w * high).sum(axis=1)
    b = np.zeros(len(w), np.int64) if bias is None else bias.astype(np.int64).reshape(-1)
    return b + least, b + most


@dataclass(frozen=True)
class Channels:
    """A layer's channel records ([channels, 4] int32 {bias, multiplier, shift, offset}) and
    which channels are constant (their value in `values`) or need the exact stage."""

    records: np.ndarray
    constant: np.ndarray
    exact: np.ndarray
    values: np.ndarray

    def summary(self) -> str:
        """What the output stage does, for the kernel choice's reason ("" when all fast)."""
        parts = [f"{int(n)} of {len(self.records)} channels {what}"
                 for n, what in ((self.constant.sum(), "constant"),
                                 (self.exact.sum(), "on the exact 64-bit output stage"))
                 if n]
        return ", ".join(parts)


def _tflm_output(acc: int, multiplier: int, shift: int, zero_point: int, act: tuple) -> int:
    return int(np.clip(fp.mbqm(acc, multiplier, shift) + zero_point, *act))


def _constant_value(low: int, high: int, multiplier: int, shift: int, zero_point: int,
                    act: tuple) -> int | None:
    """The output when every accumulator in [low, high] gives the same one, else None. The
    output grows with the accumulator (multiplier >= 0) unless TFLM's left shift wraps."""
    if low < -(1 << 31) or high > INT32_MAX or max(-low, high) << max(shift, 0) > INT32_MAX:
        return None
    first = _tflm_output(low, multiplier, shift, zero_point, act)
    return first if first == _tflm_output(high, multiplier, shift, zero_point, act) else None


def _fast_record(bias: int, bound: int, multiplier: int, shift: int, zero_point: int
                 ) -> list[int] | None:
    """{bias, multiplier, right shift, offset} for aot_requantize_fast, or None when the
    channel does not fit it: no right shift, a doubled accumulator beyond int32, or an
    output-stage sum beyond int32."""
    if shift >= 0 or bound > (1 << 30) - 1:
        return None
    right = -shift
    offset = (1 << (right - 1)) + (zero_point << right)
    high_mul = bound * multiplier // (1 << 31) + 1  # |SMMULR(2 acc, m)|
    if high_mul + 1 + abs(offset) > INT32_MAX:
        return None
    return [bias, multiplier, right, offset]


def channels(bias: np.ndarray, low: np.ndarray, high: np.ndarray, multipliers: np.ndarray,
             shifts: np.ndarray, zero_point: int, act: tuple[int, int], doubled: bool
             ) -> Channels:
    """Records for every channel. `bias` is what the kernel starts its accumulator from;
    `doubled`: the kernel accumulates twice the sum on fast channels (then their bias is
    doubled here; exact channels always accumulate the plain sum)."""
    records, constant, exact, values = [], [], [], []
    for c in range(len(bias)):
        m, s = int(multipliers[c]), int(shifts[c])
        value = _constant_value(int(low[c]), int(high[c]), m, s, zero_point, act)
        bound = max(-int(low[c]), int(high[c]))
        fast = _fast_record(int(bias[c]) * (2 if doubled else 1), bound, m, s, zero_point)
        if value is not None:
            record = [0, 0, 1, 2 * value + 1]  # any accumulator: (0 + 2 value + 1 - 0|1) >> 1
        elif fast is not None:
            record = fast
        else:
            record = [int(bias[c]), m, s - EXACT_SHIFT_BIAS, zero_point]
        records.append(record)
        constant.append(value is not None)
        exact.append(value is None and fast is None)
        values.append(0 if value is None else value)
    table = np.array(records, np.int64).reshape(-1, 4)
    return Channels(wrap32(table).astype(np.int32), np.array(constant, bool),
                    np.array(exact, bool), np.array(values, np.int8))


def channel_records(stored_bias: np.ndarray, bound: np.ndarray, multipliers: np.ndarray,
                    shifts: np.ndarray, output_zp: int) -> np.ndarray | None:
    """[channels, 4] fast records (see `_fast_record`), or None when a channel does not fit
    the fast stage (the ADD kernel has no exact stage)."""
    rows = [_fast_record(int(b), int(n), int(m), int(s), output_zp)
            for b, n, m, s in zip(stored_bias, bound, multipliers, shifts, strict=True)]
    if any(row is None for row in rows):
        return None
    return wrap32(np.array(rows, np.int64)).astype(np.int32)


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


def conv_chunks(shape: tuple[int, ...]) -> tuple[int, int]:
    """(row_chunks, window_chunks) of OHWI weights for aot_conv_s8_dsp: row mode pads each
    kernel row (k_w * in_c bytes) to whole 4-byte chunks; window mode (window_chunks > 0)
    pads the whole window once, used when that saves chunks."""
    _, k_h, k_w, in_c = shape
    row_chunks = -(-k_w * in_c // 4)
    window_chunks = -(-k_h * k_w * in_c // 4)
    return row_chunks, window_chunks if window_chunks < k_h * row_chunks else 0


def conv_weights(weights: np.ndarray) -> tuple[np.ndarray, int, int]:
    """OHWI weights laid out for aot_conv_s8_dsp: (layout, row_chunks, window_chunks)."""
    out_c, k_h, k_w, in_c = weights.shape
    row_chunks, window_chunks = conv_chunks(weights.shape)
    if window_chunks:
        return chunked(weights.reshape(out_c, k_h * k_w * in_c)).reshape(-1), row_chunks, \
            window_chunks
    return chunked(weights.reshape(out_c * k_h, k_w * in_c)).reshape(-1), row_chunks, 0


def conv_overlap(g: dict, fills: bool, block: int = 4) -> int:
    """How far after its input's start aot_conv_s8_dsp's output may start (a multiple of 4,
    usually negative: below it), from the order in which the kernel reads and writes
    (aot_pointwise_s8_dsp's too, with blocks of one pixel).

    Pixels go in blocks of `block`, then one at a time; a block's windows are all read before
    its outputs are written, byte by byte in order (with `fills`, a batch's outputs are
    first all written with the constant channels). So when pixel q's window is read, the
    bytes written are the earlier batches' and the pixels' before q's block (before q in the
    tail), and the output may start that many bytes below the lowest input byte q still
    needs: its first tap inside the input (a kernel row read past its end only meets zero
    weights). The least of these over every pixel of every batch is exact (before rounding
    down to a word): one byte higher, some write lands on a byte still to be read (a word
    higher, tests/backends/aot's one_channel_conv computes wrong outputs). Reads do not climb
    monotonically: under top padding, the first pixel of each of the first output rows
    reads input row 0 from its start again."""
    pixels = g["out_h"] * g["out_w"]
    q = np.arange(pixels)
    y, rows = _first_taps(q // g["out_w"] * g["stride_h"] - g["pad_top"], g["dilation_h"],
                          g["k_h"], g["in_h"])
    x, cols = _first_taps(q % g["out_w"] * g["stride_w"] - g["pad_left"], g["dilation_w"],
                          g["k_w"], g["in_w"])
    blocks = pixels // block * block
    written = np.full(pixels, pixels) if fills else np.where(q < blocks, q // block * block, q)
    margins = ((y * g["in_w"] + x) * g["in_c"] - written * g["out_c"])[rows & cols]
    if not margins.size:
        return 0  # every window all padding: nothing read
    # Batch b reads b input images on and writes b outputs on.
    per_batch = g["in_h"] * g["in_w"] * g["in_c"] - pixels * g["out_c"]
    return int(margins.min() + min(per_batch, 0) * (g["batches"] - 1)) // 4 * 4


def _first_taps(origins: np.ndarray, dilation: int, taps: int, size: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """Along one axis, each window's first tap inside the input, and whether it has one."""
    k = np.maximum(-origins + dilation - 1, 0) // dilation
    at = origins + k * dilation
    return at, (k < taps) & (at < size)


def pointwise_stream(weights: np.ndarray, records: np.ndarray) -> np.ndarray:
    """aot_pointwise_s8_dsp's records: per output channel of [out, 1, 1, in] weights (in 4 or
    8), its doubled bias, the weights doubled as int16 pairs (per 4-byte chunk bytes 0 and 2,
    then 1 and 3; four words, zero-padded), then multiplier, shift and offset: 8 int32 words."""
    out_c = len(weights)
    pairs = 2 * weights.astype(np.int16).reshape(out_c, -1, 2, 2).transpose(0, 1, 3, 2)
    words = pairs.reshape(out_c, -1).view(np.int32)
    words = np.pad(words, ((0, 0), (0, 4 - words.shape[1])))
    return np.concatenate([records[:, :1], words, records[:, 1:]], axis=1).reshape(-1)


def tail_chunks(shape: tuple[int, ...]) -> int:
    """Chunks of aot_conv_s8_dsp's tail mode for OHWI weights, or 0 where it does not apply:
    kernel rows of 4n + 1 bytes, at most 4 of them, each row's n words then one chunk of the
    rows' last bytes. Used where window mode would be (no more chunks, and whole rows expand
    straight from the input where window mode stages every window: the first 3x3 convolution
    over 3 channels of vww01, 7 chunks either way)."""
    _, k_h, k_w, in_c = shape
    row = k_w * in_c
    chunks = k_h * (row // 4) + 1
    _, window_chunks = conv_chunks(shape)
    fits = row % 4 == 1 and k_h <= 4 and window_chunks > 0
    return chunks if fits and chunks <= window_chunks else 0


def tail_weights(weights: np.ndarray) -> np.ndarray:
    """OHWI weights in tail mode's layout: per output channel, each kernel row's first 4n
    bytes, then every row's last byte, zero-padded to a chunk."""
    out_c, k_h, k_w, in_c = weights.shape
    rows = weights.reshape(out_c, k_h, k_w * in_c)
    last = np.pad(rows[:, :, -1], ((0, 0), (0, 4 - k_h)))
    words = rows[:, :, :-1].reshape(out_c, k_h * (k_w * in_c - 1))
    return np.concatenate([words, last], axis=1).reshape(-1)


def lane_groups(records: np.ndarray) -> np.ndarray:
    """Channel records regrouped by four channels as [group][field][lane] (zero-padded)."""
    count = -(-len(records) // 4) * 4
    padded = np.zeros((count, 4), np.int32)
    padded[: len(records)] = records
    return padded.reshape(-1, 4, 4).transpose(0, 2, 1).reshape(-1)


def depthwise_weights(weights: np.ndarray, factors: np.ndarray) -> np.ndarray:
    """[1, k_h, k_w, C] weights as int16 [ceil(C / 4)][k_h][k_w][4], lanes in the even/odd
    order SXTB16 produces (channels 0, 2, 1, 3), channel c times factors[c] (2 where the
    kernel accumulates twice the sum)."""
    _, k_h, k_w, channels = weights.shape
    groups = -(-channels // 4)
    padded = np.zeros((k_h, k_w, groups * 4), np.int16)
    padded[:, :, :channels] = weights[0] * factors
    lanes = padded.reshape(k_h, k_w, groups, 4)[..., [0, 2, 1, 3]]
    return lanes.transpose(2, 0, 1, 3).reshape(-1).astype(np.int16)


def planar_weights(weights: np.ndarray, factors: np.ndarray, stride: int) -> np.ndarray:
    """[1, 3, 3, C] weights as int16 [C][3 rows][(w0, w1), (w1, w2)] (stride 1) or
    [(w0, w1), (w2, 0)] (stride 2), channel c times factors[c]: the halfword pairs
    aot_dwconv3x3_s8_dsp multiplies with pairs of horizontal neighbours."""
    rows = (weights[0] * factors).transpose(2, 0, 1).astype(np.int16)  # [C][row][column]
    second = (rows[..., 1], rows[..., 2]) if stride == 1 else (rows[..., 2], 0 * rows[..., 2])
    pairs = np.stack([rows[..., 0], rows[..., 1], *second], axis=-1)
    return pairs.reshape(-1).astype(np.int16)


def fc_weights(weights: np.ndarray) -> tuple[np.ndarray, int]:
    """[out, in] weights as blocks of four rows, then the remaining rows whole (each padded to
    whole 4-byte chunks); the number of chunks per row. A block is [chunks][input parity]
    [row pair][2 inputs][2 bytes]: rows (r, r + 1) packed per input, the first row's weight
    + 128 then the second's (see aot_fc_dsp.c); the even inputs of a chunk (bytes 0, 2) come
    before the odd ones (1, 3), as aot_fc_s8_dsp's expanded input pairs them."""
    rows = chunked(weights)
    blocks = len(rows) // 4 * 4
    chunks = rows.shape[1] // 4
    # [block][pair][row in pair][chunk][k][parity]: byte 2k + parity of a chunk.
    head = rows[:blocks].view(np.uint8).reshape(-1, 2, 2, chunks, 2, 2)
    first = head[:, :, 0] ^ np.uint8(0x80)
    packed = np.stack([first, head[:, :, 1]], axis=-1)  # [block][pair][chunk][k][parity][2]
    layout = packed.transpose(0, 2, 4, 1, 3, 5).reshape(-1).view(np.int8)
    return np.concatenate([layout, rows[blocks:].reshape(-1)]), chunks


def fc_starts(records: np.ndarray) -> np.ndarray:
    """Channel records of aot_fc_s8_dsp: in each block of four rows, the first row of each
    packed pair starts from its bias plus 256 times the second's."""
    starts = records.copy()
    blocks = len(records) // 4 * 4
    first = np.arange(0, blocks, 2)
    starts[first, 0] = wrap32(records[first, 0].astype(np.int64)
                              + 256 * records[first + 1, 0].astype(np.int64))
    return starts
