"""SCons build script of the qemu-riscv platform: bare-metal RV32 firmware with the system's
riscv64-unknown-elf GCC and picolibc (no toolchain package from the PlatformIO registry).

The board manifest gives the ISA (build.march, build.mabi); the project gives the linker script
(`board_build.ldscript`, relative to the project folder) and the startup code: picolibc's crt0
is not linked (-nostartfiles).

Debian's GCC has no multilib for rv32imc: it links rv32im's libraries (libc, libm, libgcc),
which run on an RV32IMC core unchanged; only the firmware's own code is compressed. The ISA
string stays rv32imc: with `_zicsr` appended (GCC 12 follows ISA spec 20191213, where the CSR
instructions are an extension) GCC finds no rv32 multilib at all and links the 64-bit
libraries. `-misa-spec=2.2` keeps the CSR instructions in the base ISA instead.
"""

import os
import shutil
import sys

from SCons.Script import AlwaysBuild, Default, DefaultEnvironment

env = DefaultEnvironment()
board = env.BoardConfig()
PREFIX = "riscv64-unknown-elf-"


def _require_toolchain():
    if shutil.which(PREFIX + "gcc") is None:
        sys.stderr.write(
            "Error: riscv64-unknown-elf-gcc is not on PATH. Install the RISC-V GNU toolchain "
            "and picolibc (Debian/Ubuntu: apt install gcc-riscv64-unknown-elf "
            "picolibc-riscv64-unknown-elf).\n")
        env.Exit(1)


def _linker_script():
    script = board.get("build.ldscript", "")
    if not script:
        sys.stderr.write("Error: no linker script; set board_build.ldscript in platformio.ini\n")
        env.Exit(1)
    return script if os.path.isabs(script) else os.path.join("$PROJECT_DIR", script)


_require_toolchain()
ARCH = ["-march=" + board.get("build.march"), "-mabi=" + board.get("build.mabi"),
        "-misa-spec=2.2", "--specs=picolibc.specs"]

env.Replace(
    AR=PREFIX + "ar", AS=PREFIX + "gcc", CC=PREFIX + "gcc", CXX=PREFIX + "g++",
    GDB=PREFIX + "gdb", OBJCOPY=PREFIX + "objcopy", RANLIB=PREFIX + "ranlib",
    SIZETOOL=PREFIX + "size", ARFLAGS=["rc"], PROGNAME="firmware", PROGSUFFIX=".elf",
    LDSCRIPT_PATH=_linker_script(),
    SIZECHECKCMD="$SIZETOOL -A -d $SOURCES",
    SIZEPRINTCMD="$SIZETOOL -B -d $SOURCES",
    SIZEPROGREGEXP=r"^(?:\.text|\.rodata|\.data|\.tdata)\s+(\d+).*",
    SIZEDATAREGEXP=r"^(?:\.data|\.tdata|\.bss|\.tbss|\.stack)\s+(\d+).*",
)
env.Append(
    ASFLAGS=ARCH + ["-x", "assembler-with-cpp"],
    CCFLAGS=ARCH + ["-O2", "-g", "-ffunction-sections", "-fdata-sections"],
    CFLAGS=["-std=c99"],
    CXXFLAGS=["-std=c++17", "-fno-rtti", "-fno-exceptions", "-fno-threadsafe-statics"],
    LINKFLAGS=ARCH + ["-nostartfiles", "-Wl,--gc-sections", "-Wl,-Map,$BUILD_DIR/firmware.map"],
)

program = env.BuildProgram()
size = env.Alias("size", program, env.VerboseAction("$SIZEPRINTCMD", "Calculating size $SOURCE"))
AlwaysBuild(size)
Default([program, size])
