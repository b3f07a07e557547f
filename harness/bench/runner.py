"""Run a benchmark suite: every case measured with the same code as `hil run` and the pytest
suite, each row appended to the history as soon as it is done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from harness.bench.repetitions import combine_repetitions
from harness.bench.suite import Case, Suite
from harness.results import ResultRow, ResultsStore, RunWriter

# (case, its position, number of cases, the row or None when it was already done)
BenchProgress = Callable[[Case, int, int, ResultRow | None], None]


@dataclass(frozen=True)
class BenchRun:
    run_id: str
    rows: list[ResultRow]  # measured by this invocation
    reused: int  # rows a resumed run already had


def run_suite(suite: Suite, store: ResultsStore, boards: tuple[str, ...] = (),
              resume: str | None = None, tflm: Path | None = None,
              progress: BenchProgress | None = None) -> BenchRun:
    cases = suite.cases(boards)
    writer = open_run(store, suite, boards, resume)
    finished = writer.finished_keys()
    rows = []
    for position, case in enumerate(cases, start=1):
        if case_key(case) in finished:
            if progress:
                progress(case, position, len(cases), None)
            continue
        row = measure_case(case, suite, tflm)
        writer.append(row)
        rows.append(row)
        if progress:
            progress(case, position, len(cases), row)
    return BenchRun(writer.run_id, rows, len(finished & {case_key(c) for c in cases}))


def open_run(store: ResultsStore, suite: Suite, boards: tuple[str, ...], resume: str | None,
             **metadata) -> RunWriter:
    """The run the suite's rows go to: a new one, or `resume`'s."""
    from harness.results.metadata import run_metadata

    if resume:
        return store.resume_run(resume)
    return store.start_run(run_metadata(suite=suite.name, boards=",".join(boards or suite.boards),
                                        **metadata), label=suite.name)


def measure_case(case: Case, suite: Suite, tflm: Path | None, place=None,
                 workload=None) -> ResultRow:
    """The case's row: repetitions folded into one; any failure becomes an error row naming
    it, so one broken case does not stop the night's run. On a labgrid `place`, losing the
    place (PlaceLost) is raised instead: the row belongs on another place. `workload`: the
    case's, when it was prepared before."""
    from harness.backends import configured_backend
    from harness.boards import get_board
    from harness.boards.farm.control import PlaceLost
    from harness.measure import measure

    try:
        board, backend = get_board(case.board), configured_backend(case.backend, tflm)
        workload = workload or case_workload(case, suite)
        return combine_repetitions([measure(workload, board, backend, place=place)
                                    for _ in range(suite.repetitions)])
    except PlaceLost:
        raise
    except Exception as exc:  # recorded, not raised: the row says what went wrong
        return ResultRow(case.model, case.variant, case.board, case.backend, status="error",
                         error=f"{type(exc).__name__}: {exc}")


def case_workload(case: Case, suite: Suite):
    """A zoo model's test split, or a model file's seeded random inputs."""
    from harness.bench.model_files import file_workload
    from harness.measure import zoo_workload
    from harness.pipeline.artifacts import prepare

    if case.model in suite.models:
        return zoo_workload(prepare(case.model), case.variant, suite.samples)
    path = suite.file_paths()[(case.model, case.variant)]
    return file_workload(path, case.model, case.variant, suite.samples)


def case_key(case: Case) -> tuple[str, str, str, str]:
    return (case.model, case.variant, case.board, case.backend)
