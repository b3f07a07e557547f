"""int16x8 models (16-bit activations, 8-bit weights) on QEMU with the AOT backend's int16
kernels, over a real socket, against TFLM's int16 reference kernels."""

import json

import pytest
from hil_command import hil

pytestmark = pytest.mark.emulator


def _run(tmp_path, model: str, *arguments: str) -> dict:
    result = hil("run", model, "--quant", "int16x8", "--board", "qemu-m4", "--json",
                 "--results", tmp_path, *arguments)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_digits_mlp_int16x8_is_bit_exact_on_qemu(zoo_model, tmp_path):
    zoo_model("digits_mlp")
    row = _run(tmp_path, "digits_mlp", "--samples", "60")
    assert (row["variant"], row["backend"], row["samples"]) == ("int16x8", "aot", 60)
    assert row["bit_exact_fraction"] == 1.0 and row["max_abs_diff"] == 0
    assert row["device_metric"] == row["host_metric"] > 0.9
    assert row["instructions_mean"] > 0 and row["activation_bytes"] > 0


@pytest.mark.slow
def test_digits_cnn_int16x8_whole_test_split_is_bit_exact_on_qemu(zoo_model, tmp_path):
    """CONV_2D, DEPTHWISE_CONV_2D, both pools, FULLY_CONNECTED and SOFTMAX in int16."""
    zoo_model("digits_cnn")
    row = _run(tmp_path, "digits_cnn")
    assert row["samples"] == 360 and row["variant"] == "int16x8"
    assert row["bit_exact_fraction"] == 1.0 and row["max_abs_diff"] == 0
    assert row["device_metric"] == row["host_metric"] > 0.9
