"""Small int8 .tflite models written directly with the TFLite schema (no TensorFlow import), so
render-level tests run in milliseconds and control exactly what the model contains."""

from __future__ import annotations

import flatbuffers
import numpy as np
from ai_edge_litert import schema_py_generated as schema


def _quantization(scales, zero_points, axis: int = 0) -> schema.QuantizationParametersT:
    q = schema.QuantizationParametersT()
    q.scale, q.zeroPoint, q.quantizedDimension = list(scales), list(zero_points), axis
    return q


def _tensor(name: str, shape, tensor_type, buffer: int, q) -> schema.TensorT:
    t = schema.TensorT()
    t.name, t.shape, t.type, t.buffer, t.quantization = name.encode(), list(shape), tensor_type, \
        buffer, q
    return t


def _buffer(data: bytes | None = None) -> schema.BufferT:
    b = schema.BufferT()
    b.data = list(data) if data else None
    return b


def _opcode(builtin: int, custom: str | None = None) -> schema.OperatorCodeT:
    code = schema.OperatorCodeT()
    code.builtinCode, code.deprecatedBuiltinCode, code.version = builtin, min(builtin, 127), 1
    code.customCode = custom.encode() if custom else None
    return code


def dense_softmax(inputs: int = 8, units: int = 4, per_channel: bool = True,
                  custom_op: str | None = None, seed: int = 0) -> bytes:
    """int8 FULLY_CONNECTED(units) -> SOFTMAX, with per-channel or per-tensor weight scales.
    With `custom_op`, the softmax is replaced by a custom op of that name."""
    rng = np.random.default_rng(seed)
    weights = rng.integers(-127, 128, size=(units, inputs), dtype=np.int8)
    bias = rng.integers(-500, 500, size=units, dtype=np.int32)
    w_scales = rng.uniform(0.002, 0.02, units) if per_channel else [0.01]
    b_scales = [0.05 * s for s in w_scales]
    tensors = [
        _tensor("input", (1, inputs), schema.TensorType.INT8, 0, _quantization([0.05], [-3])),
        _tensor("weights", (units, inputs), schema.TensorType.INT8, 1,
                _quantization(w_scales, [0] * len(w_scales))),
        _tensor("bias", (units,), schema.TensorType.INT32, 2,
                _quantization(b_scales, [0] * len(b_scales))),
        _tensor("logits", (1, units), schema.TensorType.INT8, 0, _quantization([0.1], [5])),
        _tensor("probabilities", (1, units), schema.TensorType.INT8, 0,
                _quantization([1 / 256], [-128])),
    ]
    fc = schema.OperatorT()
    fc.opcodeIndex, fc.inputs, fc.outputs = 0, [0, 1, 2], [3]
    fc.builtinOptionsType = schema.BuiltinOptions.FullyConnectedOptions
    fc.builtinOptions = schema.FullyConnectedOptionsT()
    last = schema.OperatorT()
    last.opcodeIndex, last.inputs, last.outputs = 1, [3], [4]
    if custom_op is None:
        last.builtinOptionsType = schema.BuiltinOptions.SoftmaxOptions
        last.builtinOptions = schema.SoftmaxOptionsT()
        last.builtinOptions.beta = 1.0
        second = _opcode(schema.BuiltinOperator.SOFTMAX)
    else:
        second = _opcode(schema.BuiltinOperator.CUSTOM, custom_op)
    graph = schema.SubGraphT()
    graph.tensors, graph.inputs, graph.outputs, graph.operators = tensors, [0], [4], [fc, last]
    model = schema.ModelT()
    model.version, model.subgraphs, model.description = 3, [graph], b"tiny"
    model.operatorCodes = [_opcode(schema.BuiltinOperator.FULLY_CONNECTED), second]
    model.buffers = [_buffer(), _buffer(weights.tobytes()), _buffer(bias.tobytes())]
    builder = flatbuffers.Builder(1024)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())
