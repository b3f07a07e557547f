"""The generated C and the kernels build warning-free for the Cortex-M4F with the flags
firmware builds use, and link against newlib without dynamic allocation. (Running the result
on the emulated board is the firmware integration's test.)"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from aot_testkit.reference_models import reference_tflite

from harness.backends.aot import generate_sources
from harness.backends.aot.codegen import kernels_dir
from harness.model.tflite import read_model
from harness.paths import firmware_dir

ARM_GCC = "arm-none-eabi-gcc"
FLAGS = ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16", "-O2",
         "-Wall", "-Wextra", "-Werror"]
MAIN = """#include "hil_board.h"
#include "hil_model.h"
uint32_t hil_board_timer_ticks(void) { return 0; } /* the model's profiler reads the timer */
int main(void) { return hil_model_init() || hil_model_invoke(); }
"""

pytestmark = pytest.mark.skipif(shutil.which(ARM_GCC) is None,
                                reason=f"{ARM_GCC} is not installed")


def _arm_gcc(*arguments: str) -> None:
    result = subprocess.run([ARM_GCC, *FLAGS, f"-I{kernels_dir()}",
                             f"-I{firmware_dir() / 'common'}", *arguments],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def _write_sources(tmp_path, name: str, variant: str, dsp: bool):
    sources = generate_sources(read_model(reference_tflite(name, variant)), name, dsp=dsp)
    for filename, text in sources.files.items():
        (tmp_path / filename).write_text(text)
    c_files = [*(tmp_path / f for f in sources.files), *sorted(kernels_dir().glob("*.c"))]
    return sources, [str(f) for f in c_files]


@pytest.mark.parametrize("name, variant, dsp", [("dense_mlp", "int8_float_io", False),
                                                ("kws_dscnn", "int8", True),
                                                ("resnet8", "float32", False)])
def test_generated_model_and_kernels_compile_for_cortex_m4(tmp_path, name, variant, dsp):
    sources, c_files = _write_sources(tmp_path, name, variant, dsp)
    defines = [f for f in sources.build_flags if f.startswith("-D")]
    for c_file in c_files:
        _arm_gcc(*defines, "-c", c_file, "-o", str(tmp_path / "out.o"))


def test_linked_firmware_needs_no_heap(tmp_path):
    sources, c_files = _write_sources(tmp_path, "dense_mlp", "int8_float_io", dsp=True)
    (tmp_path / "main.c").write_text(MAIN)
    elf = tmp_path / "model.elf"
    _arm_gcc(*(f for f in sources.build_flags if f.startswith("-D")), str(tmp_path / "main.c"),
             *c_files, "--specs=nano.specs", "--specs=nosys.specs",
             *(f for f in sources.build_flags if f.startswith("-l")), "-o", str(elf))
    symbols = subprocess.run(["arm-none-eabi-nm", str(elf)], capture_output=True, text=True,
                             check=True).stdout.split()
    assert "hil_model_invoke" in symbols
    assert not {"malloc", "_malloc_r", "_sbrk", "free"} & set(symbols)
