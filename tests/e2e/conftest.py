"""Fixtures for the end-to-end tests: the mlperf firmware built for the four official MLPerf Tiny
models on the emulated board (cached under build/: unchanged sources skip the build)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mlperf_models import OFFICIAL, official_model

from harness.backends import get_backend
from harness.boards import get_board
from harness.firmware.mlperf.benchmarks import benchmark_for
from harness.measure.firmware import build_firmware
from harness.model.tflite import read_model
from harness.protocol.registry import get_protocol


@pytest.fixture(scope="session")
def mlperf_firmware():
    """benchmark -> the built mlperf firmware of its official model on qemu-m4 (AOT)."""
    board = get_board("qemu-m4")
    for tool in (board.runner.system, "arm-none-eabi-gcc"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (run `make setup`)")
    built = {}

    def firmware(benchmark: str):
        if benchmark not in built:
            model = read_model(official_model(benchmark))
            assert benchmark_for(model).name == benchmark
            built[benchmark] = build_firmware(model, Path(OFFICIAL[benchmark]).stem, "custom",
                                              board, get_backend("aot"),
                                              get_protocol("mlperf"))
        return built[benchmark]

    return firmware

