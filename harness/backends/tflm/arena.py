"""The tensor arena's size: the host TFLM interpreter's measurement plus a margin.

The host figure comes from a 64-bit build (8-byte pointers in every tensor and node struct),
so it is usually well above what a 32-bit device needs; the margin covers what the host's
reference kernels do not ask for but optimized device kernels do (CMSIS-NN scratch buffers).
The device reports the bytes it really used after init (`hil_model_activation_bytes_used`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from harness.model.interpreters import tflm_arena_bytes
from harness.model.tflite import TfliteModel, read_model

ALIGNMENT = 16  # TFLM aligns tensor buffers to 16 bytes
MARGIN_FRACTION = 0.25
MIN_MARGIN_BYTES = 1024


@dataclass(frozen=True)
class Arena:
    host_bytes: int  # what the host TFLM interpreter allocated
    bytes: int  # what the firmware reserves


def arena_budget(host_bytes: int) -> int:
    """Bytes to reserve for an arena the host interpreter measured at `host_bytes`."""
    margin = max(int(host_bytes * MARGIN_FRACTION), MIN_MARGIN_BYTES)
    return -(-(host_bytes + margin) // ALIGNMENT) * ALIGNMENT


def arena_for(tflite: bytes, kernel_sums: bool = False) -> Arena:
    """The arena to reserve for this model (runs the host TFLM interpreter once); with
    `kernel_sums` (CMSIS-NN's Helium build), also the weight sums of its FULLY_CONNECTED layers."""
    host = tflm_arena_bytes(tflite)
    extra = fully_connected_sums_bytes(read_model(tflite)) if kernel_sums else 0
    return Arena(host, arena_budget(host) + extra)


def fully_connected_sums_bytes(model: TfliteModel) -> int:
    """The persistent arena memory CMSIS-NN's Helium FULLY_CONNECTED takes for int8 layers
    (4 bytes per output unit, 16-byte aligned), which the host's reference kernels do not."""
    units = [model.tensors[op.outputs[0]].shape[-1] for op in model.operators
             if op.opcode == "FULLY_CONNECTED"
             and model.tensors[op.inputs[0]].dtype == np.int8]
    return sum(-(-4 * n // ALIGNMENT) * ALIGNMENT for n in units)
