"""The crash probe's diagnosis: a model past a TFLM limit is named before TFLM runs; a crash on
a model LiteRT reads and runs names the first operator TFLM fails on (bisection over graph
prefixes) and is never called a corrupt file; a file LiteRT refuses too is."""

from __future__ import annotations

import pytest
from limit_models import dense_softmax

from harness.errors import ModelFormatError, ReferenceLimitError
from harness.model.crash_probe import Outcome, diagnosis, first_failing_operator
from harness.model.interpreters import Tflm
from harness.model.prefix import GraphPrefixes
from harness.model.tflite import read_model


def test_tflm_is_not_asked_to_run_a_model_past_its_limits():
    with pytest.raises(ReferenceLimitError, match="cannot run my.tflite: SOFTMAX #1: input scale"):
        Tflm(dense_softmax(1e-9), "my.tflite")


def test_prefixes_end_at_the_operator_asked_for():
    prefixes = GraphPrefixes(dense_softmax(1e-9))
    first = read_model(prefixes.prefix(1))
    assert prefixes.count == 2 and [op.opcode for op in first.operators] == ["FULLY_CONNECTED"]
    assert first.outputs == first.operators[0].outputs


def test_bisection_finds_the_operator_tflm_crashes_on():
    assert first_failing_operator(dense_softmax(1e-9)) == (1, "SOFTMAX")
    assert first_failing_operator(dense_softmax(0.1)) is None


def test_a_crash_on_a_model_litert_runs_is_named_and_never_called_corrupt():
    error = diagnosis(dense_softmax(1e-9), Outcome("crash", "SIGABRT"), "my.tflite")
    assert isinstance(error, ReferenceLimitError) and not isinstance(error, ModelFormatError)
    text = str(error)
    assert text.startswith("TFLM's interpreter crashed (SIGABRT) on operator #1 SOFTMAX of "
                           "my.tflite, a model LiteRT reads and runs: the file is valid")
    assert "corrupt" not in text
