"""Render and build the firmware for one model variant on one board with one backend."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from harness import paths
from harness.backends.base import Backend
from harness.boards import Board
from harness.firmware import MemoryUsage, RenderedProject, build_project, render_project


@dataclass(frozen=True)
class Firmware:
    project: RenderedProject
    elf: Path
    usage: MemoryUsage
    sha256: str  # of the ELF: which firmware produced a result
    built: bool  # False when an unchanged project was reused


def build_firmware(tflite: bytes, model_name: str, variant: str, board: Board,
                   backend: Backend) -> Firmware:
    """One project folder per board, backend, model and variant under build/projects, so a
    rebuild of the same model only recompiles what changed."""
    folder = (paths.build_dir() / "projects" / safe_name(board.name) / safe_name(backend.name)
              / f"{safe_name(model_name)}-{safe_name(variant)}")
    project = render_project(tflite, board, backend, folder, model_name=model_name)
    result = build_project(project)
    return Firmware(project, result.elf, result.usage,
                    hashlib.sha256(result.elf.read_bytes()).hexdigest(), result.built)


def safe_name(text: str) -> str:
    """A file-name-safe form of a user-chosen name."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("._")
    return cleaned[:64] or "model"
