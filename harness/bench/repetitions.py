"""Repetitions of one row folded into the one row the history keeps.

The latency figures become the median of the repetitions' medians (what the noise rule compares),
the smallest minimum and the largest maximum; the worst status and every failed check survive.
Everything else comes from the last repetition: memory and outputs do not vary between them.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace

from harness.errors import HilError
from harness.results import ResultRow

_SEVERITY = {"passed": 0, "failed": 1, "error": 2}


def combine_repetitions(rows: Sequence[ResultRow]) -> ResultRow:
    """One row from the repetitions of the same model x variant x board x backend."""
    if not rows or len({row.key for row in rows}) != 1:
        raise HilError("combine_repetitions needs one or more rows of the same "
                       "model, variant, board and backend")
    worst = max(rows, key=lambda row: _SEVERITY.get(row.status, 2))
    return replace(rows[-1], status=worst.status, error=worst.error,
                   latency_mean=_fold(statistics.mean, rows, "latency_mean"),
                   latency_median=_fold(statistics.median, rows, "latency_median"),
                   latency_min=_fold(min, rows, "latency_min"),
                   latency_max=_fold(max, rows, "latency_max"),
                   latency_us=_fold(statistics.median, rows, "latency_us"),
                   checks=_merged_checks(rows))


def _fold(combine, rows: Sequence[ResultRow], name: str) -> float | None:
    values = [getattr(row, name) for row in rows if getattr(row, name) is not None]
    return float(combine(values)) if values else None


def _merged_checks(rows: Sequence[ResultRow]) -> dict:
    """Each check's verdict, a failure in any repetition winning over a pass."""
    merged: dict = {}
    for row in rows:
        for name, verdict in row.checks.items():
            if merged.get(name, "passed") == "passed":
                merged[name] = verdict
    return merged
