"""Stream a workload's inputs through a connected device and collect outputs and timings.

Samples are accepted in batches, each only after the device's invoke counter has vouched for
it (harness/measure/counted.py): a batch answered by a device that restarted is dropped and
sent again, never kept half-verified.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from harness.measure.counted import CountedDevice
from harness.measure.workload import Workload
from harness.protocol import DeviceSession, DeviceStats
from harness.protocol.profiling import ProfileEntry

Progress = Callable[[int, int], None]  # (samples done, samples in all)
VERIFY_EVERY = 8  # samples per batch: one GET_STATS per batch, a reset re-runs at most a batch


@dataclass
class DeviceRun:
    """What the device answered and the harness verified so far; samples in order."""

    outputs: list[np.ndarray] = field(default_factory=list)
    ticks: list[list[int]] = field(default_factory=list)  # per sample, one entry per run
    stack_used: int | None = None  # the highest high-water mark of every session
    activation_bytes: int | None = None
    restarts: int = 0  # board restarts on the way (harness/measure/recovery.py)
    resent: int = 0  # requests sent again after a corrupted frame
    unanswered: int = 0  # requests that got no reply in time (lost frames, a stalled link)
    wire_bytes: int = 0  # bytes on the link (both directions) while samples streamed
    link_seconds: float = 0.0  # wall-clock time they took
    profile: list[ProfileEntry] = field(default_factory=list)  # of the last sample's inference

    @property
    def done(self) -> int:
        return len(self.outputs)

    def output_array(self) -> np.ndarray:
        return np.stack(self.outputs)

    def accept(self, samples: list[tuple[np.ndarray, list[int]]], stats: DeviceStats,
               profile: list[ProfileEntry] | None = None) -> None:
        if profile is not None:
            self.profile = profile
        for outputs, ticks in samples:
            self.outputs.append(outputs)
            self.ticks.append(ticks)
        self.stack_used = max(self.stack_used or 0, stats.stack_used)


def run_samples(session: DeviceSession, workload: Workload, run: DeviceRun, runs: int = 1,
                progress: Progress | None = None, *, lost_retries: int = 2,
                invoke_timeout: float | None = None, verify_every: int = VERIFY_EVERY,
                on_verified: Callable[[DeviceRun], None] | None = None) -> DeviceRun:
    """Sends every sample not yet in `run` (so an interrupted run continues where it stopped);
    `run` only ever holds verified samples. Raises DeviceReset (and the protocol's errors) for
    the caller to reconnect and call again."""
    device = CountedDevice(session, lost_retries, invoke_timeout)
    resent_before, wire_before = session.resent, _wire_bytes(session)
    started = time.monotonic()
    try:
        stats = _verified_samples(device, workload, run, runs, verify_every, on_verified, progress)
    finally:
        run.resent += session.resent - resent_before
        run.unanswered += device.timeouts
        run.wire_bytes += _wire_bytes(session) - wire_before
        run.link_seconds += time.monotonic() - started
    run.stack_used = max(run.stack_used or 0, stats.stack_used)
    run.activation_bytes = session.info.activation_bytes if session.info else None
    return run


def _wire_bytes(session: DeviceSession) -> int:
    return session.link.bytes_sent + session.link.bytes_received


def _verified_samples(device: CountedDevice, workload: Workload, run: DeviceRun, runs: int,
                      verify_every: int, on_verified, progress) -> DeviceStats:
    stats = device.start()
    shape = workload.sample_output_shape
    pending: list[tuple[np.ndarray, list[int]]] = []
    for index in range(run.done, workload.samples):
        outputs, ticks = device.infer(workload.inputs[index], runs)
        pending.append((outputs.reshape(shape), ticks))
        last = index == workload.samples - 1
        # Read before the batch's verification, which then vouches for it too.
        profile = device.profile() if last else None
        if len(pending) == verify_every or last:
            stats = device.verify()
            run.accept(pending, stats, profile)
            pending = []
            if on_verified:
                on_verified(run)
            if progress:
                progress(run.done, workload.samples)
    return stats
