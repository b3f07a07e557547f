"""A test-only backend: fixture/fixture_model.c behind hil_model.h, with a .tflite that declares
the same inputs and outputs (the firmware reports the .tflite's hash, nothing else of it).

`expected_outputs` is the fixture's function in numpy, so end-to-end tests can check every byte
the emulated board returns."""

from __future__ import annotations

from pathlib import Path

import flatbuffers
import numpy as np
from ai_edge_litert import schema_py_generated as schema

from harness.backends.base import Backend, GeneratedSources
from harness.boards import Board
from harness.tflite import TfliteModel

FIXTURE_DIR = Path(__file__).parent / "fixture"
IMAGE_SHAPE = (1, 128, 128)
PARAMS_SHAPE = (1, 3)
ACTIVATION_BYTES = 2 * 128 * 128 + 2 * 12


class FixtureBackend(Backend):
    name = "fixture"
    description = "test fixture: a deterministic C function with two inputs and two outputs"

    def check(self, model: TfliteModel, model_name: str, board: Board) -> None:
        """Any model: the fixture ignores everything but the hash."""

    def generate(self, model: TfliteModel, tflite: bytes, model_name: str,
                 board: Board) -> GeneratedSources:
        # -Werror: the fixture build doubles as the check that the firmware's own sources
        # (common, board, fixture) compile warning-free at -Wall -Wextra.
        return GeneratedSources(files={}, source_dirs=(FIXTURE_DIR,), build_flags=("-Werror",),
                                activation_bytes=ACTIVATION_BYTES)


def expected_outputs(image: np.ndarray, params: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What fixture_model.c computes for int8 `image` (1x128x128) and float32 `params` (1x3)."""
    index = np.arange(image.size, dtype=np.uint32)
    out = (image.reshape(-1).view(np.uint8).astype(np.uint32) * 3 + 7 + index) & 0xFF
    image_out = out.astype(np.uint8).view(np.int8).reshape(IMAGE_SHAPE)
    scratch = image_out.reshape(-1)[-512:].view(np.uint8)[:3].astype(np.float32)
    params_out = params.reshape(-1).astype(np.float32) * np.float32(2.0) + np.float32(0.5)
    return image_out, (params_out + scratch).reshape(PARAMS_SHAPE).astype(np.float32)


def fixture_tflite() -> bytes:
    """A .tflite with the fixture's inputs and outputs and no operators."""
    tensors = [
        _tensor("image", IMAGE_SHAPE, schema.TensorType.INT8, (0.5, -3)),
        _tensor("params", PARAMS_SHAPE, schema.TensorType.FLOAT32, None),
        _tensor("image_out", IMAGE_SHAPE, schema.TensorType.INT8, (0.25, 5)),
        _tensor("params_out", PARAMS_SHAPE, schema.TensorType.FLOAT32, None),
    ]
    graph = schema.SubGraphT()
    graph.tensors, graph.inputs, graph.outputs, graph.operators = tensors, [0, 1], [2, 3], []
    model = schema.ModelT()
    model.version, model.subgraphs, model.description = 3, [graph], b"hil firmware fixture"
    model.operatorCodes, model.buffers = [], [schema.BufferT()]
    builder = flatbuffers.Builder(1024)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def _tensor(name: str, shape, tensor_type: int, quantization) -> schema.TensorT:
    tensor = schema.TensorT()
    tensor.name, tensor.shape, tensor.type, tensor.buffer = name.encode(), list(shape), \
        tensor_type, 0
    if quantization is not None:
        tensor.quantization = schema.QuantizationParametersT()
        tensor.quantization.scale = [quantization[0]]
        tensor.quantization.zeroPoint = [quantization[1]]
    return tensor
