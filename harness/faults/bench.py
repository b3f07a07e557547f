"""What every cell of the fault matrix shares: the board, the firmware with fault injection,
the workloads and their clean runs, and the results store each cell's rows go to at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from harness.backends import get_backend
from harness.boards import Board
from harness.boards.board import QemuSettings
from harness.errors import BoardError
from harness.faults.device import FaultInjectionBuild
from harness.measure import Measurement, RecoveryPolicy, Workload, measure_run
from harness.results import ResultRow, ResultsStore, RunWriter
from harness.results.row import KEY_COLUMNS
from harness.results.store import read_rows

# The emulator answers in well under a millisecond: short deadlines keep the matrix fast, and a
# deadline missed on a busy machine only costs a retry.
POLICY = RecoveryPolicy(timeout_s=0.25, invoke_timeout_s=0.25, boot_timeout_s=0.5,
                        lost_retries=2, max_restarts=4)


@dataclass
class Bench:
    """What every cell shares: the board, the fault-injection build, the workloads and their
    clean runs, and the results store the cells' rows go to."""

    board: Board
    backend: FaultInjectionBuild
    workloads: dict[str, Workload]  # by variant: int8 (every cell), float32 (the last one)
    store: ResultsStore
    metadata: dict
    clean: dict[str, Measurement]


def prepare_bench(board: Board, workloads: dict[str, Workload], results: Path,
                  metadata: dict) -> Bench:
    """Builds the firmware and measures each workload once through a clean link."""
    if not isinstance(board.runner, QemuSettings):
        raise BoardError(f"the fault matrix needs an emulated board (QEMU), not {board.name}: "
                         "device faults go through QEMU's monitor")
    backend = FaultInjectionBuild(get_backend("aot"))
    clean = {variant: measure_run(workload, board, backend, policy=POLICY, checkpoint=False)
             for variant, workload in workloads.items()}
    return Bench(board, backend, workloads, ResultsStore(results), metadata, clean)


def start_cell_run(bench: Bench, cell_id: str) -> RunWriter:
    return bench.store.start_run({**bench.metadata, "cell": cell_id}, label=cell_id)


def rows_lost(writer: RunWriter, finished: list[ResultRow]) -> int:
    """Finished rows that are not in the store as they were finished."""
    stored = read_rows(writer.folder)
    present = set() if stored.empty else {
        (tuple(values[:-1]), values[-1]) for values in stored[
            [*KEY_COLUMNS, "status"]].itertuples(index=False)}
    return sum((row.key, row.status) not in present for row in finished)
