"""Compiler flags for TFLM and for the firmware code that includes its headers.

Both must agree: TF_LITE_STATIC_MEMORY changes the layout of TfLiteTensor, so the runner and
the precompiled library are compiled with the same defines.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from harness.boards import Board
from harness.errors import BuildError

# -mcpu and FPU per Cortex-M core; a board may give its own (Board.arch_flags).
_ARCH = {
    "cortex-m0": ("-mcpu=cortex-m0", "-mthumb", "-mfloat-abi=soft"),
    "cortex-m0plus": ("-mcpu=cortex-m0plus", "-mthumb", "-mfloat-abi=soft"),
    "cortex-m3": ("-mcpu=cortex-m3", "-mthumb", "-mfloat-abi=soft"),
    "cortex-m4": ("-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"),
    "cortex-m7": ("-mcpu=cortex-m7", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv5-d16"),
    "cortex-m33": ("-mcpu=cortex-m33", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv5-sp-d16"),
    "cortex-m55": ("-mcpu=cortex-m55", "-mthumb", "-mfloat-abi=hard"),
}
# TFLM's own Makefile flags for a microcontroller build (release_with_logs: NDEBUG, but the
# error strings stay, because they also carry the op names the profiler reports).
_COMMON = ("-O2", "-ffunction-sections", "-fdata-sections", "-fno-unwind-tables",
           "-fno-asynchronous-unwind-tables", "-fomit-frame-pointer", "-funsigned-char",
           "-fmessage-length=0")
# KERNELS_OPTIMIZED_FOR_SPEED is the Makefile's default OPTIMIZE_KERNELS_FOR: with it CMSIS-NN's
# Helium FULLY_CONNECTED sums each layer's weights once, in Prepare, not in every Invoke.
_DEFINES = ("-DNDEBUG", "-DTF_LITE_STATIC_MEMORY", "-DTF_LITE_DISABLE_X86_NEON",
            "-DTF_LITE_MCU_DEBUG_LOG", "-DPROJECT_GENERATION", "-DKERNELS_OPTIMIZED_FOR_SPEED")
_CMSIS_NN_DEFINES = ("-DCMSIS_NN", "-DARM_NN_ENABLE_F16=0", "-DARM_NN_ENABLE_F32=0")
_CXX_ONLY = ("-std=c++17", "-fno-rtti", "-fno-exceptions", "-fno-threadsafe-statics")
_INCLUDE_DIRS = ("third_party/flatbuffers/include", "third_party/gemmlowp", "third_party/ruy",
                 "third_party/cmsis", "third_party/cmsis_nn", "third_party/cmsis_nn/Include",
                 "third_party/cmsis/CMSIS/Core/Include")


def arch_flags(board: Board) -> tuple[str, ...]:
    if board.arch_flags:
        return board.arch_flags
    flags = _ARCH.get(board.cpu)
    if flags is None:
        raise BuildError(f"no TFLM compiler flags known for the {board.cpu} core of board "
                         f"{board.name!r}; give the board record its arch_flags")
    return flags if board.has("fpu") else tuple(
        f for f in flags if not f.startswith(("-mfpu", "-mfloat-abi"))) + ("-mfloat-abi=soft",)


@dataclass(frozen=True)
class TflmFlags:
    root: Path
    arch: tuple[str, ...]
    cmsis_nn: bool
    toolchain_prefix: str = "arm-none-eabi-"

    @classmethod
    def for_board(cls, root: Path, board: Board) -> TflmFlags:
        cmsis_nn = (root / "tensorflow/lite/micro/kernels/cmsis_nn").is_dir()
        return cls(root, arch_flags(board), cmsis_nn)

    @property
    def ar(self) -> str:
        return self.toolchain_prefix + "ar"

    def defines(self) -> tuple[str, ...]:
        return _DEFINES + (_CMSIS_NN_DEFINES if self.cmsis_nn else ())

    def include_dirs(self) -> tuple[Path, ...]:
        return (self.root, *(self.root / d for d in _INCLUDE_DIRS if (self.root / d).is_dir()))

    def firmware_flags(self) -> tuple[str, ...]:
        """What the firmware's own sources need to include TFLM's headers consistently.

        The headers come in as system headers: the firmware is built warning-free at -Wall
        -Wextra, and TFLM's headers are not (unused parameters). Each flag is one token (the
        joined -isystem form), since build systems may split or reorder a flag list."""
        return self.defines() + tuple(f"-isystem{d}" for d in self.include_dirs())

    def c_command(self) -> tuple[str, ...]:
        return (self._tool("gcc"), *self.arch, *_COMMON, "-std=c17", *self._library_flags())

    def cxx_command(self) -> tuple[str, ...]:
        return (self._tool("g++"), *self.arch, *_COMMON, *_CXX_ONLY, *self._library_flags())

    def _library_flags(self) -> tuple[str, ...]:
        return self.defines() + tuple(f"-I{d}" for d in self.include_dirs())

    def compiler_identity(self) -> str:
        return _version_line(self._tool("gcc"))

    def _tool(self, name: str) -> str:
        tool = self.toolchain_prefix + name
        if shutil.which(tool) is None:
            raise BuildError(f"{tool} is not on PATH; install the Arm GNU toolchain (Debian: "
                             "apt install gcc-arm-none-eabi libstdc++-arm-none-eabi-newlib)")
        return tool


@cache
def _version_line(tool: str) -> str:
    result = subprocess.run([tool, "--version"], capture_output=True, text=True, timeout=30)
    return result.stdout.splitlines()[0] if result.stdout else tool
