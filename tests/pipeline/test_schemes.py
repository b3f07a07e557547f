"""Quantization schemes and widths: names, the converter's variants, the TFLM host reference."""

import numpy as np
import pytest

from harness.errors import HilError
from harness.measure import zoo_workload
from harness.model.tflite import read_model
from harness.pipeline.recipe import get_recipe, split_width
from harness.pipeline.schemes import Calibration, parse_variant, scheme_of, variant_name


def test_variant_names_carry_the_scheme_and_a_non_default_calibration():
    assert variant_name("ptq-per-channel") == "int8"
    assert variant_name("ptq-per-tensor") == "int8_per_tensor"
    named = variant_name("int16x8", Calibration(50, "random"))
    assert named == "int16x8_cal50_random"
    assert parse_variant(named) == ("int16x8", Calibration(50, "random"))
    assert scheme_of(named) == "int16x8" and scheme_of("float32") == ""


def test_qat_and_unknown_schemes_are_refused_with_the_reason():
    with pytest.raises(HilError, match="tensorflow-model-optimization.*Keras 3"):
        variant_name("qat")
    with pytest.raises(HilError, match="ptq-per-tensor"):
        variant_name("ptq-per-layer")
    with pytest.raises(HilError, match="calibration source 'val'"):
        Calibration(10, "val")


def test_a_scalable_recipe_at_a_width_is_named_and_found_by_that_name():
    recipe = get_recipe("digits_mlp").at_width(0.5)
    assert (recipe.name, recipe.width) == ("digits_mlp_w0p5", 0.5)
    assert get_recipe("digits_mlp_w0p5").width == 0.5
    assert split_width("digits_mlp_w0p5") == ("digits_mlp", 0.5)
    assert get_recipe("digits_mlp").at_width(1.0).name == "digits_mlp"
    assert recipe.build((64,), 10).layers[0].units == 64


def test_a_recipe_without_width_says_how_to_add_one():
    with pytest.raises(HilError, match="sine has no width parameter.*width=1.0"):
        get_recipe("sine").at_width(0.5)


def _weight_scales(data: bytes) -> list[int]:
    model = read_model(data)
    return [model.tensors[op.inputs[1]].quantization.scales.size for op in model.operators
            if op.opcode == "FULLY_CONNECTED"]


def test_per_tensor_has_one_scale_per_weight_tensor_and_is_its_own_file(zoo_model):
    artifacts = zoo_model("digits_mlp")
    assert _weight_scales(artifacts.tflite_bytes("int8")) == [128, 10]
    per_tensor = artifacts.tflite_path("int8_per_tensor")
    assert per_tensor.name == "model_int8_per_tensor.tflite" and per_tensor.is_file()
    assert _weight_scales(per_tensor.read_bytes()) == [1, 1]


def test_int16x8_has_the_tflm_host_reference(zoo_model):
    workload = zoo_workload(zoo_model("digits_mlp"), "int16x8", samples=40)
    assert workload.inputs.dtype == np.int16 and workload.reference.dtype == np.int16
    reference = workload.metric_of(workload.reference)
    assert reference >= workload.host_float_metric - 0.05
