"""TFLM's interpreter trusts the .tflite it reads: a corrupt file that still parses as a
flatbuffer (a flipped byte in an offset, an operator swapped for another) can crash the whole
process with a segmentation fault (seen: 17 of 1,500 byte-mutated copies of the sine model),
and so can a valid model whose parameters trip one of TFLM's TFLITE_CHECKs (an untrained
model's SOFTMAX input scale).

So before the harness opens a model with TFLM in its own process, the model's parameters are
checked against TFLM's known limits (harness.model.limits), then a child process opens it and
runs one inference. When the child crashes or hangs, the diagnosis says what is wrong: a
child running LiteRT tells a file no interpreter reads ("no valid .tflite") from a model only
TFLM fails on, and for the latter, children running growing prefixes of the graph find the
first operator TFLM fails on. Each model is probed once per process (by digest); children are
forked where the OS allows, so a probe costs milliseconds, not an interpreter start (from a fork
server when the process runs other threads).
"""

from __future__ import annotations

import faulthandler
import hashlib
import multiprocessing
import os
import signal
import threading
from dataclasses import dataclass

from harness.errors import HilError, ModelFormatError, ReferenceLimitError
from harness.model.limits import check_reference_limits
from harness.model.prefix import GraphPrefixes

PROBE_TIMEOUT_S = 60.0
_SAFE: set[str] = set()  # digests of models that opened and ran in a child


@dataclass(frozen=True)
class Outcome:
    """How a child's attempt ended: "ok", "error" (a Python exception), "crash" or "hang"."""

    kind: str
    detail: str = ""  # the signal's name, the exception's text


def check_tflm_survives(model: bytes, label: str = "the model") -> None:
    """Raises ReferenceLimitError if the model trips a TFLM limit or TFLM crashes on a model
    LiteRT reads, ModelFormatError if neither interpreter can read it."""
    from harness.model.tflite import read_model

    digest = hashlib.sha256(model).hexdigest()
    if digest in _SAFE:
        return
    check_reference_limits(read_model(model), label)  # before anything can crash
    outcome = run_in_child(_open_and_run_tflm, model)
    if outcome.kind in ("ok", "error"):
        _SAFE.add(digest)  # a Python error in the child is left for the caller's own attempt
        return
    raise diagnosis(model, outcome, label)


def diagnosis(model: bytes, outcome: Outcome, label: str) -> HilError:
    """The error for a model TFLM crashed or hung on."""
    what = (f"TFLM's interpreter crashed ({outcome.detail})" if outcome.kind == "crash"
            else f"TFLM's interpreter hung for {PROBE_TIMEOUT_S:.0f} s")
    litert = run_in_child(_open_and_run_litert, model)
    if litert.kind != "ok":
        reason = {"error": f"LiteRT refuses it too ({litert.detail})",
                  "crash": f"LiteRT crashes too ({litert.detail})",
                  "hang": "LiteRT hangs too"}[litert.kind]
        return ModelFormatError(f"{what} reading {label}, and {reason}: the file is corrupt or "
                                "malformed (it is no valid .tflite); export it again")
    where = first_failing_operator(model)
    place = f"on operator #{where[0]} {where[1]} of {label}" if where else f"reading {label}"
    op = f"its {where[1]} kernel" if where else "TFLM"
    return ReferenceLimitError(
        f"{what} {place}, a model LiteRT reads and runs: the file is valid; this is a limit "
        f"or bug of {op}, so TFLM cannot be the reference for this model")


def first_failing_operator(model: bytes) -> tuple[int, str] | None:
    """(index, op) of the first operator whose graph prefix crashes or hangs TFLM, found by
    bisection over prefixes (a prefix fails from the first failing operator on)."""
    prefixes = GraphPrefixes(model)
    low, high = 1, prefixes.count  # the prefix of `high` operators fails (checked below)
    if high == 0 or _survives(prefixes.prefix(high)):
        return None
    while low < high:
        middle = (low + high) // 2
        if _survives(prefixes.prefix(middle)):
            low = middle + 1
        else:
            high = middle
    return high - 1, prefixes.opcode(high - 1)


def _survives(model: bytes) -> bool:
    return run_in_child(_open_and_run_tflm, model).kind in ("ok", "error")


def run_in_child(target, model: bytes) -> Outcome:
    """Runs target(model, connection) in a child process; its outcome, never its crash."""
    context = _child_context()
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=target, args=(model, sender), daemon=True)
    child.start()
    sender.close()
    child.join(PROBE_TIMEOUT_S)
    if child.is_alive():
        child.kill()
        child.join()
        return Outcome("hang")
    detail = _message(receiver)
    if child.exitcode is not None and child.exitcode < 0:
        return Outcome("crash", signal.Signals(-child.exitcode).name)
    return Outcome("ok" if child.exitcode == 0 else "error", detail)


def _child_context():
    """Fork, so that a probe costs milliseconds, unless the process runs other Python threads
    (a labgrid client's gRPC threads): a fork of those can crash the child before it opens the
    model, which would read as TFLM crashing. Then a fork server, itself started clean, forks
    the children."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


def _message(receiver) -> str:
    """What the child sent before it ended, if anything."""
    try:
        return str(receiver.recv()) if receiver.poll() else ""
    except EOFError:
        return ""
    finally:
        receiver.close()


def _silenced() -> None:
    """In a child: its stdout/stderr go nowhere (the interpreters print), and a crash prints no
    traceback (pytest's faulthandler writes to a copy of stderr): the parent reports it."""
    faulthandler.disable()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def _open_and_run_tflm(model: bytes, connection) -> None:
    """In the child: open the model with TFLM and run it once on zeros."""
    import numpy as np
    from tflite_micro.python.tflite_micro import runtime

    _silenced()
    try:
        interpreter = runtime.Interpreter.from_bytes(model)
        details = interpreter.get_input_details(0)
        interpreter.set_input(np.zeros(details["shape"], details["dtype"]), 0)
        interpreter.invoke()
    except Exception as exc:  # a Python error is no crash: the caller reports it
        connection.send(str(exc)[:300])
        os._exit(1)
    os._exit(0)


def _open_and_run_litert(model: bytes, connection) -> None:
    """In the child: open the model with LiteRT and run it once on zeros."""
    import numpy as np
    from ai_edge_litert.interpreter import Interpreter, OpResolverType

    _silenced()
    try:  # TFLite's own kernels: XNNPACK's delegate refuses some valid models
        interpreter = Interpreter(
            model_content=model,
            experimental_op_resolver_type=OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES)
        interpreter.allocate_tensors()
        for details in interpreter.get_input_details():
            interpreter.set_tensor(details["index"], np.zeros(details["shape"], details["dtype"]))
        interpreter.invoke()
    except Exception as exc:
        connection.send(str(exc).strip().splitlines()[0][:300] if str(exc).strip() else
                        type(exc).__name__)
        os._exit(1)
    os._exit(0)
