"""`hil ops`: the ops each backend runs, from the code (the AOT lowerings and folding, TFLM's
resolver); the README's table is its --markdown output."""

import json
import re
from pathlib import Path

from click.testing import CliRunner

from harness.cli import cli

README = Path(__file__).resolve().parents[2] / "README.md"
ISSUE_18_OPS = {"TRANSPOSE_CONV", "LEAKY_RELU", "PRELU", "HARD_SWISH", "MUL", "SUB",
                "CONCATENATION", "PAD", "PADV2", "SPLIT", "SPLIT_V", "STRIDED_SLICE", "SQUEEZE",
                "EXPAND_DIMS", "TRANSPOSE", "RESIZE_NEAREST_NEIGHBOR", "SPACE_TO_BATCH_ND",
                "BATCH_TO_SPACE_ND", "MAXIMUM", "MINIMUM", "ABS", "LOGISTIC", "TANH",
                "L2_NORMALIZATION"}


def _ops() -> dict[str, dict]:
    result = CliRunner().invoke(cli, ["ops", "--json"])
    assert result.exit_code == 0, result.output
    return {row["op"]: row for row in json.loads(result.stdout)}


def test_the_aot_backend_runs_every_op_of_issue_18_in_int8_and_float32():
    ops = _ops()
    for op in ISSUE_18_OPS:
        assert ops[op]["aot_int8"] == ops[op]["aot_float32"] == "yes", op
        assert ops[op]["tflm"] == "yes", op


def test_the_int16x8_kernels_are_listed_and_the_ops_without_them_are_not():
    ops = _ops()
    for op in ("FULLY_CONNECTED", "CONV_2D", "DEPTHWISE_CONV_2D", "AVERAGE_POOL_2D",
               "MAX_POOL_2D", "ADD", "SOFTMAX", "RESHAPE"):
        assert ops[op]["aot_int16"] == "yes", op
    assert ops["MUL"]["aot_int16"] == ops["LOGISTIC"]["aot_int16"] == "-"


def test_shape_arithmetic_is_folded_and_tflm_gaps_show():
    ops = _ops()
    assert ops["SHAPE"]["aot_int8"] == "folded" and ops["SHAPE"]["tflm"] == "yes"
    assert ops["TILE"]["aot_int8"] == "yes" and ops["TILE"]["tflm"] == "-"
    assert ops["SQUARE"]["aot_int8"] == "-" and ops["SQUARE"]["aot_float32"] == "yes"
    assert ops["UNIDIRECTIONAL_SEQUENCE_LSTM"]["aot_int8"] == "-"


def test_the_readme_table_is_the_generated_one():
    """After adding an op, paste `hil ops --markdown` between the README's markers."""
    generated = CliRunner().invoke(cli, ["ops", "--markdown"]).stdout
    text = README.read_text()
    match = re.search(r"<!-- ops-table:start -->\n(.*?)<!-- ops-table:end -->", text, re.S)
    assert match, "the README has no ops table between <!-- ops-table:start/end --> markers"
    assert match.group(1) == generated
