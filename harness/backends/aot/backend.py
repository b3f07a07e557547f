"""The "aot" backend: the model compiled ahead of time to calls of portable C kernels."""

from __future__ import annotations

from harness.backends.aot.codegen import MODEL_FILE, kernels_dir, render_model
from harness.backends.aot.program import Program, lower_model
from harness.backends.base import BACKENDS, Backend, GeneratedSources, KernelChoice
from harness.boards import Board
from harness.model.tflite import TfliteModel

DSP_FLAG = "-DAOT_USE_DSP"
MVE_FLAG = "-DAOT_USE_MVE"
# The core features the kernels are written for, and the flag that compiles each set in.
FEATURE_FLAGS = {"dsp": DSP_FLAG, "mve": MVE_FLAG}
LINK_FLAGS = ("-lm",)  # expf, tanhf, roundf: newlib and glibc keep them in libm


def kernel_features(board: Board) -> frozenset[str]:
    """The board's core features some AOT kernels are made for ("dsp", "mve")."""
    return frozenset(f for f in FEATURE_FLAGS if board.has(f))


def _features(dsp: bool, features: frozenset[str] | None) -> frozenset[str]:
    return (frozenset({"dsp"}) if dsp else frozenset()) | (features or frozenset())


def compile_program(model: TfliteModel, model_name: str, preserve_inputs: bool = True,
                    dsp: bool = False, features: frozenset[str] | None = None) -> Program:
    """Lower and plan the model; raises UnsupportedModelError naming what is missing. `dsp`:
    the core has the DSP extension; `features`: the core's features ("dsp", "mve")."""
    return lower_model(model, model_name, preserve_inputs, _features(dsp, features))


def generate_sources(model: TfliteModel, model_name: str, *, dsp: bool = False,
                     features: frozenset[str] | None = None) -> GeneratedSources:
    """aot_model.c plus the kernel folder. With `dsp` (or "dsp" in `features`) the model calls
    the Cortex-M DSP-extension kernels (AOT_USE_DSP) where a layer suits them, with "mve" the
    Helium kernels (AOT_USE_MVE), with constants laid out for them; without, only the portable
    kernels."""
    chosen = _features(dsp, features)
    return program_sources(compile_program(model, model_name, features=chosen), model_name,
                           chosen)


def program_sources(program: Program, model_name: str, features: frozenset[str]
                    ) -> GeneratedSources:
    """The sources of a compiled program (lowered for `features`)."""
    flags = tuple(flag for feature, flag in FEATURE_FLAGS.items() if feature in features)
    return GeneratedSources(files={MODEL_FILE: render_model(program, model_name)},
                            source_dirs=(kernels_dir(),),
                            build_flags=LINK_FLAGS + flags,
                            activation_bytes=program.arena_bytes)


class AotBackend(Backend):
    name = "aot"
    description = "ahead-of-time C: planned arena, precomputed quantization, no interpreter"

    def check(self, model: TfliteModel, model_name: str, board: Board) -> None:
        compile_program(model, model_name, features=kernel_features(board))

    def generate(self, model: TfliteModel, tflite: bytes, model_name: str,
                 board: Board) -> GeneratedSources:
        return generate_sources(model, model_name, features=kernel_features(board))

    def kernel_choices(self, model: TfliteModel, model_name: str, board: Board
                       ) -> dict[int, KernelChoice]:
        return compile_program(model, model_name, features=kernel_features(board)).choices


BACKENDS.add(AotBackend.name, AotBackend())
