"""The verified samples of a row in progress, on disk: a measurement that dies (the harness
killed, a board that had to be reset by hand) continues from the next unfinished sample when it
is run again, instead of from the first.

One small .npz per row under build/checkpoints, rewritten atomically after every verified batch
and removed when the row is finished. Its name holds a digest of everything the samples depend
on (firmware, board, inputs, runs per sample), so samples are never reused for another build or
other inputs.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from harness import paths
from harness.boards import Board
from harness.measure.device import DeviceRun
from harness.measure.workload import Workload
from harness.names import file_name


@dataclass(frozen=True)
class Checkpoint:
    path: Path

    @classmethod
    def for_row(cls, firmware_sha256: str, board: Board, workload: Workload,
                runs: int) -> Checkpoint:
        digest = hashlib.sha256()
        for part in (firmware_sha256, board.name, str(runs), workload.inputs.dtype.str,
                     str(workload.inputs.shape)):
            digest.update(part.encode() + b"\0")
        digest.update(np.ascontiguousarray(workload.inputs).tobytes())
        name = f"{file_name(workload.model_name, 40)}-{digest.hexdigest()[:20]}.npz"
        return cls(paths.build_dir() / "checkpoints" / name)

    def load_into(self, run: DeviceRun) -> None:
        """Fills an empty `run` with the samples saved earlier, if any."""
        if run.done or not self.path.is_file():
            return
        with np.load(self.path) as saved:
            run.outputs = list(saved["outputs"])
            run.ticks = [list(map(int, row)) for row in saved["ticks"]]
            run.stack_used = int(saved["stack_used"]) or None

    def save(self, run: DeviceRun) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                np.savez(file, outputs=run.output_array(), ticks=np.array(run.ticks, np.int64),
                         stack_used=np.int64(run.stack_used or 0))
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
