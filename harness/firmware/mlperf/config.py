"""The generated settings of the mlperf firmware (firmware/protocols/mlperf/): which benchmark
the model is, how its input travels, how results and timestamps are printed."""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from harness.boards import Board
from harness.firmware.mlperf.benchmarks import Benchmark, benchmark_for
from harness.firmware.templates import render
from harness.model.tflite import TfliteModel

CONFIG_FILE = "hil_mlperf_config.h"
MIN_DECIMALS = 3  # the reference submissions print "%0.3f"
FLOAT_DECIMALS = 7  # float outputs: within 1e-7, below the float agreement's tolerance
MICROSECONDS = "us"


def firmware_files(model: TfliteModel, board: Board, model_name: str) -> dict[str, str]:
    benchmark = benchmark_for(model)
    numerator, denominator, unit = lap_ratio(board)
    decimals = result_decimals(model, benchmark)
    return {CONFIG_FILE: render(
        "hil_mlperf_config.h.j2", model_name=model_name, board_name=board.name,
        benchmark=benchmark.name, db_bytes=benchmark.wire_bytes(),
        wire_note=f"{benchmark.wire} x {int(np.prod(benchmark.input_shape))}",
        input_encoding=input_encoding(model, benchmark),
        results=f"HIL_MLPERF_RESULTS_{benchmark.results.upper()}", decimals=decimals,
        decimals_note="a value per output step, so the host recovers the raw outputs",
        lap_num=numerator, lap_den=denominator, lap_unit=unit,
        lap_note=board.timer.source or board.timer.unit)}


def baudrate(model: TfliteModel, board: Board) -> int:
    """The runner's rate for the benchmark (ad01: 921600); the board's for other models."""
    benchmark = benchmark_for(model)
    return benchmark.baudrate if benchmark.standard else board.baudrate


def input_encoding(model: TfliteModel, benchmark: Benchmark) -> str:
    tensor_dtype = np.dtype(model.input_tensors()[0].dtype)
    if benchmark.wire == "uint8" and tensor_dtype == np.int8:
        return "HIL_MLPERF_INPUT_UINT8_OFFSET"
    if benchmark.wire == "float32" and tensor_dtype == np.int8:
        return "HIL_MLPERF_INPUT_FLOAT_QUANTIZE"
    return "HIL_MLPERF_INPUT_RAW"


def lap_ratio(board: Board) -> tuple[int, int, str]:
    """m-lap-us- = ticks * numerator / denominator: microseconds of a real board's timer, or
    on an emulator its instructions (an emulator is no clock: never pretend microseconds)."""
    if board.emulated:
        ratio = Fraction(1 / board.timer.ticks_per_unit).limit_denominator(1 << 16)
        return ratio.numerator, ratio.denominator, board.timer.unit
    ratio = Fraction(1_000_000, round(board.clock_hz * board.timer.ticks_per_unit))
    return ratio.numerator, ratio.denominator, MICROSECONDS


def result_decimals(model: TfliteModel, benchmark: Benchmark) -> int:
    """Enough digits that every printed value names one output step (a quarter step apart)."""
    output = model.output_tensors()[0]
    if benchmark.results == "mse" or output.quantization is None or \
            np.issubdtype(output.dtype, np.floating):
        return FLOAT_DECIMALS
    step = float(output.quantization.scale)
    return max(MIN_DECIMALS, int(np.ceil(-np.log10(step / 4))))
