"""The view of one operator a lowering works from: its tensors, options and constants."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from harness.backends.aot.ir import Unsupported
from harness.model.tflite import Operator, Tensor, TfliteModel

_KINDS = {np.dtype(np.int8): "s8", np.dtype(np.float32): "f32"}


@dataclass
class OpContext:
    model: TfliteModel
    op: Operator
    constants: dict[int, np.ndarray]  # tensor index -> data, including folded constants
    features: frozenset[str] = frozenset()  # the core's ("dsp", ...): picks fast kernels

    @property
    def dsp(self) -> bool:
        """The core has the DSP extension (SIMD on halfwords and bytes)."""
        return "dsp" in self.features

    def input(self, position: int) -> Tensor | None:
        """The op's input at `position`, or None when it is omitted or absent."""
        if position >= len(self.op.inputs) or self.op.inputs[position] < 0:
            return None
        return self.model.tensors[self.op.inputs[position]]

    def required_input(self, position: int) -> Tensor:
        tensor = self.input(position)
        if tensor is None:
            raise Unsupported(f"input {position} is missing")
        return tensor

    def output(self, position: int = 0) -> Tensor:
        return self.model.tensors[self.op.outputs[position]]

    def option(self, name: str, default=None):
        return self.op.options.get(name, default)

    def is_constant(self, tensor: Tensor) -> bool:
        return tensor.index in self.constants

    def constant(self, tensor: Tensor) -> np.ndarray:
        if tensor.index not in self.constants:
            raise Unsupported(f"tensor {tensor.name!r} must be constant")
        return self.constants[tensor.index]

    def kind(self, *tensors: Tensor, int16: bool = False) -> str:
        """"s8" or "f32" when all the given tensors share that type; "s16" too when the
        lowering has int16 (int16x8) kernels (`int16`)."""
        dtypes = {t.dtype for t in tensors}
        kinds = {**_KINDS, **({np.dtype(np.int16): "s16"} if int16 else {})}
        if len(dtypes) != 1 or next(iter(dtypes)) not in kinds:
            names = ", ".join(sorted(str(d) for d in dtypes))
            if "int16" in names:  # int16x8: TFLM has a kernel for more ops than the AOT
                raise Unsupported(f"tensor types {names}: the aot backend has no int16 "
                                  "(int16x8) kernel for this op",
                                  "use --quant ptq-per-channel (or ptq-per-tensor) for an int8 "
                                  "model, or --backend tflm")
            raise Unsupported(f"tensor types {names} (supported: all int8 or all float32)")
        return kinds[next(iter(dtypes))]

    def activation(self) -> str:
        return self.option("fused_activation_function", "NONE")


def scale_zero_point(tensor: Tensor) -> tuple[float, int]:
    """The per-tensor quantization of an int8 (or int16) activation tensor."""
    q = tensor.quantization
    if q is None or q.scales.size != 1:
        raise Unsupported(f"{tensor.dtype} tensor {tensor.name!r} needs one scale and zero "
                          "point")
    return float(q.scales[0]), int(q.zero_points[0])


def shape6(shape: tuple[int, ...]) -> list[int]:
    """A shape extended to six dimensions with leading ones."""
    if len(shape) > 6:
        raise Unsupported(f"a tensor of rank {len(shape)} (at most 6 is supported)")
    return [1] * (6 - len(shape)) + list(shape)


def row_major_strides(dims: list[int]) -> list[int]:
    strides, step = [], 1
    for d in reversed(dims):
        strides.append(step)
        step *= d
    return strides[::-1]
