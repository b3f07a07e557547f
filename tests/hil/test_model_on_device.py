"""The model on the device: agreement with the host, accuracy, memory, latency. One pass over
the test split per model variant (the `hil_result` fixture) feeds every test here."""

import pytest

pytestmark = pytest.mark.hil


def test_outputs_agree_with_the_tflm_reference(hil_record, hil_case):
    assert hil_record.samples > 0
    assert hil_record.checks["agreement"] == "passed", hil_record.checks["agreement"]
    if hil_case.variant == "int8":
        assert hil_record.bit_exact_fraction == 1.0


def test_quantized_accuracy_on_the_device_is_within_budget(hil_record):
    outcome = hil_record.checks["accuracy_drop"]
    assert not outcome.startswith("failed"), outcome
    assert hil_record.device_metric is not None


def test_firmware_fits_the_board(hil_record, hil_board):
    assert hil_record.checks["fits"] == "passed", hil_record.checks["fits"]
    assert 0 < hil_record.flash_bytes <= hil_board.flash_bytes
    assert 0 < hil_record.ram_bytes <= hil_board.ram_bytes
    assert hil_record.stack_bytes > 0


def test_latency_is_measured_and_within_the_real_time_budget(hil_record, hil_board):
    assert hil_record.latency_unit == hil_board.timer.unit
    assert 0 < hil_record.latency_min <= hil_record.latency_median <= hil_record.latency_max
    outcome = hil_record.checks["latency_budget"]
    assert not outcome.startswith("failed"), outcome


def test_int8_against_float32_on_the_same_chip(hil, hil_zoo_model):
    """The quantization's cost measured where it matters: both variants of the model on this
    board, in the same unit, the int8 one within the recipe's accuracy budget of the float32
    one on the device, with less activation memory."""
    from harness.model.metrics import higher_is_better
    from harness.pipeline.recipe import get_recipe
    from harness.pytest_plugin.session import Case

    int8, float32 = (hil.result(Case(hil_zoo_model, v)) for v in ("int8", "float32"))
    assert (int8.board, int8.latency_unit) == (float32.board, float32.latency_unit)
    assert int8.latency_median > 0 and float32.latency_median > 0
    recipe = get_recipe(hil_zoo_model)
    drop = float32.device_metric - int8.device_metric
    drop = drop if higher_is_better(recipe.metric) else -drop
    assert drop <= recipe.accuracy_drop_budget, (
        f"int8 {int8.device_metric:.4f} vs float32 {float32.device_metric:.4f} on the device")
    assert int8.activation_bytes < float32.activation_bytes
