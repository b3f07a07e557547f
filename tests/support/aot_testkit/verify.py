"""Run the same samples through the AOT host build and through the reference interpreters.

int8 models are checked bit for bit against TFLM's reference kernels (the `tflite-micro`
package); float32 models against the TFLite interpreter (LiteRT) within a relative tolerance.
A sample is a list with one array per model input.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from aot_testkit.host import HostModel, build_library

from harness.backends.aot.backend import generate_sources, program_sources
from harness.backends.aot.program import Program
from harness.backends.base import GeneratedSources
from harness.model.native_output import quiet_native_output
from harness.model.tflite import read_model

Sample = Sequence[np.ndarray]


def aot_outputs(tflite: bytes, samples: Sequence[Sample], model_name: str = "model",
                dsp: bool = False, features: frozenset[str] | None = None
                ) -> list[list[np.ndarray]]:
    """Outputs of the host build (with the kernels' DSP paths, emulated, when `dsp`; the paths
    for the core `features`, "dsp" and "mve", emulated)."""
    return _outputs(generate_sources(read_model(tflite), model_name, dsp=dsp,
                                     features=features), samples)


def program_outputs(program: Program, samples: Sequence[Sample], features: frozenset[str]
                    ) -> list[list[np.ndarray]]:
    """Outputs of the host build of a compiled program (its plan as it stands)."""
    return _outputs(program_sources(program, "model", features), samples)


def _outputs(sources: GeneratedSources, samples: Sequence[Sample]) -> list[list[np.ndarray]]:
    with HostModel(build_library(sources)) as model:
        return [model.run(*sample) for sample in samples]


def tflm_outputs(tflite: bytes, samples: Sequence[Sample]) -> list[list[np.ndarray]]:
    from tflite_micro.python.tflite_micro import runtime

    model = read_model(tflite)
    # The package's default arena (10x the file size) is too small for models that are
    # mostly activations; this bound covers every tensor plus TFLM's own bookkeeping.
    arena = 10 * len(tflite) + 2 * sum(t.nbytes for t in model.tensors) + (64 << 10)
    interpreter = runtime.Interpreter.from_bytes(tflite, arena_size=arena)
    n_outputs = len(model.outputs)
    results = []
    for sample in samples:
        for i, value in enumerate(sample):
            details = interpreter.get_input_details(i)
            interpreter.set_input(np.asarray(value, dtype=details["dtype"])
                                  .reshape(details["shape"]), i)
        interpreter.invoke()
        results.append([np.array(interpreter.get_output(i))
                        for i in range(n_outputs)])
    return results


def litert_outputs(tflite: bytes, samples: Sequence[Sample]) -> list[list[np.ndarray]]:
    from ai_edge_litert.interpreter import Interpreter

    with quiet_native_output():
        interpreter = Interpreter(model_content=tflite)
        interpreter.allocate_tensors()
    inputs, outputs = interpreter.get_input_details(), interpreter.get_output_details()
    results = []
    for sample in samples:
        for details, value in zip(inputs, sample, strict=True):
            interpreter.set_tensor(details["index"], np.asarray(value, dtype=details["dtype"])
                                   .reshape(details["shape"]))
        interpreter.invoke()
        results.append([interpreter.get_tensor(d["index"]).copy() for d in outputs])
    return results


def relative_error(actual: np.ndarray, expected: np.ndarray) -> float:
    """max |actual - expected| relative to the largest |expected| of the tensor."""
    expected = np.asarray(expected, dtype=np.float64)
    scale = max(float(np.max(np.abs(expected), initial=0.0)), np.finfo(np.float32).tiny)
    return float(np.max(np.abs(np.asarray(actual, dtype=np.float64) - expected), initial=0.0)
                 / scale)
