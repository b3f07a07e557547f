"""The whole measurement of one workload on one board."""

from __future__ import annotations

from harness.backends.base import Backend
from harness.boards import Board
from harness.boards.runner import runner_for
from harness.measure.device import DeviceRun, Progress, run_samples
from harness.measure.firmware import build_firmware
from harness.measure.summary import result_row
from harness.measure.workload import Workload
from harness.protocol import DeviceSession
from harness.results import ResultRow


def measure(workload: Workload, board: Board, backend: Backend, runs: int = 1,
            progress: Progress | None = None) -> ResultRow:
    """Build the firmware, start or flash the board, stream the workload, summarise."""
    firmware = build_firmware(workload.tflite, workload.model_name, workload.variant, board,
                              backend)
    with runner_for(board).running(firmware.elf) as url, \
            DeviceSession.open(url, baudrate=board.baudrate) as session:
        session.connect(expected_sha256=firmware.project.sha256)
        run = run_samples(session, workload, DeviceRun(), runs, progress)
    return result_row(workload, firmware, board, backend.name, run)
