"""A model the TFLM reference cannot run (an untrained model's degenerate SOFTMAX) with
`hil run`: refused in one line naming the operator, the tensor, the numbers and the way out;
with --no-reference, measured on QEMU anyway, in a clearly labelled row without an agreement
figure, recorded in the history like any other."""

import json

import numpy as np
import pytest
from hil_command import hil
from limit_models import dense_softmax

from harness.results import ResultsStore

pytestmark = pytest.mark.emulator


@pytest.fixture
def degenerate(tmp_path):
    model = tmp_path / "untrained.tflite"
    model.write_bytes(dense_softmax(7.8e-9))
    np.save(tmp_path / "x.npy", np.random.default_rng(0).normal(size=(3, 4)).astype(np.float32))
    return model, tmp_path / "x.npy"


def test_the_reference_limit_is_named_with_the_way_out(degenerate, tmp_path):
    model, inputs = degenerate
    result = hil("run", model, "--inputs", inputs, "--results", tmp_path / "r")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert ("SOFTMAX #1: input scale 7.8e-9 (tensor 'logits') is below TFLM's minimum 1.5e-8: "
            "an untrained or degenerate model; train it, or drop the final softmax and apply "
            "it on the host") in result.stderr
    assert "add --no-reference" in result.stderr and "corrupt" not in result.stderr


def test_a_cost_only_run_measures_and_records_a_labelled_row(degenerate, tmp_path):
    model, inputs = degenerate
    result = hil("run", model, "--inputs", inputs, "--no-reference", "--json", "--results",
                 tmp_path / "r")
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    assert row["checks"]["agreement"] == "skipped: no reference (cost-only run)"
    assert row["bit_exact_fraction"] is None and row["host_metric"] is None
    assert row["samples"] == 3 and row["instructions_median"] > 0 and row["flash_bytes"] > 0
    history = ResultsStore(tmp_path / "r").history()
    assert len(history) == 1 and "cost-only run" in history["checks"].iloc[0]
    people = hil("run", model, "--inputs", inputs, "--no-reference", "--results",
                 tmp_path / "r")
    assert "cost only: no reference" in people.stdout
    assert "skipped: no reference (cost-only run)" in people.stdout


def test_no_reference_is_for_a_users_tflite(tmp_path):
    result = hil("run", "sine", "--no-reference", "--results", tmp_path)
    assert result.returncode == 2 and "--no-reference" in result.stderr
