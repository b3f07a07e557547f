"""The TFLM reference's hard limits, checked on a model's parameters before TFLM sees it.

TFLM's Prepare functions stop at conditions a model's quantization can trip: a TFLITE_CHECK
aborts the whole process (SOFTMAX's input scale, ADD's output scale), a TF_LITE_ENSURE makes the
interpreter refuse the model with a terse log line. Each condition is one small check here that
names the operator, the tensor, the numbers and what the user can do; a model that trips one
is no corrupt file, and the harness says so instead of letting TFLM crash.

Checks cover the ops both backends run (harness/backends/tflm/resolver_ops.json lists TFLM's).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from harness.errors import ReferenceLimitError
from harness.model.tflite import Operator, Tensor, TfliteModel

_SCALED_DIFF_INTEGER_BITS = 5  # SOFTMAX's fixed-point input format
_ADD_LEFT_SHIFT = 20  # ADD's and SUB's int8 headroom
DEGENERATE = "an untrained or degenerate model"


@dataclass(frozen=True)
class Violation:
    """One operator the reference cannot run, and why."""

    operator: int
    opcode: str
    problem: str  # "input scale 7.8e-9 (tensor 'logits') is below TFLM's minimum 1.5e-8"
    fix: str  # what the user can do
    aborts: bool = False  # TFLM aborts the process here (TFLITE_CHECK), not just refuses

    def __str__(self) -> str:
        return f"{self.opcode} #{self.operator}: {self.problem}: {self.fix}"


Check = Callable[[TfliteModel, Operator], Iterator[Violation]]
_CHECKS: dict[str, list[Check]] = {}


def limit(*opcodes: str) -> Callable[[Check], Check]:
    """Registers a check for the given ops."""
    def register(check: Check) -> Check:
        for opcode in opcodes:
            _CHECKS.setdefault(opcode, []).append(check)
        return check

    return register


def violations(model: TfliteModel) -> list[Violation]:
    """Every limit the model trips, in operator order."""
    found = []
    for op in model.operators:
        for check in _CHECKS.get(op.opcode, ()):
            found += list(check(model, op))
    return found


def check_reference_limits(model: TfliteModel, label: str = "the model") -> None:
    """Raises ReferenceLimitError naming the first limit the model trips (and how many more)."""
    found = violations(model)
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise ReferenceLimitError(f"TFLM's reference interpreter cannot run {label}: "
                                  f"{found[0]}{more}", found)


def sci(value: float) -> str:
    """A scale as people write it: 7.8e-9, 0.0039."""
    text = f"{value:.2g}"
    return re.sub(r"e([+-])0*(\d)", lambda m: f"e{m.group(1).replace('+', '')}{m.group(2)}",
                  text)


def _int8(tensor: Tensor) -> bool:
    return tensor.dtype == np.int8 and tensor.quantization is not None


def _scale(tensor: Tensor) -> float:
    return float(tensor.quantization.scales[0])


def _zero_point(tensor: Tensor) -> int:
    return int(tensor.quantization.zero_points[0])


def _inputs(model: TfliteModel, op: Operator) -> list[Tensor]:
    return [model.tensors[i] for i in op.inputs if i >= 0]


def _output(model: TfliteModel, op: Operator) -> Tensor:
    return model.tensors[op.outputs[0]]


def _violation(op: Operator, problem: str, fix: str, aborts: bool = False) -> Violation:
    return Violation(op.index, op.opcode, problem, fix, aborts)


_RESCALING_OPS = ("ADD", "SUB", "MUL", "CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED",
                  "SOFTMAX", "LOGISTIC", "TANH", "HARD_SWISH", "LEAKY_RELU", "PRELU", "MEAN",
                  "AVERAGE_POOL_2D", "MAX_POOL_2D", "TRANSPOSE_CONV", "QUANTIZE", "DEQUANTIZE",
                  "ABS", "CONCATENATION", "L2_NORMALIZATION")


@limit(*_RESCALING_OPS)
def _finite_scales(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    """QuantizeMultiplier aborts on an infinite or NaN multiplier: a scale of 0, inf or NaN."""
    for tensor in (*_inputs(model, op), _output(model, op)):
        if tensor.quantization is None or tensor.dtype not in (np.int8, np.int16, np.int32):
            continue
        scales = tensor.quantization.scales.astype(np.float64)
        if tensor.dtype == np.int32 and tensor.is_constant:
            continue  # biases: their scales are never divided by
        if not np.all(np.isfinite(scales)) or np.any(scales <= 0):
            bad = scales[~np.isfinite(scales) | (scales <= 0)][0]
            yield _violation(op, f"tensor {tensor.name!r} has a scale of {bad:g}",
                             f"{DEGENERATE} (a quantization scale must be positive and finite); "
                             "train it, or export it again from trained weights", aborts=True)


@limit("SOFTMAX")
def _softmax_input_scale(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    """CalculateSoftmaxParams: QuantizeMultiplierGreaterThanOne(beta * scale * 2^26) aborts
    unless the multiplier is above 1."""
    x = _inputs(model, op)[0]
    if not _int8(x) or _scale(x) <= 0:
        return
    beta = float(op.options.get("beta", 1.0))
    minimum = 1.0 / (beta * (1 << (31 - _SCALED_DIFF_INTEGER_BITS)))
    if beta * _scale(x) * (1 << (31 - _SCALED_DIFF_INTEGER_BITS)) <= 1.0:
        yield _violation(
            op, f"input scale {sci(_scale(x))} (tensor {x.name!r}) is below TFLM's minimum "
                f"{sci(minimum)}", f"{DEGENERATE}; train it, or drop the final softmax and "
                "apply it on the host", aborts=True)


@limit("SOFTMAX")
def _softmax_output(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    y = _output(model, op)
    if _int8(y) and (_scale(y) != np.float32(1 / 256) or _zero_point(y) != -128):
        yield _violation(op, f"output {y.name!r} has scale {sci(_scale(y))} and zero point "
                             f"{_zero_point(y)}; TFLM requires 1/256 and -128",
                         "quantize the model with TensorFlow's converter")


@limit("ADD", "SUB")
def _add_output_scale(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    """CalculateOpDataAdd/Sub: QuantizeMultiplierSmallerThanOneExp aborts unless
    2 * max(input scales) / (2^20 * output scale) is below 1."""
    a, b = _inputs(model, op)[:2]
    y = _output(model, op)
    if not (_int8(a) and _int8(b) and _int8(y)) or min(_scale(a), _scale(b), _scale(y)) <= 0:
        return
    twice_max = 2 * max(_scale(a), _scale(b))
    if twice_max / ((1 << _ADD_LEFT_SHIFT) * _scale(y)) >= 1.0:
        minimum = twice_max / (1 << _ADD_LEFT_SHIFT)
        yield _violation(
            op, f"output scale {sci(_scale(y))} (tensor {y.name!r}) is below TFLM's minimum "
                f"{sci(minimum)} for input scales {sci(_scale(a))} and {sci(_scale(b))}",
            f"{DEGENERATE} (the sum's range is almost 0); train it", aborts=True)


@limit("LOGISTIC")
def _logistic_output(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    y = _output(model, op)
    if _int8(y) and _zero_point(y) != -128:
        yield _violation(op, f"output {y.name!r} has zero point {_zero_point(y)}; TFLM "
                             "requires -128", "quantize the model with TensorFlow's converter")


@limit("HARD_SWISH")
def _hard_swish_output(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    """HardSwishPrepare requires the output multiplier (input scale / 128 / output scale) to
    have no left shift."""
    x, y = _inputs(model, op)[0], _output(model, op)
    if not (_int8(x) and _int8(y)) or min(_scale(x), _scale(y)) <= 0:
        return
    real = float(np.float32(np.float32(1 / 128) * np.float32(_scale(x))) / np.float32(_scale(y)))
    if _exponent(real) > 0:
        yield _violation(op, f"output scale {sci(_scale(y))} (tensor {y.name!r}) is below "
                             f"TFLM's minimum {sci(_scale(x) / 128)}",
                         f"{DEGENERATE}; train it")


def _exponent(real: float) -> int:
    """The shift QuantizeMultiplier gives `real` (a mantissa rounding up to 1 adds one)."""
    fraction, exponent = math.frexp(real)
    return exponent + 1 if math.floor(fraction * (1 << 31) + 0.5) == 1 << 31 else exponent


@limit("CONCATENATION")
def _concatenation_quantization(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    y = _output(model, op)
    for x in _inputs(model, op):
        if _int8(x) and _int8(y) and (np.float64(_scale(x)) != np.float64(_scale(y))
                                      or _zero_point(x) != _zero_point(y)):
            yield _violation(op, f"input {x.name!r} is quantized differently from the output "
                                 f"({sci(_scale(x))}, {_zero_point(x)} vs {sci(_scale(y))}, "
                                 f"{_zero_point(y)}); TFLM requires them equal",
                             "quantize the model with TensorFlow's converter")
            return


@limit("REDUCE_MAX", "REDUCE_MIN")
def _reduce_quantization(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    x, y = _inputs(model, op)[0], _output(model, op)
    if _int8(x) and _int8(y) and (np.float64(_scale(x)) != np.float64(_scale(y))
                                  or _zero_point(x) != _zero_point(y)):
        yield _violation(op, "input and output are quantized differently; TFLM requires them "
                             "equal", "quantize the model with TensorFlow's converter")


@limit("TILE")
def _no_tile_kernel(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    yield _violation(op, "TFLM has no TILE kernel",
                     "Keras UpSampling1D/2D converts to TILE; Resizing(height, width, "
                     "interpolation='nearest') gives RESIZE_NEAREST_NEIGHBOR, which TFLM has")


@limit("AVERAGE_POOL_2D", "MAX_POOL_2D")
def _pool_quantization(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    x, y = _inputs(model, op)[0], _output(model, op)
    if _int8(x) and _int8(y) and (abs(_scale(x) - _scale(y)) > 1e-6
                                  or _zero_point(x) != _zero_point(y)):
        yield _violation(op, f"input and output are quantized differently "
                             f"({sci(_scale(x))}, {_zero_point(x)} vs {sci(_scale(y))}, "
                             f"{_zero_point(y)}); TFLM requires them equal",
                         "quantize the model with TensorFlow's converter")


_DYNAMIC_BATCH_FIX = ("a dilated convolution converted with a dynamic batch size; convert with "
                      "a fixed batch size of 1 (keras.Input(shape, batch_size=1)), which gives "
                      "dilated CONV_2D layers instead")


@limit("SPACE_TO_BATCH_ND")
def _space_to_batch_padding(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    """TFLM pads with SpaceToBatchParams::output_offset, which its Prepare never sets: padded
    outputs hold whatever the persistent buffer held (garbage floats, random int8)."""
    paddings = model.tensors[op.inputs[2]] if len(op.inputs) > 2 else None
    if paddings is None or paddings.data is None or np.any(paddings.data != 0):
        yield _violation(
            op, "TFLM pads with a value it never initialises (SpaceToBatchParams::output_offset),"
                " so its outputs are undefined where the padding reaches", _DYNAMIC_BATCH_FIX)


@limit("FILL")
def _fill_shape(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    """FillPrepare requires the shape input to be a constant tensor."""
    dims = model.tensors[op.inputs[0]]
    if dims.data is None:
        yield _violation(op, f"its shape {dims.name!r} is computed at run time; TFLM requires "
                             "a constant", "an RNN's zero state or a reshape converted with a "
                             "dynamic batch size; convert with a fixed batch size of 1 "
                             "(keras.Input(shape, batch_size=1))")


@limit("SPACE_TO_BATCH_ND", "BATCH_TO_SPACE_ND")
def _space_batch_static_shapes(model: TfliteModel, op: Operator) -> Iterator[Violation]:
    """TFLM computes with the shapes written in the file; a dynamic-batch conversion writes
    batch 1 where these ops multiply or divide the batch by the block size."""
    x, y = _inputs(model, op)[0], _output(model, op)
    block = model.tensors[op.inputs[1]].data if len(op.inputs) > 1 else None
    if block is None or not x.shape or not y.shape:
        return
    factor = int(np.prod(block))
    why = "(shapes of a dynamic-batch conversion: TFLM runs on the file's shapes, LiteRT " \
          "recomputes them)"
    if op.opcode == "BATCH_TO_SPACE_ND" and x.shape[0] % factor:
        yield _violation(op, f"the file gives its input batch size {x.shape[0]}, which the "
                             f"block of {factor} cannot divide {why}", _DYNAMIC_BATCH_FIX)
        return
    expected = x.shape[0] * factor if op.opcode == "SPACE_TO_BATCH_ND" else x.shape[0] // factor
    if y.shape[0] != expected:
        yield _violation(op, f"the file gives its output batch size {y.shape[0]} where the op "
                             f"makes {expected} {why}", _DYNAMIC_BATCH_FIX)
