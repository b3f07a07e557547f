"""`hil sweep`: one recipe at several widths and quantization schemes, each variant trained,
converted and measured on a board; every row goes to one run of the results history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from harness.pipeline.schemes import Calibration, get_scheme, variant_name
from harness.results import ResultRow, ResultsStore

SWEEP_SUITE = "sweep"  # the run's suite name: the report draws the sweep section for it


@dataclass(frozen=True)
class SweepCase:
    model: str  # the recipe at its width: digits_mlp_w0p5
    variant: str  # the .tflite variant of the scheme and calibration
    width: float
    quant: str


@dataclass(frozen=True)
class SweepPlan:
    model: str
    widths: tuple[float, ...]
    quants: tuple[str, ...]
    board: str
    backend: str
    samples: int | None = None
    calibration: Calibration | None = None  # None: the recipe's own (its training split)

    def cases(self) -> list[SweepCase]:
        """Every width x scheme; an unknown scheme or a recipe without a width fails here,
        before anything is trained."""
        from harness.pipeline.recipe import get_recipe

        recipe = get_recipe(self.model)
        for quant in self.quants:
            get_scheme(quant)
        return [SweepCase(recipe.at_width(width).name, variant_name(quant, self.calibration),
                          width, quant)
                for width in self.widths for quant in self.quants]


SweepProgress = Callable[[SweepCase, int, int, ResultRow], None]


def run_sweep(plan: SweepPlan, store: ResultsStore, tflm: Path | None = None,
              progress: SweepProgress | None = None) -> tuple[str, list[ResultRow]]:
    """(run id, rows): each case's row appended as soon as it is measured."""
    from harness.results.metadata import run_metadata

    cases = plan.cases()
    calibration = plan.calibration
    writer = store.start_run(run_metadata(
        suite=SWEEP_SUITE, boards=plan.board, sweep_model=plan.model,
        calibration=f"{calibration.size} {calibration.source}" if calibration else "recipe"),
        label=f"sweep-{plan.model}")
    rows = []
    for position, case in enumerate(cases, start=1):
        row = _measured(case, plan, tflm)
        writer.append(row)
        rows.append(row)
        if progress:
            progress(case, position, len(cases), row)
    return writer.run_id, rows


def _measured(case: SweepCase, plan: SweepPlan, tflm: Path | None) -> ResultRow:
    """The case's row; a failure becomes an error row naming it, and the sweep goes on."""
    from harness.backends import configured_backend
    from harness.boards import get_board
    from harness.measure import measure, zoo_workload
    from harness.pipeline.artifacts import prepare

    try:
        board, backend = get_board(plan.board), configured_backend(plan.backend, tflm)
        workload = zoo_workload(prepare(case.model), case.variant, plan.samples)
        return measure(workload, board, backend)
    except Exception as exc:  # recorded, not raised: the row says what went wrong
        return ResultRow(case.model, case.variant, plan.board, plan.backend, status="error",
                         error=f"{type(exc).__name__}: {exc}")
