"""Stream a workload's inputs through a connected device and collect outputs and timings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from harness.measure.workload import Workload
from harness.protocol import DeviceSession

Progress = Callable[[int, int], None]  # (samples done, samples in all)


@dataclass
class DeviceRun:
    """What the device answered so far; samples are appended in order."""

    outputs: list[np.ndarray] = field(default_factory=list)
    ticks: list[list[int]] = field(default_factory=list)  # per sample, one entry per run
    stack_used: int | None = None
    activation_bytes: int | None = None

    @property
    def done(self) -> int:
        return len(self.outputs)

    def output_array(self) -> np.ndarray:
        return np.stack(self.outputs)


def run_samples(session: DeviceSession, workload: Workload, run: DeviceRun, runs: int = 1,
                progress: Progress | None = None) -> DeviceRun:
    """Sends every sample not yet in `run` (so an interrupted run can continue where it
    stopped), then reads the device's stats."""
    shape = workload.reference.shape[1:]
    for index in range(run.done, workload.samples):
        outputs, ticks = session.infer([workload.inputs[index]], runs)
        run.outputs.append(outputs[0].reshape(shape))
        run.ticks.append(ticks)
        if progress:
            progress(run.done, workload.samples)
    stats = session.stats()
    run.stack_used = stats.stack_used
    run.activation_bytes = session.info.activation_bytes if session.info else None
    return run
