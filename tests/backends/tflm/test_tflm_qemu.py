"""End to end with a real TFLM tree (HIL_TFLM_PATH): digits_cnn under TFLM + CMSIS-NN on the
emulated Cortex-M4F, over the protocol, equal to the host TFLM interpreter bit for bit."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from harness.backends.tflm import TflmBackend
from harness.boards import get_board
from harness.boards.runners import runner_for
from harness.firmware.build import build_project
from harness.firmware.render import render_project
from harness.model.interpreters import Tflm
from harness.model.quantization import quantize
from harness.protocol.session import DeviceSession

pytestmark = [pytest.mark.hil, pytest.mark.slow]
SAMPLES = 24


@pytest.fixture(scope="module")
def qemu_board():
    board = get_board("qemu-m4")
    if shutil.which(board.runner.system) is None:
        pytest.skip(f"{board.runner.system} is not installed")
    return board


def test_digits_cnn_on_qemu_equals_host_tflm(tflm_tree, qemu_board, zoo_model, tmp_path):
    artifacts = zoo_model("digits_cnn")
    tflite = artifacts.tflite_bytes("int8")
    project = render_project(tflite, qemu_board, TflmBackend(library=tflm_tree),
                             tmp_path / "project", "digits_cnn")
    build_project(project)
    host = Tflm(tflite)
    x_test, _ = artifacts.split("test")
    inputs = [quantize(x, host.input_spec) for x in x_test[:SAMPLES]]
    with runner_for(qemu_board).running(project) as url, DeviceSession.open(url) as session:
        info = session.connect(expected_sha256=project.sha256)
        device = []
        for x in inputs:
            session.set_input(0, x.reshape(info.inputs[0].shape))
            session.invoke(1)
            device.append(session.get_output(0).reshape(-1))
        stats = session.stats()
    assert info.backend == "tflm" and info.activation_bytes == project.activation_bytes
    assert 0 < stats.activation_bytes_used <= info.activation_bytes
    np.testing.assert_array_equal(np.stack(device), np.stack([host.run(x).reshape(-1)
                                                              for x in inputs]))
