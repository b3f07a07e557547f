"""Import TensorFlow and Keras without the C++ start-up chatter (absl, CUDA probing)."""

from __future__ import annotations

import os

from harness.model.native_output import quiet_native_output


def import_keras():
    """Keras, with TensorFlow (its backend) imported quietly first."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # TF errors surface as exceptions anyway
    with quiet_native_output():
        import keras
        import tensorflow  # noqa: F401  (Keras' backend; imported here so its chatter is hidden)
    return keras
