"""End to end on QEMU's emulated Cortex-M4 (mps2-an386) and Cortex-M55 (mps3-an547): the DSP
and Helium kernels compiled for the real core (ACLE and MVE intrinsics, inline assembly, not
their host emulation) give TFLM's outputs bit for bit, and the generated per-operator profile
names the model's operators."""

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


# The kernels each core's build must call: its own fast kernels, chosen by core feature.
KERNELS = {"qemu-m4": {"aot_conv_s8_dsp", "aot_fc_s8_dsp", "aot_add_s8_dsp",
                       "aot_avgpool_s8_dsp"},
           "qemu-m55": {"aot_conv_s8_mve", "aot_fc_s8_mve", "aot_add_s8_mve",
                        "aot_avgpool_s8_mve", "aot_maxpool_s8_mve"}}


@pytest.fixture(scope="module", params=sorted(KERNELS))
def firmware(request):
    from harness.firmware.build import build_project
    from harness.firmware.render import render_project
    from harness.model.tflite import read_model

    board = get_board(request.param)
    tflite = edge_case_model()
    backend = get_backend("aot")
    chosen = {c.kernel for c in backend.kernel_choices(read_model(tflite), "m", board).values()}
    assert KERNELS[board.name] <= chosen, chosen
    project = render_project(tflite, board, backend,
                             paths.build_dir() / "tests" / f"aot-fast-{board.name}",
                             "aot_edge_cases")
    return board, tflite, project, build_project(project)


def test_fast_kernels_on_the_emulated_core_match_tflm_and_profile_every_operator(firmware):
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
