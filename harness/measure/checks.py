"""The checks a device result must pass. Each returns "passed", "failed: <why>" or
"skipped: <why>"; a result row keeps them all, and the pytest suite asserts them."""

from __future__ import annotations

import numpy as np

from harness.boards import Board
from harness.measure.workload import Budgets, Workload
from harness.results import ResultRow

FLOAT_RELATIVE_TOLERANCE = 1e-5
PASSED = "passed"
NO_REFERENCE = "skipped: no reference (cost-only run)"


def agreement(workload: Workload, outputs: np.ndarray, exact_backend: bool) -> str:
    """int8: bit-exact with the TFLM reference (or within the recipe's tolerance for backends
    that are not meant to be exact); float32: within 1e-5 relative."""
    if workload.reference is None:
        return NO_REFERENCE
    reference = workload.reference[:len(outputs)]
    if np.issubdtype(reference.dtype, np.floating):
        error = float(np.max(relative_error(outputs, reference)))
        return PASSED if error <= FLOAT_RELATIVE_TOLERANCE else (
            f"failed: outputs differ from the TFLM reference by {error:.2e} relative "
            f"(allowed {FLOAT_RELATIVE_TOLERANCE:.0e})")
    differing = int(np.sum(np.any(outputs != reference, axis=tuple(range(1, reference.ndim)))))
    worst = max_abs_diff(outputs, reference)
    allowed = 0 if exact_backend else workload.output_tolerance
    if worst <= allowed:
        return PASSED
    return (f"failed: {differing} of {len(outputs)} samples differ from the TFLM reference "
            f"(by up to {worst:g} LSB, allowed {allowed}): the device computes this model "
            "differently; check the backend's library version and kernels")


def relative_error(outputs: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """Per sample: the largest difference relative to the reference's largest magnitude over
    every sample given. Not per sample: a one-value output that happens to be near zero (sine
    at a zero crossing) would turn a rounding difference into a large relative one, and flag
    even TFLM's own kernels on the device, which round products differently from the host."""
    axes = tuple(range(1, reference.ndim))
    scale = max(float(np.max(np.abs(reference))), float(np.finfo(np.float32).tiny))
    return np.max(np.abs(outputs.astype(np.float64) - reference), axis=axes) / scale


def max_abs_diff(outputs: np.ndarray, reference: np.ndarray) -> float:
    return float(np.max(np.abs(outputs.astype(np.float64) - reference.astype(np.float64))))


def accuracy_drop(workload: Workload, device_metric: float | None, reference_metric: float | None,
                  higher_is_better: bool) -> str:
    """The device's metric against the float model's, or, for a model given only quantized,
    against the host reference's (what the device should have scored)."""
    baseline, what = ((workload.host_float_metric, "the float model's")
                      if workload.host_float_metric is not None
                      else (reference_metric, "the host reference's"))
    if device_metric is None or baseline is None:
        return "skipped: no labels to score the outputs with"
    drop = baseline - device_metric if higher_is_better else device_metric - baseline
    budget = workload.accuracy_drop_budget or 0.0
    if drop <= budget:
        return PASSED
    return (f"failed: {workload.metric} on the device is {device_metric:.4f}, {what} "
            f"{baseline:.4f}: a loss of {drop:.4f}, budget {budget}")


def budgets(row: ResultRow, limits: Budgets) -> str:
    """The user's limits on latency (in the board's unit) and memory."""
    if not limits:
        return "skipped: no budget set"
    over = [f"{what} {used:,.0f} {unit} > budget {limit:,.0f} {unit}"
            for what, used, limit, unit in (
                ("latency", row.latency_median, limits.latency, row.latency_unit),
                ("flash", row.flash_bytes, limits.flash_bytes, "B"),
                ("static RAM", row.ram_bytes, limits.ram_bytes, "B"))
            if limit is not None and used is not None and used > limit]
    return PASSED if not over else "failed: " + "; ".join(over)


def fits(row: ResultRow, board: Board) -> str:
    problems = [f"{what} {used:,} B > {limit:,} B" for what, used, limit in (
        ("flash", row.flash_bytes, board.flash_bytes), ("RAM", row.ram_bytes, board.ram_bytes))
        if used is not None and used > limit]
    return PASSED if not problems else f"failed: does not fit {board.name}: {'; '.join(problems)}"


def latency_budget(row: ResultRow, board: Board, budget_ms: float | None) -> str:
    if budget_ms is None:
        return "skipped: the recipe declares no real-time budget"
    if row.latency_us is None:
        return (f"skipped: {board.name} reports {row.latency_unit or 'no timing'}, "
                "not time (emulators count instructions)")
    if row.latency_us <= budget_ms * 1000:
        return PASSED
    return f"failed: {row.latency_us / 1000:.3f} ms per inference, budget {budget_ms} ms"
