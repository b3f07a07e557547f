"""The TFLM backend: the model runs under tflite::MicroInterpreter with its own op resolver."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import jinja2

from harness import paths
from harness.backends.base import Backend, GeneratedSources
from harness.backends.tflm.arena import Arena, arena_for
from harness.backends.tflm.compat import check_compatible
from harness.backends.tflm.flags import TflmFlags
from harness.backends.tflm.precompile import precompiled_library
from harness.backends.tflm.resolver import ResolverOp, missing_methods, resolver_ops
from harness.backends.tflm.source import LocalTree, TflmSource, resolve_source
from harness.boards import Board
from harness.errors import UnsupportedModelError
from harness.model.c_array import c_array_rows
from harness.model.tflite import TfliteModel
from harness.names import comment_text

_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("harness.backends.tflm", "templates"),
    undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
_TEMPLATES.filters["c_comment"] = comment_text  # model and op names from the user's model


@dataclass
class TflmBackend(Backend):
    """`library`: a local TFLM tree (`--tflm PATH`); None defers to HIL_TFLM_PATH, then to the
    board's pinned registry library. `allow_wrong_outputs` turns the refusal of a model the
    library computes wrongly into a TflmCompatibilityWarning."""

    library: Path | None = None
    allow_wrong_outputs: bool = False
    name: str = "tflm"
    description: str = "TensorFlow Lite Micro interpreter (CMSIS-NN kernels when the tree has them)"

    def with_tflm_library(self, library: Path) -> TflmBackend:
        return replace(self, library=library)

    def source(self, board: Board) -> TflmSource:
        return resolve_source(board, self.library)

    def check(self, model: TfliteModel, model_name: str, board: Board) -> None:
        self._checked_ops(model, self.source(board), model_name, board.name)

    def generate(self, model: TfliteModel, tflite: bytes, model_name: str,
                 board: Board) -> GeneratedSources:
        """Sources for this model; with a local tree, also compiles (or reuses) libtflm.a."""
        source = self.source(board)
        ops = self._checked_ops(model, source, model_name, board.name)
        arena = arena_for(tflite, kernel_sums=board.has("mve"))
        if arena.bytes > board.ram_bytes:
            raise UnsupportedModelError(
                f"the model's TFLM arena ({arena.bytes} bytes) exceeds the {board.ram_bytes} bytes "
                f"of RAM on {board.name}; use a smaller model or a board with more RAM")
        files = render_sources(model, tflite, model_name, ops, arena)
        source_dirs = (paths.firmware_dir() / "backends" / "tflm",)
        if isinstance(source, LocalTree):
            flags = TflmFlags.for_board(source.root, board)
            library = precompiled_library(source.root, flags)
            return GeneratedSources(files, source_dirs, flags.firmware_flags() + library.link_flags,
                                    activation_bytes=arena.bytes)
        return GeneratedSources(files, source_dirs, lib_deps=(source.lib_dep,),
                                activation_bytes=arena.bytes)

    def _checked_ops(self, model: TfliteModel, source: TflmSource, model_name: str,
                     board: str) -> list[ResolverOp]:
        ops = resolver_ops(model)
        check_compatible(model, source.capabilities, self.allow_wrong_outputs, model_name, board)
        if isinstance(source, LocalTree):
            missing = missing_methods(ops, source.root)
            if missing:
                raise UnsupportedModelError(
                    f"the TFLM tree at {source.path} has no {missing[0].method}() for the "
                    f"model's {missing[0].opcode} op (an older TFLM release); use a newer tree")
        return ops


def render_sources(model: TfliteModel, tflite: bytes, model_name: str,
                   ops: list[ResolverOp], arena: Arena) -> dict[str, str]:
    """The generated files, relative to the project's src/."""
    context = {
        "model_name": model_name, "sha256": model.sha256, "ops": ops,
        "arena_bytes": arena.bytes, "host_arena_bytes": arena.host_bytes,
        "operator_count": len(model.operators), "input_count": len(model.inputs),
        "output_count": len(model.outputs), "rows": c_array_rows(tflite), "length": len(tflite),
    }
    return {name.removesuffix(".j2"): _TEMPLATES.get_template(name).render(context)
            for name in ("hil_tflm_model.h.j2", "hil_tflm_model_data.cc.j2")}

