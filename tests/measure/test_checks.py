"""The checks of a result row: the agreement check's float32 rule (1e-5 relative to the output's
scale over the run), and every check at its boundary."""

import numpy as np
import pytest

from harness.boards import get_board
from harness.measure.checks import (
    FLOAT_RELATIVE_TOLERANCE,
    accuracy_drop,
    agreement,
    budgets,
    fits,
    latency_budget,
    max_abs_diff,
    relative_error,
)
from harness.measure.workload import Budgets, Workload
from harness.results import ResultRow


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


# The other checks at their boundaries: a figure equal to its limit passes, one past it fails.

def labelled(**fields) -> Workload:
    return Workload("m", "int8", None, np.zeros((1, 1), np.int8), np.zeros((1, 1), np.int8),
                    None, None, metric="accuracy", **fields)


def test_the_float_tolerance_is_inclusive():
    reference = np.array([[0.0], [1.0]], np.float64)  # the scale is 1: errors stay exact
    at = reference + np.array([[FLOAT_RELATIVE_TOLERANCE], [0.0]])
    assert agreement(float_workload(reference), at, exact_backend=True) == "passed"
    past = reference + np.array([[2 * FLOAT_RELATIVE_TOLERANCE], [0.0]])
    assert agreement(float_workload(reference), past, exact_backend=True) == (
        "failed: outputs differ from the TFLM reference by 2.00e-05 relative (allowed 1e-05)")
    assert list(relative_error(past, reference)) == pytest.approx([2e-5, 0.0])
    assert max_abs_diff(np.array([[3], [-4]], np.int8), np.array([[1], [4]], np.int8)) == 8


def test_an_int8_verdict_names_the_samples_the_difference_and_the_allowance():
    reference = np.array([[1, 2], [3, 4], [5, 6]], np.int8)
    outputs = reference.copy()
    outputs[0, 1], outputs[2, 0] = 4, 4  # two samples, by up to 2 LSB
    workload = Workload("m", "int8", None, reference, reference, None, None,
                        output_tolerance=2)
    assert agreement(workload, outputs, exact_backend=False) == "passed"  # 2 <= 2
    assert agreement(workload, outputs, exact_backend=True) == (
        "failed: 2 of 3 samples differ from the TFLM reference (by up to 2 LSB, allowed 0): "
        "the device computes this model differently; check the backend's library version "
        "and kernels")


@pytest.mark.parametrize("device, passes", [(0.75, True), (0.7499, False), (0.9, True)])
def test_the_accuracy_drop_budget_against_the_float_model(device, passes):
    workload = labelled(host_float_metric=0.85, accuracy_drop_budget=0.1)
    verdict = accuracy_drop(workload, device, 0.2, higher_is_better=True)
    assert (verdict == "passed") is passes
    if not passes:
        assert verdict == ("failed: accuracy on the device is 0.7499, the float model's 0.8500: "
                           "a loss of 0.1001, budget 0.1")


def test_the_accuracy_drop_of_an_error_metric_and_against_the_host_reference():
    mae = Workload("m", "int8", None, np.zeros((1, 1)), np.zeros((1, 1)), None, None,
                   metric="mae", accuracy_drop_budget=0.25)
    assert accuracy_drop(mae, 1.25, 1.0, higher_is_better=False) == "passed"  # at the budget
    assert accuracy_drop(mae, 1.5, 1.0, higher_is_better=False) == (
        "failed: mae on the device is 1.5000, the host reference's 1.0000: a loss of 0.5000, "
        "budget 0.25")
    assert accuracy_drop(mae, 0.5, 1.0, higher_is_better=False) == "passed"  # better
    no_budget = labelled()
    assert accuracy_drop(no_budget, 0.5, 0.5, higher_is_better=True) == "passed"
    assert accuracy_drop(no_budget, 0.49, 0.5, higher_is_better=True).endswith("budget 0.0")
    assert accuracy_drop(no_budget, None, 0.5, True) == (
        "skipped: no labels to score the outputs with")
    assert accuracy_drop(no_budget, 0.5, None, True).startswith("skipped")


def result(**figures) -> ResultRow:
    return ResultRow("m", "int8", "qemu-m4", "aot", **figures)


def test_budgets_are_inclusive_and_name_what_is_over():
    row = result(latency_median=1000.0, latency_unit="instructions", flash_bytes=2000,
                 ram_bytes=300)
    assert budgets(row, Budgets()) == "skipped: no budget set"
    assert budgets(row, Budgets(latency=1000, flash_bytes=2000, ram_bytes=300)) == "passed"
    assert budgets(row, Budgets(latency=999, flash_bytes=1999, ram_bytes=299)) == (
        "failed: latency 1,000 instructions > budget 999 instructions; flash 2,000 B > budget "
        "1,999 B; static RAM 300 B > budget 299 B")
    assert budgets(row, Budgets(ram_bytes=299)) == "failed: static RAM 300 B > budget 299 B"
    assert budgets(result(), Budgets(latency=1)) == "passed"  # nothing measured to compare


def test_fits_is_inclusive_and_names_the_board():
    board = get_board("nano33")
    assert fits(result(flash_bytes=board.flash_bytes, ram_bytes=board.ram_bytes),
                board) == "passed"
    assert fits(result(), board) == "passed"
    assert fits(result(flash_bytes=board.flash_bytes + 1, ram_bytes=board.ram_bytes + 1),
                board) == (f"failed: does not fit nano33: flash {board.flash_bytes + 1:,} B > "
                           f"{board.flash_bytes:,} B; RAM {board.ram_bytes + 1:,} B > "
                           f"{board.ram_bytes:,} B")


def test_the_real_time_budget_is_inclusive_and_skipped_on_emulators():
    board = get_board("nano33")
    assert latency_budget(result(latency_us=2000.0), board, None) == (
        "skipped: the recipe declares no real-time budget")
    assert latency_budget(result(latency_us=2000.0), board, 2.0) == "passed"
    assert latency_budget(result(latency_us=2001.0), board, 2.0) == (
        "failed: 2.001 ms per inference, budget 2.0 ms")
    assert latency_budget(result(latency_unit="instructions"), get_board("qemu-m4"), 2.0) == (
        "skipped: qemu-m4 reports instructions, not time (emulators count instructions)")
    assert latency_budget(result(), board, 2.0) == (
        "skipped: nano33 reports no timing, not time (emulators count instructions)")
