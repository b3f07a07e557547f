"""`hil run --protocol mlperf`: a workload measured through MLPerf Tiny's DUT API, on the
harness's own mlperf firmware or on any device that runs MLPerf Tiny firmware already.

    accuracy mode     every sample: download, `infer 1 0`, results (read twice: a damaged
                      digit is caught, never accepted)
    performance mode  the runner's performance script: 5 windows of download, `infer N W`;
                      the latency is the median over windows of elapsed / N
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from harness.backends.base import Backend
from harness.boards import Board
from harness.boards.runner import Runner
from harness.errors import BoardError
from harness.firmware.mlperf.benchmarks import WINDOWS, Benchmark, benchmark_for
from harness.measure.device import DeviceRun, Progress
from harness.measure.firmware import build_firmware
from harness.measure.mlperf import wire
from harness.measure.mlperf.summary import SampleResult, mlperf_row
from harness.measure.recovery import Recovery
from harness.measure.run import Measurement, board_runner
from harness.measure.workload import Workload
from harness.protocol.errors import FrameError, ModelMismatch
from harness.protocol.mlperf.dut import MlperfDut
from harness.protocol.mlperf.replies import Garbled, Refused
from harness.protocol.registry import get_protocol

MODES = ("accuracy", "performance")
SAMPLE_RETRIES = 3  # a sample whose results disagree, or whose input the device lost


@dataclass(frozen=True)
class MlperfOptions:
    mode: str = "accuracy"
    iterations: int | None = None  # performance: infer N W (default: the runner's script)
    warmups: int | None = None
    timeout_s: float = 5.0  # the longest silence inside a reply (the runner's)
    readback: bool = True  # read every download back (False: as the runner, unchecked)


def measure_mlperf(workload: Workload, board: Board, backend: Backend, runs: int = 1,
                   progress: Progress | None = None, *, runner: Runner | None = None,
                   options: MlperfOptions | None = None) -> Measurement:
    """Builds and starts the mlperf firmware (a board the harness flashes or emulates), or talks
    to the device as it is (`runner` of a device that runs its firmware already), and measures
    the workload through the DUT API."""
    options = options or MlperfOptions()
    runner = runner or board_runner(board)
    if problem := runner.unavailable():
        raise BoardError(problem)
    firmware = None if not runner.builds_firmware else build_firmware(
        workload.model, workload.model_name, workload.variant, board, backend,
        get_protocol("mlperf"))
    benchmark = benchmark_for(workload.model)
    baudrate = get_protocol("mlperf").baudrate(workload.model, board)
    with runner.running(firmware.project if firmware else None) as url, \
            MlperfDut.open(url, baudrate, timeout=options.timeout_s,
                           readback=options.readback) as dut:
        identity = dut.identify()
        if identity.model != benchmark.name:
            raise ModelMismatch(f"the device runs MLPerf Tiny benchmark {identity.model!r}, "
                                f"{workload.model_name} is {benchmark.name!r}: flash the right "
                                "firmware, or run the model that belongs to it")
        started = time.monotonic()
        samples = _samples(dut, workload, benchmark, options, runs, progress)
        seconds = time.monotonic() - started
        link = (dut.link.bytes_sent + dut.link.bytes_received, seconds)
    row = mlperf_row(workload, board, backend, firmware, benchmark, identity, samples, link,
                     options.mode)
    run = DeviceRun(outputs=[s.outputs for s in samples if s.outputs is not None],
                    ticks=[[s.per_inference] for s in samples], resent=dut.resent)
    return Measurement(row, run, Recovery(), firmware)


def _samples(dut: MlperfDut, workload: Workload, benchmark: Benchmark, options: MlperfOptions,
             runs: int, progress: Progress | None) -> list[SampleResult]:
    if options.mode == "performance":
        count = min(WINDOWS, workload.samples)
        iterations = options.iterations or benchmark.iterations
        warmups = benchmark.warmups if options.warmups is None else options.warmups
    else:
        count, iterations, warmups = workload.samples, runs, 0
    results = []
    for index in range(count):
        results.append(_sample(dut, workload, benchmark, index, iterations, warmups))
        if progress:
            progress(index + 1, count)
    return results


def _sample(dut: MlperfDut, workload: Workload, benchmark: Benchmark, index: int,
            iterations: int, warmups: int) -> SampleResult:
    """One input through the device: its results read twice and decoded before they count."""
    data = wire.to_wire(benchmark, workload.inputs[index], workload.input_spec)
    for _ in range(SAMPLE_RETRIES + 1):
        try:
            dut.download(data)
            reply = dut.infer(iterations, warmups)
            if dut.results() != reply.results:
                raise Garbled(f"sample {index}: results read twice differ")
            return SampleResult.of(reply, iterations, benchmark, workload.output_spec)
        except (Garbled, Refused) as exc:  # a damaged line, or a device that lost its input
            problem = exc
            dut.resent += 1
    raise FrameError(f"sample {index}: no consistent answer in {SAMPLE_RETRIES + 1} attempts "
                     f"({problem})") from problem
