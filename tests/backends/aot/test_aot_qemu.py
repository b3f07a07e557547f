"""End to end on QEMU's emulated Cortex-M4 (mps2-an386): the DSP kernels compiled for the real
core (ACLE intrinsics and inline assembly, not their host emulation) give TFLM's outputs bit
for bit, and the generated per-operator profile names the model's operators."""

from __future__ import annotations

import numpy as np
import pytest
from aot_dsp_cases import EXPECTED_PROFILE, edge_case_model
from aot_testkit.verify import tflm_outputs

from harness import paths
from harness.backends import get_backend
from harness.boards import get_board
from harness.boards.runners import runner_for
from harness.protocol import DeviceSession

pytestmark = pytest.mark.emulator


@pytest.fixture(scope="module")
def firmware():
    from harness.firmware.build import build_project
    from harness.firmware.render import render_project

    board = get_board("qemu-m4")
    tflite = edge_case_model()
    project = render_project(tflite, board, get_backend("aot"),
                             paths.build_dir() / "tests" / "aot-dsp-qemu-m4", "aot_edge_cases")
    return board, tflite, project, build_project(project)


def test_dsp_kernels_on_the_emulated_core_match_tflm_and_profile_every_operator(firmware):
    board, tflite, project, build = firmware
    rng = np.random.default_rng(5)
    inputs = [rng.integers(-128, 128, (1, 11, 9, 3), dtype=np.int8) for _ in range(3)]
    expected = tflm_outputs(tflite, [[x] for x in inputs])
    with runner_for(board).running(project) as url, \
            DeviceSession.open(url, timeout=20) as device:
        device.connect(expected_sha256=project.sha256)
        for x, want in zip(inputs, expected, strict=True):
            device.set_input(0, x)
            (ticks,) = device.invoke()
            np.testing.assert_array_equal(device.get_output(0).reshape(-1), want[0].reshape(-1))
            entries = device.profile()
            assert [(e.operator, e.op) for e in entries] == EXPECTED_PROFILE
            assert all(e.ticks > 0 for e in entries)
            assert sum(e.ticks for e in entries) < ticks  # the entries lie inside the invoke
