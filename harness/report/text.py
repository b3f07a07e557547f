"""The report's sentences: which run this is, what it was compared with, how the run was made."""

from __future__ import annotations

import pandas as pd

from harness.bench import Comparison
from harness.report import formatting as fmt

_HIDDEN = {"run_id"}  # already in the header


def header_line(run_id: str, info: dict, rows: pd.DataFrame) -> str:
    """e.g. "Run 20260101T020000Z-smoke · suite smoke · commit 1a2b3c4d5e · 4 rows: 3 passed,
    1 failed"."""
    parts = [f"Run {run_id}"]
    if _present(info.get("suite")):
        parts.append(f"suite {info['suite']}")
    if _present(info.get("git_commit")):
        dirty = " (uncommitted changes)" if _present(info.get("git_dirty")) and bool(
            info["git_dirty"]) else ""
        parts.append(f"commit {str(info['git_commit'])[:10]}{dirty}")
    counts = rows["status"].fillna("unknown").value_counts()
    statuses = ", ".join(f"{count} {status}" for status, count in counts.items())
    parts.append(f"{len(rows)} row{'s' if len(rows) != 1 else ''}: {statuses}")
    return " · ".join(parts)


def verdict(comparison: Comparison) -> str:
    if comparison.baseline_id is None:
        return "No baseline run to compare with (first run of this suite)."
    count = len(comparison.regressions)
    what = f"{count} regression{'s' if count != 1 else ''}" if count else "No regressions"
    return f"{what} against run {comparison.baseline_id}."


def run_details(info: dict) -> list[tuple[str, str]]:
    """The run's metadata as (name, value) pairs, missing values left out."""
    return [(key, str(value)) for key, value in sorted(info.items())
            if key not in _HIDDEN and _present(value)]


def _present(value) -> bool:
    return not fmt.missing(value) and value != ""
