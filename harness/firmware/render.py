"""Render the PlatformIO project of one model on one board with one backend.

Layout of a rendered project:
    platformio.ini       [platformio] + the model's build_src_flags/lib_deps; the board
                         environments come from the project's platformio.ini (extra_configs)
    src/                 generated files: hil_model_meta.c and the backend's files
    src/common/          copy of firmware/common (protocol server, framing, stack painting)
    src/board/           copy of firmware/boards/<family> (startup, drivers, linker script)
    src/backend/<name>/  copies of the backend's plain source folders
    hil-project.json     what was rendered, and a digest of every file (build.py reads it)
Only changed files are rewritten, and stale files under src/ are removed, so an unchanged model
leaves the project as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from harness import paths
from harness.backends.base import Backend, GeneratedSources
from harness.boards import Board
from harness.errors import BuildError
from harness.firmware.platformio_setup import core_dir
from harness.firmware.templates import render
from harness.model.tflite import TfliteModel, read_model
from harness.names import checked_name

MANIFEST = "hil-project.json"


@dataclass(frozen=True)
class RenderedProject:
    root: Path
    env: str  # the PlatformIO environment to build (the board's)
    board: Board
    backend: str
    model_name: str
    sha256: str  # of the .tflite
    activation_bytes: int
    digest: str  # of every rendered file: equal digests, equal firmware

    @property
    def elf_path(self) -> Path:
        return self.root / ".pio" / "build" / self.env / "firmware.elf"


def render_project(tflite: TfliteModel | Path | bytes, board: Board, backend: Backend,
                   out_dir: Path, model_name: str | None = None) -> RenderedProject:
    """Writes the project into `out_dir` (created, or a project rendered there before).
    `tflite`: the parsed model, or a .tflite file or its bytes.

    Raises UnsupportedModelError (from the backend) for a model it cannot run, and BuildError
    for a folder that holds something else."""
    name = checked_name("model name", model_name or (
        Path(tflite).stem if isinstance(tflite, str | Path) else "model"))
    model = tflite if isinstance(tflite, TfliteModel) else read_model(tflite)
    backend.check(model, name, board)
    sources = backend.generate(model, model.raw, name, board)
    if sources.activation_bytes > board.ram_bytes:
        raise BuildError(f"{name} needs {sources.activation_bytes:,} bytes of activation memory "
                         f"({backend.name} backend), more than the {board.ram_bytes:,} bytes of "
                         f"RAM on {board.name}; use a smaller model or a bigger board")
    files = _project_files(sources, board, backend.name, name, model.sha256)
    out_dir = Path(out_dir).resolve()
    _claim(out_dir)
    _write_tree(out_dir, files)
    project = RenderedProject(out_dir, board.pio_env, board, backend.name, name,
                              model.sha256, sources.activation_bytes, _digest(files))
    manifest = {**vars(project), "root": str(out_dir), "board": board.name}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return project


def _project_files(sources: GeneratedSources, board: Board, backend: str, model_name: str,
                   sha256: str) -> dict[str, str | Path]:
    """Relative path -> text to write, or a file to copy."""
    folders = {"common": paths.firmware_dir() / "common",
               "board": paths.firmware_dir() / "boards" / board.firmware_family}
    folders.update({f"backend/{folder.name}": Path(folder) for folder in sources.source_dirs})
    files: dict[str, str | Path] = {}
    for target, folder in folders.items():
        if not folder.is_dir():
            raise BuildError(f"firmware folder {folder} is missing (board {board.name!r}, "
                             f"backend {backend!r}); is the checkout complete?")
        files.update({f"src/{target}/{f.relative_to(folder).as_posix()}": f
                      for f in sorted(folder.rglob("*")) if _is_source(f)})
    files.update({f"src/{path}": text for path, text in sources.files.items()})
    files["src/hil_model_meta.c"] = render(
        "hil_model_meta.c.j2", model_name=model_name, sha256=sha256, board_name=board.name)
    include_dirs = ["src", *(f"src/{target}" for target in folders)]
    files["platformio.ini"] = render(
        "platformio.ini.j2", model_name=model_name, sha256=sha256, board_name=board.name,
        backend=backend, board_envs=paths.PROJECT_ROOT / "platformio.ini", core_dir=core_dir(),
        env=board.pio_env, baudrate=board.baudrate,
        src_flags=[*(f"-I{d}" for d in include_dirs), f"-DHIL_BAUD={board.baudrate}",
                   *sources.build_flags], lib_deps=list(sources.lib_deps))
    return files


def _is_source(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".")


def _claim(out_dir: Path) -> None:
    """Refuses to write into a non-empty folder that is not a rendered project."""
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MANIFEST).is_file():
        raise BuildError(f"{out_dir} is not empty and holds no rendered project ({MANIFEST}); "
                         "choose an empty or new folder")
    out_dir.mkdir(parents=True, exist_ok=True)


def _write_tree(out_dir: Path, files: dict[str, str | Path]) -> None:
    for relative, content in files.items():
        target = out_dir / relative
        new = content.read_bytes() if isinstance(content, Path) else content.encode()
        if not target.is_file() or target.read_bytes() != new:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(new)
    wanted = {out_dir / relative for relative in files}
    for stale in [p for p in (out_dir / "src").rglob("*") if p.is_file() and p not in wanted]:
        stale.unlink()
    for folder in sorted((out_dir / "src").rglob("*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            shutil.rmtree(folder)


def _digest(files: dict[str, str | Path]) -> str:
    digest = hashlib.sha256()
    for relative in sorted(files):
        content = files[relative]
        data = content.read_bytes() if isinstance(content, Path) else content.encode()
        digest.update(relative.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()
