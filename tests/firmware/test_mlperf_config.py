"""The mlperf firmware's generated settings: which benchmark a model is, what its timestamps
count, how finely results are printed."""

from __future__ import annotations

import pytest
from mlperf_models import OFFICIAL, official_model

from harness.boards import get_board
from harness.firmware.mlperf.benchmarks import benchmark_for
from harness.firmware.mlperf.config import firmware_files, lap_ratio, result_decimals
from harness.model.tflite import read_model


@pytest.mark.parametrize("benchmark", sorted(OFFICIAL))
def test_the_official_models_are_their_benchmarks(benchmark):
    model = read_model(official_model(benchmark))
    found = benchmark_for(model)
    assert found.name == benchmark
    assert found.wire_bytes() == {"kws01": 490, "vww01": 27648, "ic01": 3072,
                                  "ad01": 2560}[benchmark]
    config = firmware_files(model, get_board("qemu-m4"), "m")["hil_mlperf_config.h"]
    assert f'#define HIL_MLPERF_MODEL "{benchmark}"' in config
    assert f"#define HIL_MLPERF_DB_BYTES {found.wire_bytes()}u" in config


def test_timestamps_are_instructions_on_the_emulator_and_microseconds_on_a_board():
    assert lap_ratio(get_board("qemu-m4")) == (5, 16, "instructions")  # 3.2 ticks each
    assert lap_ratio(get_board("nano33")) == (1, 64, "us")  # 64 MHz cycles


def test_printed_results_resolve_every_output_step():
    model = read_model(official_model("kws01"))  # softmax output: a step of 1/256
    decimals = result_decimals(model, benchmark_for(model))
    assert 10.0 ** -decimals <= (1 / 256) / 4 and decimals == 4
