"""Which operators of a model the TFLM backend (and reference) runs: TFLM's op resolver has the
op, and its parameters trip none of TFLM's hard limits (harness.model.limits)."""

from __future__ import annotations

from harness.backends.tflm.resolver import resolver_methods
from harness.model.limits import violations
from harness.model.tflite import TfliteModel


def tflm_ops() -> list[str]:
    """Every op TFLM's MicroMutableOpResolver can register."""
    return sorted(resolver_methods())


def operator_support(model: TfliteModel) -> dict[int, str]:
    """Per operator index: "yes", or why not ("no: ...")."""
    problems = {}
    for violation in violations(model):
        problems.setdefault(violation.operator, f"no: {violation.problem}")
    known = resolver_methods()
    return {op.index: "no: TFLM has no kernel for this op" if op.opcode not in known
            else problems.get(op.index, "yes") for op in model.operators}
