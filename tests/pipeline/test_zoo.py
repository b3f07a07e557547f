"""The zoo models themselves: conversion output and host evaluation numbers."""

import numpy as np
import pytest

from harness.model.tflite import read_model
from harness.pipeline.evaluate import evaluate
from harness.pipeline.recipe import all_recipes, get_recipe

TESTED_MODELS = ["sine", "digits_mlp", "digits_cnn", "anomaly_ae"]
FORBIDDEN_OPS = {"SHAPE", "STRIDED_SLICE", "PACK"}


def test_zoo_has_the_required_recipes():
    names = {r.name for r in all_recipes()}
    assert set(TESTED_MODELS) | {"mnist_mlp"} <= names
    assert get_recipe("anomaly_ae").metric == "roc_auc"
    assert [r.name for r in all_recipes() if r.downloads] == ["mnist_mlp"]


@pytest.mark.parametrize("name", TESTED_MODELS)
def test_int8_model_has_int8_io_batch_one_and_no_shape_ops(zoo_model, name):
    model = read_model(zoo_model(name).tflite_path("int8"))
    for tensor in model.input_tensors() + model.output_tensors():
        assert tensor.dtype == np.int8
        assert tensor.shape[0] == 1
        assert tensor.quantization is not None and not tensor.quantization.per_channel
    assert not FORBIDDEN_OPS & set(model.opcodes())


def test_float32_model_has_float_io(zoo_model):
    model = read_model(zoo_model("digits_cnn").tflite_path("float32"))
    assert model.input_tensors()[0].dtype == np.float32
    assert "CONV_2D" in model.opcodes() and "DEPTHWISE_CONV_2D" in model.opcodes()


def test_dense_weights_are_quantized_per_channel(zoo_model):
    model = read_model(zoo_model("digits_mlp").tflite_path("int8"))
    dense = [op for op in model.operators if op.opcode == "FULLY_CONNECTED"]
    weights = [model.tensors[op.inputs[1]] for op in dense]
    assert all(w.quantization.per_channel for w in weights)


def _by_variant(rows):
    return {row.variant: row.value for row in rows}


def test_digits_mlp_int8_is_within_two_points_of_float_and_above_90(zoo_model):
    values = _by_variant(evaluate(zoo_model("digits_mlp")))
    assert values["keras_float"] > 0.90
    assert values["tflm_int8"] > 0.90
    assert abs(values["keras_float"] - values["tflite_int8"]) <= 0.02
    assert values["tflite_float32"] == pytest.approx(values["keras_float"], abs=1e-9)


def test_host_evaluation_has_every_variant_and_sane_values(zoo_model):
    rows = evaluate(zoo_model("anomaly_ae"), samples=200)
    values = _by_variant(rows)
    assert set(values) == {"keras_float", "tflite_float32", "tflite_int8", "tflite_dynamic",
                           "tflite_float16", "tflm_float32", "tflm_int8"}
    assert all(row.samples == 200 and row.metric == "roc_auc" for row in rows)
    assert values["keras_float"] > 0.9
    assert abs(values["tflm_int8"] - values["keras_float"]) <= get_recipe(
        "anomaly_ae").accuracy_drop_budget


def test_sine_regression_error_is_near_the_noise_level(zoo_model):
    values = _by_variant(evaluate(zoo_model("sine")))
    assert values["keras_float"] < 0.15  # the data's noise has sigma 0.1 (MAE ~0.08)
    assert values["tflm_int8"] < 0.15


def test_tflm_int8_and_litert_int8_agree_on_the_test_split(zoo_model):
    values = _by_variant(evaluate(zoo_model("digits_cnn")))
    assert values["tflm_int8"] == pytest.approx(values["tflite_int8"], abs=0.01)


BENCHMARK_MODELS = ["kws_dscnn", "vww_mobilenet", "resnet8", "fc_autoencoder"]


@pytest.mark.parametrize("name", BENCHMARK_MODELS)
def test_benchmark_shaped_models_convert_with_their_signature_ops(zoo_model, name):
    recipe = get_recipe(name)
    assert recipe.task == "benchmark" and recipe.metric == "none"
    model = read_model(zoo_model(name).tflite_path("int8"))
    expected = {"kws_dscnn": "DEPTHWISE_CONV_2D", "vww_mobilenet": "DEPTHWISE_CONV_2D",
                "resnet8": "ADD", "fc_autoencoder": "FULLY_CONNECTED"}[name]
    assert expected in model.opcodes()
    assert model.input_tensors()[0].dtype == np.int8


def test_benchmark_models_have_no_accuracy_and_are_not_trained(zoo_model):
    artifacts = zoo_model("fc_autoencoder")
    assert (artifacts.train_dir / "history.csv").read_text().strip() == "epoch"
    values = _by_variant(evaluate(artifacts))
    assert all(np.isnan(value) for value in values.values())


def test_pytest_runs_only_trained_models_by_default():
    from harness.pytest_plugin.session import default_models

    assert set(default_models()) == {"sine", "digits_mlp", "digits_cnn", "anomaly_ae"}
