"""Render and build the firmware for one model variant on one board with one backend."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from harness import locks, paths
from harness.backends.base import Backend
from harness.boards import Board
from harness.firmware import MemoryUsage, RenderedProject, build_project, render_project
from harness.model.tflite import TfliteModel
from harness.names import file_name
from harness.protocol.registry import DeviceProtocol, get_protocol


@dataclass(frozen=True)
class Firmware:
    project: RenderedProject
    elf: Path
    usage: MemoryUsage
    sha256: str  # of the ELF: which firmware produced a result
    built: bool  # False when an unchanged project was reused


def build_firmware(model: TfliteModel, model_name: str, variant: str, board: Board,
                   backend: Backend, protocol: DeviceProtocol | None = None) -> Firmware:
    """One project folder per board, backend, model, variant and protocol under build/projects,
    so a rebuild of the same model only recompiles what changed."""
    protocol = protocol or get_protocol("binary")
    suffix = "" if protocol.name == "binary" else f"-{protocol.name}"
    folder = (paths.build_dir() / "projects" / file_name(board.name) / file_name(backend.name)
              / file_name(f"{model_name}-{variant}{suffix}"))
    with locks.held(folder):
        project = render_project(model, board, backend, folder, model_name=model_name,
                                 protocol=protocol)
        result = build_project(project)
        elf_sha256 = hashlib.sha256(result.elf.read_bytes()).hexdigest()
    return Firmware(project, result.elf, result.usage, elf_sha256, result.built)

