"""A run against its baseline, row by row: regressions, improvements, new and missing rows.

Rows match on model x variant x board x backend. The baseline is the previous run of the same
suite that measured some of the same rows, or a run named by id. A baseline row on one of this
run's boards that this run lacks is a regression (something stopped being measured); rows on
boards this run did not use are not compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from harness.bench.changes import Change, missing_row, row_changes
from harness.bench.thresholds import Thresholds
from harness.results import history as runs


@dataclass(frozen=True)
class Comparison:
    run_id: str
    baseline_id: str | None  # None: no earlier run to compare with
    regressions: list[Change] = field(default_factory=list)
    improvements: list[Change] = field(default_factory=list)
    new_rows: list[tuple[str, str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"run_id": self.run_id, "baseline_id": self.baseline_id,
                "regressions": [change.as_dict() for change in self.regressions],
                "improvements": [change.as_dict() for change in self.improvements],
                "new_rows": [dict(zip(runs.KEY, key, strict=True)) for key in self.new_rows]}


def compare_runs(history: pd.DataFrame, run_id: str | None = None,
                 baseline_id: str | None = None,
                 thresholds: Thresholds | None = None) -> Comparison:
    """Compare `run_id` (default: the latest run) with `baseline_id` (default: the previous run
    of the same suite)."""
    run_id = run_id or runs.latest_run_id(history)
    current = runs.run_rows(history, run_id)
    baseline_id = baseline_id or runs.previous_run_id(history, run_id)
    if baseline_id is None:
        return Comparison(run_id, None, new_rows=sorted(runs.row_keys(current)))
    baseline = runs.run_rows(history, baseline_id)
    found = _matched_changes(current, baseline, thresholds or Thresholds())
    found += [(missing_row(row), True) for row in _missing_rows(current, baseline)]
    return Comparison(run_id, baseline_id,
                      regressions=[change for change, worse in found if worse],
                      improvements=[change for change, worse in found if not worse],
                      new_rows=sorted(runs.row_keys(current) - runs.row_keys(baseline)))


def find_regressions(history: pd.DataFrame, run_id: str | None = None,
                     baseline_id: str | None = None,
                     thresholds: Thresholds | None = None) -> list[Change]:
    """The regressions of `compare_runs` (empty when there is no baseline)."""
    return compare_runs(history, run_id, baseline_id, thresholds).regressions


def thresholds_for_run(history: pd.DataFrame, run_id: str) -> Thresholds:
    """The thresholds of the suite that produced the run, or the defaults when the run names no
    suite in the benchmarks folder (e.g. a pytest run)."""
    from harness.bench.suite import list_suites, load_suite

    suite = runs.run_info(history, run_id).get("suite")
    if isinstance(suite, str) and suite in list_suites():
        return load_suite(suite).thresholds
    return Thresholds()


def _matched_changes(current: pd.DataFrame, baseline: pd.DataFrame,
                     thresholds: Thresholds) -> list[tuple[Change, bool]]:
    by_key = {tuple(row[runs.KEY]): row for _, row in baseline.iterrows()}
    found: list[tuple[Change, bool]] = []
    for _, row in current.iterrows():
        if tuple(row[runs.KEY]) in by_key:
            found += row_changes(row, by_key[tuple(row[runs.KEY])], thresholds)
    return found


def _missing_rows(current: pd.DataFrame, baseline: pd.DataFrame) -> list[pd.Series]:
    gone = runs.row_keys(baseline) - runs.row_keys(current)
    boards = set(current["board"])
    return [row for _, row in baseline.iterrows()
            if tuple(row[runs.KEY]) in gone and row["board"] in boards]
