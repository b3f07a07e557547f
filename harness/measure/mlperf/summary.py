"""A result row from what a device answered through MLPerf Tiny's DUT API: the same ResultRow
as the binary protocol's, with the protocol named. Agreement with the host's TFLM reference is
judged where `results` allows it: raw outputs recovered from the printed values (classifiers), or
the anomaly score recomputed from the reference outputs (ad01)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.metrics import roc_auc_score

from harness.backends.base import Backend
from harness.boards import Board
from harness.firmware.mlperf.benchmarks import Benchmark
from harness.measure import checks
from harness.measure.firmware import Firmware
from harness.measure.mlperf import wire
from harness.measure.workload import Workload
from harness.model.analysis import summarize
from harness.model.metrics import higher_is_better
from harness.model.quantization import TensorSpec, dequantize
from harness.protocol.mlperf.replies import MICROSECONDS, Identity, InferReply
from harness.results import ResultRow

SCORE_TOLERANCE = 1e-5  # relative: the device sums 640 float32 squares, the host in float64
UNITS = {MICROSECONDS: "microseconds"}


@dataclass(frozen=True)
class SampleResult:
    per_inference: float  # lap units per timed inference
    values: tuple[float, ...]  # as printed
    outputs: np.ndarray | None  # the raw output tensor, when `results` prints the outputs

    @classmethod
    def of(cls, reply: InferReply, iterations: int, benchmark: Benchmark,
           spec: TensorSpec) -> SampleResult:
        outputs = wire.raw_outputs(reply.results, spec) if benchmark.results == "outputs" \
            else None
        return cls(reply.elapsed / iterations, reply.results, outputs)


def mlperf_row(workload: Workload, board: Board, backend: Backend, firmware: Firmware | None,
               benchmark: Benchmark, identity: Identity, samples: list[SampleResult],
               link: tuple[int, float], mode: str) -> ResultRow:
    wire_bytes, seconds = link
    per_inference = np.array([s.per_inference for s in samples])
    unit = UNITS.get(identity.lap_unit, identity.lap_unit)
    row = ResultRow(
        model=workload.model_name, variant=workload.variant, board=board.name,
        backend=backend.name if firmware else identity.name, protocol="mlperf",
        samples=len(samples), metric=workload.metric or "",
        host_float_metric=workload.host_float_metric,
        host_reference_metric=workload.metric_of(workload.reference[:len(samples)]),
        latency_unit=unit, latency_mean=float(per_inference.mean()),
        latency_median=float(np.median(per_inference)),
        latency_min=float(per_inference.min()), latency_max=float(per_inference.max()),
        latency_us=float(np.median(per_inference)) if unit == "microseconds" else None,
        model_sha256=workload.model.sha256, macs=summarize(workload.model).macs,
        wire_bytes=wire_bytes, link_seconds=seconds, mlperf_mode=mode,
        mlperf_benchmark=benchmark.name if benchmark.standard else "",
        payload_bytes=len(samples) * (workload.inputs[0].nbytes + workload.reference[0].nbytes))
    if firmware:
        row.flash_bytes, row.ram_bytes = firmware.usage.flash_bytes, firmware.usage.static_ram_bytes
        row.board_flash_bytes, row.board_ram_bytes = board.flash_bytes, board.ram_bytes
        row.firmware_sha256 = firmware.sha256
    _agreement(row, workload, backend, benchmark, samples)
    row.checks["accuracy_drop"] = checks.accuracy_drop(workload, row.device_metric,
                                                       row.host_reference_metric,
                                                       higher_is_better(workload.metric))
    if firmware:
        row.checks["fits"] = checks.fits(row, board)
    row.checks["budgets"] = checks.budgets(row, workload.budgets)
    row.status = "failed" if any(v.startswith("failed") for v in row.checks.values()) else "passed"
    return row


def _agreement(row: ResultRow, workload: Workload, backend: Backend, benchmark: Benchmark,
               samples: list[SampleResult]) -> None:
    reference = workload.reference[:len(samples)]
    if benchmark.results == "outputs":
        outputs = np.stack([s.outputs for s in samples])
        row.bit_exact_fraction = float(np.mean(np.all(
            outputs == reference, axis=tuple(range(1, reference.ndim)))))
        row.max_abs_diff = checks.max_abs_diff(outputs, reference)
        row.device_metric = workload.metric_of(outputs)
        row.checks["agreement"] = checks.agreement(workload, outputs, backend.bit_exact)
        return
    device = np.array([s.values[0] for s in samples])
    host = anomaly_scores(workload, benchmark, reference, len(samples))
    row.max_abs_diff = float(np.max(np.abs(device - host)))
    worst = float(np.max(np.abs(device - host) / np.maximum(np.abs(host), 1e-12)))
    row.checks["agreement"] = checks.PASSED if worst <= SCORE_TOLERANCE else (
        f"failed: the device's anomaly scores differ from the reference's by {worst:.2e} "
        f"relative (allowed {SCORE_TOLERANCE:.0e})")
    labels = None if workload.labels is None else workload.labels[:len(samples)]
    if workload.metric == "roc_auc" and labels is not None and len(set(labels)) == 2:
        row.device_metric = float(roc_auc_score(labels, device))


def anomaly_scores(workload: Workload, benchmark: Benchmark, outputs: np.ndarray,
                   count: int) -> np.ndarray:
    """ad01's score as the reference firmware computes it: the mean squared error between the
    dequantized outputs and the float input the device received."""
    inputs = np.stack([np.frombuffer(wire.to_wire(benchmark, row, workload.input_spec), "<f4")
                       for row in workload.inputs[:count]])
    decoded = dequantize(outputs, workload.output_spec).reshape(count, -1)
    return np.mean((decoded.astype(np.float64) - inputs) ** 2, axis=1)
