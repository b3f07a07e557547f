"""What one cell of the fault matrix showed, as figures and problems.

- injected: faults the plan put on the link or the device
- detected: those the harness noticed: a damaged frame rejected (CRC, COBS, length), a reply
  that did not come in time, a broken connection, a reset, a hang, a fault
- tolerated: delays and stalls short enough to need no noticing (only slower)
- undetected: damaged frames that reached a receiver looking intact (must be 0)
- recovered: detected faults after which the run still finished with a clean run's results
- wrong_accepted: accepted samples whose outputs differ from the clean run's or the TFLM
  reference (must be 0); rows_lost: finished rows missing from the results store (must be 0)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from harness.boards import TimerSpec
from harness.faults.spec import DAMAGE_KINDS, DEVICE_KINDS, TIMING_KINDS
from harness.measure import Measurement
from harness.measure.checks import FLOAT_RELATIVE_TOLERANCE, relative_error

COMPARED = ("samples", "device_metric", "bit_exact_fraction", "max_abs_diff", "latency_mean",
            "latency_median", "latency_min", "latency_max", "activation_bytes")
# The stack's high-water mark moves with where the UART's receive interrupt happens to land
# (an exception frame, 32 bytes plus alignment), which host timing decides, faults or not.
STACK_SLACK_BYTES = 64
TOTALS = ("injected", "detected", "tolerated", "undetected", "recovered", "restarts",
          "rows_lost", "wrong_accepted")


@dataclass
class CellFigures:
    cell: str
    kind: str
    rate: float
    injected: int = 0
    detected: int = 0
    tolerated: int = 0
    undetected: int = 0
    recovered: int = 0
    restarts: int = 0
    resent: int = 0  # requests sent again after a corrupted frame
    unanswered: int = 0  # requests that got no reply in time
    rows_lost: int = 0
    wrong_accepted: int = 0
    seconds: float = 0.0
    error: str = ""  # how the run ended, if it did not finish
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {**asdict(self), "passed": self.passed}


def detected_faults(kind: str, injected: int, undetected: int, unanswered: int,
                    causes: list[str]) -> int:
    """How many of the injected faults the harness noticed, from what it recorded."""
    if kind in DAMAGE_KINDS:
        return max(injected - undetected, 0)
    if kind in TIMING_KINDS:
        return min(injected, unanswered)
    if kind == "cut":
        return min(injected, sum(cause.startswith("LinkError") for cause in causes))
    return min(injected, len(causes))


def wrong_samples(accepted: np.ndarray, clean: np.ndarray, reference: np.ndarray) -> int:
    """Samples that differ from the clean run, or from the TFLM reference (float32 within the
    tolerance the agreement check allows)."""
    n = len(accepted)
    axes = tuple(range(1, accepted.ndim))
    differs = np.any(accepted != clean[:n], axis=axes)
    if np.issubdtype(reference.dtype, np.floating):
        differs |= relative_error(accepted, reference[:n]) > FLOAT_RELATIVE_TOLERANCE
    else:
        differs |= np.any(accepted != reference[:n], axis=axes)
    return int(np.sum(differs))


def differences(measured: Measurement, clean: Measurement, timer: TimerSpec) -> list[str]:
    """The figures and per-sample timings (in the board's unit) where a run differs from the
    clean run."""
    found = [f"{name} {getattr(measured.row, name)} (clean: {getattr(clean.row, name)})"
             for name in COMPARED if getattr(measured.row, name) != getattr(clean.row, name)]
    if abs((measured.row.stack_bytes or 0) - (clean.row.stack_bytes or 0)) > STACK_SLACK_BYTES:
        found.append(f"stack_bytes {measured.row.stack_bytes} (clean: {clean.row.stack_bytes})")
    if _units(measured.run.ticks, timer) != _units(clean.run.ticks, timer):
        found.append(f"per-sample {timer.unit}")
    return found


def _units(ticks: list[list[int]], timer: TimerSpec) -> list[list[float]]:
    """Timer ticks as the board's unit: an emulator's ticks jitter by one, instructions not."""
    return [[timer.to_units(t) for t in sample] for sample in ticks]


def restart_bound(kind: str, detected: int) -> int:
    """The most restarts a cell may need: one per device fault or link cut noticed. A lost,
    damaged or late frame is sent again instead; one restart is allowed for damage that strikes
    the connection itself (the boot announcement and HELLO)."""
    return detected if kind in (*DEVICE_KINDS, "cut") else 1


def expectations(figures: CellFigures, device_kind: bool, unsupported: str) -> list[str]:
    """Problems common to every cell that was meant to recover."""
    problems = []
    bound = restart_bound(figures.kind, figures.detected)
    if figures.restarts > bound:
        problems.append(f"{figures.restarts} restarts, at most {bound} expected: a fault the "
                        "link layer should absorb restarted the board")
    if figures.injected == 0:
        problems.append(f"no {figures.kind} fault was injected: raise the rate or the samples")
    if figures.undetected:
        problems.append(f"{figures.undetected} damaged frames passed as intact")
    if device_kind and figures.detected < figures.injected:
        problems.append(f"{figures.injected - figures.detected} of {figures.injected} "
                        f"{figures.kind} faults went unnoticed")
    if unsupported:
        problems.append(unsupported)
    return problems


def totals(cells: list[CellFigures]) -> dict:
    document = {name: sum(getattr(c, name) for c in cells) for name in TOTALS}
    document.update(cells_run=len(cells), cells_passed=sum(c.passed for c in cells),
                    passed=all(c.passed for c in cells))
    return document


def per_kind(cells: list[CellFigures]) -> list[dict]:
    """One line per fault kind (every rate summed), in the order of the matrix."""
    kinds = list(dict.fromkeys(c.kind for c in cells))
    return [{"kind": kind, "rates": ", ".join(f"{c.rate:g}" for c in cells if c.kind == kind),
             **totals([c for c in cells if c.kind == kind])} for kind in kinds]

