"""The "aot" backend as the harness sees it: registration, render-time refusals, the generated
hil_model.h implementation and its metadata."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import numpy as np
import pytest
from aot_testkit.host import HostModel, build_library
from aot_testkit.modelgen import ModelBuilder

from harness.backends import get_backend
from harness.backends.aot import AotBackend, compile_program, generate_sources
from harness.backends.aot.codegen import MODEL_FILE, kernels_dir
from harness.backends.aot.lower.registry import supported_ops
from harness.boards import get_board
from harness.errors import UnsupportedModelError
from harness.model.tflite import read_model

# A core without the DSP extension: the portable kernels.
BOARD = dataclasses.replace(get_board("qemu-m4"), name="test-m4", features=frozenset())


def _dense(activation: str = "RELU", input_dtype=np.int8) -> bytes:
    """int8 FULLY_CONNECTED 4 -> 3 with per-channel weights."""
    m = ModelBuilder()
    quant = {"scale": 0.05, "zero_point": -3} if input_dtype == np.int8 else {}
    x = m.tensor((1, 4), input_dtype, **quant)
    w = m.tensor((3, 4), np.int8, data=np.arange(-6, 6).reshape(3, 4),
                 scale=[0.01, 0.02, 0.03], axis=0)
    b = m.tensor((3,), np.int32, data=[100, -200, 300], scale=[5e-4, 1e-3, 1.5e-3])
    y = m.tensor((1, 3), np.int8, scale=0.1, zero_point=7)
    m.op("FULLY_CONNECTED", [x, w, b], [y], "FullyConnectedOptions",
         fused_activation_function=activation)
    return m.build([x], [y])


def test_registered_as_aot():
    backend = get_backend("aot")
    assert isinstance(backend, AotBackend) and backend.name == "aot"


def test_generate_returns_model_source_kernels_and_planned_bytes():
    tflite = _dense()
    model = read_model(tflite)
    sources = get_backend("aot").generate(model, tflite, "dense", BOARD)
    assert set(sources.files) == {MODEL_FILE}
    assert sources.source_dirs == (kernels_dir(),)
    assert (kernels_dir() / "aot_kernels.h").is_file()
    assert sources.activation_bytes == compile_program(model, "dense").plan.size == 8
    assert sources.files == get_backend("aot").generate(model, tflite, "dense", BOARD).files


def test_host_build_reports_hil_model_metadata():
    tflite = _dense()
    library = build_library(get_backend("aot").generate(read_model(tflite), tflite, "d", BOARD))
    with HostModel(library) as model:
        assert model.backend == "aot"
        assert model.activation_bytes == 8
        (x,), (y,) = model.inputs, model.outputs
        assert (x.shape, x.numpy_dtype, x.zero_point, x.bytes) == ((1, 4), np.int8, -3, 4)
        assert (y.shape, y.zero_point) == ((1, 3), 7)
        assert y.scale == pytest.approx(0.1)
        assert model.run(np.zeros((1, 4), np.int8))[0].shape == (1, 3)


def _single_op(opcode: str, options: str | None = None, **fields) -> bytes:
    m = ModelBuilder()
    x = m.tensor((1, 4), np.int8, scale=0.1, zero_point=0)
    y = m.tensor((4, 1), np.int8, scale=0.1, zero_point=0)
    perm = m.tensor((2,), np.int32, data=[1, 0])
    m.op(opcode, [x, perm], [y], options, **fields)
    return m.build([x], [y])


def _int16_logistic() -> bytes:
    """An int16x8 op the AOT backend has no int16 kernel for."""
    m = ModelBuilder()
    x = m.tensor((1, 4), np.int16, scale=1 / 4096, zero_point=0)
    y = m.tensor((1, 4), np.int16, scale=1 / 32768, zero_point=0)
    m.op("LOGISTIC", [x], [y])
    return m.build([x], [y])


def _int16_dense_int32_bias() -> bytes:
    m = ModelBuilder()
    x = m.tensor((1, 4), np.int16, scale=1 / 4096, zero_point=0)
    w = m.tensor((3, 4), np.int8, data=np.arange(-6, 6).reshape(3, 4), scale=0.01)
    b = m.tensor((3,), np.int32, data=[1, 2, 3], scale=0.01 / 4096)
    y = m.tensor((1, 3), np.int16, scale=1 / 1024, zero_point=0)
    m.op("FULLY_CONNECTED", [x, w, b], [y], "FullyConnectedOptions")
    return m.build([x], [y])


@pytest.mark.parametrize("tflite, fragments", [
    (_int16_logistic(), ["mymodel", "#0 LOGISTIC", "no int16 (int16x8) kernel",
                         "--quant ptq-per-channel", "--backend tflm"]),
    (_int16_dense_int32_bias(), ["#0 FULLY_CONNECTED", "int32 in an int16x8 layer"]),
    (_single_op("REVERSE_V2"), ["mymodel", "#0 REVERSE_V2", "not implemented"]),
    (_dense("TANH"), ["mymodel", "#0 FULLY_CONNECTED", "fused activation TANH"]),
    (_dense("NONE", np.float32), ["mymodel", "FULLY_CONNECTED", "float32, int8"]),
])
def test_check_names_the_op_parameter_and_model(tflite, fragments):
    with pytest.raises(UnsupportedModelError) as error:
        get_backend("aot").check(read_model(tflite), "mymodel", BOARD)
    for fragment in fragments:
        assert fragment in str(error.value)


def test_check_accepts_a_supported_model():
    get_backend("aot").check(read_model(_dense()), "dense", BOARD)


GOLDEN = Path(__file__).parent / "golden" / "dense_aot_model.c"


def test_generated_source_matches_the_golden_file():
    """The generator's output for a fixed model is stable; after an intended change of the
    template or the lowering, regenerate with HIL_UPDATE_GOLDEN=1 and review the diff."""
    tflite = _dense()
    source = get_backend("aot").generate(read_model(tflite), tflite, "dense", BOARD)
    text = source.files[MODEL_FILE]
    if os.environ.get("HIL_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text)
    assert text == GOLDEN.read_text()


def test_invoking_again_without_a_new_input_gives_the_same_output(zoo_model):
    """Inputs survive an invoke (the planner keeps them alive), so timing N invokes of one
    input is valid; without that, digits_mlp's second layer would overwrite its input."""
    tflite = zoo_model("digits_mlp").tflite_bytes("int8")
    model = read_model(tflite)
    assert compile_program(model, "m", preserve_inputs=False).plan.size < \
        compile_program(model, "m").plan.size
    library = build_library(get_backend("aot").generate(model, tflite, "m", BOARD))
    x = np.random.default_rng(0).integers(-128, 128, size=(1, 64), dtype=np.int8)
    with HostModel(library) as host:
        first = host.run(x)[0]
        assert host.run()[0].tolist() == first.tolist()  # no new input


ISSUE_4_OPS = {"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "AVERAGE_POOL_2D",
               "MAX_POOL_2D", "ADD", "MUL", "MEAN", "PAD", "CONCATENATION", "RESHAPE", "SOFTMAX",
               "LOGISTIC", "TANH", "RELU", "RELU6", "QUANTIZE", "DEQUANTIZE"}


def test_every_op_of_the_tinyml_set_has_a_lowering():
    assert ISSUE_4_OPS <= set(supported_ops())


@pytest.mark.parametrize("dsp", [False, True], ids=["portable", "dsp"])
def test_the_profile_has_one_entry_per_operator_that_runs_kernels(dsp):
    """RESHAPE (elided) has no entry; CONCATENATION (one kernel call per input) has one."""
    from aot_dsp_cases import EXPECTED_PROFILE, edge_case_model

    tflite = edge_case_model()
    library = build_library(generate_sources(read_model(tflite), "edge", dsp=dsp))
    with HostModel(library) as host:
        host.run(np.zeros((1, 11, 9, 3), np.int8))
        profile = host.profile()
    assert [(operator, op) for operator, op, _ in profile] == EXPECTED_PROFILE
    assert all(isinstance(ticks, int) for _, _, ticks in profile)
