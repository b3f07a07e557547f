"""Render the PlatformIO project of one model on one board with one backend.

Layout of a rendered project:
    platformio.ini       the board's environment written out in full (project_config.py), with
                         the model's build_src_flags/lib_deps: the project stands alone
    src/                 generated files: hil_model_meta.c and the backend's files
    src/common/          copy of firmware/common (board, model, protocol interfaces; framing)
    src/protocol/        copy of firmware/protocols/<protocol>: the device protocol
    src/board/           copy of firmware/boards/<family> (startup, drivers, linker script)
    src/backend/<name>/  copies of the backend's plain source folders
    platforms/<name>/    the harness's development platform, for the emulated boards
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
from harness.firmware.project_config import board_environment, ini_lines, platform_files
from harness.firmware.templates import render
from harness.model.tflite import TfliteModel, read_model
from harness.names import checked_name
from harness.protocol.registry import DeviceProtocol, get_protocol

MANIFEST = "hil-project.json"


@dataclass(frozen=True)
class RenderedProject:
    root: Path
    env: str  # the PlatformIO environment to build (the board's)
    board: Board
    backend: str
    model_name: str
    protocol: str  # the device protocol the firmware speaks (harness.protocol.registry)
    sha256: str  # of the .tflite
    activation_bytes: int
    digest: str  # of every rendered file: equal digests, equal firmware

    @property
    def elf_path(self) -> Path:
        return self.root / ".pio" / "build" / self.env / "firmware.elf"


def render_project(tflite: TfliteModel | Path | bytes, board: Board, backend: Backend,
                   out_dir: Path, model_name: str | None = None,
                   protocol: DeviceProtocol | None = None) -> RenderedProject:
    """Writes the project into `out_dir` (created, or a project rendered there before).
    `tflite`: the parsed model, or a .tflite file or its bytes; `protocol`: the device protocol
    the firmware speaks (default: the binary one).

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
    protocol = protocol or get_protocol("binary")
    files = _project_files(sources, board, backend.name, name, model.sha256, protocol,
                           protocol.baudrate(model, board))
    files.update({f"src/{path}": text
                  for path, text in protocol.firmware_files(model, board, name).items()})
    out_dir = Path(out_dir).resolve()
    _claim(out_dir)
    _write_tree(out_dir, files)
    project = RenderedProject(out_dir, board.pio_env, board, backend.name, name, protocol.name,
                              model.sha256, sources.activation_bytes, _digest(files))
    manifest = {**vars(project), "root": str(out_dir), "board": board.name}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return project


def _project_files(sources: GeneratedSources, board: Board, backend: str, model_name: str,
                   sha256: str, protocol: DeviceProtocol, baudrate: int
                   ) -> dict[str, str | Path]:
    """Relative path -> text to write, or a file to copy."""
    folders = {"common": paths.firmware_dir() / "common",
               "protocol": paths.firmware_dir() / "protocols" / protocol.firmware_folder,
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
    options = {**board_environment(board),
               "build_src_flags": [*(f"-I{d}" for d in include_dirs),
                                   f"-DHIL_BAUD={baudrate}", *sources.build_flags],
               "monitor_speed": baudrate}
    if sources.lib_deps:
        options["lib_deps"] = list(sources.lib_deps)
    files.update(platform_files(board))
    files["platformio.ini"] = render(
        "platformio.ini.j2", model_name=model_name, sha256=sha256, board_name=board.name,
        backend=backend, env=board.pio_env, options=ini_lines(options))
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
    for tree in (out_dir / "src", out_dir / "platforms"):
        for stale in [p for p in tree.rglob("*") if p.is_file() and p not in wanted]:
            stale.unlink()
        for folder in sorted(tree.rglob("*"), reverse=True):
            if folder.is_dir() and not any(folder.iterdir()):
                shutil.rmtree(folder)


def _digest(files: dict[str, str | Path]) -> str:
    digest = hashlib.sha256()
    for relative in sorted(files):
        content = files[relative]
        data = content.read_bytes() if isinstance(content, Path) else content.encode()
        digest.update(relative.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()
