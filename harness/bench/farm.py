"""A suite spread over labgrid places: one worker per matching place, each holding its place
and measuring one row at a time, every row appended to the same run as it is done.

A worker whose place is lost mid-row (its exporter died: PlaceLost) puts the row back for
another place and stops; verified samples were checkpointed, so the row resumes where it was.
Rows no place could take end as error rows naming why (a resumed run measures them again).
"""

from __future__ import annotations

import threading
from pathlib import Path

from harness.bench.runner import (
    BenchProgress,
    BenchRun,
    case_key,
    case_workload,
    measure_case,
    open_run,
)
from harness.bench.suite import Case, Suite
from harness.results import ResultRow, ResultsStore, RunWriter


def run_suite_on_places(suite: Suite, store: ResultsStore, tags: dict[str, str],
                        coordinator: str, wait: float, resume: str | None = None,
                        tflm: Path | None = None,
                        progress: BenchProgress | None = None,
                        workloads: dict | None = None) -> BenchRun:
    """`workloads`: each case's, when prepared before (else prepared here)."""
    from harness.boards.farm.coordinator import Coordinator
    from harness.boards.farm.place import matching

    boards = tuple(dict.fromkeys(case.board for case in suite.cases()))
    writer = open_run(store, suite, boards, resume, places=_text(tags), coordinator=coordinator)
    finished = writer.finished_keys()
    cases = [case for case in suite.cases() if case_key(case) not in finished]
    # Before any coordinator session: the host reference runs TFLM in a forked process, and a
    # fork while gRPC's threads are busy crashes the child.
    workloads = workloads or case_workloads(cases, suite)
    session = Coordinator(coordinator)
    try:
        places = len(matching(session, tags))
    finally:
        session.close()
    shards = _Shards(cases, len(suite.cases()), writer, progress)
    workers = [threading.Thread(target=_worker, args=(shards, suite, tflm, coordinator, tags,
                                                     wait, workloads), daemon=True)
               for _ in range(max(places, 1))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    shards.give_up()
    return BenchRun(writer.run_id, shards.rows, len(suite.cases()) - len(cases))


def case_workloads(cases: list[Case], suite: Suite) -> dict:
    """Each case's workload (test split, host reference), or none when it fails: the case's
    error row says why."""
    workloads = {}
    for case in cases:
        try:
            workloads[case] = case_workload(case, suite)
        except Exception:  # measure_case records it on the row
            workloads[case] = None
    return workloads


def _worker(shards: _Shards, suite: Suite, tflm: Path | None, coordinator: str,
            tags: dict[str, str], wait: float, workloads: dict) -> None:
    from harness.boards.farm.control import PlaceLost
    from harness.boards.farm.coordinator import FarmError
    from harness.boards.farm.place import acquired_place

    try:
        with acquired_place(coordinator, tags, wait) as place:
            while (case := shards.take(place.board)) is not None:
                try:
                    row = measure_case(case, suite, tflm, place, workloads.get(case))
                except PlaceLost as exc:
                    shards.put_back(case, str(exc))
                    return
                shards.finish(case, row)
    except FarmError as exc:  # no place for this worker, or it went away
        shards.note(str(exc))


class _Shards:
    """The rows still to measure, shared by the workers."""

    def __init__(self, cases: list[Case], total: int, writer: RunWriter,
                 progress: BenchProgress | None):
        self.pending, self.total, self.writer, self.progress = list(cases), total, writer, progress
        self.running, self.rows, self.problems = 0, [], []
        self._condition = threading.Condition()

    def take(self, board: str) -> Case | None:
        """The next row for a place with `board`; None when none is left (waits while rows
        that might come back are being measured elsewhere)."""
        with self._condition:
            while True:
                case = next((c for c in self.pending if c.board == board), None)
                if case is not None:
                    self.pending.remove(case)
                    self.running += 1
                    return case
                if self.running == 0:
                    return None
                self._condition.wait()

    def finish(self, case: Case, row: ResultRow) -> None:
        self.writer.append(row)
        with self._condition:
            self.rows.append(row)
            self.running -= 1
            self._condition.notify_all()
        if self.progress:
            self.progress(case, len(self.rows), self.total, row)

    def put_back(self, case: Case, problem: str) -> None:
        with self._condition:
            self.pending.insert(0, case)
            self.problems.append(problem)
            self.running -= 1
            self._condition.notify_all()

    def note(self, problem: str) -> None:
        with self._condition:
            self.problems.append(problem)

    def give_up(self) -> None:
        """Error rows for what no place measured."""
        why = "; ".join(self.problems) or "no place took it"
        for case in self.pending:
            self.finish_error(case, f"not measured on any place: {why}")

    def finish_error(self, case: Case, error: str) -> None:
        self.running += 1
        self.finish(case, ResultRow(case.model, case.variant, case.board, case.backend,
                                    status="error", error=error))


def _text(tags: dict[str, str]) -> str:
    return ",".join(f"{key}={value}" for key, value in tags.items())
