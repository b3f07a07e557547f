"""One row against its baseline: which figures moved past their thresholds, either way."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import pandas as pd

from harness.bench.thresholds import Thresholds
from harness.formatting import missing, number
from harness.model.metrics import higher_is_better

# column, what it is called, which threshold applies
_MEMORY = (("flash_bytes", "flash", "flash_pct"), ("ram_bytes", "static RAM", "ram_pct"),
           ("activation_bytes", "activation memory", "ram_pct"),
           ("stack_bytes", "stack", "ram_pct"))


@dataclass(frozen=True)
class Change:
    """A figure of one row that moved past its threshold (a regression or an improvement)."""

    model: str
    variant: str
    board: str
    backend: str
    what: str  # "latency", "flash", "static RAM", ..., a metric name, "bit-exactness", "status"
    baseline: float | str | None
    current: float | str | None
    change: float | None = None  # signed, in `change_unit`
    change_unit: str = ""  # "%" (relative) or "points" (percentage points)
    threshold: float | None = None  # the allowed worsening, in `change_unit`
    unit: str = ""  # of `baseline` and `current`: "instructions", "bytes", ...

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.model, self.variant, self.board, self.backend)

    def as_dict(self) -> dict:
        """Plain values for JSON and CSV; an infinite change (growth from zero) becomes None."""
        values = {k: None if isinstance(v, float) and not math.isfinite(v) else v
                  for k, v in asdict(self).items()}
        return {**values, "description": self.describe()}

    def describe(self) -> str:
        row = f"{self.model} {self.variant} on {self.board} ({self.backend})"
        if self.change is None:
            return f"{row}: {self.what} {self.baseline} → {self.current}"
        values = f"{number(self.baseline)} → {number(self.current)} {self.unit}".rstrip()
        allowed = ("any loss counts" if not self.threshold
                   else f"threshold {self.threshold:g}{_unit_suffix(self.change_unit)}")
        return (f"{row}: {self.what} {self.change:+.2f}{_unit_suffix(self.change_unit)} "
                f"({values}; {allowed})")


def row_changes(current: pd.Series, baseline: pd.Series, thresholds: Thresholds
                ) -> list[tuple[Change, bool]]:
    """(change, is_worse) for every figure of one row that moved past its threshold."""
    found = [_status(current, baseline), _latency(current, baseline, thresholds),
             _metric(current, baseline, thresholds), _bit_exact(current, baseline, thresholds)]
    found += [_relative(current, baseline, column, what, getattr(thresholds, limit), "bytes")
              for column, what, limit in _MEMORY]
    return [item for item in found if item is not None]


def missing_row(baseline: pd.Series) -> Change:
    return _change(baseline, "row", "measured", "missing")


def _change(row: pd.Series, what: str, baseline, current, **figures) -> Change:
    return Change(row["model"], row["variant"], row["board"], row["backend"], what,
                  baseline, current, **figures)


def _status(current: pd.Series, baseline: pd.Series) -> tuple[Change, bool] | None:
    was, now = baseline.get("status"), current.get("status")
    if missing(was) or missing(now) or (was == "passed") == (now == "passed"):
        return None
    error = current.get("error")
    text = f"{now}: {error}" if isinstance(error, str) and error else now
    return _change(current, "status", was, text), now != "passed"


def _latency(current, baseline, thresholds: Thresholds) -> tuple[Change, bool] | None:
    unit = current.get("latency_unit")
    if unit != baseline.get("latency_unit"):
        return None  # instructions and cycles do not compare
    allowed = thresholds.latency_allowance(deterministic=unit == "instructions")
    return _relative(current, baseline, "latency_median", "latency", allowed, unit)


def _relative(current, baseline, column: str, what: str, allowed: float,
              unit: str) -> tuple[Change, bool] | None:
    was, now = baseline.get(column), current.get(column)
    if missing(was) or missing(now) or was == now:
        return None
    percent = float("inf") if was == 0 else (now - was) / abs(was) * 100.0
    if abs(percent) <= allowed:
        return None
    figures = {"change": percent, "change_unit": "%", "threshold": allowed, "unit": unit}
    return _change(current, what, float(was), float(now), **figures), percent > 0


def _metric(current, baseline, thresholds: Thresholds) -> tuple[Change, bool] | None:
    metric = current.get("metric")
    metric = metric if isinstance(metric, str) and metric else "metric"
    if not higher_is_better(metric):  # an error metric (MAE): relative, up is worse
        return _relative(current, baseline, "device_metric", metric,
                         thresholds.error_metric_pct, "")
    return _points(current, baseline, "device_metric", metric, thresholds.metric_points)


def _bit_exact(current, baseline, thresholds: Thresholds) -> tuple[Change, bool] | None:
    was, now = baseline.get("bit_exact_fraction"), current.get("bit_exact_fraction")
    if not thresholds.bit_exact or missing(was) or missing(now) or (was == 1) == (now == 1):
        return None
    return _points(current, baseline, "bit_exact_fraction", "bit-exactness", 0.0)


def _points(current, baseline, column: str, what: str,
            allowed: float) -> tuple[Change, bool] | None:
    was, now = baseline.get(column), current.get(column)
    if missing(was) or missing(now):
        return None
    points = (now - was) * 100.0
    if abs(points) <= allowed:
        return None
    figures = {"change": points, "change_unit": "points", "threshold": allowed}
    return _change(current, what, float(was), float(now), **figures), points < 0


def _unit_suffix(change_unit: str) -> str:
    return "%" if change_unit == "%" else f" {change_unit}"
