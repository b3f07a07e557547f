"""`hil inspect`: per-layer table of a model."""

import click

from harness.commands._models import model_bytes
from harness.commands._output import json_option, print_json, print_table, stdout
from harness.commands._targets import backend_option, board_option

_COLUMNS = ["index", "op", "activation", "inputs", "outputs", "params", "macs", "output_bytes",
            "output_scale", "output_zero_point", "weights_quantization", "aot_mark", "tflm_mark",
            "kernel"]
_HEADERS = {"index": "#", "activation": "fused", "output_bytes": "out bytes",
            "output_scale": "out scale", "output_zero_point": "out zp",
            "weights_quantization": "weights", "aot_mark": "aot", "tflm_mark": "tflm"}
_BACKENDS = ("aot", "tflm")


@click.command("inspect")
@click.argument("model")
@click.option("--variant", default="int8", show_default=True,
              help="Which .tflite of a zoo model: float32, int8, dynamic, float16.")
@board_option
@backend_option
@json_option
def command(model: str, variant: str, board: str | None, backend: str | None,
            as_json: bool) -> None:
    """Per-layer table of MODEL (a zoo name or a .tflite file): ops, shapes, parameters, MACs,
    bytes, quantization, whether each backend runs each operator (aot: yes, folded at
    generation time, or no; tflm: yes, or no when TFLM lacks the op or one of its limits stops
    it), the kernel the backend runs for each layer on the board (and why), and the TFLM arena
    the host interpreter needed. Nothing is built."""
    from harness.model.analysis import summarize
    from harness.model.tflite import read_model

    data, _ = model_bytes(model, variant)
    parsed = read_model(data)
    summary = summarize(parsed).as_dict()
    _mark_support(parsed, summary["layers"])
    kernels = _kernels(data, model, board, backend)
    for layer in summary["layers"]:
        choice = kernels.get(layer["index"])
        layer["kernel"] = "" if choice is None else choice.kernel
        layer["kernel_reason"] = "" if choice is None else choice.reason
    summary.update(_reference(data))
    if as_json:
        print_json(summary)
        return
    rows = [{**layer, "kernel": _kernel_text(layer)} for layer in summary["layers"]]
    print_table(rows, _COLUMNS, title=f"{model} ({variant})", headers=_HEADERS)
    _print_footer(summary)


def _reference(data: bytes) -> dict:
    """The host TFLM arena, or why the reference cannot run the model."""
    from harness.errors import ReferenceLimitError
    from harness.model.interpreters import tflm_arena_bytes

    try:
        return {"tflm_arena_bytes_host": tflm_arena_bytes(data), "reference": "ok"}
    except ReferenceLimitError as exc:
        return {"tflm_arena_bytes_host": None, "reference": str(exc)}


def _print_footer(summary: dict) -> None:
    for layer in summary["layers"]:
        for name in _BACKENDS:
            if layer[name].startswith("no"):
                stdout.print(f"  #{layer['index']} {layer['op']}, {name}: {layer[name]}",
                             highlight=False)
    for key in ("macs", "params", "param_bytes", "largest_activation_bytes", "model_bytes",
                "tflm_arena_bytes_host"):
        value = summary[key]
        stdout.print(f"{key:>26}: {'-' if value is None else format(value, ',')}",
                     highlight=False)
    stdout.print("  (the host arena comes from a 64-bit build: an upper bound for a 32-bit MCU)",
                 highlight=False)
    if summary["reference"] != "ok":
        stdout.print(f"  reference: {summary['reference']}", highlight=False)


def _mark_support(parsed, layers: list[dict]) -> None:
    """Each layer's verdict per backend ("yes", "folded", "no: why"), and a short mark."""
    from harness.backends.aot.support import operator_support as aot_support
    from harness.backends.tflm.support import operator_support as tflm_support

    verdicts = {"aot": aot_support(parsed), "tflm": tflm_support(parsed)}
    for layer in layers:
        for name in _BACKENDS:
            verdict = verdicts[name][layer["index"]]
            layer[name] = verdict
            layer[f"{name}_mark"] = "no" if verdict.startswith("no") else verdict


def _kernels(data: bytes, model: str, board: str | None, backend: str | None) -> dict:
    """Operator index -> KernelChoice on the chosen board and backend; empty when that backend
    cannot run the model (the table still describes it)."""
    from harness.commands._targets import chosen_backend, chosen_board
    from harness.errors import HilError
    from harness.model.tflite import read_model

    try:
        return chosen_backend(backend).kernel_choices(read_model(data), model,
                                                      chosen_board(board))
    except HilError:
        return {}


def _kernel_text(layer: dict) -> str:
    kernel, reason = layer["kernel"], layer["kernel_reason"]
    return f"{kernel}: {reason}" if reason else kernel
