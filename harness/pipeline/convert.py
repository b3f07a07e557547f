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
    """One variant: float32, full-integer int8 (int8 in/out; per-channel or per-tensor weights),
    int16x8 (int16 activations and in/out, int8 weights), dynamic-range or float16."""
    import_keras()
    import tensorflow as tf

    if variant not in _SETUPS:
        raise ValueError(f"unknown variant {variant!r}; known: {', '.join(_SETUPS)}")
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    _SETUPS[variant](converter, tf, representative)
    # The converter prints progress and warnings from Python and C++; keep them off the terminal.
    with quiet_native_output(), contextlib.redirect_stdout(io.StringIO()):
        return bytes(converter.convert())


def _float32(converter, tf, representative) -> None:
    """The converter's defaults."""


def _int8(converter, tf, representative) -> None:
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = lambda: ([row[np.newaxis]] for row in representative)
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    converter.inference_input_type = tf.int8
    converter.inference_output_type = tf.int8


def _int8_per_tensor(converter, tf, representative) -> None:
    _int8(converter, tf, representative)
    # TF's only switch for it (lite.py, TFLiteConverterBase): every weight tensor, dense and
    # convolution alike, gets one scale.
    converter._experimental_disable_per_channel = True


def _int16x8(converter, tf, representative) -> None:
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = lambda: ([row[np.newaxis]] for row in representative)
    converter.target_spec.supported_ops = [
        tf.lite.OpsSet.EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8]
    converter.inference_input_type = tf.int16
    converter.inference_output_type = tf.int16


def _dynamic(converter, tf, representative) -> None:
    converter.optimizations = [tf.lite.Optimize.DEFAULT]


def _float16(converter, tf, representative) -> None:
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.target_spec.supported_types = [tf.float16]


_SETUPS = {"float32": _float32, "int8": _int8, "int8_per_tensor": _int8_per_tensor,
           "int16x8": _int16x8, "dynamic": _dynamic, "float16": _float16}


def representative_set(x_train: np.ndarray, samples: int, source: str, seed: int
                       ) -> np.ndarray:
    """The calibration rows: `samples` rows of the training split, or as many rows of
    standard-normal noise (what the normalised inputs would look like knowing nothing)."""
    if source == "random":
        rng = np.random.default_rng(seed)
        return rng.standard_normal((samples, *x_train.shape[1:])).astype(np.float32)
    return _representative_sample(x_train, samples, seed)


def _representative_sample(x_train: np.ndarray, samples: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    chosen = rng.choice(len(x_train), size=min(samples, len(x_train)), replace=False)
    return x_train[np.sort(chosen)].astype(np.float32)


