"""Regression thresholds: how far a figure may move before a run counts as worse."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Thresholds:
    """Allowed worsening per figure; a suite's [thresholds] table overrides any of them.

    Percentages are relative to the baseline. `metric_points` applies to metrics on a 0..1 scale
    where higher is better (accuracy, ROC AUC), in percentage points; `error_metric_pct` to error
    metrics (MAE). Real boards get `noise_band_pct` on top of `latency_pct` because their medians
    still jitter; emulator instruction counts are deterministic and get no band.
    """

    latency_pct: float = 3.0
    flash_pct: float = 1.0
    ram_pct: float = 1.0  # static RAM, activation memory and stack alike
    metric_points: float = 0.5
    error_metric_pct: float = 5.0
    bit_exact: bool = True  # losing bit-exactness (1.0 -> less) is a regression
    noise_band_pct: float = 2.0

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def latency_allowance(self, deterministic: bool) -> float:
        """Allowed latency increase in percent for an emulated or a real board."""
        return self.latency_pct + (0.0 if deterministic else self.noise_band_pct)
