"""`hil run` end to end: real firmware on QEMU over a real socket, against the TFLM reference."""

import json

import numpy as np
import pytest
from hil_command import hil

from harness.backends import get_backend
from harness.boards import get_board
from harness.commands._run_support import record_row
from harness.measure import measure, zoo_workload
from harness.results import ResultsStore

pytestmark = pytest.mark.emulator


def test_digits_mlp_whole_test_split_is_bit_exact_on_qemu(zoo_model, tmp_path):
    zoo_model("digits_mlp")
    result = hil("run", "digits_mlp", "--board", "qemu-m4", "--json", "--results", tmp_path)
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    assert row["samples"] == 360
    assert row["bit_exact_fraction"] == 1.0 and row["max_abs_diff"] == 0
    assert row["device_metric"] == row["host_metric"] > 0.9
    for key in ("instructions_mean", "flash_bytes", "ram_bytes", "activation_bytes",
                "stack_bytes"):
        assert row[key] > 0, key
    history = ResultsStore(tmp_path).history()
    assert history["bit_exact_fraction"].tolist() == [1.0]
    assert history["run_suite"].tolist() == ["run"]


def test_sine_is_bit_exact_on_qemu(zoo_model):
    workload = zoo_workload(zoo_model("sine"), "int8")
    row = measure(workload, get_board("qemu-m4"), get_backend("aot"))
    assert row.samples == len(workload.inputs) == 200
    assert row.bit_exact_fraction == 1.0
    assert row.latency_unit == "instructions" and row.latency_us is None
    assert row.checks["agreement"] == "passed" and row.status == "passed"


def test_a_users_own_model_with_float_inputs(zoo_model, tmp_path):
    artifacts = zoo_model("digits_mlp")
    x, y = artifacts.split("test")
    np.save(tmp_path / "x.npy", x[:20])
    np.save(tmp_path / "y.npy", y[:20])
    model = tmp_path / "my model.tflite"
    model.write_bytes(artifacts.tflite_bytes("int8"))
    result = hil("run", model, "--inputs", tmp_path / "x.npy", "--labels", tmp_path / "y.npy",
                 "--json", "--results", tmp_path / "results")
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    assert row["model"] == "my model" and row["variant"] == "custom"
    assert row["samples"] == 20 and row["bit_exact_fraction"] == 1.0
    assert row["device_metric"] == row["host_metric"]


def test_a_tflite_model_without_inputs_is_a_usage_error(tmp_path, zoo_model):
    model = tmp_path / "m.tflite"
    model.write_bytes(zoo_model("sine").tflite_bytes("int8"))
    result = hil("run", model)
    assert result.returncode == 2
    assert "needs --inputs" in result.stderr


def test_a_failed_run_leaves_an_error_row(tmp_path, zoo_model):
    workload = zoo_workload(zoo_model("sine"), "int8", samples=3)
    with pytest.raises(RuntimeError), record_row(tmp_path, workload, get_board("qemu-m4"), "aot"):
        raise RuntimeError("QEMU vanished")
    row = ResultsStore(tmp_path).history().iloc[0]
    assert row["status"] == "error" and row["error"] == "QEMU vanished"


def test_per_layer_timing_adds_up_and_names_the_models_ops(zoo_model, tmp_path):
    from harness.model.analysis import summarize
    from harness.model.tflite import read_model

    artifacts = zoo_model("digits_cnn")
    result = hil("run", "digits_cnn", "--samples", "3", "--layers", "--json", "--results",
                 tmp_path)
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    model = read_model(artifacts.tflite_path("int8"))
    assert row["macs"] == summarize(model).macs > 0
    layers = row["layers"]
    assert [layer["op"] for layer in layers] == \
        [model.operators[layer["operator"]].opcode for layer in layers]
    assert {"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"} <= {lay["op"] for lay in layers}
    assert sum(layer["macs"] for layer in layers) == row["macs"]
    # The operators' own time, without the invoke's entry and exit, is most of the latency.
    spent = sum(layer["units"] for layer in layers)
    assert 0.8 * row["instructions_median"] < spent <= row["instructions_median"]
    assert sum(layer["share"] for layer in layers) == pytest.approx(1.0)
    conv = next(layer for layer in layers if layer["op"] == "CONV_2D")
    assert conv["macs_per_unit"] == pytest.approx(conv["macs"] / conv["units"])


def test_the_layer_table_is_printed_for_people(zoo_model, tmp_path):
    zoo_model("sine")
    result = hil("run", "sine", "--samples", "2", "--layers", "--results", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "per-layer timing of the last inference" in result.stdout
    assert "FULLY_CONNECTED" in result.stdout and "MACs per instruction" in result.stdout
