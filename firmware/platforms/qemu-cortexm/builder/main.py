"""SCons build script of the qemu-cortexm platform: bare-metal firmware with the system's
arm-none-eabi GCC (no toolchain package from the PlatformIO registry).

The board manifest gives the core (build.cpu, build.fpu, build.float_abi) and the machine's
defines (build.extra_flags); the project gives the linker script (`board_build.ldscript`,
relative to the project folder), which may INCLUDE scripts from its own folder.
"""

import os
import shutil
import sys

from SCons.Script import AlwaysBuild, Default, DefaultEnvironment

env = DefaultEnvironment()
board = env.BoardConfig()
PREFIX = "arm-none-eabi-"


def _require_toolchain():
    if shutil.which(PREFIX + "gcc") is None:
        sys.stderr.write(
            "Error: arm-none-eabi-gcc is not on PATH. Install the Arm GNU toolchain "
            "(Debian/Ubuntu: apt install gcc-arm-none-eabi libnewlib-arm-none-eabi "
            "libstdc++-arm-none-eabi-newlib).\n")
        env.Exit(1)


def _arch_flags():
    flags = ["-mcpu=" + board.get("build.cpu"), "-mthumb"]
    if board.get("build.fpu", ""):
        flags += ["-mfloat-abi=" + board.get("build.float_abi", "hard"),
                  "-mfpu=" + board.get("build.fpu")]
    else:
        flags.append("-mfloat-abi=soft")
    return flags


def _linker_script():
    script = board.get("build.ldscript", "")
    if not script:
        sys.stderr.write("Error: no linker script; set board_build.ldscript in platformio.ini\n")
        env.Exit(1)
    return script if os.path.isabs(script) else os.path.join("$PROJECT_DIR", script)


_require_toolchain()
ARCH = _arch_flags()
LDSCRIPT = _linker_script()

env.Replace(
    AR=PREFIX + "ar", AS=PREFIX + "gcc", CC=PREFIX + "gcc", CXX=PREFIX + "g++",
    GDB=PREFIX + "gdb", OBJCOPY=PREFIX + "objcopy", RANLIB=PREFIX + "ranlib",
    SIZETOOL=PREFIX + "size", ARFLAGS=["rc"], PROGNAME="firmware", PROGSUFFIX=".elf",
    LDSCRIPT_PATH=LDSCRIPT,
    SIZECHECKCMD="$SIZETOOL -A -d $SOURCES",
    SIZEPRINTCMD="$SIZETOOL -B -d $SOURCES",
    SIZEPROGREGEXP=r"^(?:\.isr_vector|\.text|\.rodata|\.ARM\.exidx|\.data)\s+(\d+).*",
    SIZEDATAREGEXP=r"^(?:\.data|\.bss|\.stack)\s+(\d+).*",
)
env.Append(
    ASFLAGS=ARCH + ["-x", "assembler-with-cpp"],
    # Inline assembly is written in the unified syntax on every core, also on Armv6-M, where
    # GCC would read it in the old divided syntax.
    CCFLAGS=ARCH + ["-O2", "-g", "-ffunction-sections", "-fdata-sections",
                    "-masm-syntax-unified"],
    CFLAGS=["-std=c99"],
    CXXFLAGS=["-std=c++17", "-fno-rtti", "-fno-exceptions", "-fno-threadsafe-statics"],
    LINKFLAGS=ARCH + ["--specs=nano.specs", "--specs=nosys.specs", "-Wl,--gc-sections",
                      "-Wl,-Map,$BUILD_DIR/firmware.map"],
    LIBPATH=[os.path.dirname(LDSCRIPT)],  # where ld looks for the script's INCLUDEs
)
env.MergeFlags(board.get("build.extra_flags", ""))

program = env.BuildProgram()
size = env.Alias("size", program, env.VerboseAction("$SIZEPRINTCMD", "Calculating size $SOURCE"))
AlwaysBuild(size)
Default([program, size])
