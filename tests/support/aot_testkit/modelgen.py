"""Build small .tflite models directly with the flatbuffer object API, in milliseconds.

Tests use this to make single-op and small multi-op models with any shapes, scales, zero
points and per-channel quantization, without going through the TF converter:

    m = ModelBuilder()
    x = m.tensor((1, 8), np.int8, scale=0.1, zero_point=3)
    ...
    m.op("FULLY_CONNECTED", [x, w, b], [y], "FullyConnectedOptions",
         fused_activation_function="RELU")
    tflite = m.build(inputs=[x], outputs=[y])
"""

from __future__ import annotations

import flatbuffers
import numpy as np
from ai_edge_litert import schema_py_generated as schema

_TYPES = {np.dtype(np.float32): schema.TensorType.FLOAT32,
          np.dtype(np.float16): schema.TensorType.FLOAT16,
          np.dtype(np.int32): schema.TensorType.INT32,
          np.dtype(np.int64): schema.TensorType.INT64,
          np.dtype(np.int8): schema.TensorType.INT8,
          np.dtype(np.int16): schema.TensorType.INT16}
_ENUMS = {"fused_activation_function": schema.ActivationFunctionType,
          "padding": schema.Padding}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


class ModelBuilder:
    """Collects tensors and operators of one subgraph; `build` returns the .tflite bytes."""

    def __init__(self):
        self._tensors: list[schema.TensorT] = []
        self._buffers: list[schema.BufferT] = [schema.BufferT()]  # buffer 0: the empty one
        self._operators: list[schema.OperatorT] = []
        self._opcodes: dict[str, int] = {}

    def tensor(self, shape, dtype, *, data: np.ndarray | None = None, scale=None,
               zero_point=None, axis: int = 0, name: str | None = None) -> int:
        """Adds a tensor; `scale`/`zero_point` may be scalars or per-channel sequences."""
        t = schema.TensorT()
        t.shape = np.asarray(shape, dtype=np.int32)
        t.type = _TYPES[np.dtype(dtype)]
        t.name = name or f"t{len(self._tensors)}"
        if scale is not None:
            q = schema.QuantizationParametersT()
            q.scale = np.atleast_1d(np.asarray(scale, dtype=np.float32))
            zp = np.zeros(q.scale.size) if zero_point is None else zero_point
            q.zeroPoint = np.atleast_1d(np.asarray(zp, dtype=np.int64))
            q.quantizedDimension = axis
            t.quantization = q
        if data is not None:
            buffer = schema.BufferT()
            raw = np.ascontiguousarray(np.asarray(data, dtype=dtype).reshape(shape))
            buffer.data = np.frombuffer(raw.tobytes(), dtype=np.uint8)
            t.buffer = len(self._buffers)
            self._buffers.append(buffer)
        self._tensors.append(t)
        return len(self._tensors) - 1

    def op(self, opcode: str, inputs, outputs, options: str | None = None, **fields) -> None:
        """Adds an operator; `options` names the schema table (e.g. "Conv2DOptions"), fields
        are its snake_case members (enums by name: padding="SAME")."""
        o = schema.OperatorT()
        o.opcodeIndex = self._opcode(opcode)
        o.inputs = np.asarray(inputs, dtype=np.int32)
        o.outputs = np.asarray(outputs, dtype=np.int32)
        if options is not None:
            table = getattr(schema, options + "T")()
            for key, value in fields.items():
                if key in _ENUMS:
                    value = getattr(_ENUMS[key], value)
                setattr(table, _camel(key), value)
            o.builtinOptionsType = getattr(schema.BuiltinOptions, options)
            o.builtinOptions = table
        self._operators.append(o)

    def _opcode(self, opcode: str) -> int:
        if opcode not in self._opcodes:
            self._opcodes[opcode] = len(self._opcodes)
        return self._opcodes[opcode]

    def build(self, inputs, outputs) -> bytes:
        graph = schema.SubGraphT()
        graph.tensors, graph.operators = self._tensors, self._operators
        graph.inputs = np.asarray(inputs, dtype=np.int32)
        graph.outputs = np.asarray(outputs, dtype=np.int32)
        model = schema.ModelT()
        model.version = 3
        model.subgraphs, model.buffers = [graph], self._buffers
        model.operatorCodes = [self._code(name) for name in self._opcodes]
        builder = flatbuffers.Builder(1024)
        builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
        return bytes(builder.Output())

    @staticmethod
    def _code(name: str) -> schema.OperatorCodeT:
        code = schema.OperatorCodeT()
        code.builtinCode = getattr(schema.BuiltinOperator, name)
        code.deprecatedBuiltinCode = min(code.builtinCode, 127)
        code.version = 1
        return code
