"""Regressions of a run against its baseline, on histories written through the real store."""

import math

import pandas as pd
import pytest

from harness.bench import Thresholds, compare_runs, find_regressions
from harness.bench.regression import thresholds_for_run
from harness.errors import UnknownNameError
from harness.results import ResultRow, ResultsStore
from harness.results.history import NoResultsError


def row(model="digits_mlp", board="qemu-m4", **values) -> ResultRow:
    figures = dict(metric="accuracy", device_metric=0.95, bit_exact_fraction=1.0,
                   latency_unit="instructions" if board == "qemu-m4" else "cycles",
                   latency_median=10_000.0, flash_bytes=20_000, ram_bytes=4_000,
                   activation_bytes=1_000, stack_bytes=500)
    figures.update(values)
    return ResultRow(model=model, variant="int8", board=board, backend="aot", **figures)


def history_of(tmp_path, *runs: list[ResultRow], suite="smoke") -> tuple[pd.DataFrame, list]:
    store = ResultsStore(tmp_path)
    ids = []
    for rows in runs:
        writer = store.start_run({"suite": suite})
        for result in rows:
            writer.append(result)
        ids.append(writer.run_id)
    return store.history(), ids


def changes(tmp_path, before: ResultRow, after: ResultRow, **thresholds):
    history, _ = history_of(tmp_path, [before], [after])
    return compare_runs(history, thresholds=Thresholds(**thresholds))


def test_slower_on_the_emulator_is_a_regression_with_its_figures(tmp_path):
    found = changes(tmp_path, row(), row(latency_median=10_400.0))
    [regression] = found.regressions
    assert (regression.what, regression.unit, regression.threshold) == (
        "latency", "instructions", 3.0)
    assert regression.baseline == 10_000 and regression.current == 10_400
    assert regression.change == pytest.approx(4.0)
    assert "latency +4.00% (10,000 → 10,400 instructions; threshold 3%)" in (
        regression.describe())


def test_within_the_threshold_is_not_a_regression(tmp_path):
    assert not changes(tmp_path, row(), row(latency_median=10_250.0)).regressions


def test_faster_is_an_improvement(tmp_path):
    found = changes(tmp_path, row(), row(latency_median=9_000.0))
    assert not found.regressions
    assert [c.what for c in found.improvements] == ["latency"]
    assert found.improvements[0].change == pytest.approx(-10.0)


@pytest.mark.parametrize("column, what", [("flash_bytes", "flash"), ("ram_bytes", "static RAM"),
                                          ("activation_bytes", "activation memory"),
                                          ("stack_bytes", "stack")])
def test_memory_growth_past_one_percent(tmp_path, column, what):
    before = row()
    grown = changes(tmp_path / "grown", before, row(**{column: getattr(before, column) * 1.02}))
    assert [(c.what, c.unit) for c in grown.regressions] == [(what, "bytes")]
    within = changes(tmp_path / "within", before,
                     row(**{column: getattr(before, column) * 1.005}))
    assert not within.regressions


def test_accuracy_drop_in_points(tmp_path):
    found = changes(tmp_path / "a", row(), row(device_metric=0.94))
    [regression] = found.regressions
    assert regression.what == "accuracy" and regression.change_unit == "points"
    assert regression.change == pytest.approx(-1.0)
    assert not changes(tmp_path / "b", row(), row(device_metric=0.947)).regressions


def test_error_metrics_regress_when_they_grow(tmp_path):
    before = row("sine", metric="mae", device_metric=0.080)
    worse = changes(tmp_path / "a", before, row("sine", metric="mae", device_metric=0.090))
    assert [c.what for c in worse.regressions] == ["mae"]
    better = changes(tmp_path / "b", before, row("sine", metric="mae", device_metric=0.070))
    assert [c.what for c in better.improvements] == ["mae"] and not better.regressions


def test_any_loss_of_bit_exactness(tmp_path):
    found = changes(tmp_path / "a", row(), row(bit_exact_fraction=0.999))
    [regression] = found.regressions
    assert regression.what == "bit-exactness" and regression.threshold == 0.0
    assert "any loss counts" in regression.describe()
    assert not changes(tmp_path / "b", row(), row(bit_exact_fraction=0.999),
                       bit_exact=False).regressions


def test_regaining_bit_exactness_is_an_improvement(tmp_path):
    found = changes(tmp_path, row(bit_exact_fraction=0.98), row())
    assert [c.what for c in found.improvements] == ["bit-exactness"]


def test_a_row_that_stops_passing(tmp_path):
    failed = row(status="error", error="device did not answer", latency_median=None,
                 device_metric=None, bit_exact_fraction=None)
    found = changes(tmp_path, row(), failed)
    # Missing figures (NaN in the history) are not compared: the status says what happened.
    assert [(c.what, c.current) for c in found.regressions] == [
        ("status", "error: device did not answer")]


def test_real_boards_get_a_noise_band_emulators_do_not(tmp_path):
    within = changes(tmp_path / "a", row(board="nano33"), row(board="nano33",
                                                              latency_median=10_400.0))
    assert not within.regressions  # +4% < 3% + 2% noise band
    beyond = changes(tmp_path / "b", row(board="nano33"), row(board="nano33",
                                                              latency_median=10_600.0))
    assert [(c.what, c.threshold) for c in beyond.regressions] == [("latency", 5.0)]
    emulated = changes(tmp_path / "c", row(), row(latency_median=10_400.0))
    assert [c.threshold for c in emulated.regressions] == [3.0]


def test_latencies_in_different_units_are_not_compared(tmp_path):
    assert not changes(tmp_path, row(), row(latency_unit="cycles",
                                            latency_median=99_999.0)).regressions


def test_missing_rows_on_the_same_board_regress_new_rows_are_listed(tmp_path):
    history, _ = history_of(tmp_path, [row("sine"), row("digits_mlp"), row(board="nano33")],
                            [row("digits_mlp"), row("digits_cnn")])
    found = compare_runs(history)
    assert [(c.model, c.what, c.current) for c in found.regressions] == [
        ("sine", "row", "missing")]  # nano33 was not part of this run: not missing
    assert found.new_rows == [("digits_cnn", "int8", "qemu-m4", "aot")]


def test_a_growth_from_zero_is_infinite_not_a_crash(tmp_path):
    [regression] = changes(tmp_path, row(stack_bytes=0), row(stack_bytes=64)).regressions
    assert regression.what == "stack" and math.isinf(regression.change)
    assert regression.as_dict()["change"] is None and "+inf%" in regression.describe()


def test_rows_from_an_older_harness_without_a_column(tmp_path):
    history, _ = history_of(tmp_path, [row()], [row(stack_bytes=900)])
    history.loc[0, "stack_bytes"] = float("nan")
    assert not compare_runs(history).regressions
    assert not compare_runs(history.drop(columns=["stack_bytes"])).regressions


def test_default_baseline_is_the_previous_run_of_the_same_suite(tmp_path):
    store = ResultsStore(tmp_path)
    ids = []
    for suite, latency in (("smoke", 10_000.0), ("nightly", 50_000.0), ("smoke", 10_100.0)):
        writer = store.start_run({"suite": suite})
        writer.append(row(latency_median=latency))
        ids.append(writer.run_id)
    found = compare_runs(store.history())
    assert (found.run_id, found.baseline_id) == (ids[2], ids[0])
    assert not found.regressions


def test_a_named_baseline_and_an_older_run(tmp_path):
    history, ids = history_of(tmp_path, [row(latency_median=9_000.0)], [row()],
                              [row(latency_median=10_100.0)])
    assert [c.what for c in find_regressions(history, baseline_id=ids[0])] == ["latency"]
    older = find_regressions(history, run_id=ids[1], baseline_id=ids[0])
    assert [(c.baseline, c.current) for c in older] == [(9_000.0, 10_000.0)]
    assert not find_regressions(history, baseline_id=ids[1])


def test_unknown_runs_are_named(tmp_path):
    history, ids = history_of(tmp_path, [row()])
    with pytest.raises(UnknownNameError, match=f"unknown run 'nope'; known runs: {ids[0]}"):
        compare_runs(history, baseline_id="nope")


def test_the_first_run_has_no_baseline(tmp_path):
    history, ids = history_of(tmp_path, [row()])
    found = compare_runs(history)
    assert found.baseline_id is None and not found.regressions
    assert found.new_rows == [("digits_mlp", "int8", "qemu-m4", "aot")]
    assert found.as_dict()["new_rows"][0]["model"] == "digits_mlp"


def test_an_empty_history_says_what_to_run():
    with pytest.raises(NoResultsError, match="hil bench --suite smoke"):
        compare_runs(pd.DataFrame())


def test_thresholds_come_from_the_runs_suite(tmp_path, monkeypatch):
    (tmp_path / "suites").mkdir()
    (tmp_path / "suites" / "strict.toml").write_text(
        'models = ["sine"]\nvariants = ["int8"]\nbackends = ["aot"]\nboards = ["qemu-m4"]\n'
        "[thresholds]\nlatency_pct = 0.5\n")
    monkeypatch.setenv("HIL_BENCHMARKS_DIR", str(tmp_path / "suites"))
    history, ids = history_of(tmp_path / "results", [row()], [row(latency_median=10_100.0)],
                              suite="strict")
    assert thresholds_for_run(history, ids[1]).latency_pct == 0.5
    assert [c.what for c in find_regressions(history, thresholds=thresholds_for_run(
        history, ids[1]))] == ["latency"]
    other, other_ids = history_of(tmp_path / "other", [row()], suite="gone")
    assert thresholds_for_run(other, other_ids[0]) == Thresholds()
