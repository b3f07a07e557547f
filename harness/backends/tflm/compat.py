"""Does the chosen TFLM library compute this model right? Per-channel FULLY_CONNECTED is the
known trap: TF 2.16+ converters emit it, and TFLM before 2024-09 ignores all scales but the
first without any error."""

from __future__ import annotations

import warnings

from harness.backends.tflm.probe import PerChannelFc, TflmCapabilities
from harness.errors import UnsupportedModelError
from harness.model.tflite import Operator, TfliteModel

_FIX = ("use a TFLM tree from tflite-micro commit 47b5450 (2024-09-27) or later "
        "(--tflm PATH or HIL_TFLM_PATH), or quantize with per-tensor weights instead: "
        "`hil run {model} --quant ptq-per-tensor --backend tflm --board {board}` for a zoo "
        "model (also on hil quantize/render/sweep); for your own .tflite, convert with "
        "converter._experimental_disable_per_channel = True")


class TflmCompatibilityWarning(UserWarning):
    """The model renders, but the chosen TFLM library will not compute it correctly."""


def per_channel_fully_connected(model: TfliteModel) -> list[Operator]:
    """FULLY_CONNECTED ops whose weights carry one scale per output unit."""
    found = []
    for op in model.operators:
        if op.opcode != "FULLY_CONNECTED" or len(op.inputs) < 2 or op.inputs[1] < 0:
            continue
        quantization = model.tensors[op.inputs[1]].quantization
        if quantization is not None and quantization.per_channel:
            found.append(op)
    return found


def incompatibility(model: TfliteModel, capabilities: TflmCapabilities, model_name: str = "MODEL",
                    board: str = "BOARD") -> str | None:
    """Why the library cannot run the model correctly, naming the op and the command that
    avoids it; None if it can."""
    ops = per_channel_fully_connected(model)
    support = capabilities.per_channel_fully_connected
    if not ops or support is PerChannelFc.SUPPORTED:
        return None
    op = ops[0]
    scales = model.tensors[op.inputs[1]].quantization.scales.size
    consequence = {
        PerChannelFc.WRONG_OUTPUTS: "applies the first scale to every output unit, so its "
                                    "outputs are wrong without any error",
        PerChannelFc.REFUSED_AT_INIT: "refuses it when the interpreter allocates tensors",
        PerChannelFc.UNKNOWN: "may not support it (its fully_connected kernel was not found)",
    }[support]
    return (f"FULLY_CONNECTED (operator {op.index}"
            f"{f' and {len(ops) - 1} more' if len(ops) > 1 else ''}) has per-channel weights "
            f"({scales} scales), and the TFLM library ({capabilities.version}) {consequence}; "
            f"{_FIX.format(model=model_name, board=board)}")


def check_compatible(model: TfliteModel, capabilities: TflmCapabilities,
                     allow_wrong_outputs: bool = False, model_name: str = "MODEL",
                     board: str = "BOARD") -> None:
    """Raise UnsupportedModelError (or only warn, when allowed) if the library would fail."""
    problem = incompatibility(model, capabilities, model_name, board)
    if problem is None:
        return
    if not allow_wrong_outputs:
        raise UnsupportedModelError(problem)
    warnings.warn(TflmCompatibilityWarning(problem), stacklevel=3)
