"""Render a lowered program as C (firmware/backends/aot/templates/aot_model.c.j2)."""

from __future__ import annotations

import jinja2
import numpy as np

from harness import paths
from harness.backends.aot.ir import Array, Function
from harness.backends.aot.program import Program
from harness.model.tflite import Tensor
from harness.names import comment_text

MODEL_FILE = "aot_model.c"

_CTYPES = {np.dtype(np.int8): "int8_t", np.dtype(np.uint8): "uint8_t",
           np.dtype(np.int16): "int16_t", np.dtype(np.uint16): "uint16_t",
           np.dtype(np.int32): "int32_t", np.dtype(np.int64): "int64_t",
           np.dtype(np.float32): "float"}
_HIL_DTYPES = {np.dtype(np.float32): "HIL_DTYPE_FLOAT32", np.dtype(np.int8): "HIL_DTYPE_INT8",
               np.dtype(np.int16): "HIL_DTYPE_INT16"}
_QUANTIZED = (np.dtype(np.int8), np.dtype(np.int16))
_PER_ROW = {"float": 6}


def templates_dir():
    return paths.firmware_dir() / "backends" / "aot" / "templates"


def kernels_dir():
    return paths.firmware_dir() / "backends" / "aot" / "kernels"


def c_int(value: int) -> str:
    value = int(value)
    return "(-2147483647 - 1)" if value == -(1 << 31) else str(value)


_NON_FINITE = {"inf": "INFINITY", "-inf": "-INFINITY", "nan": "NAN", "-nan": "NAN"}


def c_floats(values: np.ndarray) -> list[str]:
    """Nine significant digits: enough for every float32 to round-trip exactly."""
    texts = np.char.mod("%.8e", values.astype(np.float32)).tolist()
    return [_NON_FINITE.get(t, t + "f") for t in texts]


def _literals(values: np.ndarray) -> list[str]:
    if values.dtype == np.float32:
        return c_floats(values)
    return [c_int(v) for v in values.tolist()]


class _Constants:
    """Flash arrays, one per distinct content, named after their first user."""

    def __init__(self):
        self.arrays: list[dict] = []
        self._symbols: dict[tuple, str] = {}

    def symbol(self, values: np.ndarray, name: str) -> str:
        values = np.ascontiguousarray(values).reshape(-1)
        key = (values.dtype.str, values.tobytes())
        if key not in self._symbols:
            taken = set(self._symbols.values())
            name = next(f"{name}{n or ''}" for n in range(len(taken) + 1)
                        if f"{name}{n or ''}" not in taken)
            self._symbols[key] = name
            literals = _literals(values)
            per_row = _PER_ROW.get(_CTYPES[values.dtype], 12)
            rows = [", ".join(literals[i:i + per_row]) for i in range(0, len(literals), per_row)]
            self.arrays.append({"symbol": name, "ctype": _CTYPES[values.dtype],
                                "length": max(len(literals), 1), "rows": rows or ["0"],
                                "bytes": values.nbytes})
        return self._symbols[key]


def _fields(params: dict, constants: _Constants, prefix: str) -> list[tuple[str, object]]:
    fields = []
    for name, value in params.items():
        if isinstance(value, dict):
            rendered = _fields(value, constants, prefix)
        elif isinstance(value, Array):
            rendered = constants.symbol(value.values, f"{prefix}_{value.role}")
        elif isinstance(value, Function):
            rendered = value.name
        elif value is None:
            rendered = "NULL"
        elif isinstance(value, list | tuple):
            rendered = "{" + ", ".join(_literals(np.asarray(value))) + "}"
        elif isinstance(value, float | np.floating):
            rendered = c_floats(np.array([value]))[0]
        else:
            rendered = c_int(value)
        fields.append((name, rendered))
    return fields


def _hil_tensor(tensor: Tensor, offset: int) -> list[tuple[str, str]]:
    q = tensor.quantization
    quantized = q is not None and tensor.dtype in _QUANTIZED
    scale = float(q.scales[0]) if quantized else 0.0
    zero_point = int(q.zero_points[0]) if quantized else 0
    dims = list(tensor.shape) or [1]
    return [("dtype", _HIL_DTYPES[tensor.dtype]), ("ndims", str(len(tensor.shape))),
            ("dims", "{" + ", ".join(map(str, dims)) + "}"),
            ("scale", c_floats(np.array([scale]))[0]), ("zero_point", c_int(zero_point)),
            ("bytes", f"{tensor.nbytes}u"), ("data", f"aot_arena + {offset}")]


class _Operands:
    """C names for kernel operands: arena tensors get pointers, constant tensors arrays."""

    def __init__(self, program: Program, constants: _Constants):
        self.program, self.constants = program, constants
        self.tensors: dict[int, dict] = {}

    def name(self, index: int) -> str:
        tensor = self.program.model.tensors[index]
        if index in self.program.constants:
            data = self.program.constants[index].astype(tensor.dtype)
            return self.constants.symbol(data, f"tensor{index}")
        if index not in self.tensors:
            self.tensors[index] = {"symbol": f"t{index}", "ctype": _CTYPES[tensor.dtype],
                                   "offset": self.program.offset(index),
                                   "comment": f"{tensor.name[:60]} {list(tensor.shape)}"}
        return self.tensors[index]["symbol"]


    def scratch(self, n: int) -> str:
        """The working memory of step n (word-aligned arena bytes alive during that step)."""
        symbol = f"s{n}"
        step = self.program.steps[n]
        self.tensors[-1 - n] = {"symbol": symbol, "ctype": "uint32_t",
                                "offset": self.program.scratch_offset(n),
                                "comment": f"scratch of #{step.op.index} {step.op.opcode} "
                                           f"({step.call.scratch} B)"}
        return symbol


def _step(n: int, step, constants: _Constants, operands: _Operands) -> dict:
    symbol = f"op{n}"
    args = [operands.name(i) for i in step.call.operands]
    return {"kernel": step.call.kernel, "params_type": step.call.params_type, "symbol": symbol,
            "fields": _fields(step.call.params, constants, symbol),
            "args": args + ([operands.scratch(n)] if step.call.scratch else []),
            "comment": f"#{step.op.index} {step.op.opcode}"}


def _profile(program: Program, steps: list[dict]) -> list[dict]:
    """One profile entry per .tflite operator that runs kernels (an operator lowered to no
    call, such as RESHAPE, has none); each step records the entry it ends, if any."""
    entries: list[dict] = []
    for n, step in enumerate(program.steps):
        last = n + 1 == len(program.steps) or program.steps[n + 1].op is not step.op
        steps[n]["ends_entry"] = len(entries) if last else None
        if last:
            entries.append({"operator": step.op.index, "op": step.op.opcode})
    return entries


def render_model(program: Program, model_name: str) -> str:
    """The complete aot_model.c for the program."""
    model, constants = program.model, _Constants()
    operands = _Operands(program, constants)
    steps = [_step(n, step, constants, operands) for n, step in enumerate(program.steps)]
    context = {
        "model_name": model_name, "steps": steps, "macs": program.macs,
        "profile": _profile(program, steps),
        "tensors": sorted(operands.tensors.values(), key=lambda t: t["offset"]),
        "arrays": constants.arrays, "arena_bytes": program.arena_bytes,
        "arena_size": max(program.arena_bytes, 4), "slack": program.slack,
        "lower_bound": program.plan.lower_bound(program.buffers),
        "constant_bytes": sum(a["bytes"] for a in constants.arrays),
        "inputs": [_hil_tensor(model.tensors[i], program.offset(i)) for i in model.inputs],
        "outputs": [_hil_tensor(model.tensors[i], program.offset(i)) for i in model.outputs],
    }
    return _environment().get_template(MODEL_FILE + ".j2").render(context)


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(templates_dir()),
                                     undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                                     trim_blocks=False, lstrip_blocks=False)
    environment.filters["c_comment"] = comment_text  # model and tensor names from the user
    return environment
