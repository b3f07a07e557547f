"""Render-level checks of the TFLM backend: op resolver, arena, compatibility refusal, sources."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from tiny_models import dense_softmax

from harness.backends import get_backend
from harness.backends.tflm import TflmBackend
from harness.backends.tflm.arena import (
    ALIGNMENT,
    arena_budget,
    arena_for,
    fully_connected_sums_bytes,
)
from harness.backends.tflm.compat import TflmCompatibilityWarning, check_compatible
from harness.backends.tflm.probe import PerChannelFc, TflmCapabilities
from harness.backends.tflm.resolver import missing_methods, resolver_ops
from harness.errors import UnsupportedModelError
from harness.model.interpreters import tflm_arena_bytes
from harness.model.tflite import read_model

OLD = TflmCapabilities(PerChannelFc.WRONG_OUTPUTS, "cmsis_nn", "old TFLM")
NEW = TflmCapabilities(PerChannelFc.SUPPORTED, "cmsis_nn", "new TFLM")


@pytest.fixture(autouse=True)
def _no_tflm_environment(monkeypatch):
    monkeypatch.delenv("HIL_TFLM_PATH", raising=False)
    monkeypatch.delenv("HIL_TFLM", raising=False)


def test_backend_is_registered():
    assert isinstance(get_backend("tflm"), TflmBackend)


def test_resolver_lists_exactly_the_models_ops_in_first_use_order(zoo_model):
    model = read_model(zoo_model("digits_cnn").tflite_bytes("int8"))
    assert [(op.opcode, op.method) for op in resolver_ops(model)] == [
        ("CONV_2D", "AddConv2D"), ("DEPTHWISE_CONV_2D", "AddDepthwiseConv2D"),
        ("MAX_POOL_2D", "AddMaxPool2D"), ("AVERAGE_POOL_2D", "AddAveragePool2D"),
        ("FULLY_CONNECTED", "AddFullyConnected"), ("SOFTMAX", "AddSoftmax")]


def test_custom_op_is_refused_by_name():
    with pytest.raises(UnsupportedModelError, match="CUSTOM:MY_OP"):
        resolver_ops(read_model(dense_softmax(custom_op="MY_OP")))


def test_tree_lacking_a_resolver_method_is_named(fake_tree, per_tensor_dense):
    ops = resolver_ops(read_model(per_tensor_dense))
    root = fake_tree(methods=("AddFullyConnected",))
    assert [op.opcode for op in missing_methods(ops, root)] == ["SOFTMAX"]


def test_arena_budget_adds_a_margin_and_aligns():
    assert arena_budget(1000) == 2032  # the 1 KiB minimum margin, rounded up to 16
    assert arena_budget(100_000) == 125_008  # a quarter of the host figure
    assert all(arena_budget(n) % ALIGNMENT == 0 and arena_budget(n) > n for n in range(1, 5000, 7))


def test_arena_comes_from_the_host_interpreter(per_tensor_dense):
    arena = arena_for(per_tensor_dense)
    assert arena.host_bytes == tflm_arena_bytes(per_tensor_dense)
    assert arena.bytes == arena_budget(arena.host_bytes)


def test_a_helium_build_reserves_the_weight_sums_of_every_int8_dense_layer(per_tensor_dense):
    """CMSIS-NN's Helium FULLY_CONNECTED keeps 4 bytes per output unit in the arena."""
    model = read_model(per_tensor_dense)
    units = [model.tensors[op.outputs[0]].shape[-1] for op in model.operators
             if op.opcode == "FULLY_CONNECTED"]
    assert units and fully_connected_sums_bytes(model) == sum(
        -(-4 * n // ALIGNMENT) * ALIGNMENT for n in units)
    helium, plain = arena_for(per_tensor_dense, kernel_sums=True), arena_for(per_tensor_dense)
    assert helium.bytes == plain.bytes + fully_connected_sums_bytes(model)


def test_per_channel_dense_is_refused_for_a_library_without_support(per_channel_dense):
    with pytest.raises(UnsupportedModelError, match=r"FULLY_CONNECTED \(operator 0\).*4 scales"):
        check_compatible(read_model(per_channel_dense), OLD)


def test_refusal_can_be_turned_into_a_warning(per_channel_dense):
    with pytest.warns(TflmCompatibilityWarning, match="wrong without any error"):
        check_compatible(read_model(per_channel_dense), OLD, allow_wrong_outputs=True)


def test_compatible_models_pass(per_channel_dense, per_tensor_dense):
    check_compatible(read_model(per_channel_dense), NEW)
    check_compatible(read_model(per_tensor_dense), OLD)


def test_registry_board_refuses_per_channel_dense_at_render_time(per_channel_dense,
                                                                nano_like_board):
    backend = TflmBackend()
    with pytest.raises(UnsupportedModelError, match="Chirale_TensorFLowLite 2.0.0"):
        backend.generate(read_model(per_channel_dense), per_channel_dense, "tiny",
                         nano_like_board)


def test_generated_sources_for_a_registry_board(per_tensor_dense, nano_like_board):
    generated = TflmBackend().generate(read_model(per_tensor_dense), per_tensor_dense, "tiny",
                                       nano_like_board)
    assert generated.lib_deps == ("spaziochirale/Chirale_TensorFLowLite@2.0.0",)
    header = generated.files["hil_tflm_model.h"]
    assert "tflite::MicroMutableOpResolver<2>" in header
    calls = re.findall(r"resolver\.(\w+)\(\)", header)
    assert calls == ["AddFullyConnected", "AddSoftmax"]
    assert f"#define HIL_TFLM_ARENA_BYTES {generated.activation_bytes}u" in header
    assert "#define HIL_TFLM_OPERATOR_COUNT 2u" in header
    data = generated.files["hil_tflm_model_data.cc"]
    assert "alignas(16) const unsigned char hil_tflm_model_data[]" in data
    assert bytes(int(b, 16) for b in re.findall(r"0x([0-9a-f]{2})", data)) == per_tensor_dense
    assert generated.source_dirs[0].name == "tflm"
    assert (generated.source_dirs[0] / "hil_tflm_runner.cc").is_file()


def test_arena_larger_than_the_boards_ram_is_refused(per_tensor_dense, board_factory):
    tiny_ram = replace(board_factory("test-small", pio_platform="nordicnrf52"), ram_bytes=1024)
    with pytest.raises(UnsupportedModelError, match="exceeds the 1024 bytes of RAM"):
        TflmBackend().generate(read_model(per_tensor_dense), per_tensor_dense, "tiny", tiny_ram)


def test_the_refusal_offers_the_per_tensor_command(per_channel_dense):
    with pytest.raises(UnsupportedModelError,
                       match="hil run digits_mlp --quant ptq-per-tensor --backend tflm "
                             "--board nano33"):
        check_compatible(read_model(per_channel_dense), OLD, model_name="digits_mlp",
                         board="nano33")
