"""Every emulated core beyond qemu-m4 (test_hil_run.py) runs the zoo's sine and digits_mlp, int8
with the AOT backend, bit-exact with the TFLM reference, and counts each inference's
instructions deterministically: every sample twice, the same count both times."""

import shutil

import pytest

from harness.backends import get_backend
from harness.boards import BOARDS, get_board
from harness.boards.board import QemuSettings
from harness.boards.runners import runner_for
from harness.firmware.platformio_setup import COMPILERS
from harness.measure import zoo_workload
from harness.measure.run import measure_run

pytestmark = pytest.mark.emulator

CORES = sorted(b.name for b in BOARDS
               if isinstance(b.runner, QemuSettings) and b.name != "qemu-m4")


@pytest.mark.parametrize("model", ["sine", "digits_mlp"])
@pytest.mark.parametrize("name", CORES)
def test_zoo_model_is_bit_exact_and_timed_deterministically(zoo_model, name, model):
    board = get_board(name)
    compiler = COMPILERS[board.pio_platform]
    if problem := runner_for(board).unavailable() or (
            shutil.which(compiler) is None and f"{compiler} is not installed"):
        pytest.skip(problem)
    workload = zoo_workload(zoo_model(model), "int8")
    measurement = measure_run(workload, board, get_backend("aot"), runs=2, checkpoint=False)
    row = measurement.row
    assert row.samples == len(workload.inputs) and row.status == "passed"
    assert row.bit_exact_fraction == 1.0 and row.max_abs_diff == 0
    counts = [{board.timer.to_units(t) for t in ticks} for ticks in measurement.run.ticks]
    assert all(len(runs) == 1 for runs in counts), "two runs of one sample differ"
    # Plausible for any core: at most 2 MACs per instruction (SMLAD), 16 with Helium; at most
    # a dozen instructions per MAC plus the invoke's fixed cost.
    peak = 16 if board.has("mve") else 2
    assert row.macs / peak <= row.latency_min <= row.latency_max <= 12 * row.macs + 5_000
    assert row.latency_unit == "instructions" and row.latency_us is None
    assert row.flash_bytes <= board.flash_bytes and row.ram_bytes <= board.ram_bytes
