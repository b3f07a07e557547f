"""The registry of per-op lowerings. A lowering module anywhere in this package registers its
functions with `@lowering("OPCODE", ...)`; the modules are imported on first look-up, so a new
op is a new module and nothing else."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import cache

from harness.backends.aot.context import OpContext
from harness.backends.aot.ir import Lowering
from harness.registry import Registry

LowerFn = Callable[[OpContext], Lowering]

LOWERINGS: Registry[LowerFn] = Registry("AOT op lowering")


def lowering(*opcodes: str) -> Callable[[LowerFn], LowerFn]:
    def register(function: LowerFn) -> LowerFn:
        for opcode in opcodes:
            LOWERINGS.add(opcode, function)
        return function

    return register


def lowering_for(opcode: str) -> LowerFn | None:
    """The lowering registered for `opcode`, or None when the backend has none."""
    _load_lowerings()
    return LOWERINGS.get(opcode) if opcode in LOWERINGS else None


def supported_ops() -> list[str]:
    _load_lowerings()
    return sorted(LOWERINGS.names())


@cache
def _load_lowerings() -> None:
    import harness.backends.aot.lower as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
