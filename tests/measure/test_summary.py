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
from harness.measure.workload import Workload
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
