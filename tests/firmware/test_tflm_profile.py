"""End to end with a real TFLM tree (HIL_TFLM_PATH): the TFLM runner's per-operator profile of
digits_cnn on the emulated Cortex-M4F arrives with one entry per operator, in the model's order,
and accounts for nearly all of the inference."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from harness import paths
from harness.backends.tflm import TflmBackend
from harness.boards.runners import runner_for
from harness.firmware.build import build_project
from harness.firmware.render import render_project
from harness.measure.layer_timing import layer_table
from harness.model.interpreters import Tflm
from harness.model.quantization import quantize
from harness.model.tflite import read_model
from harness.protocol import DeviceSession

pytestmark = [pytest.mark.emulator, pytest.mark.slow]


@pytest.fixture(scope="module")
def tflm_tree() -> Path:
    value = os.environ.get("HIL_TFLM_PATH")
    if not value:
        pytest.skip("no TFLM library configured")
    return Path(value)


def test_the_tflm_profile_times_every_operator_in_order(tflm_tree, qemu_board, zoo_model):
    artifacts = zoo_model("digits_cnn")
    tflite = artifacts.tflite_bytes("int8")
    model = read_model(tflite)
    project = render_project(tflite, qemu_board, TflmBackend(library=tflm_tree),
                             paths.build_dir() / "tests" / "tflm-profile-qemu-m4", "digits_cnn")
    build_project(project)
    x_test, _ = artifacts.split("test")
    sample = quantize(x_test[0], Tflm(tflite).input_spec)
    with runner_for(qemu_board).running(project) as url, DeviceSession.open(url) as session:
        info = session.connect(expected_sha256=project.sha256)
        session.set_input(0, sample.reshape(info.inputs[0].shape))
        (ticks,) = session.invoke()
        entries = session.profile()
    assert [(e.operator, e.op) for e in entries] == [(op.index, op.opcode)
                                                     for op in model.operators]
    rows = layer_table(model, entries, qemu_board.timer)
    assert all(row.units > 0 for row in rows)
    assert sum(row.macs for row in rows) > 0
    # Between operators TFLM only loops and reads the timer: the entries cover all but a few
    # hundred instructions per operator of the inference.
    outside = qemu_board.timer.to_units(ticks - sum(e.ticks for e in entries))
    assert 0 < outside < 300 * len(entries)
