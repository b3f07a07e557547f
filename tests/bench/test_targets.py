"""Suite targets checked against a run's rows: ratios against the TFLM row of the same case,
bounds, filters, and rows without a figure."""

import json

import pytest

from harness.bench.targets import Target, check_targets, parse_targets


def row(backend: str, instructions: float | None, board: str = "qemu-m4", model: str = "kws01",
        status: str = "passed", **extra) -> dict:
    return {"model": model, "variant": "int8", "board": board, "backend": backend,
            "status": status, "latency_median": instructions, "macs": 2_500_000, **extra}


def test_instructions_are_compared_with_the_tflm_row_of_the_same_model_board_and_variant():
    rows = [row("aot", 3_000_000), row("tflm", 7_500_000),
            row("aot", 6_000_000, board="qemu-m7"), row("tflm", 8_000_000, board="qemu-m7")]
    outcomes = check_targets([Target("instructions_vs_tflm", at_most=0.5, backend="aot")], rows)
    assert [(o.row["board"], round(o.value, 2), o.verdict) for o in outcomes] == [
        ("qemu-m4", 0.4, "met"), ("qemu-m7", 0.75, "unmet")]


def test_macs_per_instruction_with_a_lower_bound_and_a_board_filter():
    rows = [row("aot", 5_000_000), row("aot", 2_500_000, board="qemu-m55")]
    outcomes = check_targets([Target("macs_per_instruction", at_least=0.6,
                                     boards=("qemu-m4",))], rows)
    assert [(o.value, o.verdict) for o in outcomes] == [(0.5, "unmet")]


def test_a_missing_tflm_row_or_an_error_row_is_no_verdict_either_way():
    rows = [row("aot", 3_000_000), row("aot", None, model="vww01", status="error"),
            row("tflm", None, model="vww01", status="error")]
    outcomes = check_targets([Target("instructions_vs_tflm", at_most=0.5, backend="aot")], rows)
    assert [o.verdict for o in outcomes] == ["no figure", "not measured"]


def test_an_outcome_reads_as_a_table_row():
    outcome = check_targets([Target("bit_exact_fraction", at_least=1.0, note="exact")],
                            [row("aot", 1, bit_exact_fraction=1.0)])[0]
    assert outcome.as_dict() == {"target": "bit_exact_fraction >= 1", "model": "kws01",
                                 "variant": "int8", "board": "qemu-m4", "backend": "aot",
                                 "value": 1.0, "verdict": "met", "note": "exact"}


def layer(operator: int, op: str, macs: int, rate: float | None) -> dict:
    return {"operator": operator, "op": op, "macs": macs, "macs_per_unit": rate}


def test_a_layer_target_takes_the_slowest_layer_it_selects_and_names_those_below():
    timed = [layer(0, "CONV_2D", 80_000, 0.42), layer(1, "DEPTHWISE_CONV_2D", 90_000, 0.3),
             layer(2, "CONV_2D", 49_999, 0.1), layer(3, "FULLY_CONNECTED", 60_000, 0.7),
             layer(4, "CONV_2D", 70_000, 0.45)]
    target = Target("layer_macs_per_instruction", at_least=0.5,
                    ops=("CONV_2D", "FULLY_CONNECTED"), min_macs=50_000, note="bar")
    (outcome,) = check_targets([target], [row("aot", 1, layers=json.dumps(timed))])
    assert (outcome.value, outcome.verdict) == (0.42, "unmet")
    assert outcome.as_dict()["note"] == "bar; below: #0 CONV_2D 0.420, #4 CONV_2D 0.450"
    fast = [layer(0, "CONV_2D", 80_000, 0.6), layer(1, "DEPTHWISE_CONV_2D", 90_000, 0.3)]
    (outcome,) = check_targets([target], [row("aot", 1, layers=fast)])
    assert (outcome.value, outcome.verdict, outcome.note) == (0.6, "met", "bar")
    (outcome,) = check_targets([target], [row("aot", 1, layers=[])])
    assert outcome.verdict == "no figure"


def test_layer_selection_keys_are_refused_on_other_figures():
    with pytest.raises(ValueError, match="ops and min_macs select layers"):
        parse_targets([{"figure": "macs_per_instruction", "at_least": 0.6, "min_macs": 5}])
    with pytest.raises(ValueError, match="min_macs must be a whole number"):
        parse_targets([{"figure": "layer_macs_per_instruction", "at_least": 0.6,
                        "min_macs": "many"}])
