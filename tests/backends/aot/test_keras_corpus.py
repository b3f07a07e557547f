"""The Keras corpus (tests/support/keras_corpus.py) on the AOT host build: every model users
bring runs int8 bit for bit equal to the TFLM reference (portable kernels and the DSP paths
with emulated ACLE) and float32 within 1e-5 of it; the models the reference cannot run are
named by harness.model.limits, the operator and the way out included, before TFLM sees them."""

from __future__ import annotations

import numpy as np
import pytest
from aot_testkit.verify import aot_outputs, relative_error, tflm_outputs
from keras_corpus import CORPUS, corpus_names, corpus_tflite, model_samples

from harness.backends.aot import compile_program
from harness.model.limits import violations
from harness.model.tflite import read_model

SAMPLES = 4
FLOAT_TOLERANCE = 1e-5
SMALL = [n for n in corpus_names(large=False) if not CORPUS.get(n).reference_limit]
LARGE = [n for n in corpus_names(large=True) if not CORPUS.get(n).reference_limit]
DIAGNOSED = [n for n in CORPUS.names() if CORPUS.get(n).reference_limit]


def assert_like_tflm(name: str, variant: str, dsp: bool = False) -> None:
    tflite = corpus_tflite(name, variant)
    samples = model_samples(tflite, name)
    expected = tflm_outputs(tflite, samples)
    actual = aot_outputs(tflite, samples, name, dsp=dsp)
    for n, (got, want) in enumerate(zip(actual, expected, strict=True)):
        for g, w in zip(got, want, strict=True):
            if variant == "float32":
                error = relative_error(g.reshape(-1), w.reshape(-1))
                assert error <= FLOAT_TOLERANCE, f"{name}: sample {n} off by {error:.2g}"
            else:
                assert np.array_equal(g.reshape(-1), w.reshape(-1)), f"{name}: sample {n}"


@pytest.mark.parametrize("dsp", [False, True], ids=["portable", "dsp"])
@pytest.mark.parametrize("name", SMALL)
def test_int8_is_bit_exact_with_tflm(name, dsp):
    assert_like_tflm(name, "int8", dsp)


@pytest.mark.parametrize("name", SMALL)
def test_float32_is_within_1e5_of_tflm(name):
    assert_like_tflm(name, "float32")


@pytest.mark.slow
@pytest.mark.parametrize("name", LARGE)
def test_96x96_mobilenets_int8_are_bit_exact_with_tflm(name):
    assert_like_tflm(name, "int8", dsp=True)


@pytest.mark.parametrize("name", DIAGNOSED)
def test_models_the_reference_cannot_run_are_named_before_it_runs(name):
    found = violations(read_model(corpus_tflite(name, "int8")))
    assert found and found[0].opcode == CORPUS.get(name).reference_limit
    assert "train it" in str(found[0]) or "batch_size=1" in str(found[0])
    if CORPUS.get(name).reference_limit != "SOFTMAX":
        return
    text = str(found[0])  # the wording, with this model's numbers
    assert text.startswith("SOFTMAX #") and "is below TFLM's minimum 1.5e-8: an untrained or "\
        "degenerate model; train it, or drop the final softmax and apply it on the host" in text


def test_the_untrained_mobilenet_still_compiles_for_a_cost_only_run():
    program = compile_program(read_model(corpus_tflite("mobilenet_v2_untrained")), "m")
    assert program.macs > 10_000_000


def test_transpose_conv_names_the_kernel_it_runs_per_core():
    model = read_model(corpus_tflite("concat_transpose"))
    tconv = [op.index for op in model.operators if op.opcode == "TRANSPOSE_CONV"]
    dsp, plain = (compile_program(model, "m", dsp=dsp).choices for dsp in (True, False))
    assert tconv
    for index in tconv:
        assert dsp[index].kernel == "aot_tconv_s8_dsp" and plain[index].kernel == "aot_tconv_s8"
        assert dsp[index].reason.startswith("4 phase(s) as stride-1 convolutions"), dsp[index]
        assert plain[index].reason == "no faster kernel for this core", plain[index]
