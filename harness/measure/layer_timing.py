"""Per-layer timing: a device's per-operator profile joined with the model's MACs per operator,
so the distance of each layer to the core's peak shows (MACs per instruction or per cycle)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from harness.backends.base import KernelChoice
from harness.boards import TimerSpec
from harness.errors import HilError
from harness.model.analysis import macs
from harness.model.tflite import TfliteModel
from harness.protocol.profiling import NAME_MAX, ProfileEntry


class ProfileMismatch(HilError):
    """A profile that does not fit the model: it was measured on another model."""


@dataclass(frozen=True)
class LayerTiming:
    operator: int  # index in the .tflite's subgraph 0
    op: str  # the model's op name ("CONV_2D", "CUSTOM:name")
    macs: int
    ticks: int  # board timer ticks, as the device reported them
    units: float  # the ticks in the timer's unit
    unit: str  # "instructions" (emulators) or "cycles"
    macs_per_unit: float | None  # None when the timer read 0 for this operator
    share: float  # of all entries' units; 0 when they add up to 0
    kernel: str = ""  # what the firmware ran for it, where the backend says (KernelChoice)
    reason: str = ""  # why that kernel


def layer_table(model: TfliteModel, entries: Iterable[ProfileEntry], timer: TimerSpec,
                kernels: Mapping[int, KernelChoice] | None = None) -> list[LayerTiming]:
    """One row per profile entry, in the order the operators ran, with the kernel chosen for
    each operator where `kernels` names it.

    Raises:
        ProfileMismatch: an entry names an operator the model does not have, or another op
            than the model has at that index.
    """
    entries = list(entries)
    units = [timer.to_units(entry.ticks) for entry in entries]
    total = sum(units)
    rows = []
    for number, (entry, spent) in enumerate(zip(entries, units, strict=True)):
        operator = _operator(model, entry, number)
        count = macs(model, operator)
        choice = (kernels or {}).get(entry.operator, KernelChoice(""))
        rows.append(LayerTiming(entry.operator, operator.opcode, count, entry.ticks, spent,
                                timer.unit, count / spent if spent else None,
                                spent / total if total else 0.0, choice.kernel, choice.reason))
    return rows


def _operator(model: TfliteModel, entry: ProfileEntry, number: int):
    """The model's operator entry `number` timed, checked against the op name it reported."""
    if not 0 <= entry.operator < len(model.operators):
        raise ProfileMismatch(
            f"profile entry {number} times operator {entry.operator} ({entry.op}), but the model "
            f"has {len(model.operators)} operators: the device ran another model; rebuild the "
            "firmware for this one")
    operator = model.operators[entry.operator]
    if not _same_op(entry.op, operator.opcode):
        raise ProfileMismatch(
            f"profile entry {number} times operator {entry.operator} as {entry.op}, but the "
            f"model's operator {entry.operator} is {operator.opcode}: the device ran another "
            "model; rebuild the firmware for this one")
    return operator


def _same_op(reported: str, opcode: str) -> bool:
    # Devices name a custom op by its own name (TFLM's custom_name) and cut names to NAME_MAX
    # bytes; the model reader calls it "CUSTOM:name".
    name = opcode.removeprefix("CUSTOM:").encode()[:NAME_MAX].decode(errors="replace")
    return reported in (opcode, name)
