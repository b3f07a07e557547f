"""Where the TFLM library comes from: a local tree the user names, or a pinned registry library.

Precedence (highest first): an explicit path (`--tflm PATH`, a test parameter), the
`HIL_TFLM_PATH` environment variable, the `tflm` setting (HIL_TFLM or [tool.hil] tflm in
pyproject.toml, through harness.settings), the board's pinned PlatformIO registry library.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from harness.backends.tflm.probe import (
    PerChannelFc,
    TflmCapabilities,
    TflmLibraryError,
    library_root,
    probe_tree,
)
from harness.boards import Board
from harness.settings import project_config, resolve

ENVIRONMENT_VARIABLE = "HIL_TFLM_PATH"


@dataclass(frozen=True)
class RegistryLibrary:
    """A TFLM build published in the PlatformIO registry, pinned to one version."""

    owner: str
    name: str
    version: str
    capabilities: TflmCapabilities

    @property
    def lib_dep(self) -> str:
        return f"{self.owner}/{self.name}@{self.version}"


# Checked against the library's own sources: version 2.0.0 (July 2024) is TFLM of mid-2024,
# before per-channel FULLY_CONNECTED, and applies the first weight scale to every output unit.
CHIRALE_2_0_0 = RegistryLibrary(
    "spaziochirale", "Chirale_TensorFLowLite", "2.0.0",
    TflmCapabilities(PerChannelFc.WRONG_OUTPUTS, "cmsis_nn", "Chirale_TensorFLowLite 2.0.0"))
# PlatformIO platforms whose boards can take the registry library above.
_REGISTRY_DEFAULTS = {"nordicnrf52": CHIRALE_2_0_0, "espressif32": CHIRALE_2_0_0}


@dataclass(frozen=True)
class LocalTree:
    """A TFLM tree on disk (create_tflm_tree.py output or an Arduino-style library)."""

    path: Path

    @property
    def root(self) -> Path:
        return library_root(self.path)

    @property
    def capabilities(self) -> TflmCapabilities:
        return probe_tree(self.path)


TflmSource = LocalTree | RegistryLibrary


def resolve_source(board: Board, explicit: Path | None = None,
                   config: Mapping[str, object] | None = None) -> TflmSource:
    """The TFLM library to build `board`'s firmware with, by the precedence above."""
    if explicit is not None:
        return _local(Path(explicit), "--tflm")
    if os.environ.get(ENVIRONMENT_VARIABLE):
        return _local(Path(os.environ[ENVIRONMENT_VARIABLE]), ENVIRONMENT_VARIABLE)
    configured = resolve("tflm", config=project_config() if config is None else config)
    if configured:
        return _local(Path(configured), "the tflm setting")
    if board.pio_platform in _REGISTRY_DEFAULTS:
        return _REGISTRY_DEFAULTS[board.pio_platform]
    raise TflmLibraryError(
        f"board {board.name!r} builds TFLM from a local tree (no registry library applies to it): "
        f"pass --tflm PATH or set {ENVIRONMENT_VARIABLE} to a tree made by TFLM's "
        "create_tflm_tree.py")


def _local(path: Path, origin: str) -> LocalTree:
    tree = LocalTree(path.expanduser().resolve())
    if not tree.path.is_dir():
        raise TflmLibraryError(f"{origin} names {path}, which is not a folder")
    library_root(tree.path)  # raises a clear error for a folder that is not a TFLM library
    return tree
