"""`--quant` picks how a zoo model is converted; a .tflite file is converted already, so `hil
render` and `hil run` refuse the option for one, saying how the file is quantized."""

import pytest
from click.testing import CliRunner
from tiny_models import dense_softmax

from harness.cli import cli
from harness.model.analysis import quantization_of
from harness.model.tflite import read_model


@pytest.mark.parametrize(("per_channel", "described"), [
    (True, "int8 with per-channel weights"), (False, "int8 with per-tensor weights")])
def test_a_tflite_says_how_its_weights_are_quantized(per_channel, described):
    assert quantization_of(read_model(dense_softmax(per_channel=per_channel))) == described


@pytest.mark.parametrize("command", ["render", "run"])
def test_quant_on_a_tflite_file_is_refused_naming_its_quantization(tmp_path, command):
    model = tmp_path / "dense.tflite"
    model.write_bytes(dense_softmax(per_channel=False))
    out = ["--out", str(tmp_path / "project")] if command == "render" else []
    result = CliRunner().invoke(cli, [command, str(model), *out, "--quant", "ptq-per-channel",
                                      "--board", "qemu-m4"])
    assert result.exit_code == 2
    assert (f"--quant applies to zoo models (recipes); {model} is already quantized as int8 "
            "with per-tensor weights") in " ".join(result.output.split())
    assert not (tmp_path / "project").exists()
