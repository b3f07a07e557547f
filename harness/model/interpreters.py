"""Host interpreters: LiteRT (TFLite) and the TFLM reference interpreter (the numerical oracle
a device must reproduce). Both run one sample at a time with batch size 1, like a device."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

import numpy as np

from harness.errors import ModelFormatError, UnsupportedModelError
from harness.model.crash_probe import check_tflm_survives
from harness.model.native_output import captured_native_output, quiet_native_output
from harness.model.quantization import TensorSpec


class HostInterpreter(Protocol):
    input_spec: TensorSpec
    output_spec: TensorSpec

    def run(self, x: np.ndarray) -> np.ndarray:
        """One sample, already in the input's dtype, without the batch dimension."""


def _spec(details: dict) -> TensorSpec:
    quant = details.get("quantization_parameters", {})
    scales, zero_points = quant.get("scales", []), quant.get("zero_points", [])
    scale = float(scales[0]) if len(scales) else float(details.get("quantization", (0.0, 0))[0])
    zero = int(zero_points[0]) if len(zero_points) else int(details.get("quantization", (0, 0))[1])
    return TensorSpec(tuple(int(d) for d in details["shape"]), np.dtype(details["dtype"]),
                      scale, zero)


class LiteRT:
    """The TFLite interpreter (ai-edge-litert)."""

    def __init__(self, model: bytes):
        from ai_edge_litert.interpreter import Interpreter

        with quiet_native_output():  # LiteRT announces its XNNPACK delegate on stderr
            self._it = Interpreter(model_content=model)
            self._it.allocate_tensors()
        inputs, outputs = self._it.get_input_details(), self._it.get_output_details()
        _require_single_io(len(inputs), len(outputs))
        self._in, self._out = inputs[0]["index"], outputs[0]["index"]
        self.input_spec, self.output_spec = _spec(inputs[0]), _spec(outputs[0])

    def run(self, x: np.ndarray) -> np.ndarray:
        spec = self.input_spec
        self._it.set_tensor(self._in, x.reshape(spec.shape).astype(spec.dtype))
        self._it.invoke()
        return self._it.get_tensor(self._out).reshape(self.output_spec.shape[1:]).copy()


class Tflm:
    """The TFLM reference interpreter from the tflite-micro package."""

    def __init__(self, model: bytes, label: str = "the model"):
        from tflite_micro.python.tflite_micro import runtime

        check_tflm_survives(model, label)  # a TFLM limit or a crash is named, never suffered
        said = ""
        try:
            with captured_native_output() as output:  # TFLM says why on stderr, not in `exc`
                try:
                    self._it = runtime.Interpreter.from_bytes(model)
                finally:
                    said = " ".join(output().split())
        except RuntimeError as exc:
            why = f" (TFLM says: {said})" if said else ""
            raise UnsupportedModelError(f"TFLM cannot run this model: {exc}{why}") from None
        except Exception as exc:  # its Python wrapper parses the flatbuffer: corrupt data
            raise ModelFormatError(f"TFLM cannot read this model ({exc}); is it a valid "
                                   ".tflite?") from None
        self.input_spec = _spec(self._it.get_input_details(0))
        self.output_spec = _spec(self._it.get_output_details(0))

    def run(self, x: np.ndarray) -> np.ndarray:
        self._it.set_input(x.reshape(self.input_spec.shape).astype(self.input_spec.dtype), 0)
        self._it.invoke()
        return np.asarray(self._it.get_output(0)).reshape(self.output_spec.shape[1:]).copy()


def _require_single_io(inputs: int, outputs: int) -> None:
    if inputs != 1 or outputs != 1:
        raise UnsupportedModelError(
            f"the model has {inputs} inputs and {outputs} outputs; the harness evaluates "
            "single-input, single-output models")


def run_all(interpreter: HostInterpreter, samples: Iterable[np.ndarray]) -> np.ndarray:
    """Raw outputs for each sample, stacked."""
    return np.stack([interpreter.run(x) for x in samples])


def tflm_arena_bytes(model: bytes) -> int:
    """Arena bytes the host TFLM interpreter allocated (64-bit host: an upper bound for a
    32-bit MCU). TFLM reports it only as text on the process's stdout/stderr."""
    from tflite_micro.python.tflite_micro import runtime

    check_tflm_survives(model)
    with captured_native_output() as output:
        runtime.Interpreter.from_bytes(model).print_allocations()
        text = output()
    match = re.search(r"Arena allocation total (\d+) bytes", text)
    if not match:
        raise RuntimeError("tflite-micro did not report its arena allocation")
    return int(match.group(1))
