"""Every regression threshold at its boundary: a change of exactly the threshold is allowed, one
unit past it is a regression (or, the other way, an improvement), one unit short is nothing.

The thresholds are chosen so the boundary is exact in binary floating point (25% of 1024 is
256), so `<=` against `<` is decided by the code, not by rounding."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from harness.bench.changes import missing_row, row_changes
from harness.bench.thresholds import Thresholds

EXACT = Thresholds(latency_pct=25.0, noise_band_pct=12.5, flash_pct=25.0, ram_pct=12.5,
                   metric_points=25.0, error_metric_pct=25.0)
BASE = 1024.0


def figures(board="qemu-m4", **values) -> pd.Series:
    row = dict(model="m", variant="int8", board=board, backend="aot", status="passed",
               latency_unit="instructions" if board == "qemu-m4" else "cycles",
               latency_median=BASE, flash_bytes=BASE, ram_bytes=BASE, activation_bytes=BASE,
               stack_bytes=BASE, metric="accuracy", device_metric=0.75, bit_exact_fraction=1.0)
    return pd.Series({**row, **values})


def found(column: str, value: float, board="qemu-m4", thresholds=EXACT, **baseline):
    """(what, is_worse, threshold) of each change between the baseline and one new value."""
    changes = row_changes(figures(board, **{column: value}), figures(board, **baseline),
                          thresholds)
    return [(change.what, worse, change.threshold) for change, worse in changes]


# column, what it is reported as, board, allowed percent of BASE (exact in binary)
RELATIVE = [
    ("latency_median", "latency", "qemu-m4", 25.0),  # emulator: no noise band
    ("latency_median", "latency", "nano33", 37.5),  # real board: 25 + noise band 12.5
    ("flash_bytes", "flash", "qemu-m4", 25.0),
    ("ram_bytes", "static RAM", "qemu-m4", 12.5),
    ("activation_bytes", "activation memory", "qemu-m4", 12.5),
    ("stack_bytes", "stack", "qemu-m4", 12.5),
]


@pytest.mark.parametrize("column, what, board, percent", RELATIVE,
                         ids=[f"{c}-{b}" for c, _, b, _ in RELATIVE])
def test_a_relative_threshold_at_above_and_below(column, what, board, percent):
    step = BASE * percent / 100
    assert found(column, BASE + step, board) == []  # exactly at: allowed
    assert found(column, BASE + step - 1, board) == []  # just below
    assert found(column, BASE + step + 1, board) == [(what, True, percent)]  # just above
    assert found(column, BASE - step, board) == []  # exactly at, the other way
    assert found(column, BASE - step + 1, board) == []
    assert found(column, BASE - step - 1, board) == [(what, False, percent)]


@pytest.mark.parametrize("column, what, limit, base, step", [
    ("latency_median", "latency", "latency_pct", 10_000, 300),
    ("flash_bytes", "flash", "flash_pct", 20_000, 200),
    ("ram_bytes", "static RAM", "ram_pct", 4_000, 40),
    ("activation_bytes", "activation memory", "ram_pct", 1_000, 10),
    ("stack_bytes", "stack", "ram_pct", 500, 5),
])
def test_the_default_thresholds_at_their_boundaries(column, what, limit, base, step):
    defaults = Thresholds()
    allowed = getattr(defaults, limit)
    assert (step / base) * 100 == allowed  # the boundary is exact for these figures

    def at(value):
        return found(column, value, "qemu-m4", defaults, **{column: base})

    assert at(base + step) == [] and at(base + step - 1) == [] and at(base - step) == []
    assert at(base + step + 1) == [(what, True, allowed)]
    assert at(base - step - 1) == [(what, False, allowed)]


def test_the_default_noise_band_of_a_real_board():
    defaults = Thresholds()
    assert defaults.latency_allowance(deterministic=False) == 5.0
    assert defaults.latency_allowance(deterministic=True) == 3.0

    def at(value):
        return found("latency_median", value, "nano33", defaults, latency_median=10_000)

    assert at(10_500) == [] and at(10_499) == [] and at(9_500) == []
    assert at(10_501) == [("latency", True, 5.0)] and at(9_499) == [("latency", False, 5.0)]


def test_accuracy_points_at_above_and_below():
    assert found("device_metric", 0.5) == []  # 25 points lost: exactly at
    assert found("device_metric", 0.5 + 2 ** -10) == []
    assert found("device_metric", 0.5 - 2 ** -10) == [("accuracy", True, 25.0)]
    assert found("device_metric", 1.0) == []  # 25 points gained: at
    assert found("device_metric", 1.0 - 2 ** -10) == []
    assert found("device_metric", 0.75, device_metric=0.5 - 2 ** -10) == [
        ("accuracy", False, 25.0)]


def test_a_gain_of_less_than_one_point_is_never_a_regression():
    half_point = dataclasses.replace(EXACT, metric_points=0.5)
    assert found("device_metric", 0.75 + 0.0078125, thresholds=half_point) == [
        ("accuracy", False, 0.5)]  # 0.78125 points gained (exact in binary)


def test_an_error_metric_grows_relative_at_above_and_below():
    mae = {"metric": "mae"}
    assert row_changes(figures(**mae, device_metric=0.625), figures(**mae, device_metric=0.5),
                       EXACT) == []  # 25% more error: exactly at
    worse = row_changes(figures(**mae, device_metric=0.625 + 2 ** -10),
                        figures(**mae, device_metric=0.5), EXACT)
    assert [(c.what, w, c.threshold) for c, w in worse] == [("mae", True, 25.0)]
    assert row_changes(figures(**mae, device_metric=0.625 - 2 ** -10),
                       figures(**mae, device_metric=0.5), EXACT) == []
    better = row_changes(figures(**mae, device_metric=0.375 - 2 ** -10),
                         figures(**mae, device_metric=0.5), EXACT)
    assert [(c.what, w) for c, w in better] == [("mae", False)]


def test_bit_exactness_any_loss_counts_unless_switched_off():
    lost = found("bit_exact_fraction", 1 - 2 ** -10)
    assert lost == [("bit-exactness", True, 0.0)]
    assert found("bit_exact_fraction", 1.0, bit_exact_fraction=0.5) == [
        ("bit-exactness", False, 0.0)]
    assert found("bit_exact_fraction", 0.25, bit_exact_fraction=0.5) == []  # still not exact
    off = Thresholds(bit_exact=False)
    assert found("bit_exact_fraction", 0.5, thresholds=off) == []


def test_a_growth_from_zero_is_past_any_threshold():
    [(change, worse)] = row_changes(figures(stack_bytes=8), figures(stack_bytes=0), EXACT)
    assert change.what == "stack" and worse and change.change == float("inf")


def test_how_changes_read():
    [(change, _)] = row_changes(figures(device_metric=0.25), figures(), EXACT)
    assert change.describe() == ("m int8 on qemu-m4 (aot): accuracy -50.00 points "
                                 "(0.75 → 0.25; threshold 25 points)")
    assert change.key == ("m", "int8", "qemu-m4", "aot") and change.unit == ""
    [(lost, _)] = row_changes(figures(bit_exact_fraction=0.5), figures(), EXACT)
    assert lost.describe() == ("m int8 on qemu-m4 (aot): bit-exactness -50.00 points "
                               "(1 → 0.5; any loss counts)")
    [(grown, _)] = row_changes(figures(stack_bytes=8), figures(stack_bytes=0), EXACT)
    record = grown.as_dict()
    assert record["change"] is None and record["baseline"] == 0.0 and record["current"] == 8.0
    assert record["description"] == grown.describe() and record["change_unit"] == "%"
    assert missing_row(figures()).describe() == "m int8 on qemu-m4 (aot): row measured → missing"


def test_a_status_change_names_the_error():
    [(change, worse)] = row_changes(figures(status="failed", error="agreement failed"),
                                    figures(), EXACT)
    assert worse and change.what == "status" and change.current == "failed: agreement failed"
    assert change.describe() == "m int8 on qemu-m4 (aot): status passed → failed: agreement failed"
    [(back, worse)] = row_changes(figures(), figures(status="error"), EXACT)
    assert not worse and (back.baseline, back.current) == ("error", "passed")
