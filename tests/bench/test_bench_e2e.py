"""`hil bench` end to end on the emulated board: history, report, regression gate, resume."""

import dataclasses
import json

import pytest
from click.testing import CliRunner

from harness.backends import get_backend
from harness.bench import load_suite
from harness.bench.runner import run_suite
from harness.cli import cli
from harness.results import ResultsStore
from harness.results.history import run_ids

pytestmark = pytest.mark.emulator

SUITE = """
description = "test suite"
models = ["sine"]
variants = ["int8"]
backends = ["aot"]
boards = ["qemu-m4"]
samples = 6
repetitions = 1
[thresholds]
latency_pct = 3.0
flash_pct = 1.0
ram_pct = 1.0
metric_points = 0.5
error_metric_pct = 5.0
bit_exact = true
noise_band_pct = 2.0
"""


@pytest.fixture
def suite_file(tmp_path, zoo_model):
    zoo_model("sine")
    path = tmp_path / "tiny.toml"
    path.write_text(SUITE)
    return path


def bench(*args):
    return CliRunner().invoke(cli, ["bench", *map(str, args)])


def test_two_runs_build_a_history_and_a_report(suite_file, tmp_path):
    results = tmp_path / "results"
    for _ in range(2):
        assert bench("--suite", suite_file, "--results", results).exit_code == 0
    history = ResultsStore(results).history()
    assert history["run_run_id"].nunique() == 2
    assert len(set(history["firmware_sha256"])) == 1
    html = (results / "report" / "report.html").read_text()
    assert "data:image/png;base64," in html and "sine" in html


def test_a_slower_firmware_is_a_regression_with_a_non_zero_exit(suite_file, tmp_path,
                                                                 monkeypatch):
    results = tmp_path / "results"
    assert bench("--suite", suite_file, "--results", results).exit_code == 0
    aot = get_backend("aot")
    real_generate = aot.generate

    def unoptimised(*args, **kwargs):  # the same model built at -O0: a real slowdown
        sources = real_generate(*args, **kwargs)
        return dataclasses.replace(sources, build_flags=(*sources.build_flags, "-O0"))

    monkeypatch.setattr(aot, "generate", unoptimised)
    result = bench("--suite", suite_file, "--results", results, "--fail-on-regression", "--json")
    assert result.exit_code == 1
    assert "regression: sine int8 on qemu-m4 (aot): latency +" in result.stderr
    regressions = json.loads(result.stdout)["comparison"]["regressions"]
    assert any(change["what"] == "latency" for change in regressions)


def test_an_interrupted_run_keeps_its_rows_and_resumes(suite_file, tmp_path):
    store = ResultsStore(tmp_path / "results")
    suite = dataclasses.replace(load_suite(str(suite_file)), models=("sine", "digits_mlp"))

    def interrupt_after_first(case, position, total, row):
        if row is not None:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_suite(suite, store, progress=interrupt_after_first)
    (run_id,) = run_ids(store.history())
    assert store.history()["model"].tolist() == ["sine"]
    resumed = run_suite(suite, store, resume=run_id)
    assert resumed.reused == 1 and [row.model for row in resumed.rows] == ["digits_mlp"]
    assert sorted(store.history()["model"]) == ["digits_mlp", "sine"]


def test_a_case_that_cannot_run_becomes_an_error_row_and_the_suite_goes_on(suite_file, tmp_path):
    store = ResultsStore(tmp_path / "results")
    suite = dataclasses.replace(load_suite(str(suite_file)), backends=("tflm", "aot"))
    run = run_suite(suite, store, tflm=tmp_path / "no-such-tflm")
    statuses = {row.backend: row.status for row in run.rows}
    assert statuses == {"tflm": "error", "aot": "passed"}
    assert "not a folder" in next(r.error for r in run.rows if r.backend == "tflm")


def test_the_bench_prints_instructions_memory_and_macs_per_instruction(suite_file, tmp_path):
    result = bench("--suite", suite_file, "--results", tmp_path / "results", "--json")
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)["rows"][0]
    assert row["latency_unit"] == "instructions" and row["latency_median"] > 0
    assert row["flash_bytes"] > 0 and row["ram_bytes"] > 0 and row["activation_bytes"] > 0
    assert row["macs"] == 288  # sine: 1x16 + 16x16 + 16x1
    assert row["macs_per_unit"] == pytest.approx(288 / row["latency_median"])
    printed = bench("--suite", suite_file, "--results", tmp_path / "results").stdout
    assert "MACs/unit" in printed
