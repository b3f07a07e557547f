"""The "aot" backend: the model compiled ahead of time to calls of portable C kernels."""

from __future__ import annotations

from harness.backends.aot.codegen import MODEL_FILE, kernels_dir, render_model
from harness.backends.aot.program import Program, lower_model
from harness.backends.base import BACKENDS, Backend, GeneratedSources
from harness.boards import Board
from harness.tflite import TfliteModel

DSP_FLAG = "-DAOT_USE_DSP"
LINK_FLAGS = ("-lm",)  # expf, tanhf, roundf: newlib and glibc keep them in libm


def compile_program(model: TfliteModel, model_name: str, preserve_inputs: bool = True
                    ) -> Program:
    """Lower and plan the model; raises UnsupportedModelError naming what is missing."""
    return lower_model(model, model_name, preserve_inputs)


def generate_sources(model: TfliteModel, model_name: str, *, dsp: bool = False
                     ) -> GeneratedSources:
    """aot_model.c plus the kernel folder. The kernels are portable C; `dsp` turns on their
    Cortex-M DSP-extension paths (AOT_USE_DSP) without changing the generated code."""
    program = compile_program(model, model_name)
    return GeneratedSources(files={MODEL_FILE: render_model(program, model_name)},
                            source_dirs=(kernels_dir(),),
                            build_flags=LINK_FLAGS + ((DSP_FLAG,) if dsp else ()),
                            activation_bytes=program.plan.size)


class AotBackend(Backend):
    name = "aot"
    description = "ahead-of-time C: planned arena, precomputed quantization, no interpreter"

    def check(self, model: TfliteModel, model_name: str, board: Board) -> None:
        compile_program(model, model_name)

    def generate(self, model: TfliteModel, tflite: bytes, model_name: str,
                 board: Board) -> GeneratedSources:
        return generate_sources(model, model_name, dsp=board.has("dsp"))


BACKENDS.add(AotBackend.name, AotBackend())
