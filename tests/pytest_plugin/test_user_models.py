"""A project's own models in its tests: the hil_model marker, its budgets, and a Keras model the
harness quantizes itself."""

from __future__ import annotations

import numpy as np
import pytest

from harness.errors import HilError
from harness.measure.workload import Budgets
from harness.pytest_plugin.user_models import user_model


@pytest.fixture
def project(tmp_path):
    for name in ("models/m.tflite", "data/x.npy", "data/y.npy"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    return tmp_path


def test_the_marker_names_files_relative_to_the_project(project):
    model = user_model(("models/m.tflite",), {"inputs": "data/x.npy", "labels": "data/y.npy",
                                              "max_flash": 1000}, project, {})
    assert model.path == project / "models/m.tflite" and model.labels == project / "data/y.npy"
    assert model.budgets == Budgets(flash_bytes=1000) and model.id == "m"


def test_budgets_default_to_the_projects_table_and_the_marker_wins(project):
    defaults = {"max_accuracy_drop": 0.02, "max_ram": 4096, "max_flash": 100}
    model = user_model(("models/m.tflite",), {"inputs": "data/x.npy", "max_flash": 2000}, project,
                       defaults)
    assert model.max_accuracy_drop == 0.02
    assert model.budgets == Budgets(latency=None, flash_bytes=2000, ram_bytes=4096)


@pytest.mark.parametrize("args, kwargs, message", [
    ((), {"inputs": "data/x.npy"}, "takes one model path"),
    (("models/m.tflite",), {}, "it needs inputs=...npy"),
    (("models/m.tflite",), {"inputs": "data/x.npy", "max_speed": 1}, "unknown keywords max_speed"),
    (("models/nope.tflite",), {"inputs": "data/x.npy"}, "the model file models/nope.tflite does "
                                                        "not exist"),
    (("data/x.npy",), {"inputs": "data/x.npy"}, "is a .tflite or a .keras file"),
])
def test_a_wrong_marker_is_a_clear_error(project, args, kwargs, message):
    with pytest.raises(HilError, match=message):
        user_model(args, kwargs, project, {})


KERAS_TEST = """
import pytest


@pytest.mark.hil_model("tiny.keras", inputs="x.npy", labels="y.npy", representative="x.npy")
def test_tiny_keras_on_board(hil_result):
    assert hil_result.variant == "int8" and hil_result.bit_exact_fraction == 1.0
    assert hil_result.host_float_metric is not None  # the Keras model scored the same inputs
    assert hil_result.checks["accuracy_drop"] != "skipped: no labels to score the outputs with"


@pytest.mark.hil_model("tiny.keras", inputs="x.npy", variant="float32")
def test_tiny_keras_in_float_on_board(hil_result):
    assert hil_result.variant == "float32" and hil_result.checks["agreement"] == "passed"
"""


@pytest.mark.emulator
def test_a_keras_model_is_quantized_by_the_harness_and_run(pytester):
    from harness.pipeline.keras_import import import_keras

    keras = import_keras()
    keras.utils.set_random_seed(3)
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(4, activation="softmax")])
    model.save(pytester.path / "tiny.keras")
    rng = np.random.default_rng(3)
    np.save(pytester.path / "x.npy", rng.normal(size=(24, 8)).astype(np.float32))
    np.save(pytester.path / "y.npy", rng.integers(0, 4, 24))
    pytester.makepyfile(test_tiny=KERAS_TEST)
    result = pytester.runpytest_subprocess("--board", "qemu-m4", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
