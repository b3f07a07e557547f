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


def test_float_and_int8_both_recorded(hil, hil_record, hil_case):
    other = "float32" if hil_case.variant == "int8" else "int8"
    recorded = {(row.model, row.variant) for row in hil.rows.values()}
    assert (hil_case.model, hil_case.variant) in recorded
    if (hil_case.model, other) in recorded and hil_case.variant == "float32":
        int8 = next(r for r in hil.rows.values()
                    if (r.model, r.variant) == (hil_case.model, "int8"))
        assert int8.latency_unit == hil_record.latency_unit
