"""The keyword spotter trained on synthesised speech: accuracy on voices it never heard, and its
int8 build on the emulated board, bit for bit against the TFLM reference.

The zoo model (about 17,000 clips, three quarters of an hour of synthesis and training on two
cores when nothing is cached) is `slow`; a small project recipe with the same data code, front
end and DS-CNN and training-time augmentation (five voice families, one session each, a quarter
of the width) runs the whole way through `hil run` in make test."""

import json

import numpy as np
import pytest
from hil_command import hil

from harness.backends import get_backend
from harness.boards import get_board
from harness.measure import measure, zoo_workload
from harness.pipeline.evaluate import evaluate

pytestmark = pytest.mark.emulator

MODEL = "speech_keywords"
SMALL_RECIPE = '''
import functools

from harness.audio import augment, speech_commands
from harness.pipeline.recipe import get_recipe, recipe

load = functools.partial(speech_commands.load, speakers=("m1", "f3", "klatt2", "iven", "croak"),
                         sessions_per_speaker=1, made_up_voices=0)


@recipe(name="speech_small", description="speech_keywords in small", task="classification",
        metric="accuracy", loss="sparse_categorical_crossentropy", load_data=load, epochs=3,
        augment=augment.augmented, lr_patience=1, representative_samples=20)
def build(input_shape, n_outputs):
    return get_recipe("speech_keywords").build_model(input_shape, n_outputs, width=0.25)
'''


def test_a_small_speech_model_runs_bit_exact_through_hil_run(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.hil]\nrecipes = "recipes"\n')
    (tmp_path / "recipes").mkdir()
    (tmp_path / "recipes" / "speech_small.py").write_text(SMALL_RECIPE)
    result = hil("run", "speech_small", "--board", "qemu-m4", "--json", "--results",
                 tmp_path / "results", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    assert row["samples"] == 13  # one voice family of five: 10 keywords, 2 unknown, silence
    assert row["bit_exact_fraction"] == 1.0 and row["max_abs_diff"] == 0
    assert row["device_metric"] == row["host_metric"]
    assert row["instructions_mean"] > 0 and row["flash_bytes"] > 0


@pytest.mark.slow
def test_validation_and_test_voices_never_speak_in_training(zoo_model):
    artifacts = zoo_model(MODEL)
    data = artifacts.recipe.load_data(artifacts.recipe.seed)
    train, validation, test = (set(data.groups[getattr(artifacts.splits, part)])
                               for part in ("train", "validation", "test"))
    assert not (train & validation or train & test or validation & test)
    assert len(test) >= 15
    assert not data.train_only[artifacts.splits.test].any()


@pytest.mark.slow
def test_float_accuracy_on_held_out_voices_is_at_least_90_percent_and_int8_within_a_point(
        zoo_model):
    values = {row.variant: row.value for row in evaluate(zoo_model(MODEL))}
    assert values["keras_float"] >= 0.90
    assert values["tflm_int8"] >= values["keras_float"] - 0.01


@pytest.mark.slow
def test_int8_on_qemu_is_bit_exact_with_the_reference(zoo_model):
    artifacts = zoo_model(MODEL)
    _, labels = artifacts.split("test")
    workload = zoo_workload(artifacts, "int8", samples=200)
    row = measure(workload, get_board("qemu-m4"), get_backend("aot"))
    assert row.samples == 200 and row.bit_exact_fraction == 1.0
    assert row.checks["agreement"] == "passed"
    assert len(np.unique(labels[:200])) > 1
    assert row.latency_unit == "instructions" and row.latency_median > 0
