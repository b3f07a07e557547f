"""Read a .tflite flatbuffer into plain dataclasses.

Everything downstream (inspection, the AOT backend, the TFLM op resolver) reads models through
this module, so the flatbuffer schema classes stay in one place.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from ai_edge_litert import schema_py_generated as schema

from harness.errors import ModelFormatError

_MAX_ELEMENTS = 1 << 28  # no microcontroller model has a quarter-billion-element tensor

_DTYPES = {
    schema.TensorType.FLOAT32: np.dtype(np.float32),
    schema.TensorType.FLOAT16: np.dtype(np.float16),
    schema.TensorType.INT32: np.dtype(np.int32),
    schema.TensorType.UINT8: np.dtype(np.uint8),
    schema.TensorType.INT64: np.dtype(np.int64),
    schema.TensorType.BOOL: np.dtype(np.bool_),
    schema.TensorType.INT16: np.dtype(np.int16),
    schema.TensorType.INT8: np.dtype(np.int8),
}


def _enum_names(enum_class: type) -> dict[int, str]:
    return {v: k for k, v in vars(enum_class).items() if not k.startswith("_")}


_OPCODE_NAMES = _enum_names(schema.BuiltinOperator)
_ACTIVATION_NAMES = _enum_names(schema.ActivationFunctionType)
_PADDING_NAMES = _enum_names(schema.Padding)
_ENUM_OPTIONS = {"fused_activation_function": _ACTIVATION_NAMES, "padding": _PADDING_NAMES}


@dataclass(frozen=True)
class Quantization:
    """Affine quantization: real = scale * (q - zero_point), per tensor or per channel."""

    scales: np.ndarray
    zero_points: np.ndarray
    axis: int = 0

    @property
    def per_channel(self) -> bool:
        return self.scales.size > 1

    @property
    def scale(self) -> float:
        return float(self.scales[0])

    @property
    def zero_point(self) -> int:
        return int(self.zero_points[0])


@dataclass
class Tensor:
    index: int
    name: str
    shape: tuple[int, ...]
    dtype: np.dtype
    quantization: Quantization | None
    data: np.ndarray | None = None  # constant tensors (weights, biases, shapes) only

    @property
    def is_constant(self) -> bool:
        return self.data is not None

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    @property
    def nbytes(self) -> int:
        return self.size * self.dtype.itemsize


@dataclass
class Operator:
    index: int
    opcode: str
    inputs: tuple[int, ...]  # -1 marks an omitted optional input
    outputs: tuple[int, ...]
    options: dict = field(default_factory=dict)
    version: int = 1


@dataclass
class TfliteModel:
    tensors: list[Tensor]
    operators: list[Operator]
    inputs: tuple[int, ...]
    outputs: tuple[int, ...]
    sha256: str
    size_bytes: int
    raw: bytes = field(default=b"", repr=False, compare=False)  # the flatbuffer itself

    def input_tensors(self) -> list[Tensor]:
        return [self.tensors[i] for i in self.inputs]

    def output_tensors(self) -> list[Tensor]:
        return [self.tensors[i] for i in self.outputs]

    def opcodes(self) -> list[str]:
        """Distinct op names, in first-use order."""
        return list(dict.fromkeys(op.opcode for op in self.operators))


def read_model(source: str | Path | bytes) -> TfliteModel:
    """Parse a .tflite file (path or bytes). Raises ModelFormatError on anything malformed."""
    raw, label = _load(source)
    if len(raw) < 8 or raw[4:8] != b"TFL3":
        raise ModelFormatError(f"{label} is not a TensorFlow Lite model (no 'TFL3' identifier)")
    try:
        model = schema.ModelT.InitFromPackedBuf(bytearray(raw), 0)
        return _convert(model, raw)
    except ModelFormatError:
        raise
    except Exception as exc:  # the flatbuffer library raises many kinds on corrupt data
        raise ModelFormatError(f"{label} is a corrupt TensorFlow Lite model ({exc})") from None


def _load(source: str | Path | bytes) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray):
        return bytes(source), "the model"
    path = Path(source)
    if not path.is_file():
        raise ModelFormatError(f"{path}: no such file")
    return path.read_bytes(), str(path)


def _convert(model: schema.ModelT, raw: bytes) -> TfliteModel:
    if not model.subgraphs:
        raise ModelFormatError("the model has no subgraph")
    graph = model.subgraphs[0]
    opcodes = [_opcode_name(code) for code in model.operatorCodes or []]
    tensors = [_tensor(i, t, model.buffers) for i, t in enumerate(graph.tensors or [])]
    operators = [_operator(i, op, opcodes, len(tensors))
                 for i, op in enumerate(graph.operators or [])]
    inputs, outputs = _indices(graph.inputs, len(tensors)), _indices(graph.outputs, len(tensors))
    digest = hashlib.sha256(raw).hexdigest()
    return TfliteModel(tensors, operators, inputs, outputs, digest, len(raw), raw)


def _indices(values, count: int) -> tuple[int, ...]:
    result = tuple(int(v) for v in (values if values is not None else []))
    if any(not -1 <= v < count for v in result):
        raise ModelFormatError(f"tensor index out of range (the model has {count} tensors)")
    return result


def _opcode_name(code: schema.OperatorCodeT) -> str:
    if code.customCode:
        return "CUSTOM:" + _text(code.customCode)
    builtin = max(code.builtinCode, code.deprecatedBuiltinCode)
    return _OPCODE_NAMES.get(builtin, f"BUILTIN_{builtin}")


def _tensor(index: int, t: schema.TensorT, buffers: list) -> Tensor:
    if t.type not in _DTYPES:
        raise ModelFormatError(f"tensor {index} has unsupported type {t.type}")
    shape = tuple(int(d) for d in (t.shape if t.shape is not None else []))
    if any(d < 0 for d in shape) or np.prod(shape, dtype=np.float64) > _MAX_ELEMENTS:
        raise ModelFormatError(f"tensor {index} has an impossible shape {shape}")
    dtype = _DTYPES[t.type]
    return Tensor(index, _text(t.name), shape, dtype, _quantization(t.quantization),
                  _constant_data(t, buffers, shape, dtype))


def _constant_data(t: schema.TensorT, buffers: list, shape, dtype) -> np.ndarray | None:
    if not buffers or not 0 < t.buffer < len(buffers):
        return None
    data = buffers[t.buffer].data
    if data is None or len(data) == 0:
        return None
    array = np.frombuffer(bytes(bytearray(data)), dtype=dtype)
    if array.size != int(np.prod(shape, dtype=np.int64)):
        raise ModelFormatError(f"tensor {_text(t.name)!r}: buffer size does not match its shape")
    return array.reshape(shape)


def _quantization(q: schema.QuantizationParametersT | None) -> Quantization | None:
    if q is None or q.scale is None or len(q.scale) == 0:
        return None
    scales = np.asarray(q.scale, dtype=np.float32)
    zero_points = np.asarray(q.zeroPoint if q.zeroPoint is not None else [0] * scales.size,
                             dtype=np.int64)
    return Quantization(scales, zero_points, int(q.quantizedDimension))


def _operator(index: int, op: schema.OperatorT, opcodes: list[str], n_tensors: int) -> Operator:
    if not 0 <= op.opcodeIndex < len(opcodes):
        raise ModelFormatError(f"operator {index} refers to a missing opcode")
    return Operator(index, opcodes[op.opcodeIndex], _indices(op.inputs, n_tensors),
                    _indices(op.outputs, n_tensors), _options(op.builtinOptions))


def _options(options) -> dict:
    if options is None:
        return {}
    result = {}
    for key, value in vars(options).items():
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower()
        if name in _ENUM_OPTIONS:
            value = _ENUM_OPTIONS[name].get(value, value)
        elif isinstance(value, np.ndarray):
            value = value.tolist()
        result[name] = value
    return result


def _text(value) -> str:
    if isinstance(value, bytes | bytearray):
        return value.decode("utf-8", "replace")
    return str(value or "")
