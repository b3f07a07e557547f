"""Picking runs out of a results history (`ResultsStore.history()`): pure functions over the
history's table, one row per measured row with its run's metadata in `run_` columns."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from harness.errors import HilError, UnknownNameError
from harness.results.row import KEY_COLUMNS

KEY = list(KEY_COLUMNS)


class NoResultsError(HilError):
    """A results folder with nothing to report or compare."""


def run_ids(history: pd.DataFrame) -> list[str]:
    """Oldest first: run ids start with their UTC start time."""
    if history.empty or "run_run_id" not in history:
        return []
    return sorted(history["run_run_id"].dropna().unique())


def latest_run_id(history: pd.DataFrame, where: str = "the results folder") -> str:
    ids = run_ids(history)
    if not ids:
        raise NoResultsError(f"no results in {where}: run `hil bench --suite smoke` or "
                             "`pytest --board qemu-m4 --results DIR` first")
    return ids[-1]


def run_rows(history: pd.DataFrame, run_id: str) -> pd.DataFrame:
    """The run's rows, one per model x variant x board x backend (the last written wins)."""
    if run_id not in run_ids(history):
        raise UnknownNameError("run", run_id, run_ids(history))
    rows = history[history["run_run_id"] == run_id]
    return rows.drop_duplicates(KEY, keep="last").sort_values(KEY).reset_index(drop=True)


def run_info(history: pd.DataFrame, run_id: str) -> dict:
    """The run's metadata (run.json), without the `run_` prefix."""
    first = run_rows(history, run_id).iloc[0]
    return {name[4:]: first[name] for name in first.index if name.startswith("run_")}


def previous_run_id(history: pd.DataFrame, run_id: str) -> str | None:
    """The latest earlier run of the same suite that measured at least one of the same rows."""
    info, keys = run_info(history, run_id), row_keys(run_rows(history, run_id))
    for candidate in reversed(run_ids(history)[:run_ids(history).index(run_id)]):
        if _same(run_info(history, candidate).get("suite"), info.get("suite")) and (
                keys & row_keys(run_rows(history, candidate))):
            return candidate
    return None


def row_keys(rows: pd.DataFrame) -> set[tuple[str, ...]]:
    return {tuple(values) for values in rows[KEY].itertuples(index=False)}


def run_started(run_id: str) -> datetime | None:
    """The UTC start time encoded in a run id (None for ids in another form)."""
    try:
        return datetime.strptime(run_id[:16], "%Y%m%dT%H%M%SZ")
    except ValueError:
        return None


def _same(a, b) -> bool:
    """Equal, counting two missing values (runs without a suite, e.g. from pytest) as equal."""
    return (pd.isna(a) and pd.isna(b)) if pd.isna(a) or pd.isna(b) else a == b
