"""Build generated AOT sources with the host's gcc into a shared library and run it via ctypes.

This is how the C that goes onto a board is checked against the TFLM reference on the host:
same sources, same kernels, many inputs per second. Builds are cached by content hash under
`harness.paths.build_dir() / "aot-host"`; the kernels are compiled once per kernel-source hash.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import numpy as np

from harness import paths
from harness.backends.aot.backend import DSP_FLAG, MVE_FLAG
from harness.backends.aot.codegen import kernels_dir
from harness.backends.base import GeneratedSources
from harness.errors import BuildError

CC = os.environ.get("HIL_HOST_CC", "gcc")
FLAGS = ("-std=c99", "-O2", "-fPIC", "-Wall", "-Wextra", "-Werror", "-ffp-contract=off")
_DTYPES = {1: np.dtype(np.float32), 2: np.dtype(np.int8), 3: np.dtype(np.uint8),
           4: np.dtype(np.int16), 5: np.dtype(np.int32)}
# The one hil_board.h function a generated model calls (its profiler reads the board timer).
HOST_TIMER = ("host_timer.c", """\
/* hil_board_timer_ticks() for the host build: nanoseconds of the monotonic clock. */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <time.h>

#include "hil_board.h"

uint32_t hil_board_timer_ticks(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint32_t)((uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec);
}
""")


class HilTensor(ctypes.Structure):
    """firmware/common/hil_model.h's hil_tensor."""

    _fields_ = [("dtype", ctypes.c_uint8), ("ndims", ctypes.c_uint8),
                ("dims", ctypes.c_uint16 * 6), ("scale", ctypes.c_float),
                ("zero_point", ctypes.c_int32), ("bytes", ctypes.c_uint32),
                ("data", ctypes.POINTER(ctypes.c_uint8))]

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.dims[: self.ndims])

    @property
    def numpy_dtype(self) -> np.dtype:
        return _DTYPES[self.dtype]


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(f"host build of {what} failed:\n{result.stderr.strip()}")


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()[:16]


@cache
def _compiler_identity() -> bytes:
    return subprocess.run([CC, "--version"], capture_output=True, check=True).stdout


def _include_flags() -> list[str]:
    return [f"-I{kernels_dir()}", f"-I{paths.firmware_dir() / 'common'}"]


def _flags(build_flags: tuple[str, ...]) -> list[str]:
    """Compiler flags: the host's plus the backend's (libraries go to the link step only).
    DSP and Helium paths run on the host through emulated intrinsics."""
    emulation = (["-DAOT_EMULATE_ACLE"] if DSP_FLAG in build_flags else []) \
        + (["-DAOT_EMULATE_MVE"] if MVE_FLAG in build_flags else [])
    return [*FLAGS, *(f for f in build_flags if not f.startswith("-l")), *emulation]


def kernel_objects(build_flags: tuple[str, ...] = ()) -> list[Path]:
    """The kernels compiled for the host (once per kernel sources and flags)."""
    flags = _flags(build_flags)
    sources = sorted(kernels_dir().glob("*.[ch]"))
    key = _digest(_compiler_identity(), " ".join(flags).encode(),
                  *(s.name.encode() + s.read_bytes() for s in sources))
    folder = paths.build_dir() / "aot-host" / f"kernels-{key}"
    objects = [folder / (s.stem + ".o") for s in sources if s.suffix == ".c"]
    if all(o.is_file() for o in objects):
        return objects
    folder.mkdir(parents=True, exist_ok=True)
    for source, target in zip((s for s in sources if s.suffix == ".c"), objects, strict=True):
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        _run([CC, *flags, *_include_flags(), "-c", str(source), "-o", str(partial)], source.name)
        os.replace(partial, target)
    return objects


def build_library(sources: GeneratedSources) -> Path:
    """A shared library of the generated model and the kernels, cached by content."""
    objects = kernel_objects(sources.build_flags)
    files = sorted([*sources.files.items(), HOST_TIMER])
    key = _digest(_compiler_identity(), " ".join(sources.build_flags).encode(),
                  *(o.read_bytes() for o in objects),
                  *(name.encode() + text.encode() for name, text in files))
    library = paths.build_dir() / "aot-host" / key / "libaotmodel.so"
    if library.is_file():
        return library
    library.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=library.parent) as scratch:
        c_files = []
        for name, text in files:
            (Path(scratch) / name).write_text(text)
            c_files += [str(Path(scratch) / name)] if name.endswith(".c") else []
        partial = Path(scratch) / library.name
        _run([CC, *_flags(sources.build_flags), *_include_flags(), "-shared", "-Wl,-Bsymbolic",
              "-o", str(partial), *c_files, *map(str, objects),
              *(f for f in sources.build_flags if f.startswith("-l"))], "the generated model")
        os.replace(partial, library)
    return library


class HostModel:
    """A built model loaded into this process. Use as a context manager to unload it."""

    def __init__(self, library: Path):
        self._lib = ctypes.CDLL(str(library), mode=os.RTLD_LOCAL)
        for name in ("hil_model_input", "hil_model_output"):
            getattr(self._lib, name).restype = ctypes.POINTER(HilTensor)
            getattr(self._lib, name).argtypes = [ctypes.c_uint8]
        for name in ("hil_model_activation_bytes", "hil_model_activation_bytes_used",
                     "hil_model_profile_ticks"):
            getattr(self._lib, name).restype = ctypes.c_uint32
        self._lib.hil_model_profile_count.restype = ctypes.c_uint16
        self._lib.hil_model_profile_operator.restype = ctypes.c_uint16
        self._lib.hil_model_profile_op.restype = ctypes.c_char_p
        for name in ("hil_model_profile_operator", "hil_model_profile_op",
                     "hil_model_profile_ticks"):
            getattr(self._lib, name).argtypes = [ctypes.c_uint16]
        self._lib.hil_model_backend.restype = ctypes.c_char_p
        if self._lib.hil_model_init() != 0:
            raise BuildError(f"{library}: hil_model_init failed")
        self.inputs = [self._lib.hil_model_input(i).contents
                       for i in range(self._lib.hil_model_input_count())]
        self.outputs = [self._lib.hil_model_output(i).contents
                        for i in range(self._lib.hil_model_output_count())]

    @property
    def backend(self) -> str:
        return self._lib.hil_model_backend().decode()

    @property
    def activation_bytes(self) -> int:
        return int(self._lib.hil_model_activation_bytes())

    def profile(self) -> list[tuple[int, str, int]]:
        """(operator index, op name, timer ticks) per entry of the last invoke's profile."""
        lib = self._lib
        return [(int(lib.hil_model_profile_operator(i)), lib.hil_model_profile_op(i).decode(),
                 int(lib.hil_model_profile_ticks(i)))
                for i in range(lib.hil_model_profile_count())]

    def run(self, *inputs: np.ndarray) -> list[np.ndarray]:
        """One inference on the given inputs (each exactly its tensor's size), or on the
        inputs already in place when none are given."""
        for tensor, value in zip(self.inputs, inputs, strict=bool(inputs)):
            data = np.ascontiguousarray(value, dtype=tensor.numpy_dtype)
            if data.nbytes != tensor.bytes:
                raise ValueError(f"input of {data.nbytes} bytes for a {tensor.bytes}-byte tensor")
            ctypes.memmove(tensor.data, data.ctypes.data, tensor.bytes)
        if self._lib.hil_model_invoke() != 0:
            raise RuntimeError("hil_model_invoke failed")
        return [np.ctypeslib.as_array(t.data, (t.bytes,)).view(t.numpy_dtype)
                .reshape(t.shape).copy() for t in self.outputs]

    def close(self) -> None:
        import _ctypes

        _ctypes.dlclose(self._lib._handle)

    def __enter__(self) -> HostModel:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
