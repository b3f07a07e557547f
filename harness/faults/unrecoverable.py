"""The matrix's last cell: a board that faults on every inference from some point on.

Two rows in one run: int8 through a clean link (finished, stored at once), then float32 with
every INVOKE after the first few faulting the CPU. The second must end with a clear give-up
error while the first is already in the store; the samples it verified before must be kept on
disk, and a later run on a healthy board must resume from them and match the clean run.
"""

from __future__ import annotations

import time
from dataclasses import replace

from harness.boards.runners import runner_for
from harness.faults.bench import POLICY, Bench, rows_lost, start_cell_run
from harness.faults.device import QemuControl
from harness.faults.figures import CellFigures, differences, wrong_samples
from harness.faults.plan import FaultPlan
from harness.faults.spec import FaultSpec
from harness.measure import DeviceRun, measure_run
from harness.measure.checkpoint import Checkpoint
from harness.measure.recovery import DeviceGaveUp
from harness.results import ResultRow

KIND = "fault"
HEALTHY_INVOKES = 20  # then every INVOKE faults: some batches are verified first


def run_unrecoverable(bench: Bench, seed: int) -> CellFigures:
    figures = CellFigures("unrecoverable", KIND, 1.0)
    started, writer = time.monotonic(), start_cell_run(bench, "unrecoverable")
    first = measure_run(bench.workloads["int8"], bench.board, bench.backend, policy=POLICY,
                        checkpoint=False)
    writer.append(first.row)
    workload = bench.workloads["float32"]
    saved = Checkpoint.for_row(bench.clean["float32"].firmware.sha256, bench.board, workload, 1)
    saved.remove()  # left over by an earlier, interrupted matrix
    runner = runner_for(bench.board)
    plan = FaultPlan(FaultSpec({KIND: 1.0}, seed, after_invokes=HEALTHY_INVOKES),
                     QemuControl(runner))
    try:
        measure_run(workload, bench.board, bench.backend, policy=replace(POLICY, link=plan.url),
                    runner=runner)
        figures.problems.append("a board that faults on every inference did not end the run")
    except DeviceGaveUp as exc:
        figures.error = str(exc)
        figures.detected = min(plan.counts[KIND], len(exc.recovery.causes))
        figures.restarts = len(exc.recovery.resumed_at)
        writer.append(ResultRow(workload.model_name, workload.variant, bench.board.name,
                                bench.backend.name, status="error", error=str(exc)))
    figures.injected = plan.counts[KIND]
    figures.rows_lost = rows_lost(writer, [first.row])
    figures.problems += _resume_problems(bench, saved, figures)
    figures.seconds = round(time.monotonic() - started, 2)
    return figures


def _resume_problems(bench: Bench, saved: Checkpoint, figures: CellFigures) -> list[str]:
    """Resumes the failed row through a clean link: it must continue from the saved samples
    and end with the clean run's results."""
    problems = []
    if figures.rows_lost:
        problems.append(f"{figures.rows_lost} finished rows missing from the store")
    kept = DeviceRun()
    saved.load_into(kept)
    if kept.done == 0:
        return [*problems, "no verified sample of the failed row was kept on disk"]
    starts: list[int] = []
    resumed = measure_run(bench.workloads["float32"], bench.board, bench.backend, policy=POLICY,
                          progress=lambda done, _total: starts.append(done))
    if starts[:1] != [kept.done]:
        problems.append(f"the resumed row started at sample {starts[:1]}, not {kept.done}")
    clean = bench.clean["float32"]
    figures.wrong_accepted = wrong_samples(resumed.run.output_array(), clean.run.output_array(),
                                           bench.workloads["float32"].reference)
    differing = differences(resumed, clean, bench.board.timer)
    if differing or figures.wrong_accepted:
        problems.append("the resumed row differs from the clean run: " + "; ".join(differing))
    if not figures.error:
        return problems
    if "kept failing" not in figures.error or "results store" not in figures.error:
        problems.append(f"unclear error: {figures.error}")
    return problems
