"""Turn a device run into a result row: metrics, agreement, latency, memory, checks."""

from __future__ import annotations

from dataclasses import asdict

import numpy as np

from harness.backends.base import Backend
from harness.boards import Board
from harness.measure import checks
from harness.measure.device import DeviceRun
from harness.measure.firmware import Firmware
from harness.measure.layer_timing import layer_table
from harness.measure.workload import Workload
from harness.model.analysis import summarize
from harness.model.metrics import higher_is_better
from harness.results import ResultRow


def result_row(workload: Workload, firmware: Firmware, board: Board, backend: Backend,
               run: DeviceRun) -> ResultRow:
    outputs = run.output_array()
    row = ResultRow(
        model=workload.model_name, variant=workload.variant, board=board.name, backend=backend.name,
        samples=len(outputs), metric=workload.metric or "",
        host_float_metric=workload.host_float_metric,
        device_metric=workload.metric_of(outputs),
        activation_bytes=run.activation_bytes, stack_bytes=run.stack_used,
        flash_bytes=firmware.usage.flash_bytes, ram_bytes=firmware.usage.static_ram_bytes,
        board_flash_bytes=board.flash_bytes, board_ram_bytes=board.ram_bytes,
        model_sha256=firmware.project.sha256, firmware_sha256=firmware.sha256,
        wire_bytes=run.wire_bytes,
        payload_bytes=sum(workload.inputs[0].nbytes + output.nbytes for output in outputs),
        link_seconds=run.link_seconds,
        **latency_fields(run, board), **operator_fields(workload, run, board, backend),
        **reference_fields(workload, outputs))
    row.checks = {
        "agreement": checks.agreement(workload, outputs, backend.bit_exact),
        "accuracy_drop": checks.accuracy_drop(workload, row.device_metric,
                                              row.host_reference_metric,
                                              higher_is_better(workload.metric)),
        "fits": checks.fits(row, board),
        "latency_budget": checks.latency_budget(row, board, workload.latency_budget_ms),
        "budgets": checks.budgets(row, workload.budgets),
    }
    row.status = "failed" if any(v.startswith("failed") for v in row.checks.values()) else "passed"
    return row


def reference_fields(workload: Workload, outputs: np.ndarray) -> dict:
    """Agreement with the TFLM reference; nothing for a cost-only run (no reference)."""
    if workload.reference is None:
        return {}
    reference = workload.reference[:len(outputs)]
    same = np.all(outputs == reference, axis=tuple(range(1, reference.ndim)))
    return {"host_reference_metric": workload.metric_of(reference),
            "bit_exact_fraction": float(np.mean(same)),
            "max_abs_diff": checks.max_abs_diff(outputs, reference)}


def operator_fields(workload: Workload, run: DeviceRun, board: Board, backend: Backend
                    ) -> dict:
    """The model's MACs, and the per-layer timing of the last inference joined with them and
    with the kernel each operator ran (where the backend says)."""
    kernels = backend.kernel_choices(workload.model, workload.model_name, board)
    layers = layer_table(workload.model, run.profile, board.timer, kernels)
    return {"macs": summarize(workload.model).macs,
            "layers": [asdict(layer) for layer in layers]}


def latency_fields(run: DeviceRun, board: Board) -> dict:
    """Per-inference latency in the board's unit (instructions on emulators, cycles on real
    cores): each sample's median over its runs, summarised over samples."""
    per_sample = np.array([np.median([board.timer.to_units(t) for t in ticks])
                           for ticks in run.ticks])
    fields = {"latency_unit": board.timer.unit, "latency_mean": float(per_sample.mean()),
              "latency_median": float(np.median(per_sample)),
              "latency_min": float(per_sample.min()), "latency_max": float(per_sample.max())}
    if board.timer.unit == "cycles" and not board.emulated:
        fields["latency_us"] = fields["latency_median"] / board.clock_hz * 1e6
    return fields
