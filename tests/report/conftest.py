"""A synthetic three-night history shared by the report tests."""

import pytest
from report_history import night_rows, write_run

from harness.results import ResultsStore


@pytest.fixture(scope="module")
def three_nights(tmp_path_factory):
    """(store, run ids): the third night's digits_mlp int8 on qemu-m4 is 5% slower.
    Shared by a module's tests: none of them writes to it."""
    store = ResultsStore(tmp_path_factory.mktemp("history") / "results")
    ids = [write_run(store, night_rows(0)), write_run(store, night_rows(1)),
           write_run(store, night_rows(2, latency_median=12_600.0))]
    return store, ids
