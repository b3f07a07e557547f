"""Convert a trained Keras model to .tflite variants with TensorFlow's converter."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import numpy as np

from harness.model.native_output import quiet_native_output
from harness.pipeline.keras_import import import_keras

VARIANTS = ("float32", "int8", "dynamic", "float16")


def tflite_filename(variant: str) -> str:
    return f"model_{variant}.tflite"


def convert_all(model, x_train: np.ndarray, samples: int, seed: int, out_dir: Path) -> None:
    """Write model_<variant>.tflite for every variant, plus a C array of each."""
    from harness.model.c_array import write_c_array

    fixed = batch_one_clone(model)
    representative = _representative_sample(x_train, samples, seed)
    for variant in VARIANTS:
        data = convert(fixed, variant, representative)
        path = out_dir / tflite_filename(variant)
        path.write_bytes(data)
        write_c_array(data, f"model_{variant}", out_dir)


def batch_one_clone(model):
    """The same model with a fixed batch size of 1, so the converter emits no SHAPE,
    STRIDED_SLICE or PACK ops for Flatten/Reshape."""
    keras = import_keras()

    clone = keras.models.clone_model(model, input_tensors=keras.Input(model.input_shape[1:],
                                                                      batch_size=1))
    clone.set_weights(model.get_weights())
    return clone


def convert(model, variant: str, representative: np.ndarray) -> bytes:
    """One variant: float32, full-integer int8 (int8 in/out), dynamic-range or float16."""
    import_keras()
    import tensorflow as tf

    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    if variant == "int8":
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
        converter.representative_dataset = lambda: ([row[np.newaxis]] for row in representative)
        converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
        converter.inference_input_type = tf.int8
        converter.inference_output_type = tf.int8
    elif variant == "dynamic":
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
    elif variant == "float16":
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
        converter.target_spec.supported_types = [tf.float16]
    elif variant != "float32":
        raise ValueError(f"unknown variant {variant!r}; known: {', '.join(VARIANTS)}")
    # The converter prints progress and warnings from Python and C++; keep them off the terminal.
    with quiet_native_output(), contextlib.redirect_stdout(io.StringIO()):
        return bytes(converter.convert())


def _representative_sample(x_train: np.ndarray, samples: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    chosen = rng.choice(len(x_train), size=min(samples, len(x_train)), replace=False)
    return x_train[np.sort(chosen)].astype(np.float32)


