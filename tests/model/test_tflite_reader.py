import pytest

from harness.errors import ModelFormatError
from harness.model.tflite import read_model


def test_reads_ops_tensors_and_quantization(zoo_model):
    model = read_model(zoo_model("digits_mlp").tflite_path("int8"))
    assert model.opcodes() == ["FULLY_CONNECTED", "SOFTMAX"]
    first = model.operators[0]
    assert first.options["fused_activation_function"] == "RELU"
    weights = model.tensors[first.inputs[1]]
    assert weights.shape == (128, 64) and weights.is_constant
    assert weights.quantization.scales.shape == (128,)
    assert len(model.sha256) == 64


@pytest.mark.parametrize("damage", [
    lambda b: b[:40],                      # truncated
    lambda b: b"\x00" * 8 + b[8:],         # identifier wiped
    lambda b: b[:4] + b"TFL3" + bytes(range(256)) * 4,  # right identifier, garbage body
])
def test_damaged_models_raise_a_format_error(zoo_model, damage):
    data = zoo_model("sine").tflite_bytes("int8")
    with pytest.raises(ModelFormatError):
        read_model(damage(data))


def test_missing_file_is_a_format_error(tmp_path):
    with pytest.raises(ModelFormatError, match="no such file"):
        read_model(tmp_path / "absent.tflite")
