"""Element-wise unary ops. Every int8 -> int8 one is a pure function of its input byte, so it
becomes a 256-entry table computed here exactly as TFLM computes each value."""

from __future__ import annotations

import math

import numpy as np

from harness.backends.aot import fixedpoint as fp
from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call, Lowering, Unsupported
from harness.backends.aot.lower.registry import lowering
from harness.backends.aot.quant import (
    INT8_MAX,
    INT8_MIN,
    f32,
    quantize_multiplier,
    quantize_value,
    round_half_away,
)

BYTES = np.arange(INT8_MIN, INT8_MAX + 1, dtype=np.int64)  # table index i holds input i - 128
_FLOAT_CLAMPS = {"RELU": (0.0, float(np.finfo(np.float32).max)), "RELU6": (0.0, 6.0),
                 "RELU_N1_TO_1": (-1.0, 1.0)}


def lut_call(ctx: OpContext, values: np.ndarray) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    table = np.clip(values, INT8_MIN, INT8_MAX).astype(np.int8)
    params = {"size": y.size, "table": Array(table, "table")}
    return Lowering([Call("aot_lut_s8", "aot_lut_s8_params", params, (x.index, y.index))])


@lowering("RELU_N1_TO_1", types=("float32",))
@lowering("RELU", "RELU6", "LOGISTIC", "TANH")
def activation(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    opcode = ctx.op.opcode
    if ctx.kind(x, y) == "f32":
        if opcode in _FLOAT_CLAMPS:
            lo, hi = _FLOAT_CLAMPS[opcode]
            params, kernel, params_type = ({"size": y.size, "lo": lo, "hi": hi},
                                           "aot_clamp_f32", "aot_clamp_f32_params")
        else:
            params, kernel, params_type = ({"size": y.size}, f"aot_{opcode.lower()}_f32",
                                           "aot_unary_f32_params")
        return Lowering([Call(kernel, params_type, params, (x.index, y.index))])
    tables = {"RELU": _relu_table, "RELU6": _relu6_table, "LOGISTIC": _logistic_table,
              "TANH": _tanh_table}
    if opcode not in tables:
        raise Unsupported(f"{opcode} on int8 tensors")
    return lut_call(ctx, tables[opcode](scale_zero_point(x), scale_zero_point(y)))


def _relu_table(inq, outq) -> np.ndarray:
    """ReluQuantized: rescale by float32(in_scale / out_scale), clamp below at zero."""
    (in_scale, in_zp), (out_scale, out_zp) = inq, outq
    multiplier, shift = quantize_multiplier(float(f32(in_scale) / f32(out_scale)))
    scaled = out_zp + fp.mbqm(BYTES - in_zp, multiplier, shift)
    return np.maximum(scaled, max(INT8_MIN, quantize_value(0.0, out_scale, out_zp)))


def _relu6_table(inq, outq) -> np.ndarray:
    """Relu6Quantized clamps in the input's quantization (TFLM ignores the output's)."""
    in_scale, in_zp = inq
    six = min(INT8_MAX, max(INT8_MIN, in_zp + round_half_away(float(f32(6.0) / f32(in_scale)))))
    return np.clip(BYTES, in_zp, six)


def _input_fixed_point(in_scale: float) -> tuple[int, int, int]:
    """Logistic/Tanh Prepare: input to Q4.27 as (multiplier, left shift, input radius)."""
    fraction, left_shift = math.frexp(in_scale * (1 << 27))
    multiplier = round_half_away(fraction * (1 << 31))
    if left_shift < 0 or left_shift > 31 or multiplier >= 1 << 31:
        raise Unsupported(f"an input scale of {in_scale:g}")
    radius = math.floor(15 * (1 << 27) / (1 << left_shift))
    return multiplier, left_shift, radius


def _squashed(inq, function, output_bits: int, offset: int) -> np.ndarray:
    in_scale, in_zp = inq
    multiplier, left_shift, radius = _input_fixed_point(in_scale)
    centred = BYTES - in_zp
    raw = function(fp.mbqm(centred, multiplier, left_shift), 4)
    values = fp.rdbpot(raw, 31 - output_bits) + offset
    return np.where(centred <= -radius, INT8_MIN, np.where(centred >= radius, INT8_MAX, values))


def _logistic_table(inq, outq) -> np.ndarray:
    return _squashed(inq, fp.logistic, 8, -128)  # TFLM assumes output scale 1/256, zp -128


def _tanh_table(inq, outq) -> np.ndarray:
    return _squashed(inq, fp.tanh, 7, 0)  # TFLM assumes output scale 1/128, zp 0


@lowering("QUANTIZE")
def quantize(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if y.dtype != np.int8 or x.dtype not in (np.float32, np.int8):
        raise Unsupported(f"QUANTIZE from {x.dtype} to {y.dtype}")
    out_scale, out_zp = scale_zero_point(y)
    if x.dtype == np.float32:
        params = {"size": y.size, "scale": float(f32(out_scale)), "zero_point": out_zp}
        return Lowering([Call("aot_quantize_f32", "aot_quantize_f32_params", params,
                              (x.index, y.index))])
    in_scale, in_zp = scale_zero_point(x)
    multiplier, shift = quantize_multiplier(in_scale / out_scale)
    return lut_call(ctx, fp.mbqm(BYTES - in_zp, multiplier, shift) + out_zp)


@lowering("DEQUANTIZE")
def dequantize(ctx: OpContext) -> Lowering:
    x, y = ctx.required_input(0), ctx.output()
    if x.dtype != np.int8 or y.dtype != np.float32:
        raise Unsupported(f"DEQUANTIZE from {x.dtype} to {y.dtype}")
    scale, zero_point = scale_zero_point(x)
    table = (scale * (BYTES - zero_point).astype(np.float64)).astype(np.float32)
    params = {"size": y.size, "table": Array(table, "table")}
    return Lowering([Call("aot_dequantize_s8", "aot_dequantize_s8_params", params,
                          (x.index, y.index))])
