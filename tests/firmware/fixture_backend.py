"""A test-only backend: fixture/fixture_model.c behind hil_model.h, with a .tflite that declares
the same inputs and outputs, and the operators the fixture's profile names (the firmware reports
the .tflite's hash, nothing else of it).

`expected_outputs` is the fixture's function in numpy, so end-to-end tests can check every byte
the emulated board returns. The image is 128 pixels square, or `side` (a multiple of 32) for a
board with little RAM."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import flatbuffers
import numpy as np
from ai_edge_litert import schema_py_generated as schema

from harness.backends.base import Backend, GeneratedSources
from harness.boards import Board
from harness.model.tflite import TfliteModel

FIXTURE_DIR = Path(__file__).parent / "fixture"
SIDE = 128
PARAMS_SHAPE = (1, 3)
# What the fixture's profile reports: (operator index in fixture_tflite(), op name); operator 1,
# a RESHAPE, is folded away and not timed.
PROFILED_OPERATORS = [(0, "ADD"), (2, "MUL"), (3, "SPIN")]
NO_PROFILE_FLAG = "-DHIL_FIXTURE_NO_PROFILE"


class FixtureBackend(Backend):
    name = "fixture"
    description = "test fixture: a deterministic C function with two inputs and two outputs"
    side = SIDE  # of the image

    def __init__(self, side: int = SIDE):
        self.side = side

    def check(self, model: TfliteModel, model_name: str, board: Board) -> None:
        """Any model: the fixture ignores everything but the hash."""

    def generate(self, model: TfliteModel, tflite: bytes, model_name: str,
                 board: Board) -> GeneratedSources:
        # -Werror: the fixture build doubles as the check that the firmware's own sources
        # (common, board, fixture) compile warning-free at -Wall -Wextra.
        return GeneratedSources(files={}, source_dirs=(FIXTURE_DIR,),
                                build_flags=("-Werror", f"-DHIL_FIXTURE_SIDE={self.side}u"),
                                activation_bytes=2 * self.side ** 2 + 2 * 12)


class FixtureWithoutProfile(FixtureBackend):
    """The fixture without its profile functions: the firmware links the weak defaults."""

    def generate(self, model: TfliteModel, tflite: bytes, model_name: str,
                 board: Board) -> GeneratedSources:
        sources = super().generate(model, tflite, model_name, board)
        return replace(sources, build_flags=(*sources.build_flags, NO_PROFILE_FLAG))


def expected_outputs(image: np.ndarray, params: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What fixture_model.c computes for int8 `image` (1xSxS) and float32 `params` (1x3)."""
    index = np.arange(image.size, dtype=np.uint32)
    out = (image.reshape(-1).view(np.uint8).astype(np.uint32) * 3 + 7 + index) & 0xFF
    image_out = out.astype(np.uint8).view(np.int8).reshape(image.shape)
    scratch = image_out.reshape(-1)[-512:].view(np.uint8)[:3].astype(np.float32)
    params_out = params.reshape(-1).astype(np.float32) * np.float32(2.0) + np.float32(0.5)
    return image_out, (params_out + scratch).reshape(PARAMS_SHAPE).astype(np.float32)


def fixture_tflite(operators: bool = False, side: int = SIDE) -> bytes:
    """A .tflite with the fixture's inputs and outputs. With `operators`, four operators stand
    for the fixture's stages, as its profile names them: ADD (image), RESHAPE and MUL (params),
    a custom SPIN (the timing loop); without, none (so the AOT backend can render it too)."""
    tensors = [
        _tensor("image", (1, side, side), schema.TensorType.INT8, (0.5, -3)),
        _tensor("params", PARAMS_SHAPE, schema.TensorType.FLOAT32, None),
        _tensor("image_out", (1, side, side), schema.TensorType.INT8, (0.25, 5)),
        _tensor("params_out", PARAMS_SHAPE, schema.TensorType.FLOAT32, None),
    ]
    graph = schema.SubGraphT()
    graph.tensors, graph.inputs, graph.outputs, graph.operators = tensors, [0, 1], [2, 3], []
    codes = []
    if operators:
        tensors += [_tensor("params_flat", (3,), schema.TensorType.FLOAT32, None),
                    _tensor("params_scaled", (3,), schema.TensorType.FLOAT32, None)]
        codes = [_opcode(schema.BuiltinOperator.ADD), _opcode(schema.BuiltinOperator.RESHAPE),
                 _opcode(schema.BuiltinOperator.MUL),
                 _opcode(schema.BuiltinOperator.CUSTOM, "SPIN")]
        graph.operators = [_operator(0, [0], [2]), _operator(1, [1], [4]),
                           _operator(2, [4], [5]), _operator(3, [5], [3])]
    model = schema.ModelT()
    model.version, model.subgraphs, model.description = 3, [graph], b"hil firmware fixture"
    model.operatorCodes, model.buffers = codes, [schema.BufferT()]
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


def _opcode(builtin: int, custom: str | None = None) -> schema.OperatorCodeT:
    code = schema.OperatorCodeT()
    code.builtinCode, code.deprecatedBuiltinCode, code.version = builtin, min(builtin, 127), 1
    code.customCode = custom.encode() if custom else None
    return code


def _operator(code: int, inputs: list[int], outputs: list[int]) -> schema.OperatorT:
    operator = schema.OperatorT()
    operator.opcodeIndex, operator.inputs, operator.outputs = code, inputs, outputs
    return operator
