"""Keep a measurement going through a flaky link and a board that resets, hangs or faults.

Corrupted frames are sent again by the session, lost ones by the counted device; what is left
(a device that reset, hung, faulted, a link that broke) ends the session, and this loop restarts
the board (QEMU: a fresh process; a real board: its reset line, or a person), reconnects,
checks the model hash and continues from the next unverified sample. A bounded number of
restarts in a row without progress, then a clear error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from harness.boards import Board
from harness.boards.runner import BuiltProject, Runner
from harness.errors import DeviceError
from harness.measure.device import DeviceRun, Progress, run_samples
from harness.measure.workload import Workload
from harness.protocol import (
    DeviceErrorReply,
    DeviceReset,
    DeviceSession,
    DeviceTimeout,
    ErrorCode,
    FrameError,
    ModelMismatch,
)
from harness.protocol.errors import MalformedReply


@dataclass(frozen=True)
class RecoveryPolicy:
    timeout_s: float = 2.0  # per request: a dead board is noticed in seconds
    invoke_timeout_s: float = 10.0  # per INVOKE request: a big model on a slow board
    boot_timeout_s: float = 5.0  # wait for the boot announcement before asking with HELLO
    lost_retries: int = 2  # an unanswered request is sent again this often, then: hung
    max_restarts: int = 3  # in a row without a newly verified sample, then: give up
    verify_every: int = 8
    link: Callable[[str], str] | None = None  # wraps the board's URL (e.g. hilfault://)


@dataclass
class Recovery:
    """Why the board was restarted, and at which verified sample the run resumed."""

    causes: list[str] = field(default_factory=list)
    resumed_at: list[int] = field(default_factory=list)


class DeviceGaveUp(DeviceError):
    """The board kept failing after the allowed restarts."""

    def __init__(self, message: str, recovery: Recovery):
        super().__init__(message)
        self.recovery = recovery


def recoverable(exc: Exception) -> bool:
    """Worth a restart: the device reset, hung or faulted, or the link broke."""
    if isinstance(exc, MalformedReply | ModelMismatch):
        return False
    if isinstance(exc, DeviceErrorReply):
        return exc.code == ErrorCode.FAULT
    return isinstance(exc, DeviceError)


def run_with_restarts(project: BuiltProject, sha256: str, board: Board, runner: Runner,
                      workload: Workload, run: DeviceRun, runs: int, progress: Progress | None,
                      policy: RecoveryPolicy, on_verified=None) -> Recovery:
    """Runs every sample of `workload` not yet in `run`, restarting the board as needed.
    `on_verified` (given: the verified samples are saved) is called after every batch."""
    restarts = _Restarts(board, policy, workload.samples, run.done, on_verified is not None)

    def session_run(url: str) -> None:
        with DeviceSession.open(policy.link(url) if policy.link else url,
                                baudrate=board.baudrate, timeout=policy.timeout_s) as session:
            _connect(session, policy, sha256, runner.announces_boot)
            run_samples(session, workload, run, runs, progress, lost_retries=policy.lost_retries,
                        invoke_timeout=policy.invoke_timeout_s,
                        verify_every=restarts.batch(), on_verified=on_verified)

    while True:
        with runner.running(project) as url:
            while True:
                try:
                    session_run(url)
                    return restarts.recovery
                except Exception as exc:  # sorted out on the next line
                    if not recoverable(exc):
                        raise
                    restarts.count(exc, runner.exit_report(url), run)
                if not runner.reset_in_place(url, restarts.recovery.causes[-1],
                                             kept_note(run, on_verified is not None)):
                    break  # leaving the block stops an emulator; the next one starts afresh


def _connect(session: DeviceSession, policy: RecoveryPolicy, sha256: str,
             announced: bool) -> None:
    """Connects, asking again with HELLO while the link loses the answers (at once when the
    link drops the boot announcement)."""
    for attempt in range(policy.lost_retries + 1):
        try:
            boot_timeout = policy.boot_timeout_s if attempt == 0 and announced else 0
            session.connect(boot_timeout, expected_sha256=sha256)
            return
        except (DeviceTimeout, DeviceReset, FrameError):
            if attempt == policy.lost_retries:
                raise


class _Restarts:
    def __init__(self, board: Board, policy: RecoveryPolicy, samples: int, done: int,
                 saved: bool):
        self.board, self.policy, self.samples, self.saved = board, policy, samples, saved
        self.recovery, self.in_a_row, self.done_before = Recovery(), 0, done

    def batch(self) -> int:
        """Samples per verified batch: halved with each restart in a row, so a board that fails
        every few inferences still makes progress, one verified sample at a time if need be."""
        return max(1, self.policy.verify_every >> self.in_a_row)

    def count(self, failure: Exception, exit_report: str, run: DeviceRun) -> None:
        """Records the failure; DeviceGaveUp after too many in a row without progress."""
        cause = f"{type(failure).__name__}: {failure}"
        cause += f" ({exit_report})" if exit_report else ""
        self.recovery.causes.append(cause)
        self.in_a_row = 1 if run.done > self.done_before else self.in_a_row + 1
        self.done_before = run.done
        if self.in_a_row > self.policy.max_restarts:
            raise DeviceGaveUp(
                f"{self.board.name} kept failing: {self.policy.max_restarts} restarts in a row "
                f"brought no progress ({run.done} of {self.samples} samples verified); last: "
                f"{cause}. Check the board, its power and cable. {kept_note(run, self.saved)}",
                self.recovery) from failure
        run.restarts += 1
        self.recovery.resumed_at.append(run.done)


def kept_note(run: DeviceRun, saved: bool) -> str:
    """What is kept of a row that cannot go on."""
    if saved:
        return (f"The {run.done} samples verified so far are saved: the next run of this row "
                "resumes after them; rows finished before are in the results store.")
    return f"{run.done} samples were verified; rows finished before are in the results store."
