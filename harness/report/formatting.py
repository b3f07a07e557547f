"""Figures as people read them. Latency always carries its unit: emulators count instructions,
boards count cycles (and microseconds); neither is ever shown as milliseconds."""

from __future__ import annotations

import pandas as pd

from harness.formatting import MISSING as NONE
from harness.formatting import missing, number
from harness.results.row import macs_per_unit as macs_per_unit_of

__all__ = ["NONE", "bytes_of", "fraction", "latency", "macs_per_unit", "metric", "missing",
           "number", "status"]


def metric(value) -> str:
    return NONE if missing(value) else f"{value:.4f}"


def fraction(value) -> str:
    return NONE if missing(value) else f"{value * 100:.1f}%"


def status(row: pd.Series) -> str:
    """"passed", or the status with the reason ("error: device did not answer")."""
    text, error = row.get("status"), row.get("error")
    text = NONE if missing(text) else str(text)
    return f"{text}: {error}" if isinstance(error, str) and error else text


def latency(row: pd.Series) -> str:
    median, unit = row.get("latency_median"), row.get("latency_unit")
    if missing(median):
        return NONE
    text = f"{median:,.0f} {unit if isinstance(unit, str) and unit else '(no unit)'}"
    if unit == "cycles" and not missing(row.get("latency_us")):
        text += f" ({row['latency_us']:,.1f} µs)"
    return text


def bytes_of(row: pd.Series, column: str, limit_column: str | None = None) -> str:
    """Bytes with thousands separators, and the share of the board's limit when known."""
    value = row.get(column)
    if missing(value):
        return NONE
    limit = row.get(limit_column) if limit_column else None
    share = f" ({value / limit * 100:.1f}%)" if not missing(limit) and limit else ""
    return f"{value:,.0f}{share}"


def macs_per_unit(row: pd.Series) -> str:
    """MACs per instruction (emulators) or per cycle: how far the model is from the core's
    peak."""
    value = macs_per_unit_of(row.get("macs"), row.get("latency_median"))
    if value is None:
        return NONE
    unit = "instruction" if row.get("latency_unit") == "instructions" else "cycle"
    return f"{value:.3f} per {unit}"
