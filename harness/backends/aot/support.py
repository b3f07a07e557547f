"""Which operators of a model the AOT backend runs, each judged on its own (a whole-model
compile stops at the first it cannot): for `hil inspect`, before anything is built."""

from __future__ import annotations

from harness.backends.aot.context import OpContext
from harness.backends.aot.folding import fold
from harness.backends.aot.ir import Unsupported
from harness.backends.aot.lower.registry import lowering_for
from harness.model.tflite import TfliteModel

FOLDED = "folded"  # computed at generation time: no code on the device


def operator_support(model: TfliteModel, features: frozenset[str] = frozenset()
                     ) -> dict[int, str]:
    """Per operator index: "yes", "folded", or why not ("no: ...")."""
    constants = {t.index: t.data for t in model.tensors if t.data is not None}
    verdicts = {}
    for op in model.operators:
        if fold(model, op, constants):
            verdicts[op.index] = FOLDED
            continue
        lower = lowering_for(op.opcode)
        if lower is None:
            verdicts[op.index] = "no: this op is not implemented"
            continue
        try:
            lower(OpContext(model, op, constants, features))
            verdicts[op.index] = "yes"
        except Unsupported as exc:
            verdicts[op.index] = f"no: {exc}"
    return verdicts
