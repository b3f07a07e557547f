"""Benchmarks: suites declared as data, and regressions of a run against a baseline run."""

from harness.bench.changes import Change
from harness.bench.regression import Comparison, compare_runs, find_regressions, thresholds_for_run
from harness.bench.repetitions import combine_repetitions
from harness.bench.suite import Case, Suite, SuiteError, list_suites, load_suite
from harness.bench.thresholds import Thresholds

__all__ = ["Case", "Change", "Comparison", "Suite", "SuiteError", "Thresholds",
           "combine_repetitions", "compare_runs", "find_regressions", "list_suites", "load_suite",
           "thresholds_for_run"]
