"""Fixtures for the TFLM backend tests: boards, tiny models, fake trees, and the real TFLM tree
(from HIL_TFLM_PATH; tests that need it skip without one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tiny_models import dense_softmax

from harness.boards import Board, TimerSpec
from harness.boards.board import QemuSettings


def make_board(name: str = "test-m4", pio_platform: str = "qemu-cortexm",
               **fields) -> Board:
    return Board(name=name, title="test board", pio_env=name, pio_platform=pio_platform,
                 cpu="cortex-m4", clock_hz=25_000_000, flash_bytes=4 << 20, ram_bytes=4 << 20,
                 runner=QemuSettings("qemu-system-arm", "mps2-an386", 7),
                 firmware_family="test", timer=TimerSpec("instructions"),
                 features=frozenset({"fpu", "dsp"}), **fields)


@pytest.fixture(scope="session")
def board_factory():
    """board_factory(name, pio_platform=..., **fields) -> a Cortex-M4F Board record."""
    return make_board


@pytest.fixture
def emulated_board() -> Board:
    return make_board()


@pytest.fixture
def nano_like_board() -> Board:
    return make_board("test-nano", pio_platform="nordicnrf52")


@pytest.fixture
def fake_tree(tmp_path) -> callable:
    """fake_tree(per_channel=..., refusal=..., ops=[...]) -> a minimal TFLM-shaped folder."""

    def make(per_channel: bool = True, refusal: bool = False, cmsis_nn: bool = True,
             methods: tuple[str, ...] = ("AddFullyConnected", "AddSoftmax"),
             layout: str = "tree") -> Path:
        root = tmp_path / "tflm" / ("src" if layout == "arduino" else "")
        kernels = root / "tensorflow/lite/micro/kernels"
        kernels.mkdir(parents=True)
        field = "  bool is_per_channel;\n" if per_channel else ""
        (kernels / "fully_connected.h").write_text(
            f"struct OpDataFullyConnected {{\n  int32_t output_multiplier;\n{field}}};\n")
        message = "FullyConnected per-channel quantization not yet supported" if refusal else ""
        (kernels / "fully_connected_common.cc").write_text(f'// "{message}"\n')
        if cmsis_nn:
            (kernels / "cmsis_nn").mkdir()
        declarations = "".join(f"  TfLiteStatus {m}() {{ return kTfLiteOk; }}\n" for m in methods)
        (root / "tensorflow/lite/micro/micro_mutable_op_resolver.h").write_text(
            f"class MicroMutableOpResolver {{\n{declarations}}};\n")
        return tmp_path / "tflm"

    return make


@pytest.fixture
def per_channel_dense() -> bytes:
    return dense_softmax(per_channel=True)


@pytest.fixture
def per_tensor_dense() -> bytes:
    return dense_softmax(per_channel=False)


@pytest.fixture(scope="session")
def tflm_tree() -> Path:
    """The TFLM tree named by HIL_TFLM_PATH (kept outside the repository)."""
    value = os.environ.get("HIL_TFLM_PATH")
    if not value:
        pytest.skip("no TFLM library configured")
    return Path(value)
