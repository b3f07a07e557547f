"""Per-layer analysis of a .tflite model: shapes, parameters, MACs, bytes, quantization."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from harness.model.tflite import Operator, Tensor, TfliteModel


@dataclass(frozen=True)
class LayerInfo:
    index: int
    op: str
    activation: str
    inputs: str  # "1x8x8x1 int8" for each non-constant input
    outputs: str
    params: int  # elements of constant inputs (weights, biases)
    param_bytes: int
    macs: int
    output_bytes: int
    output_scale: float | None
    output_zero_point: int | None
    weights_quantization: str  # "per-channel (16)", "per-tensor", "" for float or none

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ModelSummary:
    layers: list[LayerInfo]
    macs: int
    params: int
    param_bytes: int
    largest_activation_bytes: int
    model_bytes: int
    sha256: str

    def as_dict(self) -> dict:
        data = asdict(self)
        data["layers"] = [layer.as_dict() for layer in self.layers]
        return data


def summarize(model: TfliteModel) -> ModelSummary:
    layers = [layer_info(model, op) for op in model.operators]
    constants = {i for op in model.operators for i in op.inputs
                 if i >= 0 and model.tensors[i].is_constant}
    activations = [t.nbytes for t in model.tensors if not t.is_constant]
    return ModelSummary(
        layers=layers,
        macs=sum(layer.macs for layer in layers),
        params=sum(model.tensors[i].size for i in constants),
        param_bytes=sum(model.tensors[i].nbytes for i in constants),
        largest_activation_bytes=max(activations, default=0),
        model_bytes=model.size_bytes,
        sha256=model.sha256,
    )


def layer_info(model: TfliteModel, op: Operator) -> LayerInfo:
    inputs = [model.tensors[i] for i in op.inputs if i >= 0]
    constants = [t for t in inputs if t.is_constant]
    output = model.tensors[op.outputs[0]]
    quant = output.quantization
    return LayerInfo(
        index=op.index,
        op=op.opcode,
        activation=str(op.options.get("fused_activation_function", "")).replace("NONE", ""),
        inputs=", ".join(describe(t) for t in inputs if not t.is_constant),
        outputs=", ".join(describe(model.tensors[i]) for i in op.outputs),
        params=sum(t.size for t in constants),
        param_bytes=sum(t.nbytes for t in constants),
        macs=macs(model, op),
        output_bytes=output.nbytes,
        output_scale=quant.scale if quant else None,
        output_zero_point=quant.zero_point if quant else None,
        weights_quantization=_weights_quantization(constants),
    )


def describe(tensor: Tensor) -> str:
    return "x".join(str(d) for d in tensor.shape) + f" {tensor.dtype.name}"


def macs(model: TfliteModel, op: Operator) -> int:
    """Multiply-accumulates of one op (0 for ops without a weighted sum)."""
    if op.opcode not in _MAC_OPS:
        return 0
    output = model.tensors[op.outputs[0]]
    weights = model.tensors[op.inputs[1]]
    if op.opcode == "CONV_2D":  # filter [out_channels, kh, kw, in_channels]
        return output.size * int(np.prod(weights.shape[1:]))
    if op.opcode == "DEPTHWISE_CONV_2D":  # filter [1, kh, kw, channels]
        return output.size * weights.shape[1] * weights.shape[2]
    if op.opcode == "TRANSPOSE_CONV":  # inputs: output shape, filter [out_c, kh, kw, in_c], x
        return _transpose_conv_macs(model, op)
    return output.size * weights.shape[-1]  # FULLY_CONNECTED: weights [units, inputs]


_MAC_OPS = {"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "TRANSPOSE_CONV"}


def transpose_conv_padding(in_size: int, out_size: int, kernel: int, stride: int,
                           padding: str) -> int:
    """The padding TFLM's TRANSPOSE_CONV takes off the output's start: ComputePaddingHeightWidth
    of a convolution from the output size (`out_size`) back to the input size."""
    if padding == "SAME":
        steps = (out_size + stride - 1) // stride
    else:
        steps = (out_size + stride - kernel) // stride
    return max(0, (steps - 1) * stride + kernel - out_size) // 2


def _taps(in_size: int, out_size: int, kernel: int, stride: int, padding: str) -> int:
    """Pairs (input index, kernel tap) of one axis that land inside the output."""
    pad = transpose_conv_padding(in_size, out_size, kernel, stride, padding)
    return sum(1 for i in range(in_size) for k in range(kernel)
               if 0 <= i * stride - pad + k < out_size)


def _transpose_conv_macs(model: TfliteModel, op: Operator) -> int:
    """The products TFLM's scatter computes: only those landing inside the output."""
    weights, x = model.tensors[op.inputs[1]], model.tensors[op.inputs[2]]
    output = model.tensors[op.outputs[0]]
    if len(weights.shape) != 4 or len(x.shape) != 4 or len(output.shape) != 4:
        return 0
    padding = str(op.options.get("padding", "SAME"))
    rows = _taps(x.shape[1], output.shape[1], weights.shape[1], op.options.get("stride_h", 1),
                 padding)
    cols = _taps(x.shape[2], output.shape[2], weights.shape[2], op.options.get("stride_w", 1),
                 padding)
    return x.shape[0] * rows * cols * weights.shape[0] * weights.shape[3]


def _weights_quantization(constants: list[Tensor]) -> str:
    weights = [t for t in constants if t.quantization and t.dtype == np.int8]
    if not weights:
        return ""
    quant = weights[0].quantization
    return f"per-channel ({quant.scales.size})" if quant.per_channel else "per-tensor"


def quantization_of(model: TfliteModel) -> str:
    """How a .tflite is quantized, in words: "int8 with per-channel weights", "float32"..."""
    activations = {str(model.tensors[i].dtype) for i in model.inputs}
    kind = "int16x8" if "int16" in activations else "/".join(sorted(activations))
    constants = [model.tensors[i] for op in model.operators for i in op.inputs
                 if i >= 0 and model.tensors[i].is_constant and len(model.tensors[i].shape) > 1]
    weights = [t for t in constants if t.quantization and t.dtype == np.int8]
    if not weights:
        return kind
    scheme = "per-channel" if any(t.quantization.per_channel for t in weights) else "per-tensor"
    return f"{kind} with {scheme} weights"
