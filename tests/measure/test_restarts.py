"""The restart bookkeeping of the recovery loop, without a board: which failures are worth a
restart, how the verified batch shrinks with restarts in a row, and when it gives up.
(The loop itself, on QEMU with real firmware: tests/measure/test_recovery.py.)"""

from __future__ import annotations

import dataclasses
import time
from contextlib import contextmanager

import numpy as np
import pytest
from fake_device import SHA256, CountingDevice, FakeDevicePort

from harness.boards import get_board
from harness.errors import DeviceError, HilError
from harness.measure import recovery
from harness.measure.device import DeviceRun
from harness.measure.recovery import (
    DeviceGaveUp,
    RecoveryPolicy,
    _Restarts,
    kept_note,
    recoverable,
    run_with_restarts,
)
from harness.measure.workload import Workload
from harness.model.quantization import TensorSpec
from harness.protocol import (
    DeviceErrorReply,
    DeviceReset,
    DeviceSession,
    DeviceTimeout,
    ErrorCode,
    FrameError,
)
from harness.protocol.errors import LinkError, MalformedReply, ModelMismatch


@pytest.mark.parametrize("failure, worth", [
    (DeviceReset("r"), True), (DeviceTimeout("t"), True), (LinkError("l"), True),
    (FrameError("f"), True), (DeviceError("d"), True),
    (DeviceErrorReply("x", ErrorCode.FAULT, 3, None), True),
    (DeviceErrorReply("x", ErrorCode.BAD_FRAME, 3, None), False),
    (MalformedReply("m"), False), (ModelMismatch("m"), False),
    (HilError("h"), False), (ValueError("v"), False)])
def test_what_is_worth_a_restart(failure, worth):
    assert recoverable(failure) is worth


def run_of(samples: int) -> DeviceRun:
    return DeviceRun(outputs=[np.zeros(1)] * samples, ticks=[[1]] * samples)


def restarts(done: int = 0, **policy) -> _Restarts:
    return _Restarts(get_board("qemu-m4"), RecoveryPolicy(**policy), 40, done, saved=True)


def test_the_batch_halves_with_each_restart_in_a_row_down_to_one():
    counter, run = restarts(verify_every=8, max_restarts=5), run_of(0)
    sizes = [counter.batch()]
    for _ in range(5):
        counter.count(DeviceReset("again"), "", run)
        sizes.append(counter.batch())
    assert sizes == [8, 4, 2, 1, 1, 1]
    assert run.restarts == 5 and counter.recovery.resumed_at == [0] * 5


def test_progress_starts_the_count_in_a_row_again():
    counter = restarts(verify_every=8, max_restarts=2)
    counter.count(DeviceTimeout("t"), "", run_of(0))
    counter.count(DeviceTimeout("t"), "", run_of(0))
    assert counter.in_a_row == 2 and counter.batch() == 2
    counter.count(DeviceTimeout("t"), "exit 1", run_of(3))  # 3 samples verified since
    assert counter.in_a_row == 1 and counter.batch() == 4
    assert counter.recovery.resumed_at == [0, 0, 3]
    assert counter.recovery.causes == ["DeviceTimeout: t"] * 2 + ["DeviceTimeout: t (exit 1)"]


def test_it_gives_up_after_the_allowed_restarts_in_a_row():
    counter, run = restarts(done=2, max_restarts=2), run_of(2)
    counter.count(DeviceReset("a"), "", run)
    counter.count(DeviceReset("b"), "", run)
    with pytest.raises(DeviceGaveUp) as gave_up:
        counter.count(DeviceReset("c"), "qemu exited", run)
    message = str(gave_up.value)
    assert "qemu-m4 kept failing: 2 restarts in a row brought no progress" in message
    assert "(2 of 40 samples verified); last: DeviceReset: c (qemu exited)" in message
    assert "The 2 samples verified so far are saved" in message
    assert run.restarts == 2 and gave_up.value.recovery.resumed_at == [2, 2]
    assert len(gave_up.value.recovery.causes) == 3


def test_what_is_kept_of_a_row_that_cannot_go_on():
    assert kept_note(run_of(5), saved=True) == (
        "The 5 samples verified so far are saved: the next run of this row resumes after them; "
        "rows finished before are in the results store.")
    assert kept_note(run_of(5), saved=False) == (
        "5 samples were verified; rows finished before are in the results store.")


class FakeBoard:
    """A runner whose every start boots a fresh scripted device (tests/measure/test_counted.py's
    CountingDevice); `scripts` holds the damage each boot's device gets, in order."""

    announces_boot = True

    def __init__(self, *scripts: list):
        self.scripts, self.boots, self.device = list(scripts), 0, None
        self.opened, self.resets = [], []

    @contextmanager
    def running(self, project):
        assert project is PROJECT
        self.boots += 1
        self.device = CountingDevice(input_bytes=3, output_bytes=3,
                                     damage=list(self.scripts.pop(0)) if self.scripts else [])
        yield f"fake://{self.boots}"

    def exit_report(self, url: str) -> str:
        return f"{url} exited"

    def reset_in_place(self, url: str, cause: str, kept: str) -> bool:
        self.resets.append((url, cause, kept))
        return False

    def open(self, url: str, *, baudrate: int, timeout: float) -> DeviceSession:
        self.opened.append((url, baudrate, timeout))
        return DeviceSession(FakeDevicePort(self.device, self.announces_boot), timeout=timeout)


class SilentBoard(FakeBoard):
    """A board whose firmware does not announce its boot: the harness asks at once."""

    announces_boot = False


PROJECT = object()  # what the runner is asked to start
FAST = RecoveryPolicy(timeout_s=0.05, invoke_timeout_s=0.05, boot_timeout_s=0.05,
                      verify_every=4, max_restarts=2)
INPUTS = np.arange(30, dtype=np.int8).reshape(10, 3)


def recovered(board: FakeBoard, monkeypatch, sha256: str = SHA256, progress=None,
              on_verified=None, **policy):
    monkeypatch.setattr(recovery, "DeviceSession", board)  # its open() reaches the fake
    spec = TensorSpec((1, INPUTS.shape[1]), np.dtype(np.int8))
    workload = Workload("echo", "int8", None, INPUTS, INPUTS[:, ::-1].copy(), spec, spec)
    run = DeviceRun()
    result = run_with_restarts(PROJECT, sha256, get_board("qemu-m4"), board, workload, run, 1,
                               progress, dataclasses.replace(FAST, **policy), on_verified)
    return result, run


def test_the_board_the_link_and_the_callbacks_are_used(monkeypatch):
    board, seen, verified = FakeBoard([None] * 20 + ["reboot"]), [], []
    result, run = recovered(board, monkeypatch, progress=lambda done, of: seen.append((done, of)),
                            on_verified=lambda r: verified.append(r.done),
                            link=lambda url: url + "#faulty")
    baudrate = get_board("qemu-m4").baudrate
    assert board.opened == [("fake://1#faulty", baudrate, 0.05), ("fake://2#faulty", baudrate,
                                                                  0.05)]
    [(url, cause, kept)] = board.resets
    assert url == "fake://1" and cause == result.causes[0]
    assert kept.startswith("The 4 samples verified so far are saved")
    assert seen[-1] == (10, 10) and verified[-1] == 10 and verified[0] == 4


def test_a_clean_run_needs_no_restart(monkeypatch):
    board = FakeBoard()
    result, run = recovered(board, monkeypatch)
    assert board.boots == 1 and run.restarts == 0 and result.causes == []
    assert np.array_equal(run.output_array(), INPUTS[:, ::-1])


def test_a_silent_reboot_restarts_and_resumes_at_the_last_verified_batch(monkeypatch):
    board = FakeBoard([None] * 20 + ["reboot"])
    result, run = recovered(board, monkeypatch)
    assert board.boots == 2 and run.restarts == 1 and result.resumed_at == [4]
    assert result.causes[0].startswith("DeviceReset: the device's invoke counter is")
    assert result.causes[0].endswith("(fake://1 exited)")
    assert np.array_equal(run.output_array(), INPUTS[:, ::-1])  # nothing from the lost boot


def test_a_board_that_keeps_failing_gives_up_keeping_what_was_verified(monkeypatch):
    board = FakeBoard(*[[None] * 20 + ["reboot"]] + [[None] * 3 + ["reboot"]] * 5)
    with pytest.raises(DeviceGaveUp, match="2 restarts in a row brought no progress") as ended:
        recovered(board, monkeypatch)
    assert board.boots == 3 and ended.value.recovery.resumed_at == [4, 4]
    assert "(4 of 10 samples verified)" in str(ended.value)
    assert "4 samples were verified" in str(ended.value)  # nothing saved them


def test_a_board_that_gives_up_says_its_verified_samples_are_saved_when_they_are(monkeypatch):
    board = FakeBoard(*[[None] * 20 + ["reboot"]] + [[None] * 3 + ["reboot"]] * 5)
    with pytest.raises(DeviceGaveUp, match="The 4 samples verified so far are saved"):
        recovered(board, monkeypatch, on_verified=lambda run: None)


def test_the_policys_lost_retries_reach_the_device(monkeypatch):
    board = FakeBoard([None, "drop"])  # STATS, then start()'s INVOKE: its reply lost
    result, run = recovered(board, monkeypatch, lost_retries=0)  # so: hung, and a restart
    assert run.restarts == 1 and result.causes[0].startswith("DeviceHung: INVOKE got no reply")


def test_another_model_is_not_worth_a_restart(monkeypatch):
    board = FakeBoard()
    with pytest.raises(ModelMismatch):
        recovered(board, monkeypatch, sha256="00" * 32)
    assert board.boots == 1


def test_connecting_asks_again_while_the_answers_are_lost(monkeypatch):
    board = FakeBoard()
    with board.running(PROJECT):
        board.device.damage = ["lose", "lose"]
        port = FakeDevicePort(board.device, announce=False)
        recovery._connect(DeviceSession(port, timeout=0.05), FAST, SHA256, announced=True)
        assert board.device.requests == 3  # HELLO lost twice, answered the third time
        board.device.damage = ["lose"] * 3
        with pytest.raises(DeviceTimeout):
            recovery._connect(DeviceSession(FakeDevicePort(board.device, announce=False),
                                            timeout=0.05), FAST, SHA256, announced=True)


def test_a_board_that_does_not_announce_its_boot_is_asked_at_once(monkeypatch):
    board = SilentBoard()
    began = time.monotonic()
    recovered(board, monkeypatch, boot_timeout_s=3.0)
    assert time.monotonic() - began < 1.5  # not the 3 s an announcement would be waited for
    assert board.device.seen[0] == (0x01, 1)  # HELLO first


def test_the_invoke_deadline_of_the_policy_is_the_devices(monkeypatch):
    board = FakeBoard([None, "drop"])  # STATS, then start()'s INVOKE: its reply lost
    began = time.monotonic()
    result, run = recovered(board, monkeypatch, timeout_s=3.0)
    assert time.monotonic() - began < 1.5  # the INVOKE's 0.05 s, not the 3 s of other requests
    assert run.restarts == 0 and run.unanswered == 1


def test_after_a_lost_hello_the_announcement_is_not_waited_for_again():
    board = FakeBoard()
    with board.running(PROJECT):
        board.device.damage = ["lose"]
        port = FakeDevicePort(board.device, announce=False)
        policy = dataclasses.replace(FAST, boot_timeout_s=3.0)
        began = time.monotonic()
        recovery._connect(DeviceSession(port, timeout=0.05), policy, SHA256, announced=False)
        assert time.monotonic() - began < 0.9 and board.device.requests == 2
