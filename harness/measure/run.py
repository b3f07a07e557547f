"""The whole measurement of one workload on one board."""

from __future__ import annotations

from dataclasses import dataclass

from harness.backends.base import Backend
from harness.boards import Board
from harness.boards.runner import Runner
from harness.boards.runners import place_runner, runner_for
from harness.boards.runners.attached import AttachedRunner
from harness.errors import BoardError
from harness.firmware.mlperf.benchmarks import mlperf_benchmark
from harness.firmware.upload import exporter_upload, pio_upload
from harness.measure.checkpoint import Checkpoint
from harness.measure.device import DeviceRun, Progress
from harness.measure.firmware import Firmware, build_firmware
from harness.measure.recovery import Recovery, RecoveryPolicy, run_with_restarts
from harness.measure.summary import result_row
from harness.measure.workload import Workload
from harness.protocol.registry import DeviceProtocol, get_protocol
from harness.results import ResultRow


def board_runner(board: Board, port: str | None = None, flashed: bool = False,
                 place=None) -> Runner:
    """The board's runner, with PlatformIO's upload as the way to flash a real board; with
    `flashed`, the device on `port` as it is (it runs its firmware already); on an acquired
    labgrid place (harness.boards.farm), the place's runner."""
    if flashed:
        return AttachedRunner(board, port)
    if place is not None:
        return place_runner(board, place, flash=exporter_upload)
    return runner_for(board, port, flash=pio_upload)


@dataclass(frozen=True)
class Measurement:
    row: ResultRow
    run: DeviceRun  # every verified output and timing
    recovery: Recovery  # why the board was restarted, and where the run resumed
    firmware: Firmware


def measure(workload: Workload, board: Board, backend: Backend, runs: int = 1,
            progress: Progress | None = None, port: str | None = None,
            protocol: DeviceProtocol | None = None, flashed: bool = False, place=None,
            **options) -> ResultRow:
    """Build the firmware, start or flash the board (on `port`, else the one detected, or on
    an acquired labgrid `place`), stream the workload through the device protocol (default:
    binary), summarise. With `flashed`, the device on `port` runs its firmware already (mlperf
    only). `options` go to the protocol's driver (mlperf: `options=MlperfOptions(...)`)."""
    driver = (protocol or get_protocol("binary")).measure_function()
    return driver(workload, board, backend, runs, progress,
                  runner=board_runner(board, port, flashed, place), **options).row


def measure_run(workload: Workload, board: Board, backend: Backend, runs: int = 1,
                progress: Progress | None = None, *, policy: RecoveryPolicy | None = None,
                runner: Runner | None = None, checkpoint: bool = True) -> Measurement:
    """`measure`, with everything it saw. Verified samples are checkpointed as they come (see
    harness/measure/checkpoint.py) unless `checkpoint` is False; a measurement that fails for
    good leaves them for the next attempt."""
    runner = runner or board_runner(board)
    if problem := runner.unavailable():  # before a build that may take minutes
        raise BoardError(problem)
    if not runner.builds_firmware:
        raise BoardError("the binary protocol checks that the device runs the firmware built "
                         "for this model, so it builds and flashes it; --flashed is for "
                         "--protocol mlperf (a device running MLPerf Tiny firmware)")
    firmware = build_firmware(workload.model, workload.model_name, workload.variant, board,
                              backend)
    run = DeviceRun()
    saved = Checkpoint.for_row(firmware.sha256, board, workload, runs) if checkpoint else None
    if saved:
        saved.load_into(run)
        if progress and run.done:
            progress(run.done, workload.samples)
    recovery = run_with_restarts(firmware.project, firmware.project.sha256, board,
                                 runner, workload, run, runs, progress,
                                 policy or RecoveryPolicy(), saved.save if saved else None)
    row = result_row(workload, firmware, board, backend, run)
    row.restarts = run.restarts
    row.protocol, row.mlperf_benchmark = "binary", mlperf_benchmark(workload.model)
    for field, value in runner.provenance().items():
        setattr(row, field, value)
    if saved:
        saved.remove()
    return Measurement(row, run, recovery, firmware)
