"""`hil inspect`: the per-layer table of a model."""

import json

from click.testing import CliRunner

from harness.cli import cli


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
