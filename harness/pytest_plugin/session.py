"""State of one pytest session on one board: settings, the board and backend, which models
and variants to test, and per case its workload, firmware and measured row, each made once
however many tests read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from harness.backends.base import Backend
from harness.boards import Board
from harness.measure import Firmware, Workload
from harness.pytest_plugin.farm import FarmChoice
from harness.pytest_plugin.user_models import UserModel
from harness.results import ResultRow, ResultsStore, RunWriter

VARIANTS = ("int8", "float32")


@dataclass(frozen=True)
class Case:
    """One model variant to validate on the board: a zoo model, or a project's own model."""

    model: str
    variant: str
    user: UserModel | None = None

    @property
    def id(self) -> str:
        return self.user.id if self.user else f"{self.model}-{self.variant}"

    @classmethod
    def of(cls, user: UserModel) -> Case:
        return cls(user.path.stem, user.variant, user)


@dataclass
class HilSession:
    board: Board
    backend: Backend
    models: tuple[str, ...]
    samples: int | None
    results: Path
    port: str | None = None
    farm: FarmChoice | None = None  # a labgrid place instead of a local board
    rows: dict[Case, ResultRow] = field(default_factory=dict)
    _workloads: dict[Case, Workload] = field(default_factory=dict)
    _firmware: dict[Case, Firmware] = field(default_factory=dict)
    _writer: RunWriter | None = None
    _unreachable: str | None = None
    _checked: bool = False

    def cases(self) -> list[Case]:
        return [Case(model, variant) for model in self.models for variant in VARIANTS]

    def unreachable_reason(self) -> str | None:
        """Why the chosen board cannot be used (checked once), or None."""
        if not self._checked:
            self._unreachable, self._checked = self._why_unreachable(), True
        return self._unreachable

    def place(self):
        """The acquired labgrid place (None: a local board)."""
        return self.farm.acquire() if self.farm else None

    def release_place(self) -> None:
        if self.farm:
            self.farm.release()

    def _why_unreachable(self) -> str | None:
        if self.farm is None:
            return _unreachable(self.board, self.port)
        from harness.boards import get_board
        from harness.errors import HilError

        try:
            self.board = get_board(self.place().board)  # the place's tag says which board
        except HilError as exc:
            return str(exc)
        return None

    def workload(self, case: Case) -> Workload:
        """The case's test split, inputs and host TFLM reference outputs."""
        if case not in self._workloads:
            from harness.measure import zoo_workload
            from harness.pipeline.artifacts import prepare

            self._workloads[case] = case.user.workload() if case.user else zoo_workload(
                prepare(case.model), case.variant, self.samples)
        return self._workloads[case]

    def firmware(self, case: Case) -> Firmware:
        """The case's firmware, rendered and built (UnsupportedModelError for a model the
        backend cannot run)."""
        if case not in self._firmware:
            from harness.measure import build_firmware

            workload = self.workload(case)
            self._firmware[case] = build_firmware(workload.model, workload.model_name,
                                                  workload.variant, self.board, self.backend)
        return self._firmware[case]

    def result(self, case: Case) -> ResultRow:
        """The whole test split measured on the board, once per case, recorded at once."""
        if case not in self.rows:
            from harness.measure import measure

            self.firmware(case)
            self.record(case, measure(self.workload(case), self.board, self.backend,
                                      port=self.port, place=self.place()))
        return self.rows[case]

    def record(self, case: Case, row: ResultRow) -> None:
        """Keeps the row for the summary and writes it to the results history at once."""
        from harness.results.metadata import run_metadata

        self.rows[case] = row
        if self._writer is None:
            self._writer = ResultsStore(self.results).start_run(
                run_metadata(suite="pytest", board=self.board.name), label="pytest")
        self._writer.append(row)


def _unreachable(board: Board, port: str | None) -> str | None:
    from harness.firmware.platformio_setup import missing_compiler
    from harness.measure import board_runner

    return missing_compiler(board.pio_platform) or board_runner(board, port).unavailable()


def default_models() -> tuple[str, ...]:
    """Every trained zoo model that needs no download and is quick to make (benchmark-shaped
    models with random weights, and slow ones, run when named with --models)."""
    from harness.pipeline.recipe import all_recipes

    return tuple(r.name for r in all_recipes()
                 if not r.downloads and r.task != "benchmark" and r.runs_by_default)
