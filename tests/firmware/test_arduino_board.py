"""firmware/boards/arduino compiled without an Arduino core, against the declarations in
tests/firmware/arduino_shim, warning-free at -Wall -Wextra: the mbed part with the Arm compiler
and the Nano 33 BLE's flags (also as built for Renode), the ESP32 part for syntax only with the
host compiler, since no Xtensa compiler is installable here."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from harness import paths

BOARD = paths.firmware_dir() / "boards" / "arduino"
SHIM = Path(__file__).parent / "arduino_shim"
SOURCES = sorted(BOARD.glob("*.cpp"))
INCLUDES = [f"-I{SHIM}", f"-I{paths.firmware_dir() / 'common'}", f"-I{BOARD}"]
WARNINGS = ["-Wall", "-Wextra", "-Werror"]
# The Nano 33 BLE's C++ flags in the Arduino mbed core (variants/ARDUINO_NANO33BLE/cxxflags.txt)
NANO33 = ["-std=gnu++14", "-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=softfp",
          "-mfpu=fpv4-sp-d16", "-Os", "-fno-exceptions", "-fno-rtti", "-DARDUINO_ARCH_MBED"]
ESP32 = ["-std=gnu++17", "-DARDUINO_ARCH_ESP32", "-DHIL_BAUD=460800"]


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def compile_cpp(compiler: str, source: Path, flags: list[str], output: Path | None = None
                ) -> subprocess.CompletedProcess:
    target = ["-c", "-o", str(output)] if output else ["-fsyntax-only"]
    return subprocess.run([compiler, *WARNINGS, *flags, *INCLUDES, str(source), *target],
                          capture_output=True, text=True, check=False)


def defined_symbols(objects: list[Path]) -> dict[str, str]:
    """Defined symbol -> nm type letter (T text, W weak, B bss...)."""
    listing = subprocess.run(["arm-none-eabi-nm", *map(str, objects)], capture_output=True,
                             text=True, check=True).stdout
    return {name: kind for _, kind, name in
            (line.split() for line in listing.splitlines() if len(line.split()) == 3)}


def undefined_symbols(obj: Path) -> set[str]:
    listing = subprocess.run(["arm-none-eabi-nm", "-u", str(obj)], capture_output=True,
                             text=True, check=True).stdout
    return {line.split()[-1] for line in listing.splitlines() if line.strip()}


def board_interface() -> set[str]:
    """The functions hil_board.h declares, but hil_board_name (generated per build)."""
    header = (paths.firmware_dir() / "common" / "hil_board.h").read_text()
    return set(re.findall(r"\b(hil_board_\w+)\(", header)) - {"hil_board_name"}


@pytest.fixture(scope="module")
def arm() -> str:
    return require_tool("arm-none-eabi-g++")


@pytest.mark.parametrize("variant", [[], ["-DHIL_RENODE=1"]], ids=["nano33", "nano33-renode"])
def test_the_nano33_build_compiles_clean_and_implements_the_board_interface(arm, tmp_path,
                                                                            variant):
    objects = []
    for source in SOURCES:
        output = tmp_path / f"{source.stem}.o"
        result = compile_cpp(arm, source, NANO33 + variant, output)
        assert result.returncode == 0 and not result.stderr, result.stderr
        objects.append(output)
    symbols = defined_symbols(objects)
    assert board_interface() <= {name for name, kind in symbols.items() if kind == "T"}
    assert {"_Z5setupv", "_Z4loopv"} <= set(symbols)  # setup() and loop(), C++ linkage
    assert symbols["DebugLog"] == "W"  # a TFLM tree's own DebugLog would win at link time
    link = "Serial1" if variant else "Serial"
    assert link in undefined_symbols(tmp_path / "arduino_main.o")
    assert not any(kind == "T" for name, kind in defined_symbols(
        [tmp_path / "arduino_esp32.o"]).items())  # the ESP32 part is empty under mbed


def test_the_esp32_build_is_valid_cpp(tmp_path):
    host = require_tool("g++")
    for source in SOURCES:
        result = compile_cpp(host, source, [*ESP32, "-D__XTENSA__=1"])
        assert result.returncode == 0 and not result.stderr, result.stderr


def test_a_risc_v_esp32_or_another_core_is_refused_by_name(tmp_path):
    host = require_tool("g++")
    riscv = compile_cpp(host, BOARD / "arduino_esp32.cpp", ESP32)
    assert riscv.returncode != 0 and "CCOUNT timing needs an Xtensa ESP32" in riscv.stderr
    other = compile_cpp(host, BOARD / "arduino_main.cpp", ["-DARDUINO_ARCH_AVR"])
    assert other.returncode != 0
    assert "supports the Arduino mbed core (Nano 33 BLE) and Arduino-ESP32" in other.stderr


def test_code_precompiled_for_the_nano33_links_into_its_soft_float_program(tmp_path):
    """PlatformIO compiles the Nano's project -mfloat-abi=soft (after the core's softfp):
    a library built with the record's arch flags (e.g. a precompiled TFLM) links with it;
    the hard-float flags of a bare Cortex-M4F would not."""
    from harness.backends.tflm.flags import arch_flags
    from harness.boards import get_board

    gcc = require_tool("arm-none-eabi-gcc")
    (tmp_path / "lib.c").write_text("float scale(float x) { return x * 0.5f; }\n")
    (tmp_path / "main.c").write_text("float scale(float);\n"
                                     "int main(void) { return (int)scale(4.0f); }\n")
    program = ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=soft", "-mfpu=fpv4-sp-d16"]

    def links(library_flags) -> subprocess.CompletedProcess:
        subprocess.run([gcc, *library_flags, "-c", str(tmp_path / "lib.c"), "-o",
                        str(tmp_path / "lib.o")], check=True)
        return subprocess.run([gcc, *program, "--specs=nosys.specs", str(tmp_path / "main.c"),
                               str(tmp_path / "lib.o"), "-o", str(tmp_path / "fw.elf")],
                              capture_output=True, text=True, check=False)

    assert links(arch_flags(get_board("nano33"))).returncode == 0
    hard = links(["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"])
    assert hard.returncode != 0 and "VFP register arguments" in hard.stderr
