"""Prefixes of a model's graph: its first N operators, the last one's outputs made the model's
outputs. Loading growing prefixes finds the first operator an interpreter fails on."""

from __future__ import annotations

import flatbuffers
import numpy as np
from ai_edge_litert import schema_py_generated as schema

from harness.errors import ModelFormatError
from harness.model.tflite import read_model


class GraphPrefixes:
    """Makes prefix models of one .tflite (unpacked once)."""

    def __init__(self, model: bytes):
        self._names = [op.opcode for op in read_model(model).operators]  # a readable model
        try:
            self._model = schema.ModelT.InitFromPackedBuf(bytearray(model), 0)
        except Exception as exc:
            raise ModelFormatError(f"the model is a corrupt TensorFlow Lite model ({exc})") \
                from None
        self._model.signatureDefs = None  # they name the whole graph's outputs
        self._graph = self._model.subgraphs[0]
        self._operators = list(self._graph.operators or [])
        self._size = len(model)

    @property
    def count(self) -> int:
        return len(self._operators)

    def opcode(self, index: int) -> str:
        return self._names[index]

    def prefix(self, count: int) -> bytes:
        """The model cut after its first `count` operators (1 <= count <= self.count)."""
        self._graph.operators = self._operators[:count]
        self._graph.outputs = np.asarray(self._operators[count - 1].outputs, dtype=np.int32)
        builder = flatbuffers.Builder(self._size + 4096)
        builder.Finish(self._model.Pack(builder), file_identifier=b"TFL3")
        return bytes(builder.Output())
