"""The farm's scaling benchmark: one suite run on one place, then on N places of a farm started
on this machine's loopback, in the same benchmark run. Both are history runs; their run.json
gets the wall time, and the N-place run its ratio to the one-place run.

Wall time is the figure here (throughput of the farm, not of a board): firmware is built and
the host references are computed before either run is timed, so both time the same work.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from harness.bench.farm import case_workloads, run_suite_on_places
from harness.bench.suite import Suite
from harness.results import ResultsStore


@dataclass(frozen=True)
class ScalingRun:
    places: int
    run_id: str
    rows: int
    failed_rows: int
    wall_seconds: float


@dataclass(frozen=True)
class Scaling:
    one_place: ScalingRun
    all_places: ScalingRun

    @property
    def ratio(self) -> float:
        """N places' wall time over one place's: 1/N is perfect scaling."""
        return self.all_places.wall_seconds / self.one_place.wall_seconds


def farm_scaling(suite: Suite, store: ResultsStore, places: int, board: str,
                 folder: Path | None = None) -> Scaling:
    from harness.boards.farm.loopback import LoopbackFarm

    workloads = _built(suite)
    with LoopbackFarm(folder or Path(tempfile.mkdtemp(prefix="hil-scaling-"))) as farm:
        farm.exporter("scaling", places, board)
        one = _timed(suite, store, farm.address, {"board": board,
                                                   "name": f"scaling-{board}-0"}, 1, workloads)
        every = _timed(suite, store, farm.address, {"board": board}, places, workloads)
    scaling = Scaling(one, every)
    store.resume_run(every.run_id).note(scaling_ratio=round(scaling.ratio, 3),
                                        compared_with=one.run_id)
    return scaling


def _timed(suite: Suite, store: ResultsStore, coordinator: str, tags: dict[str, str],
           places: int, workloads: dict) -> ScalingRun:
    started = time.monotonic()
    run = run_suite_on_places(suite, store, tags, coordinator, wait=60, workloads=workloads)
    wall = time.monotonic() - started
    store.resume_run(run.run_id).note(wall_seconds=round(wall, 2), places_used=places)
    failed = sum(row.status != "passed" for row in run.rows)
    return ScalingRun(places, run.run_id, len(run.rows), failed, wall)


def _built(suite: Suite) -> dict:
    """Every case's workload (with its host reference), its firmware built, so neither timed
    run pays for them."""
    from harness.backends import configured_backend
    from harness.boards import get_board
    from harness.measure.firmware import build_firmware

    workloads = case_workloads(suite.cases(), suite)
    for case, workload in workloads.items():
        if workload is not None:  # else the row records why
            build_firmware(workload.model, case.model, case.variant, get_board(case.board),
                           configured_backend(case.backend, None))
    return workloads
