"""TFLM's interpreter trusts the .tflite it reads: a corrupt file that still parses as a
flatbuffer (a flipped byte in an offset, an operator swapped for another) can crash the whole
process with a segmentation fault. seen: 17 of 1,500 byte-mutated copies of the sine model.

So before the harness opens a model with TFLM in its own process, a child process opens it and
runs one inference; a crash or hang there becomes a ModelFormatError here. Each model is probed
once per process (by digest); the child is forked where the OS allows, so a probe costs
milliseconds, not an interpreter start.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal

from harness.errors import ModelFormatError

PROBE_TIMEOUT_S = 60.0
_SAFE: set[str] = set()  # digests of models that opened and ran in a child


def check_tflm_survives(model: bytes, label: str = "the model") -> None:
    """Raises ModelFormatError if TFLM crashes or hangs opening and running `model`."""
    digest = hashlib.sha256(model).hexdigest()
    if digest in _SAFE:
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    child = context.Process(target=_open_and_run, args=(model,), daemon=True)
    child.start()
    child.join(PROBE_TIMEOUT_S)
    if child.is_alive():
        child.kill()
        child.join()
        raise ModelFormatError(f"TFLM's interpreter hung for {PROBE_TIMEOUT_S:.0f} s on {label}: "
                               "the file is corrupt or malformed; export it again")
    if child.exitcode is not None and child.exitcode < 0:
        name = signal.Signals(-child.exitcode).name
        raise ModelFormatError(f"TFLM's interpreter crashed ({name}) reading {label}: the file is "
                               "corrupt or malformed (it is no valid .tflite); export it again")
    _SAFE.add(digest)  # a Python error in the child is left for the caller's own attempt


def _open_and_run(model: bytes) -> None:
    """In the child: open the model and run it once on zeros; its stdout/stderr are silenced
    (TFLM prints), its exit code says how it went."""
    import numpy as np
    from tflite_micro.python.tflite_micro import runtime

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        interpreter = runtime.Interpreter.from_bytes(model)
        details = interpreter.get_input_details(0)
        interpreter.set_input(np.zeros(details["shape"], details["dtype"]), 0)
        interpreter.invoke()
    except Exception:  # a Python error is no crash: the caller reports it
        os._exit(1)
    os._exit(0)
