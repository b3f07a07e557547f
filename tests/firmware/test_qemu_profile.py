"""End to end: the per-operator profile of the fixture firmware on QEMU's mps2-an386, over a real
TCP socket; and a firmware whose backend has no profiler (the weak defaults, built for the M4)."""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
import pytest
from fixture_backend import PROFILED_OPERATORS, fixture_tflite

from harness.boards.runners import runner_for
from harness.measure.layer_timing import layer_table
from harness.model.tflite import read_model
from harness.protocol import DeviceErrorReply, DeviceSession, NoProfile

pytestmark = pytest.mark.emulator
IMAGE_BYTES = 128 * 128


@contextmanager
def connected(project, board):
    """A session with the project's firmware on a fresh emulated board."""
    with runner_for(board).running(project) as url, DeviceSession.open(url, timeout=20) as session:
        session.connect(expected_sha256=project.sha256)
        yield session


@pytest.fixture
def device(fixture_firmware, qemu_board):
    project, result = fixture_firmware
    with connected(project, qemu_board) as session:
        yield session


def params(first: float = 0.0, loop: int = 0) -> np.ndarray:
    return np.array([[first, 0.0, loop]], np.float32)


def profiled_run(device, loop: int) -> tuple[int, list]:
    device.set_input(1, params(loop=loop))
    (ticks,) = device.invoke()
    return ticks, device.profile()


def test_nothing_is_profiled_before_the_first_inference(device):
    with pytest.raises(NoProfile):
        device.profile()


def test_the_profile_names_the_models_operators(device, qemu_board):
    ticks, entries = profiled_run(device, loop=1000)
    assert [(e.operator, e.op) for e in entries] == PROFILED_OPERATORS
    rows = layer_table(read_model(fixture_tflite(operators=True)), entries, qemu_board.timer)
    assert [row.op for row in rows] == ["ADD", "MUL", "CUSTOM:SPIN"]
    assert all(row.unit == "instructions" and row.units > 0 for row in rows)
    assert sum(e.ticks for e in entries) < ticks  # the stages run inside the invoke


def test_the_ticks_are_instruction_counts_of_each_stage(device, qemu_board):
    """The SPIN stage runs 2 instructions per iteration: n more iterations read as exactly 2n
    more instructions in its entry, and in no other."""
    timer = qemu_board.timer
    runs = {loop: profiled_run(device, loop) for loop in (1000, 54321)}
    units = {loop: [timer.to_units(e.ticks) for e in entries]
             for loop, (_, entries) in runs.items()}
    assert units[54321][2] - units[1000][2] == 2 * 53321
    assert units[54321][:2] == units[1000][:2]
    assert units[1000][0] >= 2 * IMAGE_BYTES  # one compare-and-branch per pixel at the least
    # What the invoke spends outside the stages does not depend on the loop.
    gaps = {timer.to_units(ticks) - sum(units[loop])
            for loop, (ticks, _) in runs.items()}
    assert len(gaps) == 1 and 0 < gaps.pop() < 200


def test_a_failed_inference_has_no_profile(device):
    profiled_run(device, loop=10)
    device.set_input(1, params(first=float("nan")))
    with pytest.raises(DeviceErrorReply, match="INVOKE_FAILED"):
        device.invoke()
    with pytest.raises(NoProfile, match="the last one failed"):
        device.profile()


def test_a_backend_without_a_profiler_links_the_weak_defaults(fixture_firmware_without_profile,
                                                               qemu_board):
    project, result = fixture_firmware_without_profile
    with connected(project, qemu_board) as session:
        session.set_input(1, params(loop=5))
        session.invoke()
        assert session.profile() == []
