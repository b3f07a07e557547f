"""Inference backends: how a .tflite model becomes C/C++ sources for a firmware project."""

from harness.backends.base import (
    BACKENDS,
    Backend,
    GeneratedSources,
    configured_backend,
    get_backend,
)

__all__ = ["BACKENDS", "Backend", "GeneratedSources", "configured_backend", "get_backend"]
