"""Calls of the Helium (MVE) kernels for ADD, AVERAGE_POOL_2D and MAX_POOL_2D
(aot_add_mve.c, aot_pool_mve.c).

ADD takes same-shape inputs (broadcasting keeps the portable kernel) with each input's TFLM
rescaling from a table indexed by the raw byte, and TFLM's output stage itself. AVERAGE_POOL_2D
divides by the window's tap count through a reciprocal exact for windows of up to
`AVERAGE_TAPS` taps.
"""

from __future__ import annotations

import numpy as np

from harness.backends.aot.context import OpContext, scale_zero_point
from harness.backends.aot.ir import Array, Call, Declined
from harness.backends.aot.lower.dsp_calls import rescaled
from harness.backends.aot.lower.registry import fast_kernel
from harness.backends.aot.quant import activation_range_s8
from harness.model.tflite import Tensor

# (|sum| + count / 2) * ceil(2^30 / count) / 2^30 errs by less than (128.5 count) * count / 2^30
# of a unit, below the 1 / count that would change a quotient, while count is at most 2048.
AVERAGE_TAPS = 2048
RECIPROCAL_BITS = 30


def reciprocals(taps: int) -> np.ndarray:
    """ceil(2^30 / n) for n = 0 .. taps (0 for n = 0: no window is empty)."""
    counts = np.arange(1, taps + 1, dtype=np.int64)
    return np.concatenate([[0], -(-(1 << RECIPROCAL_BITS) // counts)]).astype(np.int32)


def by_raw_byte(table: np.ndarray) -> np.ndarray:
    """A table over int8 values from -128 up, reordered to be indexed by the raw byte."""
    return np.roll(table, 128)


@fast_kernel("ADD", "mve")
def add(ctx: OpContext, a: Tensor, b: Tensor, y: Tensor, arithmetic: dict) -> Call | Declined:
    """ADD without broadcasting; `arithmetic` is the portable kernel's parameter set."""
    if not tuple(a.shape) == tuple(b.shape) == tuple(y.shape):
        return Declined("broadcasting")
    tables = [Array(by_raw_byte(rescaled(arithmetic, n)).astype(np.int32), f"table{n}")
              for n in (1, 2)]
    act_min, act_max = activation_range_s8(ctx.activation(), *scale_zero_point(y))
    params = {"size": y.size, "table1": tables[0], "table2": tables[1],
              "multiplier": arithmetic["output_multiplier"],
              "shift": arithmetic["output_shift"], "output_offset": arithmetic["output_offset"],
              "act_min": act_min, "act_max": act_max}
    return Call("aot_add_s8_mve", "aot_add_s8_mve_params", params, (a.index, b.index, y.index))


@fast_kernel("AVERAGE_POOL_2D", "mve")
def average_pool(ctx: OpContext, params: dict, taps: int, portable: Call) -> Call | Declined:
    if taps > AVERAGE_TAPS:
        return Declined(f"{taps} taps: the reciprocal division is exact up to {AVERAGE_TAPS}")
    return Call("aot_avgpool_s8_mve", "aot_avgpool_s8_mve_params",
                {**params, "reciprocals": Array(reciprocals(taps), "reciprocals")},
                portable.operands, portable.macs)


@fast_kernel("MAX_POOL_2D", "mve")
def max_pool(ctx: OpContext, params: dict, taps: int, portable: Call) -> Call:
    return Call("aot_maxpool_s8_mve", "aot_pool_s8_params", params, portable.operands,
                portable.macs)
