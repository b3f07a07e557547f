"""`hil sweep` end to end: each width x quantization variant trained, converted and run on QEMU
over a real socket, rows in one run of the history, the report with its Pareto section."""

import json

import pytest
from hil_command import hil

from harness.results import ResultsStore

pytestmark = pytest.mark.emulator


def _sweep(tmp_path, *arguments: str) -> dict:
    result = hil("sweep", *arguments, "--board", "qemu-m4", "--json", "--results", tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_tiny_sweep_runs_every_variant_and_reports_the_pareto_front(tmp_path):
    document = _sweep(tmp_path, "digits_mlp", "--widths", "0.125",
                      "--quant", "ptq-per-channel,ptq-per-tensor,int16x8", "--samples", "12")
    rows = {row["variant"]: row for row in document["rows"]}
    assert set(rows) == {"int8", "int8_per_tensor", "int16x8"}
    for row in rows.values():  # the AOT build agrees with TFLM bit for bit, int16x8 too
        assert row["model"] == "digits_mlp_w0p125" and row["status"] == "passed", row["error"]
        assert row["bit_exact_fraction"] == 1.0 and row["max_abs_diff"] == 0
        assert row["flash_bytes"] > 0 and row["latency_median"] > 0
        assert row["backend"] == "aot"
    assert rows["int8"]["model_sha256"] != rows["int8_per_tensor"]["model_sha256"]
    history = ResultsStore(tmp_path).history()
    assert history["run_run_id"].unique().tolist() == [document["run_id"]]
    assert history["run_suite"].unique().tolist() == ["sweep"]
    html = (tmp_path / "report" / "report.html").read_text()
    section = html.split('id="sweep"')[1].split('id="layers"')[0]
    assert "data:image/png;base64," in section and section.count("<td>digits_mlp_w0p125</td>") == 3


def test_qat_is_refused_with_the_reason(tmp_path):
    result = hil("sweep", "digits_mlp", "--quant", "ptq-per-channel,qat", "--results", tmp_path)
    assert result.returncode != 0
    assert "quantization-aware training is not available" in result.stderr
    assert "Keras 3" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "report").exists()  # refused before anything ran


@pytest.mark.slow
@pytest.mark.parametrize("model", ["digits_mlp", "digits_cnn"])
def test_a_full_sweep_with_random_calibration(tmp_path, model):
    document = _sweep(tmp_path, model, "--widths", "0.25,0.5,1",
                      "--quant", "ptq-per-channel,ptq-per-tensor",
                      "--calibration-size", "50", "--calibration-source", "random")
    assert len(document["rows"]) == 6
    for row in document["rows"]:
        assert row["status"] == "passed", row["error"]
        assert row["variant"].endswith("_cal50_random") and row["bit_exact_fraction"] == 1.0


@pytest.mark.slow
def test_the_speech_model_sweeps_on_a_sample_of_its_test_split(tmp_path):
    # --samples: the whole split (2,080 clips at 3.8M instructions each, six variants) takes
    # most of an hour on the emulator; 200 clips keep every variant's accuracy meaningful.
    document = _sweep(tmp_path, "speech_keywords", "--widths", "0.25,0.5,1",
                      "--quant", "ptq-per-channel,ptq-per-tensor", "--samples", "200")
    assert len(document["rows"]) == 6
    for row in document["rows"]:
        assert row["status"] == "passed", row["error"]
        assert row["samples"] == 200 and row["bit_exact_fraction"] == 1.0
    html = (tmp_path / "report" / "report.html").read_text()
    assert "data:image/png;base64," in html.split('id="sweep"')[1].split('id="layers"')[0]
