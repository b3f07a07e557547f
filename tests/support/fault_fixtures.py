"""Fixtures for the fault and recovery tests: the sine model's first samples, the firmware built
with its test-only fault injection, and a clean run of it on QEMU to compare faulty runs with.
(A plugin of tests/conftest.py, so tests/faults and tests/measure share one clean run.)"""

from __future__ import annotations

import shutil

import pytest

from harness.backends import get_backend
from harness.boards import get_board
from harness.faults.bench import POLICY
from harness.faults.device import FaultInjectionBuild
from harness.measure import measure_run, zoo_workload

SAMPLES = 40


@pytest.fixture(scope="session")
def board():
    board = get_board("qemu-m4")
    for tool in (board.runner.system, "arm-none-eabi-gcc"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    return board


@pytest.fixture(scope="session")
def sine(zoo_model):
    return zoo_workload(zoo_model("sine"), "int8", SAMPLES)


@pytest.fixture(scope="session")
def fault_build():
    return FaultInjectionBuild(get_backend("aot"))


@pytest.fixture(scope="session")
def clean(board, sine, fault_build):
    """The fault-injection firmware measured through a clean link."""
    return measure_run(sine, board, fault_build, policy=POLICY, checkpoint=False)
