"""Models users bring: built with Keras 3 layers as the TinyML tutorials and keras.applications
give them, converted by this TensorFlow as a new user would (TFLiteConverter.from_keras_model,
dynamic batch, full int8 with int8 input and output and a representative data set, or float32).

The first six are the table of issue #18 (same Keras calls, same sizes); the others cover the
layer kinds users combine (MobileNetV3-style blocks with squeeze-excite, autoencoders with
transposed convolutions and resizing, multi-input nets, PReLU, dilated convolutions, unrolled
LSTMs, unit normalization, Keras's element-wise and reshaping layers) at sizes CI can afford.
Weights are Keras's random initialisation; where a model has batch normalization its
statistics are set from the data (one pass in training mode with momentum 0), except for the
deliberately untrained MobileNetV2.

Converted files are cached under `build_dir()/keras-corpus` by a key of this file's source, the
model, the variant and the TensorFlow/Keras versions, so reruns take no conversion time.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

import numpy as np

from harness import paths
from harness.model.native_output import quiet_native_output
from harness.model.quantization import TensorSpec, quantize
from harness.model.tflite import read_model
from harness.pipeline.keras_import import import_keras
from harness.registry import Registry

SEED = 18
REPRESENTATIVE = 16  # samples the converter calibrates on (and BN statistics come from)


@dataclass(frozen=True)
class CorpusModel:
    name: str
    title: str  # what the model is, in the words of the issue's table
    input_shapes: tuple[tuple[int, ...], ...]  # per input, without the batch dimension
    build: Callable  # (keras, layers) -> keras.Model
    value_range: tuple[float, float] = (-1.0, 1.0)  # inputs drawn uniformly from it
    set_batch_norm: bool = True  # BN statistics from the data (MobileNets)
    fixed_batch: bool = False  # convert with batch size 1 (the dilated-convolution advice)
    in_issue_table: bool = False
    large: bool = False  # 96x96 MobileNets: minutes to convert, tens of millions of instructions
    reference_limit: str = ""  # the TFLM limit the int8 model trips (harness.model.limits)

    @property
    def single_io(self) -> bool:
        return len(self.input_shapes) == 1


CORPUS: Registry[CorpusModel] = Registry("corpus model")


def _corpus(name: str, title: str, *input_shapes: tuple[int, ...], **options):
    def register(build):
        CORPUS.add(name, CorpusModel(name, title, tuple(input_shapes), build, **options))
        return build
    return register


@_corpus("mobilenet_v2", "keras.applications.MobileNetV2(96x96x3, alpha=0.35, classes=2), BN "
         "statistics set from data", (96, 96, 3), in_issue_table=True, large=True)
def _mobilenet_v2(keras, layers):
    return keras.applications.MobileNetV2((96, 96, 3), alpha=0.35, classes=2, weights=None)


@_corpus("mobilenet_v3_small", "keras.applications.MobileNetV3Small(96x96x3, alpha=0.75, "
         "classes=2), BN statistics set from data", (96, 96, 3), value_range=(0.0, 255.0),
         in_issue_table=True, large=True)
def _mobilenet_v3_small(keras, layers):
    return keras.applications.MobileNetV3Small(input_shape=(96, 96, 3), alpha=0.75, classes=2,
                                               weights=None)


@_corpus("mobilenet_v2_untrained", "the same MobileNetV2 left untrained (weights=None, no data "
         "seen)", (96, 96, 3), set_batch_norm=False, in_issue_table=True, large=True,
         reference_limit="SOFTMAX")
def _mobilenet_v2_untrained(keras, layers):
    return keras.applications.MobileNetV2((96, 96, 3), alpha=0.35, classes=2, weights=None)


@_corpus("conv1d_kws", "Conv1D keyword net (49x40)", (49, 40), in_issue_table=True)
def _conv1d_kws(keras, layers):
    inputs = keras.Input((49, 40))
    x = layers.Conv1D(32, 3, activation="relu")(inputs)
    x = layers.MaxPooling1D(2)(x)
    x = layers.Conv1D(32, 3, activation="relu")(x)
    x = layers.GlobalAveragePooling1D()(x)
    return keras.Model(inputs, layers.Dense(4, activation="softmax")(x))


@_corpus("concat_transpose", "Conv2D + Concatenate + Conv2DTranspose + sigmoid + Multiply",
         (32, 32, 3), value_range=(0.0, 1.0), in_issue_table=True)
def _concat_transpose(keras, layers):
    inputs = keras.Input((32, 32, 3))
    a = layers.Conv2D(8, 3, padding="same", activation="relu")(inputs)
    b = layers.Conv2D(8, 5, padding="same", activation="relu")(inputs)
    x = layers.Concatenate()([a, b])
    x = layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(x)
    up = layers.Conv2DTranspose(8, 3, strides=2, padding="same", activation="relu")(x)
    gate = layers.Conv2D(8, 1, activation="sigmoid")(up)
    x = layers.Multiply()([up, gate])
    return keras.Model(inputs, layers.Conv2D(3, 3, padding="same")(x))


@_corpus("zeropad_leaky", "ZeroPadding2D + Conv2D + LeakyReLU + MaxPool + Dense", (28, 28, 1),
         value_range=(0.0, 1.0), in_issue_table=True)
def _zeropad_leaky(keras, layers):
    inputs = keras.Input((28, 28, 1))
    x = layers.ZeroPadding2D(2)(inputs)
    x = layers.Conv2D(8, 3)(x)
    x = layers.LeakyReLU(0.1)(x)
    x = layers.MaxPooling2D()(x)
    x = layers.Flatten()(x)
    return keras.Model(inputs, layers.Dense(10, activation="softmax")(x))


@_corpus("mobilenet_v3_blocks", "MobileNetV3-style blocks: hard-swish, squeeze-excite with "
         "hard sigmoid, classifier head", (32, 32, 3))
def _mobilenet_v3_blocks(keras, layers):
    inputs = keras.Input((32, 32, 3))
    x = layers.Conv2D(16, 3, strides=2, padding="same")(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("hard_swish")(x)
    for expand, out, stride in ((32, 16, 1), (48, 24, 2)):
        y = layers.Conv2D(expand, 1)(x)
        y = layers.Activation("hard_swish")(layers.BatchNormalization()(y))
        y = layers.DepthwiseConv2D(3, strides=stride, padding="same")(y)
        y = layers.Activation("hard_swish")(layers.BatchNormalization()(y))
        se = layers.GlobalAveragePooling2D(keepdims=True)(y)
        se = layers.Conv2D(expand // 4, 1, activation="relu")(se)
        se = layers.Conv2D(expand, 1, activation="hard_sigmoid")(se)
        y = layers.Multiply()([y, se])
        y = layers.BatchNormalization()(layers.Conv2D(out, 1)(y))
        x = layers.Add()([x, y]) if stride == 1 and out == x.shape[-1] else y
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dense(32, activation="hard_swish")(x)
    return keras.Model(inputs, layers.Dense(3, activation="softmax")(x))


@_corpus("conv_autoencoder", "autoencoder: strided Conv2D down, Conv2DTranspose and nearest "
         "Resizing up", (32, 32, 1), value_range=(0.0, 1.0))
def _conv_autoencoder(keras, layers):
    inputs = keras.Input((32, 32, 1))
    x = layers.Conv2D(8, 3, strides=2, padding="same", activation="relu")(inputs)
    x = layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(x)
    x = layers.Conv2DTranspose(16, 3, strides=2, padding="same", activation="relu")(x)
    x = layers.Conv2DTranspose(8, 4, strides=2, padding="valid", activation="relu")(x)
    x = layers.Cropping2D(((1, 1), (1, 1)))(x)
    x = layers.Resizing(64, 64, interpolation="nearest")(x)
    x = layers.Conv2D(1, 3, strides=2, padding="same", activation="sigmoid")(x)
    return keras.Model(inputs, x)


@_corpus("two_inputs", "two inputs (spectrogram and metadata) concatenated into a dense head",
         (16, 16, 1), (5,))
def _two_inputs(keras, layers):
    image, extra = keras.Input((16, 16, 1), name="image"), keras.Input((5,), name="extra")
    x = layers.Conv2D(8, 3, activation="relu")(image)
    x = layers.GlobalAveragePooling2D()(x)
    e = layers.Dense(8, activation="relu")(extra)
    x = layers.Concatenate()([x, e])
    return keras.Model([image, extra], layers.Dense(3, activation="softmax")(x))


@_corpus("prelu_net", "Conv2D + PReLU per channel + PReLU per element + Dense", (12, 12, 2))
def _prelu_net(keras, layers):
    inputs = keras.Input((12, 12, 2))
    x = layers.Conv2D(8, 3, padding="same")(inputs)
    x = layers.PReLU(alpha_initializer=keras.initializers.Constant(0.2), shared_axes=[1, 2])(x)
    x = layers.Conv2D(8, 3, strides=2)(x)
    x = layers.PReLU(alpha_initializer=keras.initializers.RandomUniform(0.0, 0.3))(x)
    x = layers.Flatten()(x)
    return keras.Model(inputs, layers.Dense(4)(x))


@_corpus("dilated_convs", "dilated Conv2D, DepthwiseConv2D and Conv1D (converted with batch "
         "size 1)", (24, 24, 3), fixed_batch=True)
def _dilated_convs(keras, layers):
    inputs = keras.Input((24, 24, 3))
    x = layers.Conv2D(8, 3, dilation_rate=2, padding="same", activation="relu")(inputs)
    x = layers.DepthwiseConv2D(3, dilation_rate=(2, 3), padding="same", activation="relu")(x)
    x = layers.Conv2D(8, 3, dilation_rate=2, activation="relu")(x)
    x = layers.Reshape((20 * 20, 8))(x)
    x = layers.Conv1D(8, 3, dilation_rate=4, padding="causal", activation="relu")(x)
    x = layers.GlobalAveragePooling1D()(x)
    return keras.Model(inputs, layers.Dense(3)(x))


@_corpus("dilated_valid_dynamic", "dilated Conv2D without padding, dynamic batch "
         "(SPACE_TO_BATCH_ND, BATCH_TO_SPACE_ND)", (16, 16, 2),
         reference_limit="SPACE_TO_BATCH_ND")
def _dilated_valid_dynamic(keras, layers):
    inputs = keras.Input((16, 16, 2))
    x = layers.Conv2D(4, 3, dilation_rate=2, activation="relu")(inputs)
    return keras.Model(inputs, layers.Conv2D(2, 1)(x))


@_corpus("keras_layers", "Maximum, Minimum, Subtract, abs, split, Permute, Cropping2D, "
         "GlobalMaxPooling2D, Reshape, Softmax on an axis", (10, 10, 3))
def _keras_layers(keras, layers):
    inputs = keras.Input((10, 10, 3))
    a = layers.Conv2D(6, 3, padding="same")(inputs)
    b = layers.Conv2D(6, 3, padding="same")(inputs)
    x = layers.Subtract()([layers.Maximum()([a, b]), layers.Minimum()([a, b])])
    x = layers.Concatenate()(keras.ops.split(keras.ops.abs(x), 2, axis=-1)[::-1])
    x = layers.Permute((2, 1, 3))(layers.Cropping2D(((1, 2), (0, 1)))(x))
    pooled = layers.GlobalMaxPooling2D()(x)
    x = layers.Reshape((2, 3))(layers.Dense(6)(pooled))
    return keras.Model(inputs, layers.Softmax(axis=-1)(x))


@_corpus("lstm_unrolled", "LSTM(16, unroll=True) over 20 steps + Dense softmax (converted "
         "with batch size 1)", (20, 8), fixed_batch=True)
def _lstm_unrolled(keras, layers):
    inputs = keras.Input((20, 8))
    x = layers.LSTM(16, unroll=True)(inputs)
    return keras.Model(inputs, layers.Dense(3, activation="softmax")(x))


@_corpus("lstm_unrolled_dynamic", "the same LSTM converted with a dynamic batch size (its zero "
         "state a FILL of a computed shape)", (20, 8), reference_limit="FILL")
def _lstm_unrolled_dynamic(keras, layers):
    return _lstm_unrolled(keras, layers)


@_corpus("unit_norm", "Dense + UnitNormalization (SQUARE, SUM, RSQRT) embedding", (12,))
def _unit_norm(keras, layers):
    inputs = keras.Input((12,))
    x = layers.Dense(8, activation="relu")(inputs)
    return keras.Model(inputs, layers.UnitNormalization()(layers.Dense(6)(x)))


def corpus_names(*, large: bool | None = None, issue_table: bool | None = None) -> list[str]:
    return [name for name in CORPUS.names()
            if (large is None or CORPUS.get(name).large == large)
            and (issue_table is None or CORPUS.get(name).in_issue_table == issue_table)]


def corpus_inputs(name: str, count: int, seed: int = SEED) -> list[list[np.ndarray]]:
    """`count` float samples, one array per model input (without the batch dimension)."""
    record = CORPUS.get(name)
    rng = np.random.default_rng(seed)
    low, high = record.value_range
    return [[rng.uniform(low, high, size=shape).astype(np.float32)
             for shape in record.input_shapes] for _ in range(count)]


def model_samples(tflite: bytes, name: str, count: int = 4) -> list[list[np.ndarray]]:
    """Float corpus inputs in the .tflite's input order and types (quantized for int8)."""
    tensors = read_model(tflite).input_tensors()
    samples = []
    for sample in corpus_inputs(name, count, seed=7):
        by_shape = {tuple(x.shape): x for x in sample}
        row = []
        for tensor in tensors:
            x = by_shape[tuple(tensor.shape[1:])].reshape(tensor.shape)
            if tensor.dtype == np.int8:
                q = tensor.quantization
                x = quantize(x, TensorSpec(tensor.shape, tensor.dtype, q.scale, q.zero_point))
            row.append(x)
        samples.append(row)
    return samples


def corpus_tflite(name: str, variant: str = "int8") -> bytes:
    """The converted model ("int8": full int8 with int8 input and output; "float32"), cached."""
    record = CORPUS.get(name)
    key = hashlib.sha256("|".join([name, variant, *_key_parts(record)]).encode()).hexdigest()[:16]
    path = paths.build_dir() / "keras-corpus" / f"{name}-{variant}-{key}.tflite"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_bytes(_convert(record, variant))
        partial.replace(path)
    return path.read_bytes()


def _key_parts(record: CorpusModel) -> list[str]:
    """What a conversion depends on: the model's builder and settings, the code that builds,
    calibrates and converts it, the TensorFlow and Keras versions (editing another model or a
    test helper keeps the cache)."""
    code = [inspect.getsource(f) for f in (record.build, build_model, _stacked, corpus_inputs,
                                           _set_batch_norm_statistics, _representative_row,
                                           _convert)]
    settings = repr({k: v for k, v in vars(record).items() if k != "build"})
    return [*code, settings, str(SEED), str(REPRESENTATIVE), metadata.version("tensorflow"),
            metadata.version("keras")]


def build_model(record: CorpusModel):
    """The Keras model with its initial weights and, if it has any, BN statistics set."""
    keras = import_keras()
    keras.utils.set_random_seed(SEED)
    model = record.build(keras, keras.layers)
    if record.fixed_batch:
        shapes = [keras.Input(shape, batch_size=1) for shape in record.input_shapes]
        clone = keras.models.clone_model(model, input_tensors=shapes[0] if record.single_io
                                         else shapes)
        clone.set_weights(model.get_weights())
        model = clone
    if record.set_batch_norm:
        _set_batch_norm_statistics(keras, model, _stacked(record, REPRESENTATIVE, SEED + 1))
    return model


def _stacked(record: CorpusModel, count: int, seed: int) -> list[np.ndarray]:
    samples = corpus_inputs(record.name, count, seed)
    return [np.stack([s[i] for s in samples]) for i in range(len(record.input_shapes))]


def _set_batch_norm_statistics(keras, model, data: list[np.ndarray]) -> None:
    """Every BatchNormalization layer's moving mean and variance become the statistics of
    `data` as it reaches the layer (momentum 0 for one pass in training mode)."""
    norms = [layer for layer in model._flatten_layers()
             if isinstance(layer, keras.layers.BatchNormalization)]
    if not norms:
        return
    for layer in norms:
        layer.momentum = 0.0
    model(data[0] if len(data) == 1 else data, training=True)


def _representative_row(model, data: list[np.ndarray], i: int):
    """One calibration sample: a list for one input, by input name for several (the
    converter's signature does not keep the Keras model's input order)."""
    if len(data) == 1:
        return [data[0][i:i + 1]]
    return {tensor.name: values[i:i + 1] for tensor, values in zip(model.inputs, data,
                                                                     strict=True)}


def _convert(record: CorpusModel, variant: str) -> bytes:
    import tensorflow as tf

    model = build_model(record)
    representative = _stacked(record, REPRESENTATIVE, SEED + 1)
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    if variant == "int8":
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
        converter.representative_dataset = lambda: (
            _representative_row(model, representative, i) for i in range(REPRESENTATIVE))
        converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
        converter.inference_input_type = tf.int8
        converter.inference_output_type = tf.int8
    elif variant != "float32":
        raise ValueError(f"unknown variant {variant!r} (int8 or float32)")
    with warnings.catch_warnings(), quiet_native_output(), \
            contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        return bytes(converter.convert())
