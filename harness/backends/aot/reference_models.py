"""Keras models shaped like the MLPerf Tiny four, with random weights, converted to .tflite.

They exercise the AOT backend on realistic op mixes and sizes (not accuracy: the weights are
random). Conversions are cached under `build_dir()/aot-reference-models`, keyed by this file's
source and the TensorFlow/Keras versions, so a test run converts each model once.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

import numpy as np

from harness import paths
from harness.pipeline.quiet import import_keras, quiet_native_output
from harness.registry import Registry

SEED = 1234
REPRESENTATIVE_SAMPLES = 32


@dataclass(frozen=True)
class ReferenceModel:
    name: str
    description: str
    input_shape: tuple[int, ...]
    build: Callable  # (keras, layers) -> keras.Model with batch size 1


REFERENCE_MODELS: Registry[ReferenceModel] = Registry("reference model")


def _reference(name: str, description: str, input_shape: tuple[int, ...]):
    def register(build):
        REFERENCE_MODELS.add(name, ReferenceModel(name, description, input_shape, build))
        return build
    return register


def _bn_relu(layers, x, relu6: bool = False):
    x = layers.BatchNormalization()(x)
    return layers.ReLU(6.0 if relu6 else None)(x)


@_reference("kws_dscnn", "DS-CNN keyword spotter on 49x10 MFCC features", (49, 10, 1))
def _kws_dscnn(keras, layers):
    inputs = keras.Input((49, 10, 1), batch_size=1)
    x = _bn_relu(layers, layers.Conv2D(64, (10, 4), strides=2, padding="same")(inputs))
    for _ in range(4):
        x = _bn_relu(layers, layers.DepthwiseConv2D(3, padding="same")(x))
        x = _bn_relu(layers, layers.Conv2D(64, 1)(x))
    x = layers.AveragePooling2D(pool_size=(25, 5))(x)
    x = layers.Flatten()(x)
    return keras.Model(inputs, layers.Dense(12, activation="softmax")(x))


@_reference("vww_mobilenet", "MobileNetV1-0.25-style visual wake words net at 96x96x3",
            (96, 96, 3))
def _vww_mobilenet(keras, layers):
    inputs = keras.Input((96, 96, 3), batch_size=1)
    x = layers.ZeroPadding2D(((0, 1), (0, 1)))(inputs)  # as Keras' MobileNet does (a PAD op)
    x = _bn_relu(layers, layers.Conv2D(8, 3, strides=2, padding="valid")(x), relu6=True)
    blocks = [(16, 1), (32, 2), (32, 1), (64, 2), (64, 1), (128, 2), (128, 1), (128, 1),
              (128, 1), (128, 1), (128, 1), (256, 2), (256, 1)]
    for filters, stride in blocks:
        x = _bn_relu(layers, layers.DepthwiseConv2D(3, strides=stride, padding="same")(x),
                     relu6=True)
        x = _bn_relu(layers, layers.Conv2D(filters, 1)(x), relu6=True)
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, layers.Dense(2, activation="softmax")(x))


@_reference("resnet8", "ResNet-8-style image classifier at 32x32x3", (32, 32, 3))
def _resnet8(keras, layers):
    inputs = keras.Input((32, 32, 3), batch_size=1)
    x = _bn_relu(layers, layers.Conv2D(16, 3, padding="same")(inputs))
    for filters, stride in ((16, 1), (32, 2), (64, 2)):
        y = _bn_relu(layers, layers.Conv2D(filters, 3, strides=stride, padding="same")(x))
        y = layers.BatchNormalization()(layers.Conv2D(filters, 3, padding="same")(y))
        if stride != 1:
            x = layers.Conv2D(filters, 1, strides=stride)(x)
        x = layers.ReLU()(layers.Add()([x, y]))
    x = layers.Flatten()(layers.AveragePooling2D(pool_size=8)(x))
    return keras.Model(inputs, layers.Dense(10, activation="softmax")(x))


@_reference("fc_autoencoder", "Dense autoencoder on 640 spectrogram features", (640,))
def _fc_autoencoder(keras, layers):
    inputs = keras.Input((640,), batch_size=1)
    x = inputs
    for units in (128, 128, 128, 128, 8, 128, 128, 128, 128):
        x = _bn_relu(layers, layers.Dense(units)(x))
    return keras.Model(inputs, layers.Dense(640)(x))


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


VARIANTS = ("int8", "float32", "int8_float_io")


def reference_tflite(name: str, variant: str = "int8") -> bytes:
    """The converted model, cached by content. Variants: "int8" (int8 in/out), "float32",
    "int8_float_io" (int8 inside, float32 in/out: QUANTIZE and DEQUANTIZE at the edges)."""
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
    _randomize_batch_norm(model)
    rng = np.random.default_rng(SEED)
    representative = rng.normal(0, 1, size=(REPRESENTATIVE_SAMPLES, *record.input_shape))
    with warnings.catch_warnings():  # the converter warns about missing input statistics
        warnings.simplefilter("ignore")
        if variant == "int8_float_io":
            return _convert_float_io(model, representative.astype(np.float32))
        return convert(model, variant, representative.astype(np.float32))


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


def _randomize_batch_norm(model) -> None:
    """Fresh BatchNormalization layers are identities; random statistics make folding real."""
    rng = np.random.default_rng(SEED)
    for layer in model.layers:
        if layer.__class__.__name__ == "BatchNormalization":
            gamma, beta, mean, variance = layer.get_weights()
            layer.set_weights([rng.uniform(0.5, 1.5, gamma.shape), rng.normal(0, 0.1, beta.shape),
                               rng.normal(0, 0.1, mean.shape), rng.uniform(0.5, 1.5,
                                                                           variance.shape)])


def reference_sample(name: str, count: int, seed: int = 0) -> list[np.ndarray]:
    """Random float inputs shaped for the model (without the batch dimension)."""
    rng = np.random.default_rng(seed)
    shape = REFERENCE_MODELS.get(name).input_shape
    return [rng.normal(0, 1, size=shape).astype(np.float32) for _ in range(count)]
