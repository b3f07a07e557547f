"""Per-op lowerings: each turns one TFLite operator into kernel calls (see `ir`).

A lowering module registers its functions with `@lowering("OPCODE", ...)`; importing this
package imports them all.
"""

from __future__ import annotations

from collections.abc import Callable

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


def supported_ops() -> list[str]:
    return sorted(LOWERINGS.names())


from harness.backends.aot.lower import (  # noqa: E402,F401  (registration side effects)
    activations,
    binary,
    conv,
    fully_connected,
    pooling,
    reduce,
    shape,
    softmax,
)
