"""The ops each backend runs, from the code itself: the AOT backend's lowering registry (with
the activation types each lowering takes) and generation-time folding, and TFLM's op resolver.
`hil ops` prints it; the README's table of supported ops is this table."""

from __future__ import annotations

from dataclasses import dataclass

from harness.backends.aot.folding import foldable_ops
from harness.backends.aot.lower.registry import supported_ops, supported_types
from harness.backends.tflm.support import tflm_ops

YES, FOLDED, NO = "yes", "folded", "-"


@dataclass(frozen=True)
class OpSupport:
    op: str
    aot_int8: str  # "yes", "folded" (computed at generation time from constants) or "-"
    aot_int16: str  # int16x8: 16-bit activations, 8-bit weights
    aot_float32: str
    tflm: str  # "yes" or "-"


def op_support() -> list[OpSupport]:
    """Every op either backend runs, alphabetically."""
    lowered, folded, tflm = set(supported_ops()), set(foldable_ops()), set(tflm_ops())

    def aot(op: str, kind: str) -> str:
        if op in lowered and kind in supported_types(op):
            return YES
        return FOLDED if op in folded else NO

    return [OpSupport(op, aot(op, "int8"), aot(op, "int16"), aot(op, "float32"),
                      YES if op in tflm else NO)
            for op in sorted(lowered | folded | tflm)]


def markdown_table(rows: list[OpSupport]) -> str:
    """The table as Markdown, one op per line."""
    lines = ["| op | aot int8 | aot int16x8 | aot float32 | tflm |", "|---|:-:|:-:|:-:|:-:|"]
    lines += [f"| `{r.op}` | {r.aot_int8} | {r.aot_int16} | {r.aot_float32} | {r.tflm} |"
              for r in rows]
    return "\n".join(lines) + "\n"
