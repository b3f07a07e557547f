"""Results: one row per model x variant x board x backend, stored as they are measured."""

from harness.results.row import ResultRow
from harness.results.store import ResultsStore, RunWriter

__all__ = ["ResultRow", "ResultsStore", "RunWriter"]
