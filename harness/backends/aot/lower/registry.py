"""The registry of per-op lowerings. A lowering module anywhere in this package registers its
functions with `@lowering("OPCODE", ...)`; the modules are imported on first look-up, so a new
op is a new module and nothing else."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import cache

from harness.backends.aot.context import OpContext
from harness.backends.aot.ir import Call, Declined, KernelChoice, Lowering
from harness.registry import Registry

LowerFn = Callable[[OpContext], Lowering]
FastKernel = Callable[..., Call | list[Call] | Declined]

LOWERINGS: Registry[LowerFn] = Registry("AOT op lowering")
# Per opcode, the kernels faster than the portable one and the core feature each needs, in the
# order they are tried: a core with several features tries the most specific first.
FAST_KERNELS: dict[str, list[tuple[str, FastKernel]]] = {}
SPECIFIC_FIRST = ("mve", "dsp")
TYPES = ("int8", "float32")  # the activation types the backend runs
_OP_TYPES: dict[str, tuple[str, ...]] = {}


def lowering(*opcodes: str, types: tuple[str, ...] = TYPES) -> Callable[[LowerFn], LowerFn]:
    """Registers a lowering for `opcodes`, which it runs with activations of `types`."""
    def register(function: LowerFn) -> LowerFn:
        for opcode in opcodes:
            LOWERINGS.add(opcode, function)
            _OP_TYPES[opcode] = types
        return function

    return register


def fast_kernel(opcode: str, feature: str) -> Callable[[FastKernel], FastKernel]:
    """Registers a kernel for `opcode` on cores with `feature` ("dsp", ...): it returns the
    Call (or the calls, for an op that takes several), or Declined for a layer it does not
    take."""
    def register(function: FastKernel) -> FastKernel:
        kernels = FAST_KERNELS.setdefault(opcode, [])
        kernels.append((feature, function))
        kernels.sort(key=lambda kernel: SPECIFIC_FIRST.index(kernel[0]))
        return function

    return register


def lower_fast(ctx: OpContext, opcode: str, portable: Callable[[], Call | list[Call]],
               *args) -> Lowering:
    """The first fast kernel for the core that takes the layer (called with `args`), else
    `portable()`, with the choice explained (why the kernels tried before declined)."""
    declined = []
    for feature, kernel in FAST_KERNELS.get(opcode, []):
        if feature in ctx.features:
            result = kernel(ctx, *args)
            if not isinstance(result, Declined):
                calls = result if isinstance(result, list) else [result]
                # Why more specific kernels declined, then what the calls note (once each).
                notes = dict.fromkeys(call.note for call in calls)
                reason = "; ".join(part for part in (*declined, *notes) if part)
                return Lowering(calls, choice=KernelChoice(calls[0].kernel, reason))
            declined.append(result.reason)
    result = portable()
    calls = result if isinstance(result, list) else [result]
    reason = "; ".join(declined) if declined else "no faster kernel for this core"
    return Lowering(calls, choice=KernelChoice(calls[0].kernel, reason))


def supported_types(opcode: str) -> tuple[str, ...]:
    """The activation types the backend runs `opcode` with (none when it has no lowering)."""
    _load_lowerings()
    return _OP_TYPES.get(opcode, ())


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
