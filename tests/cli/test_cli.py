"""The `hil` command line: help everywhere, JSON output, one-line errors for bad input."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from harness.cli import cli


def hil(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "harness", *args], capture_output=True,
                          text=True, timeout=600)


def test_every_command_has_help():
    runner = CliRunner()
    assert cli.commands, "no subcommands registered"
    for name in cli.commands:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output


def test_models_json_lists_the_zoo():
    result = CliRunner().invoke(cli, ["models", "--json"])
    names = [row["model"] for row in json.loads(result.stdout)]
    assert {"sine", "digits_mlp", "digits_cnn", "anomaly_ae", "mnist_mlp"} <= set(names)


def test_evaluate_json_rows(zoo_model):
    zoo_model("digits_mlp")
    result = hil("evaluate", "digits_mlp", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    by_variant = {row["variant"]: row for row in rows}
    assert {"keras_float", "tflite_float32", "tflite_int8", "tflm_int8"} <= set(by_variant)
    assert all({"model", "variant", "metric", "value"} <= set(row) for row in rows)
    assert by_variant["tflm_int8"]["metric"] == "accuracy"
    assert abs(by_variant["keras_float"]["value"] - by_variant["tflm_int8"]["value"]) <= 0.02


def test_inspect_digits_cnn_lists_every_layer_with_macs(zoo_model):
    zoo_model("digits_cnn")
    result = CliRunner().invoke(cli, ["inspect", "digits_cnn", "--json"])
    summary = json.loads(result.stdout)
    ops = [layer["op"] for layer in summary["layers"]]
    assert ops.count("CONV_2D") == 2 and ops.count("DEPTHWISE_CONV_2D") == 2
    assert {"MAX_POOL_2D", "AVERAGE_POOL_2D", "FULLY_CONNECTED", "SOFTMAX"} <= set(ops)
    convs = [layer for layer in summary["layers"] if layer["op"] == "CONV_2D"]
    assert convs[0]["macs"] == 8 * 8 * 16 * 3 * 3 * 1
    assert summary["macs"] == sum(layer["macs"] for layer in summary["layers"])
    assert summary["tflm_arena_bytes_host"] > 0


@pytest.mark.parametrize("args, message", [
    (["evaluate", "no_such_model"], "unknown model 'no_such_model'; known models: anomaly_ae"),
    (["inspect", "{garbage}"], "is not a TensorFlow Lite model"),
    (["inspect", "{missing}"], "no such file"),
])
def test_bad_input_is_one_line_without_traceback(tmp_path, args, message):
    garbage = tmp_path / "garbage.tflite"
    garbage.write_bytes(b"this is not a flatbuffer")
    args = [a.format(garbage=garbage, missing=tmp_path / "missing.tflite") for a in args]
    result = hil(*args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
