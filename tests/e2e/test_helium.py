"""The M55's Helium kernels end to end: a zoo convolutional model on qemu-m55 (mps3-an547)
takes the MVE kernels for its convolutions and dense layers (chosen by the core's "mve"
feature) and gives TFLM's outputs bit for bit on every test sample."""

import shutil

import pytest

from harness.backends import get_backend
from harness.boards import get_board
from harness.boards.runners import runner_for
from harness.firmware.platformio_setup import COMPILERS
from harness.measure import zoo_workload
from harness.measure.run import measure_run

pytestmark = pytest.mark.emulator


def test_zoo_conv_model_runs_the_helium_kernels_bit_exactly_on_the_m55(zoo_model):
    board = get_board("qemu-m55")
    compiler = COMPILERS[board.pio_platform]
    if problem := runner_for(board).unavailable() or (
            shutil.which(compiler) is None and f"{compiler} is not installed"):
        pytest.skip(problem)
    workload = zoo_workload(zoo_model("digits_cnn"), "int8")
    backend = get_backend("aot")
    choices = backend.kernel_choices(workload.model, "digits_cnn", board)
    kernels = {choice.kernel for choice in choices.values()}
    assert {"aot_conv_s8_mve", "aot_fc_s8_mve"} <= kernels, kernels
    row = measure_run(workload, board, backend, checkpoint=False).row
    assert row.samples == len(workload.inputs) and row.status == "passed"
    assert row.bit_exact_fraction == 1.0 and row.max_abs_diff == 0
