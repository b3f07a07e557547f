"""The agreement check's float32 rule: 1e-5 relative to the output's scale over the run."""

import numpy as np
import pytest

from harness.measure.checks import FLOAT_RELATIVE_TOLERANCE, agreement, relative_error
from harness.measure.workload import Workload


def float_workload(reference: np.ndarray) -> Workload:
    return Workload("sine", "float32", None, np.zeros((len(reference), 1), np.float32),
                    reference, input_spec=None, output_spec=None)


REFERENCE = np.array([[0.84], [-0.91], [0.027], [0.0]], np.float32)  # sine: one value each


def test_a_rounding_difference_at_a_zero_crossing_passes():
    outputs = REFERENCE.copy()
    outputs[2] += 2.7e-7  # an ULP-sized difference where the output is near zero
    assert agreement(float_workload(REFERENCE), outputs, exact_backend=True) == "passed"
    assert relative_error(outputs, REFERENCE)[2] == pytest.approx(2.7e-7 / 0.91, rel=0.01)


def test_a_real_difference_fails_and_names_its_size():
    outputs = REFERENCE.copy()
    outputs[0] += 1e-4
    verdict = agreement(float_workload(REFERENCE), outputs, exact_backend=True)
    assert verdict.startswith("failed: outputs differ from the TFLM reference by 1.10e-04")
    assert relative_error(outputs, REFERENCE)[0] > FLOAT_RELATIVE_TOLERANCE


def test_an_all_zero_reference_does_not_divide_by_zero():
    zeros = np.zeros((2, 3), np.float32)
    assert agreement(float_workload(zeros), zeros, exact_backend=True) == "passed"
    assert agreement(float_workload(zeros), zeros + 1e-3, exact_backend=True).startswith("failed")
