"""Quantize float inputs into a tensor's dtype and dequantize outputs, as TFLite does."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class TensorSpec:
    """What a model input or output looks like from outside: shape, dtype, affine quantization."""

    shape: tuple[int, ...]
    dtype: np.dtype
    scale: float = 0.0  # 0 for float tensors
    zero_point: int = 0

    @property
    def quantized(self) -> bool:
        return np.issubdtype(self.dtype, np.integer) and self.scale > 0


def quantize(x: np.ndarray, spec: TensorSpec) -> np.ndarray:
    """Float -> spec.dtype with round-half-away-from-zero and saturation (TFLite QUANTIZE)."""
    if not spec.quantized:
        return np.asarray(x, dtype=spec.dtype)
    scaled = np.asarray(x, dtype=np.float64) / spec.scale
    rounded = np.sign(scaled) * np.floor(np.abs(scaled) + 0.5) + spec.zero_point
    info = np.iinfo(spec.dtype)
    return np.clip(rounded, info.min, info.max).astype(spec.dtype)


def dequantize(q: np.ndarray, spec: TensorSpec) -> np.ndarray:
    if not spec.quantized:
        return np.asarray(q, dtype=np.float32)
    return ((np.asarray(q, dtype=np.float32) - spec.zero_point) * spec.scale).astype(np.float32)
