"""The op resolver for one model: exactly the model's ops, as `MicroMutableOpResolver` calls."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from harness.errors import UnsupportedModelError
from harness.model.tflite import TfliteModel

_RESOLVER_HEADER = "tensorflow/lite/micro/micro_mutable_op_resolver.h"


@dataclass(frozen=True)
class ResolverOp:
    opcode: str  # TFLite builtin name, e.g. "CONV_2D"
    method: str  # MicroMutableOpResolver method, e.g. "AddConv2D"


def resolver_methods() -> dict[str, str]:
    """TFLite builtin name -> MicroMutableOpResolver method, for every op TFLM registers."""
    return dict(_methods())


@cache
def _methods() -> dict[str, str]:
    # TFLite builtin name -> MicroMutableOpResolver method, as TFLM's resolver header spells them.
    text = resources.files(__package__).joinpath("resolver_ops.json").read_text()
    return json.loads(text)


def resolver_ops(model: TfliteModel) -> list[ResolverOp]:
    """The model's distinct ops in first-use order; refuses custom ops and ops TFLM lacks."""
    ops = []
    for opcode in model.opcodes():
        if opcode not in _methods():
            kind = "custom op" if opcode.startswith("CUSTOM:") else "op"
            raise UnsupportedModelError(
                f"the model uses the {kind} {opcode}, which TFLM's MicroMutableOpResolver has no "
                "method for; replace that layer or use another backend")
        ops.append(ResolverOp(opcode, _methods()[opcode]))
    return ops


def missing_methods(ops: list[ResolverOp], root: Path) -> list[ResolverOp]:
    """Ops whose resolver method the TFLM tree at `root` does not declare (an older release)."""
    header = root / _RESOLVER_HEADER
    if not header.is_file():
        return []  # a layout we cannot read: the compiler will name what is missing
    declared = set(re.findall(r"TfLiteStatus (Add\w+)\(", header.read_text(errors="replace")))
    return [op for op in ops if op.method not in declared]
