"""The Keras corpus on the emulated Cortex-M4 (qemu-m4) with the AOT backend.

The issue's table, rebuilt with the same Keras calls: each model goes the way of `hil run
FILE.tflite --inputs X.npy --board qemu-m4` (workload, firmware, device, result row), every one
bit-exact with the TFLM reference except the untrained MobileNetV2, which gets the diagnosis
and, asked for it, a labelled cost-only row. Each row measured must equal the README's row for
its model (instruction counts within 0.2%: see rows_agree); the rows of a session are also
written to `build_dir()/keras-corpus/issue-table.md`, in the README's format, to paste after a
change.
Every other corpus model runs a few samples on the same board, multi-input ones included,
against the host reference bit for bit.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from aot_testkit.verify import tflm_outputs
from keras_corpus import CORPUS, corpus_inputs, corpus_names, corpus_tflite, model_samples

from harness import paths
from harness.backends import get_backend
from harness.boards import get_board
from harness.boards.runners import runner_for
from harness.errors import ReferenceLimitError
from harness.measure import measure, tflite_workload
from harness.model.tflite import read_model
from harness.protocol import DeviceSession

pytestmark = pytest.mark.emulator

BOARD = "qemu-m4"
README = Path(__file__).resolve().parents[2] / "README.md"
# Two samples a model: the 96x96 MobileNets take seconds each on the emulator, and every row
# of the issue's table runs in `make test`.
TABLE_SAMPLES = 2
HEADER = ["| model | ops | result | instructions | MACs/instruction |",
          "|---|---|---|---:|---:|"]
# Unmarked (make test) besides the table: a multi-input net and MobileNetV3 blocks
# (HARD_SWISH, squeeze-excite); the other corpus models are slow.
DEFAULT_RUN = {"two_inputs", "mobilenet_v3_blocks"}
ROWS: dict[str, str] = {}


def _marked(names: list[str]) -> list:
    return [pytest.param(n, marks=() if n in DEFAULT_RUN else pytest.mark.slow) for n in names]


TABLE = corpus_names(issue_table=True)
OTHERS = [n for n in corpus_names(issue_table=False) if not CORPUS.get(n).reference_limit]


def readme_table() -> list[str]:
    """The lines of the README's table between its keras-table markers."""
    match = re.search(r"<!-- keras-table:start -->\n(.*?)<!-- keras-table:end -->",
                      README.read_text(), re.S)
    assert match, "the README has no table between <!-- keras-table:start/end --> markers"
    return match.group(1).splitlines()


def readme_row(name: str) -> str:
    """The README's row for the corpus model `name` (its first cell is the model's title)."""
    title = CORPUS.get(name).title
    rows = [line for line in readme_table() if line.startswith(f"| {title} |")]
    assert len(rows) == 1, f"the README's table has {len(rows)} rows for {title!r}"
    return rows[0]


@pytest.fixture(scope="module", autouse=True)
def issue_table():
    """Writes the rows measured in this session, in the issue's order, when the module ends."""
    yield
    lines = HEADER + [ROWS[name] for name in TABLE if name in ROWS]
    target = paths.build_dir() / "keras-corpus" / "issue-table.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n")


def test_the_readme_table_is_the_issue_table_in_its_order():
    titles = [line.split(" | ")[0].removeprefix("| ") for line in readme_table()[2:]]
    assert readme_table()[:2] == HEADER
    assert titles == [CORPUS.get(name).title for name in TABLE]


def _files(name: str, folder) -> tuple:
    model = folder / f"{name}.tflite"
    model.write_bytes(corpus_tflite(name, "int8"))
    inputs = folder / f"{name}_inputs.npy"
    np.save(inputs, np.stack([s[0] for s in corpus_inputs(name, TABLE_SAMPLES, seed=3)]))
    return model, inputs


def _table_row(name: str, row, note: str = "") -> str:
    ops = ", ".join(sorted({op.opcode for op in read_model(corpus_tflite(name)).operators}))
    exact = note or f"{row.bit_exact_fraction:.0%} bit-exact"
    return (f"| {CORPUS.get(name).title} | {ops} | {exact} | {row.latency_median:,.0f} | "
            f"{row.macs_per_unit:.3f} |")


@pytest.mark.parametrize("name", TABLE)
def test_the_issue_table_on_qemu_m4(name, tmp_path):
    model, inputs = _files(name, tmp_path)
    board, backend = get_board(BOARD), get_backend("aot")
    if CORPUS.get(name).reference_limit:
        with pytest.raises(ReferenceLimitError) as error:
            tflite_workload(model, inputs)
        assert ("is below TFLM's minimum 1.5e-8: an untrained or degenerate model; train it, "
                "or drop the final softmax and apply it on the host") in str(error.value)
        row = measure(tflite_workload(model, inputs, reference=False), board, backend)
        assert row.checks["agreement"] == "skipped: no reference (cost-only run)"
        assert row.bit_exact_fraction is None and row.status == "passed"
        ROWS[name] = _table_row(name, row, f"diagnosed: {str(error.value).split(': ', 1)[1]}; "
                                           "cost-only row")
    else:
        row = measure(tflite_workload(model, inputs), board, backend)
        assert row.checks["agreement"] == "passed" and row.bit_exact_fraction == 1.0, row.checks
        ROWS[name] = _table_row(name, row)
    assert row.samples == TABLE_SAMPLES and row.latency_median > 0 and row.macs > 0
    assert rows_agree(ROWS[name], readme_row(name)), (
        "the README's row differs from the one measured: paste it from "
        f"{paths.build_dir() / 'keras-corpus' / 'issue-table.md'}")


def rows_agree(measured: str, documented: str) -> bool:
    """Equal cell for cell, but the instruction count within 0.2% and MACs per instruction within
    0.001: the converter calibrates in float on the CPU at hand, so another machine's file can
    differ in a few quantized values, and the kernels' clamps branch on values."""
    (*text, count, rate), (*text_doc, count_doc, rate_doc) = (
        [cell.strip() for cell in row.strip(" |").split(" | ")] for row in (measured, documented))
    counts = [int(c.replace(",", "")) for c in (count, count_doc)]
    return (text == text_doc and abs(counts[0] - counts[1]) <= 0.002 * counts[1]
            and abs(float(rate) - float(rate_doc)) <= 0.001 + 1e-9)


def test_rows_agree_within_the_instruction_tolerance_and_not_beyond():
    row = "| net | ADD | 100% bit-exact | 1,000,000 | 0.500 |"
    assert rows_agree("| net | ADD | 100% bit-exact | 1,001,900 | 0.501 |", row)
    assert not rows_agree("| net | ADD | 100% bit-exact | 1,002,100 | 0.500 |", row)
    assert not rows_agree("| net | ADD | 50% bit-exact | 1,000,000 | 0.500 |", row)
    assert not rows_agree("| net | ADD | 100% bit-exact | 1,000,000 | 0.502 |", row)


@pytest.mark.parametrize("name", _marked(OTHERS))
def test_corpus_model_on_qemu_m4_is_bit_exact_with_the_host_reference(name):
    from harness.firmware.build import build_project
    from harness.firmware.render import render_project

    board, tflite = get_board(BOARD), corpus_tflite(name, "int8")
    project = render_project(tflite, board, get_backend("aot"),
                             paths.build_dir() / "tests" / f"corpus-{name}", name)
    build_project(project)
    samples = model_samples(tflite, name, count=2)
    expected = tflm_outputs(tflite, samples)
    with runner_for(board).running(project) as url, \
            DeviceSession.open(url, timeout=60) as device:
        device.connect(expected_sha256=project.sha256)
        for sample, want in zip(samples, expected, strict=True):
            for index, value in enumerate(sample):
                device.set_input(index, value)
            (ticks,) = device.invoke()
            assert ticks > 0
            for index, value in enumerate(want):
                got = device.get_output(index)
                np.testing.assert_array_equal(got.reshape(-1), value.reshape(-1), name)
