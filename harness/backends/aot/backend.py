"""The "aot" backend: the model compiled ahead of time to calls of portable C kernels."""

from __future__ import annotations

from harness.backends.aot.codegen import MODEL_FILE, kernels_dir, render_model
from harness.backends.aot.program import Program, lower_model
from harness.backends.base import BACKENDS, Backend, GeneratedSources, KernelChoice
from harness.boards import Board
from harness.model.tflite import TfliteModel

DSP_FLAG = "-DAOT_USE_DSP"
LINK_FLAGS = ("-lm",)  # expf, tanhf, roundf: newlib and glibc keep them in libm


def compile_program(model: TfliteModel, model_name: str, preserve_inputs: bool = True,
                    dsp: bool = False) -> Program:
    """Lower and plan the model; raises UnsupportedModelError naming what is missing. `dsp`:
    the core has the DSP extension."""
    return lower_model(model, model_name, preserve_inputs,
                       frozenset({"dsp"}) if dsp else frozenset())


def generate_sources(model: TfliteModel, model_name: str, *, dsp: bool = False
                     ) -> GeneratedSources:
    """aot_model.c plus the kernel folder. With `dsp` the model calls the Cortex-M DSP-extension
    kernels (AOT_USE_DSP) where a layer suits them, with constants laid out for them; without,
    only the portable kernels."""
    program = compile_program(model, model_name, dsp=dsp)
    return GeneratedSources(files={MODEL_FILE: render_model(program, model_name)},
                            source_dirs=(kernels_dir(),),
                            build_flags=LINK_FLAGS + ((DSP_FLAG,) if dsp else ()),
                            activation_bytes=program.arena_bytes)


class AotBackend(Backend):
    name = "aot"
    description = "ahead-of-time C: planned arena, precomputed quantization, no interpreter"

    def check(self, model: TfliteModel, model_name: str, board: Board) -> None:
        compile_program(model, model_name, dsp=board.has("dsp"))

    def generate(self, model: TfliteModel, tflite: bytes, model_name: str,
                 board: Board) -> GeneratedSources:
        return generate_sources(model, model_name, dsp=board.has("dsp"))

    def kernel_choices(self, model: TfliteModel, model_name: str, board: Board
                       ) -> dict[int, KernelChoice]:
        return compile_program(model, model_name, dsp=board.has("dsp")).choices


BACKENDS.add(AotBackend.name, AotBackend())
