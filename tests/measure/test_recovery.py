"""Recovery in the measurement loop, on QEMU with real firmware: a device that resets, hangs,
faults or spins mid-run is detected, restarted, reconnected, and the run resumes at the last
verified batch with a clean run's results; what cannot recover ends clearly, losing nothing."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest

from harness.boards import get_board
from harness.boards.runners import runner_for
from harness.boards.runners.qemu import QemuRunner
from harness.boards.runners.upload import BoardNeedsPerson, UploadRunner
from harness.faults import FaultPlan, FaultSpec
from harness.faults.bench import POLICY
from harness.faults.device import QemuControl
from harness.measure import DeviceRun, measure_run
from harness.measure.checkpoint import Checkpoint
from harness.measure.counted import CountedDevice
from harness.measure.recovery import DeviceGaveUp
from harness.protocol import DeviceReset, DeviceSession
from harness.protocol.frames import Frame

pytestmark = pytest.mark.emulator

# The sentinel INVOKE is the first, sample i the (i + 2)-th: a fault at INVOKE 30 strikes sample
# 28, in the batch of samples 24..31 (batches of 8), so the run resumes at sample 24.
STRIKE_AFTER, RESUMES_AT = 29, 24


def faulty_run(board, workload, build, kind: str, **policy):
    runner = runner_for(board)
    plan = FaultPlan(FaultSpec({kind: 1.0}, after_invokes=STRIKE_AFTER, max_faults=1),
                     QemuControl(runner))
    measured = measure_run(workload, board, build, runner=runner, checkpoint=False,
                           policy=dataclasses.replace(POLICY, link=plan.url, **policy))
    return measured, plan


def instructions(measured, board) -> list[list[float]]:
    return [[board.timer.to_units(t) for t in ticks] for ticks in measured.run.ticks]


@pytest.mark.parametrize("kind, cause", [
    ("reset", "DeviceReset"), ("hang", "DeviceHung"), ("fault", "DeviceErrorReply"),
    ("spin", "DeviceHung")])
def test_a_device_fault_mid_run_is_detected_restarted_and_resumed(board, sine, fault_build,
                                                                   clean, kind, cause):
    measured, plan = faulty_run(board, sine, fault_build, kind)
    assert plan.counts[kind] == 1 and not plan.unsupported
    assert measured.recovery.resumed_at == [RESUMES_AT] and measured.row.restarts == 1
    assert measured.recovery.causes[0].startswith(cause)
    assert np.array_equal(measured.run.output_array(), clean.run.output_array())
    assert np.array_equal(measured.run.output_array(), sine.reference)
    assert instructions(measured, board) == instructions(clean, board)


def test_a_cpu_fault_is_reported_where_it_struck(board, sine, fault_build):
    measured, _ = faulty_run(board, sine, fault_build, "fault")
    assert "FAULT at pc=" in measured.recovery.causes[0]
    assert "cfsr=0x00010000" in measured.recovery.causes[0]  # UFSR.UNDEFINSTR: the trap


def test_outputs_after_a_silent_reset_are_never_accepted(board, sine, fault_build, clean):
    """A reset whose boot announcement is lost: the device then answers GET_OUTPUT with the
    zeros of a fresh boot in a perfect frame. The invoke counter exposes it."""
    firmware = clean.firmware
    runner = runner_for(board)
    with runner.running(firmware.project) as url, \
            DeviceSession.open(url, timeout=5) as session:
        session.connect(expected_sha256=firmware.project.sha256)
        device = CountedDevice(session)
        device.start()
        outputs, _ = device.infer(sine.inputs[3], 1)
        device.verify()
        assert np.array_equal(outputs.reshape(-1), sine.reference[3].reshape(-1))
        runner.monitor(url).execute("system_reset")
        announcement = session.link.receive(time.monotonic() + 5)  # taken off the link
        assert isinstance(announcement, Frame) and announcement.seq == 0
        stale, _ = device.infer(sine.inputs[5], 1)  # answered, in intact frames
        assert stale.size == sine.reference[5].size
        with pytest.raises(DeviceReset, match="restarted"):
            device.verify()


def test_the_boot_announcement_of_a_reset_ends_the_request_at_once(board, clean):
    runner = runner_for(board)
    with runner.running(clean.firmware.project) as url, \
            DeviceSession.open(url, timeout=5) as s:
        s.connect()
        runner.monitor(url).execute("system_reset")  # done when it returns
        with pytest.raises(DeviceReset, match="announced a fresh boot"):
            s.echo(b"still there?")


def test_a_board_that_keeps_faulting_ends_clearly_and_resumes_later(board, sine, fault_build,
                                                                     clean):
    saved = Checkpoint.for_row(clean.firmware.sha256, board, sine, 1)
    saved.remove()
    runner = runner_for(board)
    plan = FaultPlan(FaultSpec({"fault": 1.0}, after_invokes=12), QemuControl(runner))
    policy = dataclasses.replace(POLICY, link=plan.url, max_restarts=2)
    with pytest.raises(DeviceGaveUp, match="kept failing: 2 restarts in a row") as failure:
        measure_run(sine, board, fault_build, runner=runner, policy=policy)
    assert "The 8 samples verified so far are saved" in str(failure.value)
    assert len(failure.value.recovery.causes) == 3
    kept = DeviceRun()
    saved.load_into(kept)
    assert kept.done == 8
    starts = []
    resumed = measure_run(sine, board, fault_build, policy=POLICY,
                          progress=lambda done, _total: starts.append(done))
    assert starts[0] == 8 and not saved.path.exists()
    assert np.array_equal(resumed.run.output_array(), clean.run.output_array())
    assert instructions(resumed, board) == instructions(clean, board)


class BoardWithoutResetLine(QemuRunner):
    """QEMU standing in for a real board whose reset line nobody wired."""

    def reset_in_place(self, url: str, cause: str, kept: str) -> bool:
        return UploadRunner(get_board("nano33")).reset_in_place(url, cause, kept)


def test_a_real_board_without_a_reset_line_asks_for_a_person(board, sine, fault_build):
    runner = BoardWithoutResetLine(board)
    plan = FaultPlan(FaultSpec({"hang": 1.0}, after_invokes=STRIKE_AFTER, max_faults=1),
                     QemuControl(runner))
    with pytest.raises(BoardNeedsPerson, match="press its reset button"):
        measure_run(sine, board, fault_build, runner=runner, checkpoint=False,
                    policy=dataclasses.replace(POLICY, link=plan.url))


def test_batches_shrink_while_restarts_bring_no_progress():
    from harness.boards import get_board
    from harness.measure.device import DeviceRun
    from harness.measure.recovery import DeviceGaveUp, RecoveryPolicy, _Restarts

    restarts = _Restarts(get_board("qemu-m4"), RecoveryPolicy(verify_every=8, max_restarts=4),
                         samples=48, done=0, saved=False)
    run = DeviceRun()
    sizes = [restarts.batch()]
    for _ in range(4):
        restarts.count(TimeoutError("hung"), "", run)
        sizes.append(restarts.batch())
    assert sizes == [8, 4, 2, 1, 1]  # a board failing every few inferences still progresses
    with pytest.raises(DeviceGaveUp, match="4 restarts in a row brought no progress"):
        restarts.count(TimeoutError("hung"), "", run)
