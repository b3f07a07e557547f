"""Repetitions folded into one row: medians for latency, the worst status and checks."""

import pytest

from harness.bench import combine_repetitions
from harness.errors import HilError
from harness.results import ResultRow


def repetition(median: float, **values) -> ResultRow:
    figures = dict(latency_unit="cycles", latency_median=median, latency_mean=median + 5,
                   latency_min=median - 10, latency_max=median + 50, latency_us=median / 64,
                   flash_bytes=90_000, checks={"agreement": "passed"})
    return ResultRow(model="digits_mlp", variant="int8", board="nano33", backend="tflm",
                     **{**figures, **values})


def test_latency_is_the_median_of_the_repetitions():
    row = combine_repetitions([repetition(1000.0), repetition(1300.0), repetition(1010.0)])
    assert row.latency_median == 1010.0
    assert row.latency_us == pytest.approx(1010.0 / 64)
    assert (row.latency_min, row.latency_max) == (990.0, 1350.0)
    assert row.latency_mean == pytest.approx((1005 + 1305 + 1015) / 3)
    assert row.flash_bytes == 90_000 and row.status == "passed"


def test_the_worst_status_and_every_failed_check_survive():
    failed = repetition(1000.0, status="failed", error="outputs differ",
                        checks={"agreement": "failed: 3 outputs differ"})
    row = combine_repetitions([repetition(1000.0), failed, repetition(1000.0)])
    assert (row.status, row.error) == ("failed", "outputs differ")
    assert row.checks == {"agreement": "failed: 3 outputs differ"}


def test_missing_latencies_stay_missing():
    unmeasured = ResultRow("sine", "int8", "qemu-m4", "aot", status="error")
    row = combine_repetitions([unmeasured, unmeasured])
    assert row.latency_median is None and row.latency_us is None


def test_rows_of_different_keys_are_refused():
    other = ResultRow(model="sine", variant="int8", board="nano33", backend="tflm")
    with pytest.raises(HilError, match="same model, variant, board and backend"):
        combine_repetitions([repetition(1000.0), other])
    with pytest.raises(HilError):
        combine_repetitions([])
