"""Benchmarks: suites declared as data, and regressions of a run against a baseline run."""

from harness.bench.changes import Change
from harness.bench.regression import Comparison, compare_runs, find_regressions, thresholds_for_run
from harness.bench.repetitions import combine_repetitions
from harness.bench.runs import NoResultsError, latest_run_id, previous_run_id, run_rows
from harness.bench.suite import Case, Suite, SuiteError, list_suites, load_suite
from harness.bench.thresholds import Thresholds

__all__ = ["Case", "Change", "Comparison", "NoResultsError", "Suite", "SuiteError",
           "Thresholds", "combine_repetitions", "compare_runs", "find_regressions",
           "latest_run_id", "list_suites", "load_suite", "previous_run_id", "run_rows",
           "thresholds_for_run"]
