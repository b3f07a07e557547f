"""The pre-flight size check on ELFs laid out like the real boards' firmware: the Arduino mbed
core's (data copied from flash, a heap section that takes the rest of the RAM, a 1 KiB stack)
and ESP-IDF's (data loaded from the flash image at its run address). The ELFs are linked here
with linker scripts written after those layouts; the real toolchains are out of reach."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from harness.boards import get_board
from harness.errors import BuildError
from harness.firmware.elf import check_fits, memory_usage

FIRMWARE_C = """\
const unsigned char weights[WEIGHTS] = {1};
unsigned char state[64] = {2};
unsigned char arena[ARENA];
int Reset_Handler(void) { return weights[3] + state[1] + arena[5]; }
"""
# The Nano 33 BLE's layout (variants/ARDUINO_NANO33BLE/linker_script.ld in the mbed core).
MBED_LD = """\
MEMORY { FLASH (rx) : ORIGIN = 0x10000, LENGTH = FLASH_LENGTH
         RAM (rwx) : ORIGIN = 0x20000200, LENGTH = 0x3FE00 }
ENTRY(Reset_Handler)
SECTIONS {
  .text : { *(.text*) *(.rodata*) } > FLASH
  __etext = .;
  .data : AT (__etext) { *(.data*) } > RAM
  .bss : { *(.bss*) *(COMMON) } > RAM
  .heap (NOLOAD) : { . = ORIGIN(RAM) + LENGTH(RAM) - 0x400; } > RAM
  .stack (NOLOAD) : { . = ORIGIN(RAM) + LENGTH(RAM); } > RAM
}
"""
# ESP-IDF's layout for the ESP32: code and constants mapped from flash, data in DRAM.
ESP_LD = """\
MEMORY { irom (rx) : ORIGIN = 0x400D0020, LENGTH = 0x330000
         drom (r) : ORIGIN = 0x3F400020, LENGTH = 0x400000
         dram (rw) : ORIGIN = 0x3FFB0000, LENGTH = 0x50000 }
ENTRY(Reset_Handler)
SECTIONS {
  .flash.text : { *(.text*) } > irom
  .flash.rodata : { *(.rodata*) } > drom
  .dram0.data : { *(.data*) } > dram
  .dram0.bss (NOLOAD) : { *(.bss*) *(COMMON) } > dram
}
"""


@pytest.fixture(scope="module")
def link(tmp_path_factory):
    """link(layout, weights=..., arena=...) -> an ELF with those array sizes."""
    gcc = shutil.which("arm-none-eabi-gcc")
    if gcc is None:
        pytest.skip("arm-none-eabi-gcc is not installed")
    folder = tmp_path_factory.mktemp("elf")

    def make(layout: str, weights: int = 1000, arena: int = 20_000,
             flash_length: str = "0xF0000") -> Path:
        name = f"{layout}-{weights}-{arena}-{flash_length}"
        script = folder / f"{name}.ld"
        script.write_text((MBED_LD if layout == "mbed" else ESP_LD).replace(
            "FLASH_LENGTH", flash_length))
        source = folder / "firmware.c"
        source.write_text(textwrap.dedent(FIRMWARE_C))
        elf = folder / f"{name}.elf"
        subprocess.run([gcc, "-mcpu=cortex-m4", "-mthumb", "-O1", "-nostdlib",
                        f"-DWEIGHTS={weights}", f"-DARENA={arena}", "-T", str(script),
                        str(source), "-o", str(elf)], check=True, capture_output=True)
        return elf

    return make


def test_an_mbed_firmware_counts_its_data_and_arena_but_not_the_leftover_heap(link):
    usage = memory_usage(link("mbed"))
    assert (usage.data, usage.bss, usage.stack) == (64, 20_000, 0x400)
    # mbed's .text holds the constants too; flash adds the initial values of the data.
    assert usage.text > 1000 and usage.flash_bytes == usage.text + 64
    check_fits(usage, get_board("nano33"), "tflm")


def test_an_esp32_firmware_counts_its_dram_data_as_ram(link):
    usage = memory_usage(link("esp"))
    assert (usage.rodata, usage.data, usage.bss, usage.stack) == (1000, 64, 20_000, 0)
    assert usage.ram_bytes == 20_064
    check_fits(usage, get_board("esp32"), "tflm")


def test_weights_beyond_the_nano33_flash_are_refused_before_flashing(link):
    usage = memory_usage(link("mbed", weights=990_000, flash_length="0x200000"))
    with pytest.raises(BuildError, match=r"the tflm backend's firmware does not fit nano33: it "
                                         r"needs 99\d,\d{3} bytes of "
                                         r"flash .* but the board has 983,040"):
        check_fits(usage, get_board("nano33"), "tflm")


def test_an_arena_beyond_the_esp32_static_dram_is_refused_before_flashing(link):
    usage = memory_usage(link("esp", arena=200_000))
    with pytest.raises(BuildError, match=r"the tflm backend's firmware does not fit esp32: it "
                                         r"needs 200,064 bytes of RAM "
                                         r".* but the board has 180,736"):
        check_fits(usage, get_board("esp32"), "tflm")
