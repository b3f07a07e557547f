"""`hil evaluate`: the host table a device must reproduce."""

import json

from hil_command import hil


def test_evaluate_json_rows(zoo_model):
    zoo_model("digits_mlp")
    result = hil("evaluate", "digits_mlp", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    by_variant = {row["variant"]: row for row in rows}
    assert {"keras_float", "tflite_float32", "tflite_int8", "tflm_int8"} <= set(by_variant)
    assert all({"model", "variant", "metric", "value"} <= set(row) for row in rows)
    assert by_variant["tflm_int8"]["metric"] == "accuracy"
    assert abs(by_variant["keras_float"]["value"] - by_variant["tflm_int8"]["value"]) <= 0.02
