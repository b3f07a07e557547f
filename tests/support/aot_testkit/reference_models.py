"""Models for the AOT backend's tests, converted to .tflite with random or trained weights.

Two small MLPs live here, in every variant the tests need, including "int8_float_io" (int8
inside, float32 in/out), which the zoo does not make, and small models trained for a few
seconds on a synthetic task (batch norm folded, ReLU6: the quantization of real models, which
random weights do not have). The MLPerf-Tiny-shaped models are the zoo's recipes
(models/kws_dscnn.py, ...), taken from the artifact cache, so the tests and the benchmarks run
the very same files. Conversions are cached under `build_dir()/aot-reference-models`, keyed by
this file's source and the TensorFlow/Keras versions.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

import numpy as np

from harness import paths
from harness.model.native_output import quiet_native_output
from harness.pipeline.keras_import import import_keras
from harness.registry import Registry

SEED = 1234
REPRESENTATIVE_SAMPLES = 32


@dataclass(frozen=True)
class ReferenceModel:
    name: str
    description: str
    input_shape: tuple[int, ...]
    build: Callable  # (keras, layers) -> keras.Model with batch size 1
    trained: bool = False  # fitted to TRAIN_SAMPLES of a synthetic task before conversion


REFERENCE_MODELS: Registry[ReferenceModel] = Registry("reference model")


def _reference(name: str, description: str, input_shape: tuple[int, ...],
               trained: bool = False):
    def register(build):
        REFERENCE_MODELS.add(name, ReferenceModel(name, description, input_shape, build,
                                                  trained))
        return build
    return register


@_reference("dense_mlp", "Dense(128, relu) -> Dense(10, softmax) on 64 features", (64,))
def _dense_mlp(keras, layers):
    inputs = keras.Input((64,), batch_size=1)
    x = layers.Dense(128, activation="relu")(inputs)
    return keras.Model(inputs, layers.Dense(10, activation="softmax")(x))


@_reference("sine_mlp", "1 -> 16 -> 16 -> 1 regression MLP (TFLM hello world shape)", (1,))
def _sine_mlp(keras, layers):
    inputs = keras.Input((1,), batch_size=1)
    x = layers.Dense(16, activation="relu")(inputs)
    x = layers.Dense(16, activation="relu")(x)
    return keras.Model(inputs, layers.Dense(1)(x))


@_reference("trained_dscnn", "conv, depthwise and pointwise blocks with batch norm and ReLU6/ReLU, "
            "pooled into Dense(4): trained", (16, 12, 1), trained=True)
def _trained_dscnn(keras, layers):
    inputs = keras.Input((16, 12, 1), batch_size=1)
    x = layers.Conv2D(16, 3, strides=2, padding="same", use_bias=False)(inputs)
    x = layers.ReLU(6.0)(layers.BatchNormalization()(x))
    for stride, width in ((1, 24), (2, 32)):
        x = layers.DepthwiseConv2D(3, strides=stride, padding="same", use_bias=False)(x)
        x = layers.ReLU()(layers.BatchNormalization()(x))
        x = layers.Conv2D(width, 1, use_bias=False)(x)
        x = layers.ReLU(6.0)(layers.BatchNormalization()(x))
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, layers.Dense(4, activation="softmax")(x))


@_reference("trained_mlp", "Dense(64, relu) -> Dense(32, relu6) -> Dense(4, softmax): trained",
            (40,), trained=True)
def _trained_mlp(keras, layers):
    inputs = keras.Input((40,), batch_size=1)
    x = layers.Dense(64, activation="relu")(inputs)
    x = layers.Dense(32, activation="relu6")(x)
    return keras.Model(inputs, layers.Dense(4, activation="softmax")(x))


TRAIN_SAMPLES = 512
TRAIN_EPOCHS = 4
VARIANTS = ("int8", "float32", "int8_float_io")


ZOO_MODELS = ("kws_dscnn", "vww_mobilenet", "resnet8", "fc_autoencoder")


def reference_tflite(name: str, variant: str = "int8") -> bytes:
    """The converted model, cached by content. Variants: "int8" (int8 in/out), "float32", and
    for the MLPs "int8_float_io" (int8 inside, float32 in/out: QUANTIZE and DEQUANTIZE at the
    edges)."""
    if name in ZOO_MODELS:
        from harness.pipeline.artifacts import prepare

        return prepare(name).tflite_bytes(variant)
    record = REFERENCE_MODELS.get(name)
    key = hashlib.sha256("|".join([name, variant, *_cache_key_parts()]).encode()).hexdigest()[:16]
    path = paths.build_dir() / "aot-reference-models" / f"{name}-{variant}-{key}.tflite"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_bytes(_convert(record, variant))
        partial.replace(path)
    return path.read_bytes()


def _cache_key_parts() -> list[str]:
    source = inspect.getsource(inspect.getmodule(_cache_key_parts))
    return [source, metadata.version("tensorflow"), metadata.version("keras")]


def _convert(record: ReferenceModel, variant: str) -> bytes:
    import warnings

    from harness.pipeline.convert import convert

    keras = import_keras()
    keras.utils.set_random_seed(SEED)
    model = record.build(keras, keras.layers)
    rng = np.random.default_rng(SEED)
    representative = rng.normal(0, 1, size=(REPRESENTATIVE_SAMPLES, *record.input_shape))
    if record.trained:
        _train(model, record.input_shape, rng)
    with warnings.catch_warnings():  # the converter warns about missing input statistics
        warnings.simplefilter("ignore")
        if variant == "int8_float_io":
            return _convert_float_io(model, representative.astype(np.float32))
        return convert(model, variant, representative.astype(np.float32))


def _train(model, input_shape: tuple[int, ...], rng: np.random.Generator) -> None:
    """A few epochs on a synthetic task: the class is the largest of four fixed random
    projections of the input (learnable, so weights, batch statistics and dead channels come
    out as in real training)."""
    x = rng.normal(0, 1, size=(TRAIN_SAMPLES, *input_shape)).astype(np.float32)
    projection = rng.normal(0, 1, size=(int(np.prod(input_shape)), 4))
    y = np.argmax(x.reshape(TRAIN_SAMPLES, -1) @ projection, axis=1)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    with quiet_native_output():
        model.fit(x, y, batch_size=32, epochs=TRAIN_EPOCHS, verbose=0)


def _convert_float_io(model, representative: np.ndarray) -> bytes:
    import contextlib
    import io

    import tensorflow as tf

    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = lambda: ([row[np.newaxis]] for row in representative)
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    with quiet_native_output(), contextlib.redirect_stdout(io.StringIO()):
        return bytes(converter.convert())


def reference_sample(name: str, count: int, seed: int = 0) -> list[np.ndarray]:
    """Random float inputs shaped for the model (without the batch dimension)."""
    rng = np.random.default_rng(seed)
    return [rng.normal(0, 1, size=_input_shape(name)).astype(np.float32) for _ in range(count)]


def _input_shape(name: str) -> tuple[int, ...]:
    if name in ZOO_MODELS:
        from harness.model.tflite import read_model

        return tuple(read_model(reference_tflite(name, "float32")).input_tensors()[0].shape[1:])
    return REFERENCE_MODELS.get(name).input_shape
