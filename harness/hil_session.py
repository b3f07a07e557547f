"""State of one pytest session on one board: settings, the board and backend, which models
and variants to test, measurements cached per case, and the rows recorded."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from harness.backends.base import Backend
from harness.boards import Board
from harness.results import ResultRow, ResultsStore, RunWriter

VARIANTS = ("int8", "float32")


@dataclass(frozen=True)
class Case:
    """One model variant to validate on the board."""

    model: str
    variant: str

    @property
    def id(self) -> str:
        return f"{self.model}-{self.variant}"


@dataclass
class HilSession:
    board: Board
    backend: Backend
    models: tuple[str, ...]
    samples: int | None
    results: Path
    port: str | None = None
    rows: dict[Case, ResultRow] = field(default_factory=dict)
    _writer: RunWriter | None = None
    _unreachable: str | None = None
    _checked: bool = False

    def cases(self) -> list[Case]:
        return [Case(model, variant) for model in self.models for variant in VARIANTS]

    def unreachable_reason(self) -> str | None:
        """Why the chosen board cannot be used (checked once), or None."""
        if not self._checked:
            self._unreachable, self._checked = _unreachable(self.board, self.port), True
        return self._unreachable

    def record(self, case: Case, row: ResultRow) -> None:
        """Keeps the row for the summary and writes it to the results history at once."""
        from harness.results.metadata import run_metadata

        self.rows[case] = row
        if self._writer is None:
            self._writer = ResultsStore(self.results).start_run(
                run_metadata(suite="pytest", board=self.board.name), label="pytest")
        self._writer.append(row)


def _unreachable(board: Board, port: str | None) -> str | None:
    from harness.boards.runner import runner_for
    from harness.firmware.platformio_setup import COMPILERS

    compiler = COMPILERS.get(board.extra.get("pio_platform"), "arm-none-eabi-gcc")
    if board.emulated and not shutil.which(compiler):
        return f"{compiler} not found; run `make setup`"
    return runner_for(board, port).unavailable()


def default_models() -> tuple[str, ...]:
    """Every trained zoo model that needs no download (benchmark-shaped models with random
    weights run when named with --models)."""
    from harness.pipeline.recipe import all_recipes

    return tuple(r.name for r in all_recipes() if not r.downloads and r.task != "benchmark")
