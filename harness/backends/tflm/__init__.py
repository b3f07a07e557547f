"""The TFLM backend (registered as "tflm"): TensorFlow Lite Micro's interpreter on the device."""

from harness.backends.base import BACKENDS
from harness.backends.tflm.backend import TflmBackend

BACKENDS.add("tflm", TflmBackend())

__all__ = ["TflmBackend"]
