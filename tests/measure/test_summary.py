"""The verdict of a result row: a device off by one LSB is not bit-exact, and a backend that is
meant to be bit-exact is never judged with a tolerance, whatever its build is called."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from harness.backends import get_backend
from harness.boards import get_board
from harness.faults.device import FaultInjectionBuild
from harness.firmware.elf import MemoryUsage
from harness.measure.device import DeviceRun
from harness.measure.firmware import Firmware
from harness.measure.summary import result_row
from harness.measure.workload import Budgets, Workload
from harness.model.quantization import TensorSpec
from harness.model.tflite import TfliteModel

REFERENCE = np.array([[10, -3, 7], [0, 5, -128]], np.int8)
SPEC = TensorSpec((1, 3), np.dtype(np.int8), 0.1, 0)


def workload(tolerance: int = 1) -> Workload:
    model = TfliteModel([], [], (), (), "ab" * 32, 0)
    return Workload("m", "int8", model, np.zeros((2, 3), np.int8), REFERENCE, SPEC, SPEC,
                    output_tolerance=tolerance)


def firmware() -> Firmware:
    return Firmware(SimpleNamespace(sha256="ab" * 32), None, MemoryUsage(100, 0, 0, 50, 0),
                    "cd" * 32, built=False)


def device_run(outputs: np.ndarray) -> DeviceRun:
    return DeviceRun(outputs=list(outputs), ticks=[[320], [320]])


class ApproximateBackend(FaultInjectionBuild):
    """A backend that is allowed to round differently from TFLM."""

    bit_exact = False


def one_lsb_off_in_one_sample() -> np.ndarray:
    outputs = REFERENCE.copy()
    outputs[1, 1] += 1
    return outputs


@pytest.mark.parametrize("backend", [get_backend("aot"), FaultInjectionBuild(get_backend("aot"))],
                         ids=["aot", "aot+faults"])
def test_a_bit_exact_backend_one_lsb_off_fails_agreement(backend):
    row = result_row(workload(), firmware(), get_board("qemu-m4"), backend,
                     device_run(one_lsb_off_in_one_sample()))
    assert row.bit_exact_fraction == 0.5 and row.max_abs_diff == 1
    assert row.checks["agreement"].startswith("failed: 1 of 2 samples differ")
    assert "allowed 0" in row.checks["agreement"] and row.status == "failed"


def test_a_backend_that_is_not_bit_exact_passes_within_the_recipes_tolerance():
    backend = ApproximateBackend(get_backend("aot"))
    row = result_row(workload(tolerance=1), firmware(), get_board("qemu-m4"), backend,
                     device_run(one_lsb_off_in_one_sample()))
    assert row.bit_exact_fraction == 0.5 and row.checks["agreement"] == "passed"
    two_off = one_lsb_off_in_one_sample()
    two_off[0, 0] -= 2
    row = result_row(workload(tolerance=1), firmware(), get_board("qemu-m4"), backend,
                     device_run(two_off))
    assert row.checks["agreement"].startswith("failed: 2 of 2 samples differ")


def test_an_exact_device_is_fully_bit_exact_and_passes():
    row = result_row(workload(), firmware(), get_board("qemu-m4"), get_backend("aot"),
                     device_run(REFERENCE.copy()))
    assert row.bit_exact_fraction == 1.0 and row.max_abs_diff == 0
    assert row.checks["agreement"] == "passed"
    assert row.latency_median == 100 and row.latency_unit == "instructions"  # 320 ticks / 3.2


def labelled(**fields) -> Workload:
    """REFERENCE argmaxes are 0 and 1; label 1 for both: the reference scores 0.5."""
    model = TfliteModel([], [], (), (), "ab" * 32, 0)
    return Workload("m", "int8", model, np.zeros((2, 3), np.int8), REFERENCE, SPEC, SPEC,
                    labels=np.array([1, 1]), task="classification", metric="accuracy",
                    **fields)


def measured_run(outputs: np.ndarray) -> DeviceRun:
    return DeviceRun(outputs=list(outputs), ticks=[[320, 640, 320], [960]], stack_used=300,
                     activation_bytes=640, wire_bytes=777, link_seconds=0.5)


def test_every_figure_of_a_row_comes_from_its_source():
    outputs = REFERENCE.copy()
    outputs[0] = [0, 9, 0]  # sample 0 now says class 1: device accuracy 1.0
    built = Firmware(SimpleNamespace(sha256="ab" * 32), None, MemoryUsage(1000, 200, 30, 400, 0),
                     "cd" * 32, built=False)
    board = get_board("qemu-m4")
    row = result_row(labelled(host_float_metric=0.75, accuracy_drop_budget=0.1), built, board,
                     ApproximateBackend(get_backend("aot")), measured_run(outputs))
    assert (row.model, row.variant, row.board, row.backend) == (
        "m", "int8", "qemu-m4", "aot+faults")
    assert (row.samples, row.metric, row.host_float_metric, row.host_reference_metric,
            row.device_metric) == (2, "accuracy", 0.75, 0.5, 1.0)
    assert (row.bit_exact_fraction, row.max_abs_diff) == (0.5, 12)  # 9 - (-3) in sample 0
    assert (row.activation_bytes, row.stack_bytes, row.flash_bytes, row.ram_bytes) == (
        640, 300, 1230, 430)
    assert (row.board_flash_bytes, row.board_ram_bytes) == (board.flash_bytes, board.ram_bytes)
    assert (row.model_sha256, row.firmware_sha256) == ("ab" * 32, "cd" * 32)
    assert (row.wire_bytes, row.payload_bytes, row.link_seconds) == (777, 2 * (3 + 3), 0.5)
    # per-sample medians 100 and 300 instructions (3.2 ticks each)
    assert (row.latency_unit, row.latency_mean, row.latency_median, row.latency_min,
            row.latency_max, row.latency_us) == ("instructions", 200, 200, 100, 300, None)
    assert row.macs == 0 and row.layers == []
    assert row.checks == {
        "agreement": row.checks["agreement"], "accuracy_drop": "passed", "fits": "passed",
        "latency_budget": "skipped: the recipe declares no real-time budget",
        "budgets": "skipped: no budget set"}
    assert row.checks["agreement"].startswith("failed: 1 of 2 samples differ")


def test_a_row_passes_only_when_every_check_does():
    exact = measured_run(REFERENCE.copy())
    backend, board = get_backend("aot"), get_board("qemu-m4")
    passed = result_row(labelled(budgets=Budgets(latency=200)), firmware(), board, backend, exact)
    assert passed.status == "passed" and passed.checks["budgets"] == "passed"
    over = result_row(labelled(budgets=Budgets(latency=199)), firmware(), board, backend, exact)
    assert over.status == "failed" and over.checks["agreement"] == "passed"
    assert over.checks["budgets"] == "failed: latency 200 instructions > budget 199 instructions"


def test_a_real_board_reports_cycles_and_time():
    board = get_board("nano33")
    row = result_row(labelled(), firmware(), board, get_backend("aot"),
                     measured_run(REFERENCE.copy()))
    assert row.latency_unit == "cycles" and row.latency_median == 640  # medians 320 and 960
    assert row.latency_us == pytest.approx(640 / board.clock_hz * 1e6)


def test_the_checks_get_the_rows_figures_the_board_and_the_recipes_budgets():
    board = get_board("nano33")  # real: its latency is time, which a real-time budget applies to
    run = measured_run(REFERENCE.copy())
    workload = labelled(latency_budget_ms=640 / board.clock_hz * 1e3, accuracy_drop_budget=0.0)
    row = result_row(workload, firmware(), board, get_backend("aot"), run)
    assert row.checks["latency_budget"] == "passed"  # exactly at the budget
    assert row.checks["accuracy_drop"] == "passed"  # against the host reference's 0.5
    worse = REFERENCE.copy()
    worse[1] = [9, 0, 0]  # sample 1 now says class 0: accuracy 0.0
    row = result_row(workload, firmware(), board, ApproximateBackend(get_backend("aot")),
                     measured_run(worse))
    assert row.checks["accuracy_drop"] == ("failed: accuracy on the device is 0.0000, the host "
                                           "reference's 0.5000: a loss of 0.5000, budget 0.0")
    tight = labelled(latency_budget_ms=639 / board.clock_hz * 1e3)
    assert result_row(tight, firmware(), board, get_backend("aot"), run).checks[
        "latency_budget"].startswith("failed: ")


def test_a_model_without_a_metric():
    row = result_row(workload(), firmware(), get_board("qemu-m4"), get_backend("aot"),
                     device_run(REFERENCE.copy()))
    assert row.metric == "" and row.device_metric is None and row.host_reference_metric is None


def test_a_real_time_budget_on_an_emulator_is_skipped_naming_the_board():
    row = result_row(labelled(latency_budget_ms=1.0), firmware(), get_board("qemu-m4"),
                     get_backend("aot"), measured_run(REFERENCE.copy()))
    assert row.checks["latency_budget"] == ("skipped: qemu-m4 reports instructions, not time "
                                            "(emulators count instructions)")
