"""harness.measure.layer_timing.layer_table: a device profile joined with the model's MACs per
operator."""

from __future__ import annotations

import numpy as np
import pytest

from harness.boards import TimerSpec
from harness.measure.layer_timing import ProfileMismatch, layer_table
from harness.model.tflite import Operator, Tensor, TfliteModel
from harness.protocol import ProfileEntry

INSTRUCTIONS = TimerSpec("instructions", ticks_per_unit=2.0, whole_units=True)


def tensor(index: int, shape: tuple[int, ...], constant: bool = False) -> Tensor:
    data = np.zeros(shape, np.int8) if constant else None
    return Tensor(index, f"t{index}", shape, np.dtype(np.int8), None, data)


def small_cnn() -> TfliteModel:
    """CONV_2D 3x3 (1->8 channels, 6x6 out), RESHAPE, FULLY_CONNECTED 288->10, a custom op."""
    tensors = [tensor(0, (1, 8, 8, 1)), tensor(1, (8, 3, 3, 1), constant=True),
               tensor(2, (1, 6, 6, 8)), tensor(3, (1, 288)), tensor(4, (10, 288), constant=True),
               tensor(5, (1, 10)), tensor(6, (1, 10))]
    operators = [Operator(0, "CONV_2D", (0, 1, -1), (2,)), Operator(1, "RESHAPE", (2,), (3,)),
                 Operator(2, "FULLY_CONNECTED", (3, 4, -1), (5,)),
                 Operator(3, "CUSTOM:MY_TOPK", (5,), (6,))]
    return TfliteModel(tensors, operators, (0,), (6,), "00" * 32, 1000)


def test_rows_join_ticks_with_macs_in_the_order_the_operators_ran():
    entries = [ProfileEntry(0, "CONV_2D", 2 * 5184), ProfileEntry(2, "FULLY_CONNECTED", 2 * 1440),
               ProfileEntry(3, "MY_TOPK", 2 * 376)]  # operator 1 (RESHAPE) not timed
    rows = layer_table(small_cnn(), entries, INSTRUCTIONS)
    assert [(r.operator, r.op, r.macs, r.ticks, r.units, r.unit) for r in rows] == [
        (0, "CONV_2D", 6 * 6 * 8 * 9, 10368, 5184.0, "instructions"),
        (2, "FULLY_CONNECTED", 10 * 288, 2880, 1440.0, "instructions"),
        (3, "CUSTOM:MY_TOPK", 0, 752, 376.0, "instructions")]
    assert [r.macs_per_unit for r in rows] == [0.5, 2.0, 0.0]
    assert [r.share for r in rows] == pytest.approx([5184 / 7000, 1440 / 7000, 376 / 7000])
    assert sum(r.share for r in rows) == pytest.approx(1.0)


def test_cycles_are_reported_in_cycles():
    (row,) = layer_table(small_cnn(), [ProfileEntry(2, "FULLY_CONNECTED", 5760)],
                         TimerSpec("cycles", ticks_per_unit=1.0))
    assert (row.unit, row.units, row.macs_per_unit, row.share) == ("cycles", 5760.0, 0.5, 1.0)


def test_an_operator_the_timer_could_not_resolve_has_no_rate():
    rows = layer_table(small_cnn(), [ProfileEntry(0, "CONV_2D", 0)], INSTRUCTIONS)
    assert (rows[0].macs_per_unit, rows[0].share) == (None, 0.0)


def test_an_empty_profile_gives_an_empty_table():
    assert layer_table(small_cnn(), [], INSTRUCTIONS) == []


@pytest.mark.parametrize("entry, problem", [
    (ProfileEntry(4, "ADD", 10), "operator 4 \\(ADD\\), but the model has 4 operators"),
    (ProfileEntry(1, "CONV_2D", 10), "model's operator 1 is RESHAPE"),
    (ProfileEntry(3, "TOPK", 10), "model's operator 3 is CUSTOM:MY_TOPK"),
])
def test_a_profile_of_another_model_is_refused(entry, problem):
    with pytest.raises(ProfileMismatch, match=problem):
        layer_table(small_cnn(), [entry], INSTRUCTIONS)


def test_custom_names_cut_by_the_device_still_match():
    model = small_cnn()
    model.operators[3].opcode = "CUSTOM:" + "X" * 60
    (row,) = layer_table(model, [ProfileEntry(3, "X" * 48, 4)], INSTRUCTIONS)
    assert row.op == model.operators[3].opcode
