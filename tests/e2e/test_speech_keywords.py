"""The keyword spotter trained on synthesised speech: accuracy on voices it never heard, and its
int8 build on the emulated board, bit for bit against the TFLM reference."""

import numpy as np
import pytest

from harness.backends import get_backend
from harness.boards import get_board
from harness.measure import measure, zoo_workload
from harness.pipeline.evaluate import evaluate

pytestmark = pytest.mark.emulator

MODEL = "speech_keywords"


def test_validation_and_test_voices_never_speak_in_training(zoo_model):
    artifacts = zoo_model(MODEL)
    speakers = artifacts.recipe.load_data(artifacts.recipe.seed).groups
    train, validation, test = (set(speakers[getattr(artifacts.splits, part)])
                               for part in ("train", "validation", "test"))
    assert not (train & validation or train & test or validation & test)
    assert len(test) >= 15


def test_float_accuracy_on_held_out_voices_is_at_least_90_percent_and_int8_within_a_point(
        zoo_model):
    values = {row.variant: row.value for row in evaluate(zoo_model(MODEL))}
    assert values["keras_float"] >= 0.90
    assert values["tflm_int8"] >= values["keras_float"] - 0.01


def test_int8_on_qemu_is_bit_exact_with_the_reference(zoo_model):
    artifacts = zoo_model(MODEL)
    _, labels = artifacts.split("test")
    workload = zoo_workload(artifacts, "int8", samples=48)
    row = measure(workload, get_board("qemu-m4"), get_backend("aot"))
    assert row.samples == 48 and row.bit_exact_fraction == 1.0
    assert row.checks["agreement"] == "passed"
    assert len(np.unique(labels[:48])) > 1
    assert row.latency_unit == "instructions" and row.latency_median > 0
