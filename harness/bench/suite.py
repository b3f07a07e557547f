"""Benchmark suites as data: benchmarks/<name>.toml declares what `hil bench` measures.

Models, backends and variants are checked against their registries when a suite is loaded.
Boards are resolved only when a run asks for them (`Suite.board_records`): a suite may name a
board whose support is not installed on this machine and still be listed, shown and compared.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from harness import paths
from harness.bench import fields
from harness.bench.model_files import ModelFiles
from harness.bench.targets import Target
from harness.bench.thresholds import Thresholds
from harness.boards import Board, get_board
from harness.errors import HilError, UnknownNameError


class SuiteError(HilError):
    """A suite file that cannot be used as written."""


@dataclass(frozen=True)
class Case:
    """One row a suite asks for."""

    model: str
    variant: str
    board: str
    backend: str


@dataclass(frozen=True)
class Suite:
    name: str
    description: str
    models: tuple[str, ...]
    variants: tuple[str, ...]
    backends: tuple[str, ...]
    boards: tuple[str, ...]
    samples: int | None  # None: the whole test split
    repetitions: int
    thresholds: Thresholds
    path: Path
    files: ModelFiles = field(default_factory=lambda: ModelFiles({}))  # models given as files
    targets: tuple[Target, ...] = ()
    model_dir: Path | None = None  # the folder of `files`, set for a run
    exclude: tuple[dict[str, str], ...] = ()  # cases left out: {"backend": "tflm", "board": ...}

    def board_records(self, only: tuple[str, ...] = ()) -> tuple[Board, ...]:
        """The suite's boards (or `only` these), looked up in the board registry now."""
        return tuple(get_board(name) for name in (only or self.boards))

    def cases(self, boards: tuple[str, ...] = ()) -> list[Case]:
        """Every model x variant x board x backend, in a stable order (a backend's rows on every
        board before the next backend's); a model file only in the variants it has a file for,
        and no case an `exclude` rule matches."""
        cases = [Case(model, variant, board, backend)
                 for backend in self.backends for board in (boards or self.boards)
                 for model in self.models + tuple(self.files.files) for variant in self.variants
                 if model in self.models or self.files.file_name(model, variant)]
        return [case for case in cases if not any(
            all(getattr(case, key) == value for key, value in rule.items())
            for rule in self.exclude)]

    def file_paths(self) -> dict[tuple[str, str], Path]:
        """(model, variant) -> the file of each model file the suite runs, checked to exist."""
        if not self.files.files:
            return {}
        if self.model_dir is None:
            raise self.files.missing_folder(self.name)
        return self.files.paths(self.model_dir)


def list_suites(folder: Path | None = None) -> list[str]:
    return sorted(_suite_files(folder))


def _suite_files(folder: Path | None) -> dict[str, Path]:
    """Suite name -> file: the harness's suites and the project's ([tool.hil] benchmarks),
    which may replace one of the same name; or only those of `folder`."""
    from harness.settings import project_folder

    folders = [folder] if folder else [paths.builtin_benchmarks_dir(),
                                       project_folder("benchmarks")]
    return {path.stem: path for each in folders if each is not None and each.is_dir()
            for path in sorted(each.glob("*.toml"))}


def load_suite(name: str, folder: Path | None = None) -> Suite:
    """The suite `name` from the benchmarks folder, or from a path ending in .toml."""
    path = suite_path(name, folder)
    try:
        table = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as exc:
        raise SuiteError(f"{path}: not valid TOML ({exc})") from None
    try:
        return _suite(path, table)
    except (HilError, ValueError) as exc:
        raise SuiteError(f"suite {path}: {exc}") from None


def suite_path(name: str, folder: Path | None = None) -> Path:
    if name.endswith(".toml"):
        if not Path(name).is_file():
            raise SuiteError(f"no suite file {name}; give an existing .toml file or a suite name")
        return Path(name)
    files = _suite_files(folder)
    if name not in files:
        raise UnknownNameError("suite", name, list(files))
    return files[name]


def _suite(path: Path, table: dict) -> Suite:
    fields.reject_unknown(table, fields.SUITE_KEYS, "key")
    fields.require(table)
    return Suite(name=path.stem, description=fields.text(table, "description"),
                 models=fields.models(table) if "models" in table else (),
                 files=fields.model_files(table), targets=fields.targets(table),
                 exclude=fields.exclude(table),
                 variants=fields.variants(table),
                 backends=fields.backends(table), boards=fields.names(table, "boards"),
                 samples=fields.samples(table), repetitions=fields.positive(table, "repetitions"),
                 thresholds=fields.thresholds(table.get("thresholds", {})), path=path)
