"""The results history: a folder of Parquet files, one folder per run.

results/<run id>/run.json            run metadata (who, when, which commit and tool versions)
results/<run id>/rows/<key>.parquet  one file per finished row, written atomically

A row is on disk the moment it is measured, so an interrupted run loses nothing finished and can
be resumed (rows already present are skipped). Runs from other machines merge by copying their
folders. Reading concatenates everything; columns added later read as missing in older rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from harness.errors import HilError
from harness.names import file_name
from harness.results.row import KEY_COLUMNS, ResultRow

_RUN_ID = re.compile(r"^\d{8}T\d{6}Z[A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class RunWriter:
    """Appends rows to one run."""

    folder: Path
    metadata: dict

    @property
    def run_id(self) -> str:
        return self.folder.name

    def append(self, row: ResultRow) -> Path:
        record = {**_flatten(row.as_dict()), **{f"run_{k}": v for k, v in self.metadata.items()}}
        path = self.folder / "rows" / (_row_file_name(row.key) + ".parquet")
        _write_atomically(pd.DataFrame([record]), path)
        return path

    def note(self, **fields) -> None:
        """Adds figures known only when the run ends (its wall time) to run.json."""
        self.metadata.update(fields)
        path = self.folder / "run.json"
        path.write_text(json.dumps(self.metadata, indent=2, default=str) + "\n")

    def finished_keys(self) -> set[tuple[str, str, str, str]]:
        """Keys of the rows measured so far; error rows do not count (a resumed run gives them
        another chance)."""
        rows = read_rows(self.folder)
        if rows.empty:
            return set()
        measured = rows[rows["status"] != "error"]
        return {tuple(values) for values in measured[list(KEY_COLUMNS)].itertuples(index=False)}


class ResultsStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def start_run(self, metadata: dict, label: str = "") -> RunWriter:
        run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        if label:
            run_id += "-" + file_name(label, 40)
        folder = _unused_folder(self.root / run_id)
        run_id = folder.name
        full = {"run_id": run_id, **metadata}
        (folder / "run.json").write_text(json.dumps(full, indent=2, default=str) + "\n")
        return RunWriter(folder, full)

    def resume_run(self, run_id: str) -> RunWriter:
        if Path(run_id).name != run_id or run_id in ("", ".", ".."):  # not a path elsewhere
            raise HilError(f"{run_id!r} is not a run id (like 20260101T120000Z-run)")
        folder = self.root / run_id
        if not (folder / "run.json").is_file():
            raise FileNotFoundError(f"no run {run_id!r} in {self.root}")
        return RunWriter(folder, json.loads((folder / "run.json").read_text()))

    def history(self) -> pd.DataFrame:
        """Every row of every run (harness.bench.runs picks runs out of it)."""
        frames = [read_rows(folder) for folder in self._run_folders()]
        frames = [frame for frame in frames if not frame.empty]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    def _run_folders(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return [p for p in sorted(self.root.iterdir())
                if _RUN_ID.match(p.name) and (p / "run.json").is_file()]


def _unused_folder(wanted: Path) -> Path:
    """The folder, created; a run started in the same second gets a numbered twin."""
    candidate, number = wanted, 1
    while True:
        try:
            (candidate / "rows").mkdir(parents=True, exist_ok=False)
            return candidate
        except FileExistsError:
            number += 1
            candidate = wanted.with_name(f"{wanted.name}.{number:03d}")  # sorts in order


def read_rows(run_folder: Path) -> pd.DataFrame:
    files = sorted((run_folder / "rows").glob("*.parquet"))
    frames = [pd.read_parquet(file) for file in files]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _flatten(record: dict) -> dict:
    """Nested values (the checks dict) become JSON text: Parquet columns stay scalar."""
    return {k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in record.items()}


def _write_atomically(frame: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    try:
        frame.to_parquet(temporary, index=False)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _row_file_name(key: tuple[str, ...]) -> str:
    """Readable for ordinary keys; a key whose parts needed cleaning, or hold the separator,
    gets a digest, so two rows never share a file."""
    joined = "__".join(key)
    if file_name(joined, 120) == joined and not any("__" in part for part in key):
        return joined
    digest = hashlib.sha256("\0".join(key).encode()).hexdigest()[:10]  # of the parts: unambiguous
    return f"{file_name(joined, 120)[:109]}-{digest}"
