"""Operators computed at generation time: every input is constant (float16 weights behind a
DEQUANTIZE, shape arithmetic), or the op reads only static shapes (SHAPE). A model converted
with a dynamic batch size computes its Reshape and Conv2DTranspose output shapes with SHAPE,
STRIDED_SLICE, PACK, GATHER and REDUCE_PROD, and an unrolled LSTM its zero state with FILL:
all constants here."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from harness.backends.aot.ir import Unsupported
from harness.model.tflite import Operator, Tensor, TfliteModel

Folder = Callable[[Operator, list], list]  # (op, input values or tensors) -> output values
_FOLDERS: dict[str, Folder] = {}


def folds(*opcodes: str) -> Callable[[Folder], Folder]:
    def register(function: Folder) -> Folder:
        for opcode in opcodes:
            _FOLDERS[opcode] = function
        return function

    return register


def foldable_ops() -> list[str]:
    """Ops computed at generation time when their inputs are constant (SHAPE: always)."""
    return sorted(_FOLDERS)


def fold(model: TfliteModel, op: Operator, constants: dict[int, np.ndarray]) -> bool:
    """Computes the op's outputs into `constants` when it can be folded; False otherwise."""
    folder = _FOLDERS.get(op.opcode)
    present = [i for i in op.inputs if i >= 0]
    if folder is None or not present:
        return False
    if op.opcode == "SHAPE":
        values = [model.tensors[i] for i in present]
    elif all(i in constants for i in present):
        values = [(model.tensors[i], constants[i]) for i in present]
    else:
        return False
    try:
        results = folder(op, values)
    except (Unsupported, ValueError, IndexError):
        return False  # left to the op's lowering, which names the problem
    for index, value in zip(op.outputs, results, strict=True):
        out = model.tensors[index]
        constants[index] = np.asarray(value).astype(out.dtype).reshape(out.shape)
    return True


@folds("DEQUANTIZE")
def _dequantize(op: Operator, values: list) -> list:
    tensor, data = values[0]
    q = tensor.quantization
    if q is not None and data.dtype != np.float16:
        shape = [-1 if d == q.axis else 1 for d in range(data.ndim)] if q.per_channel else []
        data = (data.astype(np.float64) - q.zero_points.reshape(shape or 1)) \
            * q.scales.astype(np.float64).reshape(shape or 1)
    return [data]


@folds("RESHAPE", "SQUEEZE", "EXPAND_DIMS")
def _same_data(op: Operator, values: list) -> list:
    return [values[0][1]]


@folds("SHAPE")
def _shape(op: Operator, values: list[Tensor]) -> list:
    return [np.array(values[0].shape, dtype=np.int64)]


@folds("STRIDED_SLICE")
def _strided_slice(op: Operator, values: list) -> list:
    from harness.backends.aot.lower.movement import slice_axes

    (_, data), *rest = values
    begin, end, strides = (v.reshape(-1).tolist() for _, v in rest)
    ranges = slice_axes(data.shape, begin, end, strides, op.options)
    return [data[np.ix_(*[list(r) for r in ranges])] if data.ndim else data]


@folds("PACK")
def _pack(op: Operator, values: list) -> list:
    return [np.stack([v for _, v in values], axis=int(op.options.get("axis", 0)))]


@folds("CONCATENATION")
def _concatenation(op: Operator, values: list) -> list:
    if op.options.get("fused_activation_function", "NONE") != "NONE" or \
            len({_quantization(t) for t, _ in values}) != 1:
        raise Unsupported("a concatenation that rescales or activates")
    return [np.concatenate([v for _, v in values], axis=int(op.options.get("axis", 0)))]


@folds("TILE")
def _tile(op: Operator, values: list) -> list:
    (_, data), (_, multiples) = values
    return [np.tile(data, [int(m) for m in multiples.reshape(-1)])]


@folds("GATHER")
def _gather(op: Operator, values: list) -> list:
    (_, data), (_, indices) = values
    if int(op.options.get("batch_dims", 0)):
        raise Unsupported("GATHER with batch dimensions")
    return [np.take(data, indices.astype(np.int64), axis=int(op.options.get("axis", 0)))]


@folds("REDUCE_PROD")
def _reduce_prod(op: Operator, values: list) -> list:
    (_, data), (_, axes) = values
    axis = tuple(int(a) for a in axes.reshape(-1))
    return [np.prod(data, axis=axis, keepdims=bool(op.options.get("keep_dims", False)))]


@folds("CAST")
def _cast(op: Operator, values: list) -> list:
    return [values[0][1]]


@folds("FILL")
def _fill(op: Operator, values: list) -> list:
    (_, dims), (_, value) = values
    return [np.full([int(d) for d in dims.reshape(-1)], value.reshape(-1)[0])]


def _quantization(tensor: Tensor) -> tuple:
    q = tensor.quantization
    return () if q is None else (tuple(q.scales.tolist()), tuple(q.zero_points.tolist()))
