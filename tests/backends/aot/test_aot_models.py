"""Whole converted models on the AOT host build: the zoo (trained), small TF-converted MLPs in
every I/O variant, and the MLPerf-Tiny-shaped models with random weights.

int8 and int16x8 outputs must equal TFLM's bit for bit; float32 outputs must be within 1e-5
(relative to the output's largest magnitude) of LiteRT.
"""

from __future__ import annotations

import numpy as np
import pytest
from aot_testkit.reference_models import reference_sample, reference_tflite
from aot_testkit.verify import aot_outputs, litert_outputs, relative_error, tflm_outputs

from harness.backends.aot import compile_program
from harness.errors import UnsupportedModelError
from harness.model.interpreters import tflm_arena_bytes
from harness.model.quantization import TensorSpec, quantize
from harness.model.tflite import read_model

FLOAT_TOLERANCE = 1e-5


def _samples(tflite: bytes, inputs: list[np.ndarray]) -> list[list[np.ndarray]]:
    """Float inputs in the model input's own type (quantized for int8 and int16 inputs)."""
    tensor = read_model(tflite).input_tensors()[0]
    if tensor.dtype not in (np.int8, np.int16):
        return [[x.astype(np.float32).reshape(tensor.shape)] for x in inputs]
    spec = TensorSpec(tensor.shape, tensor.dtype, tensor.quantization.scale,
                      tensor.quantization.zero_point)
    return [[quantize(x.reshape(tensor.shape), spec)] for x in inputs]


def assert_bit_exact_with_tflm(tflite: bytes, samples, name: str, dsp: bool = False) -> None:
    actual = aot_outputs(tflite, samples, name, dsp=dsp)
    expected = tflm_outputs(tflite, samples)
    for n, (got, want) in enumerate(zip(actual, expected, strict=True)):
        for g, w in zip(got, want, strict=True):
            assert np.array_equal(g.reshape(-1), w.reshape(-1)), f"{name}: sample {n} differs"


def assert_close_to_litert(tflite: bytes, samples, name: str) -> None:
    actual = aot_outputs(tflite, samples, name)
    expected = litert_outputs(tflite, samples)
    errors = [relative_error(g, w) for got, want in zip(actual, expected, strict=True)
              for g, w in zip(got, want, strict=True)]
    assert max(errors) <= FLOAT_TOLERANCE, f"{name}: relative error {max(errors):.3g}"


@pytest.mark.parametrize("name", ["digits_mlp", "sine", "digits_cnn", "anomaly_ae"])
def test_zoo_int8_is_bit_exact_on_64_test_inputs(zoo_model, name):
    artifacts = zoo_model(name)
    x_test, _ = artifacts.split("test")
    tflite = artifacts.tflite_bytes("int8")
    assert_bit_exact_with_tflm(tflite, _samples(tflite, list(x_test[:64])), name)


@pytest.mark.parametrize("name", ["digits_mlp", "digits_cnn"])
def test_zoo_int16x8_is_bit_exact_on_64_test_inputs(zoo_model, name):
    artifacts = zoo_model(name)
    x_test, _ = artifacts.split("test")
    tflite = artifacts.tflite_bytes("int16x8")
    assert read_model(tflite).input_tensors()[0].dtype == np.int16
    assert_bit_exact_with_tflm(tflite, _samples(tflite, list(x_test[:64])), name)


@pytest.mark.parametrize("name", ["digits_mlp", "sine", "digits_cnn"])
def test_zoo_float32_matches_litert(zoo_model, name):
    artifacts = zoo_model(name)
    x_test, _ = artifacts.split("test")
    tflite = artifacts.tflite_bytes("float32")
    assert_close_to_litert(tflite, _samples(tflite, list(x_test[:16])), name)


@pytest.mark.parametrize("variant", ["int8", "int8_float_io"])
@pytest.mark.parametrize("name", ["dense_mlp", "sine_mlp"])
def test_converted_mlps_are_bit_exact(name, variant):
    tflite = reference_tflite(name, variant)
    if variant == "int8_float_io":
        assert {"QUANTIZE", "DEQUANTIZE"} <= set(read_model(tflite).opcodes())
    assert_bit_exact_with_tflm(tflite, _samples(tflite, reference_sample(name, 64)), name)


# The ops whose kernels do the multiply-accumulates: each must have a fast kernel chosen.
HEAVY_OPS = {"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"}


@pytest.mark.parametrize("name", ["trained_dscnn", "trained_mlp"])
def test_trained_models_run_every_layer_on_a_dsp_kernel_bit_exactly(name):
    tflite = reference_tflite(name, "int8")
    model = read_model(tflite)
    choices = compile_program(model, name, dsp=True).choices
    heavy = [choices[op.index] for op in model.operators if op.opcode in HEAVY_OPS]
    assert len(heavy) >= 3 and all(c.kernel.endswith("_dsp") for c in heavy), heavy
    assert_bit_exact_with_tflm(tflite, _samples(tflite, reference_sample(name, 16)), name,
                               dsp=True)


MLPERF_SHAPED = ["kws_dscnn", "vww_mobilenet", "resnet8", "fc_autoencoder"]


@pytest.mark.slow
@pytest.mark.parametrize("dsp", [False, True], ids=["portable", "dsp"])
@pytest.mark.parametrize("name", MLPERF_SHAPED)
def test_mlperf_shaped_int8_is_bit_exact(name, dsp):
    tflite = reference_tflite(name, "int8")
    assert_bit_exact_with_tflm(tflite, _samples(tflite, reference_sample(name, 3)), name, dsp)


@pytest.mark.slow
@pytest.mark.parametrize("name", MLPERF_SHAPED)
def test_mlperf_shaped_int16x8_is_bit_exact(name):
    """The converter's int16x8 variant: every op on the AOT's int16 kernels (ADD in resnet8,
    MEAN in vww_mobilenet)."""
    tflite = reference_tflite(name, "int16x8")
    assert_bit_exact_with_tflm(tflite, _samples(tflite, reference_sample(name, 3)), name)


@pytest.mark.slow
@pytest.mark.parametrize("name", [*MLPERF_SHAPED, "dense_mlp", "sine_mlp"])
def test_float32_models_match_litert(name):
    tflite = reference_tflite(name, "float32")
    assert_close_to_litert(tflite, _samples(tflite, reference_sample(name, 3)), name)


@pytest.mark.slow
@pytest.mark.parametrize("name", MLPERF_SHAPED)
def test_planned_activations_fit_in_tflm_arena(name):
    """The offline plan needs at least the busiest step's live bytes and never more than the
    arena TFLM's host build allocates for the same model."""
    tflite = reference_tflite(name, "int8")
    program = compile_program(read_model(tflite), name)
    assert program.plan.lower_bound(program.buffers) <= program.plan.size
    assert program.plan.size <= tflm_arena_bytes(tflite)


def test_zoo_float16_weights_are_folded_to_float32(zoo_model):
    artifacts = zoo_model("digits_cnn")
    x_test, _ = artifacts.split("test")
    tflite = artifacts.tflite_bytes("float16")
    assert "DEQUANTIZE" in read_model(tflite).opcodes()
    assert_close_to_litert(tflite, _samples(tflite, list(x_test[:8])), "digits_cnn")


def test_zoo_dynamic_range_model_is_refused_with_a_fix(zoo_model):
    model = read_model(zoo_model("digits_mlp").tflite_path("dynamic"))
    with pytest.raises(UnsupportedModelError, match="digits_mlp.*int8 or float32 variant"):
        compile_program(model, "digits_mlp")
