"""The fault matrix: real firmware on an emulated board, through a faulty link, one cell per
fault kind and rate, each compared with a clean run of the same firmware.

Every cell measures the same workload (a zoo model's first samples) with the measurement code
`hil run` uses, under a recovery policy with short deadlines (the emulator answers in well
under a millisecond), and writes its row to the results store as soon as it is finished. A last
cell is meant not to recover: its error must be clear, the rows finished before it must be in
the store, and its verified samples must resume once the board is healthy again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from harness.boards.runners import runner_for
from harness.faults.bench import POLICY, Bench, rows_lost, start_cell_run
from harness.faults.device import QemuControl
from harness.faults.figures import CellFigures, detected_faults, differences, wrong_samples
from harness.faults.figures import expectations as common_problems
from harness.faults.plan import FaultPlan
from harness.faults.spec import DEVICE_KINDS, FaultSpec
from harness.faults.unrecoverable import run_unrecoverable
from harness.measure import Measurement, Workload, measure_run

DELAY_S, STALL_S = 0.05, 0.6  # a delay stays under the 0.25 s deadline, a stall does not
# Link rates are per byte. At 1e-2 a 200-byte INFO frame arrives intact 13% of the time: past
# what any retry policy makes usable, so the matrix stops at 3e-3.
FULL_RATES = {"drop": (1e-4, 1e-3, 3e-3), "corrupt": (1e-4, 1e-3, 3e-3),
              "duplicate": (1e-3, 3e-3), "delay": (1e-3, 1e-2, 3e-2),
              "stall": (3e-4, 1e-3), "cut": (5e-4, 1e-3), "reset": (0.05, 0.1),
              "hang": (0.05, 0.1), "fault": (0.05, 0.1), "spin": (0.05, 0.1)}
QUICK_RATES = {"drop": (1e-3, 3e-3), "corrupt": (1e-3, 3e-3), "duplicate": (3e-3,),
               "delay": (1e-2,), "stall": (3e-4,), "cut": (5e-4,), "reset": (0.05,),
               "hang": (0.05,), "fault": (0.05,), "spin": (0.05,)}


@dataclass(frozen=True)
class Cell:
    kind: str
    rate: float
    seed: int

    @property
    def id(self) -> str:
        return f"{self.kind}@{self.rate:g}"

    def spec(self) -> FaultSpec:
        return FaultSpec({self.kind: self.rate}, self.seed, delay_s=DELAY_S, stall_s=STALL_S)


def cells(quick: bool, seed: int = 1) -> list[Cell]:
    rates = QUICK_RATES if quick else FULL_RATES
    return [Cell(kind, rate, seed + n) for n, (kind, rate) in
            enumerate((kind, rate) for kind, values in rates.items() for rate in values)]


def run_matrix(bench: Bench, quick: bool, seed: int = 1,
               progress: Callable[[CellFigures], None] | None = None) -> list[CellFigures]:
    results = []
    for cell in cells(quick, seed):
        results.append(run_cell(bench, cell))
        if progress:
            progress(results[-1])
    results.append(run_unrecoverable(bench, seed + len(results)))
    if progress:
        progress(results[-1])
    return results


def run_cell(bench: Bench, cell: Cell) -> CellFigures:
    runner = runner_for(bench.board)
    plan = FaultPlan(cell.spec(), QemuControl(runner))
    writer = start_cell_run(bench, cell.id)
    started, figures = time.monotonic(), CellFigures(cell.id, cell.kind, cell.rate)
    try:
        measured = measure_run(bench.workloads["int8"], bench.board, bench.backend,
                               policy=replace(POLICY, link=plan.url), runner=runner,
                               checkpoint=False)
        writer.append(measured.row)
    except Exception as exc:  # a cell meant to recover that did not: a finding
        measured, figures.error = None, f"{type(exc).__name__}: {exc}"
    figures.seconds = round(time.monotonic() - started, 2)
    score(figures, plan, measured, bench.clean["int8"], bench.workloads["int8"])
    figures.rows_lost = rows_lost(writer, [measured.row] if measured else [])
    if figures.rows_lost:
        figures.problems.append(f"{figures.rows_lost} finished rows missing from the store")
    return figures


def score(figures: CellFigures, plan: FaultPlan, measured: Measurement | None,
          clean: Measurement, workload: Workload) -> None:
    """Fills in the figures of a cell that was meant to recover, and its problems."""
    figures.injected, figures.undetected = plan.counts[figures.kind], plan.undetected
    if measured is None:
        figures.problems = [f"did not recover: {figures.error}"]
        return
    run = measured.run
    figures.restarts, figures.resent, figures.unanswered = run.restarts, run.resent, \
        run.unanswered
    figures.detected = detected_faults(figures.kind, figures.injected, figures.undetected,
                                       run.unanswered, measured.recovery.causes)
    figures.tolerated = figures.injected - figures.detected - figures.undetected
    figures.wrong_accepted = wrong_samples(run.output_array(), clean.run.output_array(),
                                           workload.reference)
    differing = differences(measured, clean, measured.firmware.project.board.timer)
    figures.recovered = figures.detected if not differing else 0
    figures.problems = common_problems(figures, figures.kind in DEVICE_KINDS, plan.unsupported)
    if figures.wrong_accepted:
        figures.problems.append(f"{figures.wrong_accepted} wrong samples accepted")
    if differing:
        figures.problems.append("results differ from the clean run: " + "; ".join(differing))
