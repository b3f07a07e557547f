"""The mlperf-tiny and cores suites end to end on the official MLPerf Tiny models: a CI subset
(ad01 int8, AOT, qemu-m4) of the shipped suite's own data and targets; the whole suites slow."""

from __future__ import annotations

import dataclasses
import os

import pytest
from hil_command import hil
from mlperf_models import MODELS_DIR, official_model

from harness.bench import load_suite
from harness.bench.model_files import ModelFiles
from harness.bench.runner import run_suite
from harness.bench.targets import check_targets
from harness.results import ResultsStore

pytestmark = pytest.mark.emulator


def bench(*args):
    return hil("bench", *args, timeout=3600)


def test_the_ci_subset_of_mlperf_tiny_runs_bit_exact_and_meets_its_targets(tmp_path):
    official_model("ad01")  # skips, naming the folder, where the models are not laid out
    shipped = load_suite("mlperf-tiny")
    suite = dataclasses.replace(
        shipped, files=ModelFiles({"ad01": {"int8": shipped.files.files["ad01"]["int8"]}}),
        backends=("aot",), variants=("int8",), model_dir=MODELS_DIR)
    run = run_suite(suite, ResultsStore(tmp_path / "results"))
    [row] = run.rows
    assert (row.model, row.variant, row.backend, row.status) == ("ad01", "int8", "aot", "passed")
    assert row.bit_exact_fraction == 1.0 and row.latency_unit == "instructions"
    outcomes = check_targets(suite.targets, [row.as_dict()])
    verdicts = {o.target.figure: o.verdict for o in outcomes}
    assert verdicts["bit_exact_fraction"] == "met"
    assert verdicts["macs_per_instruction"] == "met"  # 0.6 MACs per instruction or more
    assert verdicts["instructions_vs_tflm"] == "no figure"  # no TFLM row in this subset


def test_a_model_folder_without_the_official_files_stops_before_any_build(tmp_path):
    (tmp_path / "models").mkdir()
    result = bench("--suite", "mlperf-tiny", "--model-dir", tmp_path / "models", "--results",
                   tmp_path / "results")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    message = " ".join(result.stderr.split())
    assert "kws_ref_model.tflite is missing from the model folder" in message
    assert str(tmp_path / "models") in message and "--model-dir" in message
    assert not (tmp_path / "results").exists() or not any((tmp_path / "results").iterdir())


@pytest.mark.slow
def test_the_whole_mlperf_tiny_suite_with_tflm_is_bit_exact_where_it_runs(tmp_path):
    tree = os.environ.get("HIL_TFLM_PATH")
    if not tree:
        pytest.skip("no TFLM tree: set HIL_TFLM_PATH (see ../shared/notes/tflm-tree.md)")
    official_model("ad01")
    result = bench("--suite", "mlperf-tiny", "--model-dir", MODELS_DIR, "--tflm", tree,
                   "--results", tmp_path / "results", "--json")
    assert result.returncode == 0, result.stderr
    rows = {(r["model"], r["variant"], r["backend"]): r for r in
            ResultsStore(tmp_path / "results").history().to_dict("records")}
    for backend in ("aot", "tflm"):
        assert "Hybrid models are not supported" in rows[("kws01", "float32", backend)]["error"]
        for model in ("kws01", "vww01", "ic01", "ad01"):
            assert rows[(model, "int8", backend)]["bit_exact_fraction"] == 1.0
    assert (tmp_path / "results" / "report" / "targets.md").is_file()


@pytest.mark.slow
def test_the_cores_suite_on_three_isas_is_bit_exact_and_makes_the_model_by_core_page(tmp_path):
    from harness.report.cores import write_cores_page
    from harness.results import history as runs

    suite = dataclasses.replace(load_suite("cores"), models=("sine",), files=ModelFiles({}),
                                backends=("aot",), boards=("qemu-m0", "qemu-m4", "qemu-rv32"))
    store = ResultsStore(tmp_path / "results")
    run = run_suite(suite, store)
    assert [r.status for r in run.rows] == ["passed"] * 3
    assert all(r.bit_exact_fraction == 1.0 for r in run.rows)
    page = write_cores_page(runs.run_rows(store.history(), run.run_id), tmp_path)
    assert "| sine (int8) | aot |" in page.read_text()
