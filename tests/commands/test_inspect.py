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


def test_inspect_marks_each_operator_per_backend_before_anything_is_built(tmp_path):
    """A degenerate SOFTMAX (TFLM's limit) and an op the AOT backend lacks, each named."""
    import numpy as np
    from aot_testkit.modelgen import ModelBuilder

    m = ModelBuilder()
    x = m.tensor((1, 4), np.int8, scale=0.1, zero_point=0)
    r = m.tensor((1, 4), np.int8, scale=1e-9, zero_point=0)
    y = m.tensor((1, 4), np.int8, scale=1 / 256, zero_point=-128)
    m.op("REVERSE_V2", [x, m.tensor((1,), np.int32, data=[1])], [r])
    m.op("SOFTMAX", [r], [y], "SoftmaxOptions", beta=1.0)
    model = tmp_path / "m.tflite"
    model.write_bytes(m.build([x], [y]))
    result = CliRunner().invoke(cli, ["inspect", str(model), "--json"])
    summary = json.loads(result.stdout)
    reverse, softmax = summary["layers"]
    assert reverse["aot"] == "no: this op is not implemented" and reverse["tflm"] == "yes"
    assert softmax["aot"] == "yes"
    assert softmax["tflm"].startswith("no: input scale 1e-9 (tensor 't1') is below TFLM's")
    assert summary["tflm_arena_bytes_host"] is None
    assert "SOFTMAX #1" in summary["reference"]
    people = CliRunner().invoke(cli, ["inspect", str(model)]).stdout
    assert "#0 REVERSE_V2, aot: no: this op is not implemented" in people
