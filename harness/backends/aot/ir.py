"""What lowering produces: kernel calls with every parameter computed, ready to print as C."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from harness.backends.base import KernelChoice

__all__ = ["Array", "Call", "Declined", "Function", "KernelChoice", "Lowering", "Unsupported"]


class Unsupported(Exception):  # noqa: N818  (internal; the backend turns it into a HilError)
    """An op or parameter the AOT backend cannot run; the message names it, `fix` says what
    the user can do instead."""

    def __init__(self, message: str, fix: str = "use --backend tflm, or change the model"):
        super().__init__(message)
        self.fix = fix


@dataclass(frozen=True, eq=False)
class Array:
    """Constant data placed in flash (weights, biases, multipliers, lookup tables)."""

    values: np.ndarray
    role: str = "data"  # a short word for the generated symbol name: weights, bias, table...

    def __post_init__(self):
        object.__setattr__(self, "values", np.ascontiguousarray(self.values).reshape(-1))


@dataclass(frozen=True)
class Function:
    """A kernel function passed as a parameter (a copy of a kernel's inner pass made for the
    layer's shape): only the copies a model names are linked into its firmware."""

    name: str


@dataclass
class Call:
    """One kernel call: `kernel(&params, operand pointers...)`.

    `params` maps struct field names to ints, floats, `Array`s, `Function`s, None (NULL), lists
    (fixed-size C arrays) or nested dicts (nested structs). `operands` are tensor indices in the
    kernel's argument order, inputs first. A kernel with `scratch` bytes gets a pointer to that much
    arena memory, alive during this call only, after its operands.
    """

    kernel: str
    params_type: str
    params: dict
    operands: tuple[int, ...]
    macs: int = 0  # multiply-accumulates, for reports
    scratch: int = 0  # bytes of working memory, passed as the last argument (word-aligned)
    note: str = ""  # what this call does beyond its kernel's plain case (constant channels...)
    # (input operand position, bytes): the output (last operand) may start up to that many
    # bytes after this input's start, or lower, when the input dies here: the kernel writes
    # in order and only over input bytes it has read for the last time (planner.Overlap).
    overlaps: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Declined:
    """A faster kernel's answer for a layer it does not take: why (shown to the user)."""

    reason: str


@dataclass
class Lowering:
    """What one model operator becomes: calls, or an alias (output shares the input's bytes)."""

    calls: list[Call] = field(default_factory=list)
    alias: tuple[int, int] | None = None  # (output tensor, input tensor)
    choice: KernelChoice | None = None  # None: the first call's kernel, nothing to explain
