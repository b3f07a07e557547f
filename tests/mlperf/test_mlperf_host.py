"""The host side of the MLPerf Tiny support, without a board: benchmark records, the firmware's
generated settings, the wire encoding, reply parsing, the runner's dataset layout, the report
page."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from mlperf_models import OFFICIAL, official_model, random_rows

from harness.boards import get_board
from harness.firmware.mlperf.benchmarks import benchmark_for
from harness.firmware.mlperf.config import firmware_files, lap_ratio, result_decimals
from harness.measure.mlperf import wire
from harness.measure.mlperf.dataset import read_dataset, write_dataset
from harness.model.interpreters import Tflm
from harness.model.quantization import TensorSpec
from harness.model.tflite import read_model
from harness.protocol.mlperf import replies
from harness.report.mlperf import mlperf_table

INFER = ["m-warmup-start-5", "m-warmup-done", "m-infer-start-20", "m-lap-us-100",
         "m-lap-us-2100", "m-infer-done", "m-results-[0.250,0.750]"]


@pytest.mark.parametrize("benchmark", sorted(OFFICIAL))
def test_the_official_models_are_their_benchmarks(benchmark):
    model = read_model(official_model(benchmark))
    found = benchmark_for(model)
    assert found.name == benchmark
    assert found.wire_bytes() == {"kws01": 490, "vww01": 27648, "ic01": 3072,
                                  "ad01": 2560}[benchmark]
    config = firmware_files(model, get_board("qemu-m4"), "m")["hil_mlperf_config.h"]
    assert f'#define HIL_MLPERF_MODEL "{benchmark}"' in config
    assert f"#define HIL_MLPERF_DB_BYTES {found.wire_bytes()}u" in config


def test_timestamps_are_instructions_on_the_emulator_and_microseconds_on_a_board():
    assert lap_ratio(get_board("qemu-m4")) == (5, 16, "instructions")  # 3.2 ticks each
    assert lap_ratio(get_board("nano33")) == (1, 64, "us")  # 64 MHz cycles


def test_printed_results_resolve_every_output_step():
    model = read_model(official_model("kws01"))  # softmax output: a step of 1/256
    decimals = result_decimals(model, benchmark_for(model))
    assert 10.0 ** -decimals <= (1 / 256) / 4 and decimals == 4


@pytest.mark.parametrize("benchmark", sorted(OFFICIAL))
def test_the_wire_encoding_round_trips(benchmark):
    model = official_model(benchmark)
    spec = Tflm(model.read_bytes()).input_spec
    found = benchmark_for(read_model(model))
    for row in random_rows(model, 3, seed=5):
        data = wire.to_wire(found, row, spec)
        assert len(data) == found.wire_bytes()
        assert np.array_equal(wire.from_wire(found, data, spec), row)


def test_results_that_are_not_whole_output_steps_are_garbled():
    spec = TensorSpec((1, 2), np.dtype(np.int8), 1 / 256, -128)
    assert wire.raw_outputs((0.25, 0.75), spec).tolist() == [-64, 64]
    with pytest.raises(replies.Garbled, match="not whole steps"):
        wire.raw_outputs((0.25, 0.7515), spec)  # a damaged digit
    with pytest.raises(replies.Garbled, match="2 outputs"):
        wire.raw_outputs((0.25,), spec)


def test_an_infer_reply_parses_only_when_every_line_is_right():
    reply = replies.parse_infer(INFER, 20, 5)
    assert (reply.elapsed, reply.results) == (2000, (0.25, 0.75))
    assert replies.parse_infer(["debug: vendor text", *INFER], 20, 5) == reply
    for damaged in (INFER[:3] + INFER[4:], INFER[:6] + ["m-results-[0.250,0.750"],
                    INFER[:3] + ["m-lap-us-9000"] + INFER[4:], ["m-init-done", *INFER],
                    [*INFER, "m-extra"]):
        with pytest.raises(replies.Garbled):
            replies.parse_infer(damaged, 20, 5)
    with pytest.raises(replies.Refused, match="Input db has 0 bytes"):
        replies.parse_infer(["e-[Input db has 0 bytes, expected 490]"], 20, 5)


def test_name_carries_the_lap_unit_and_a_vendors_name_means_microseconds():
    ours = replies.parse_name(["m-name-dut-[tinyml-hil qemu-m4 aot, lap unit instructions]"])
    assert ours[1] == "instructions"
    assert replies.parse_name(["m-name-dut-[unspecified]"]) == ("unspecified", "us")


def test_the_runners_dataset_layout_round_trips_with_ad01_windows(tmp_path):
    model = official_model("ad01")
    spec = Tflm(model.read_bytes()).input_spec
    found = benchmark_for(read_model(model))
    rows = random_rows(model, 2, seed=9)
    folder = write_dataset(tmp_path, found, rows, spec, np.array([0, 1]), 2)
    assert (folder / "y_labels.csv").read_text().splitlines() == [
        "ad01_000000.bin,2,0,2560,2560", "ad01_000001.bin,2,1,2560,2560"]
    read, labels = read_dataset(tmp_path, found, spec)
    assert np.array_equal(read, rows) and labels.tolist() == [0, 1]
    # The runner's own files hold several windows, a window every `stride` bytes.
    long = (folder / "ad01_000000.bin").read_bytes() * 2
    (folder / "ad01_000000.bin").write_bytes(long)
    (folder / "y_labels.csv").write_text("ad01_000000.bin,2,0,2560,1280\n")
    windows, labels = read_dataset(folder, found, spec)
    assert len(windows) == 3 and labels.tolist() == [0, 0, 0]
    assert np.array_equal(windows[2], rows[0])


def test_the_report_page_sets_the_runners_figures_beside_the_harnesss():
    def row(protocol, mode, latency, metric, wire_bytes, seconds):
        return {"mlperf_benchmark": "kws01", "board": "qemu-m4", "backend": "aot",
                "status": "passed", "protocol": protocol, "mlperf_mode": mode,
                "latency_median": latency, "latency_unit": "instructions", "metric": "accuracy",
                "device_metric": metric, "bit_exact_fraction": 1.0, "samples": 10,
                "payload_bytes": 5020, "wire_bytes": wire_bytes, "link_seconds": seconds}
    history = pd.DataFrame([row("binary", "", 4_197_911, 0.5, 6_275, 1.0),
                            row("mlperf", "accuracy", 4_197_950, 0.5, 25_100, 2.0),
                            row("mlperf", "performance", 4_197_947, None, 2_000, 1.0),
                            {**row("binary", "", 1, 1, 1, 1), "mlperf_benchmark": ""}])
    table = mlperf_table(history)
    assert len(table.rows) == 1
    cells = dict(zip(table.headers, table.rows[0], strict=True))
    assert cells["runner: median latency"] == "4,197,947 instructions"  # the performance row
    assert cells["harness: median latency"] == "4,197,911 instructions"
    assert cells["runner: accuracy / AUC"] == "0.5000 (accuracy)"
    assert cells["payload per wire byte (DUT API / binary)"] == "0.200 / 0.800"
    assert cells["samples per s (DUT API / binary)"] == "5.0 / 10.0"
