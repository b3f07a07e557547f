"""Render and build the firmware for one model variant on one board with one backend."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from harness import paths
from harness.backends.base import Backend
from harness.boards import Board
from harness.firmware import MemoryUsage, RenderedProject, build_project, render_project
from harness.model.tflite import TfliteModel
from harness.names import file_name


@dataclass(frozen=True)
class Firmware:
    project: RenderedProject
    elf: Path
    usage: MemoryUsage
    sha256: str  # of the ELF: which firmware produced a result
    built: bool  # False when an unchanged project was reused


def build_firmware(model: TfliteModel, model_name: str, variant: str, board: Board,
                   backend: Backend) -> Firmware:
    """One project folder per board, backend, model and variant under build/projects, so a
    rebuild of the same model only recompiles what changed."""
    folder = (paths.build_dir() / "projects" / file_name(board.name) / file_name(backend.name)
              / file_name(f"{model_name}-{variant}"))
    project = render_project(model, board, backend, folder, model_name=model_name)
    result = build_project(project)
    return Firmware(project, result.elf, result.usage,
                    hashlib.sha256(result.elf.read_bytes()).hexdigest(), result.built)

