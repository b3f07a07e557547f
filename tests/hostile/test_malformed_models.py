"""Hand-made bad .tflite files, one per way a file goes wrong, each refused with a clear error
naming the problem: by the reader, the renderer, the TFLM reference, and the `hil` commands
(one line on stderr, exit 1, no traceback)."""

from __future__ import annotations

import subprocess
import sys

import flatbuffers
import numpy as np
import pytest
from ai_edge_litert import schema_py_generated as schema
from aot_testkit.modelgen import ModelBuilder
from hil_command import hil

from harness.backends import get_backend
from harness.boards import get_board
from harness.errors import BuildError, ModelFormatError
from harness.firmware.render import render_project
from harness.model.tflite import read_model


def repacked(data: bytes, change) -> bytes:
    """`data` unpacked with the schema's object API, changed, packed again."""
    model = schema.ModelT.InitFromPackedBuf(bytearray(data), 0)
    change(model)
    builder = flatbuffers.Builder(1024)
    builder.Finish(model.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def fully_connected_called_add(model) -> None:
    """Structurally valid; TFLM's ADD kernel then aborts the process on FC's operands."""
    for code in model.operatorCodes:
        if code.builtinCode == schema.BuiltinOperator.FULLY_CONNECTED:
            code.builtinCode = code.deprecatedBuiltinCode = schema.BuiltinOperator.ADD


def wrong_schema() -> bytes:
    """A flatbuffer with the TFLite identifier whose root is another table (a Buffer)."""
    buffer = schema.BufferT()
    buffer.data = np.arange(200, dtype=np.uint8)
    builder = flatbuffers.Builder(256)
    builder.Finish(buffer.Pack(builder), file_identifier=b"TFL3")
    return bytes(builder.Output())


def shaped(data: bytes, shape) -> bytes:
    def change(model):
        model.subgraphs[0].tensors[0].shape = np.asarray(shape, np.int32)
    return repacked(data, change)


def too_big_for_the_board() -> bytes:
    """A consistent model whose activations (2 x 3 MiB) exceed the emulated board's 4 MiB."""
    m = ModelBuilder()
    x = m.tensor((1, 48, 256, 256), np.int8, scale=0.1, zero_point=0)
    y = m.tensor((1, 48, 256, 256), np.int8, scale=0.1, zero_point=0)
    m.op("RELU", [x], [y])
    return m.build(inputs=[x], outputs=[y])


MALFORMED = {
    "truncated": (lambda sine: sine[:len(sine) // 2], "corrupt"),
    "random bytes": (lambda sine: bytes(range(256)) * 4, "no 'TFL3' identifier"),
    "empty": (lambda sine: b"", "no 'TFL3' identifier"),
    "wrong schema": (lambda sine: wrong_schema(), "no subgraph|corrupt"),
    "huge shape": (lambda sine: shaped(sine, (1 << 16, 1 << 16)), "impossible shape"),
    "negative dimension": (lambda sine: shaped(sine, (1, -4)), "impossible shape"),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_each_malformed_file_is_refused_by_the_reader(model_bytes, case):
    make, message = MALFORMED[case]
    with pytest.raises(ModelFormatError, match=message):
        read_model(make(model_bytes["sine"]))


def test_a_model_too_big_for_the_board_is_refused_before_building(tmp_path):
    with pytest.raises(BuildError, match="more than the .* bytes of RAM on qemu-m4"):
        render_project(too_big_for_the_board(), get_board("qemu-m4"), get_backend("aot"),
                       tmp_path / "p", model_name="big")


def test_a_file_that_crashes_tflm_is_refused_and_the_harness_lives_on(model_bytes, tmp_path):
    """Run in a child Python: should the protection ever go, this test fails instead of taking
    pytest down with SIGABRT."""
    model = tmp_path / "crash.tflite"
    model.write_bytes(repacked(model_bytes["sine"], fully_connected_called_add))
    read_model(model)  # it parses: only TFLM itself finds out, by crashing
    script = ("import sys\nfrom harness.model.interpreters import Tflm\nfrom harness.errors import "
              "HilError\ntry:\n    Tflm(open(sys.argv[1], 'rb').read())\nexcept HilError as e:"
              "\n    print(e)\n")
    result = subprocess.run([sys.executable, "-c", script, str(model)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "TFLM's interpreter crashed (SIGABRT)" in result.stdout


@pytest.mark.parametrize("content, message", [
    (b"\x89HDF\r\n\x1a\n" + bytes(300), "is not a TensorFlow Lite model"),
    ("crash", "TFLM's interpreter crashed"),
])
def test_hil_run_refuses_a_bad_model_in_one_line(model_bytes, tmp_path, content, message):
    model = tmp_path / "bad.tflite"
    model.write_bytes(repacked(model_bytes["sine"], fully_connected_called_add)
                      if content == "crash" else content)
    np.save(tmp_path / "x.npy", np.zeros((4, 1), np.float32))
    result = hil("run", model, "--inputs", tmp_path / "x.npy", "--results", tmp_path / "r")
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_hil_inspect_refuses_a_truncated_model(model_bytes, tmp_path):
    model = tmp_path / "cut.tflite"
    model.write_bytes(model_bytes["digits_cnn"][:1000])
    result = hil("inspect", model)
    assert result.returncode == 1 and "error:" in result.stderr
    assert "Traceback" not in result.stderr
