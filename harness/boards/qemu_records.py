"""Emulated boards beyond qemu-m4: one QEMU machine per core, so a model's instruction count can
be compared across cores (issue #15). Each counts instructions the way qemu-m4 does: QEMU runs
with -icount, and a free-running counter of the machine's clock reads virtual time."""

from harness.boards.board import BOARDS, Board, QemuSettings, TimerSpec
from harness.boards.records import KIB, MIB, QEMU_ICOUNT_SHIFT


def _instruction_timer(clock_hz: int, counter: str, shift: int = QEMU_ICOUNT_SHIFT) -> TimerSpec:
    """Under -icount shift=N an instruction lasts 2^N ns of virtual time; a counter of a clock_hz
    clock advances 2^N * clock_hz / 1e9 ticks in it (more than two: rounding is exact)."""
    return TimerSpec("instructions", 2 ** shift * clock_hz / 1e9, whole_units=True,
                     source=f"{counter} under QEMU -icount shift={shift}")


def _add(board: Board) -> None:
    BOARDS.add(board.name, board, board.aliases)


def _arm(name: str, title: str, machine: str, cpu: str, clock_hz: int, flash_bytes: int,
         ram_bytes: int, counter: str, features: frozenset[str], family: str = "mps2") -> None:
    _add(Board(
        name=name,
        title=f"{title} emulated by QEMU ({machine})",
        pio_env=name,
        pio_platform="qemu-cortexm",
        cpu=cpu,
        clock_hz=clock_hz,
        flash_bytes=flash_bytes,
        ram_bytes=ram_bytes,
        runner=QemuSettings("qemu-system-arm", machine, QEMU_ICOUNT_SHIFT),
        firmware_family=family,
        timer=_instruction_timer(clock_hz, counter),
        features=features,
        aliases=(machine,),
        transport="socket",
        emulated=True,
    ))


# Armv6-M: QEMU's only Cortex-M0/M0+ machine, the micro:bit's nRF51822 (no DSP extension, no
# FPU, 16 KiB of RAM).
_arm("qemu-m0", "BBC micro:bit (nRF51822, Cortex-M0)", "microbit", "cortex-m0", 16_000_000,
     256 * KIB, 16 * KIB, "nRF51 TIMER0 (16 MHz)", frozenset(), family="nrf51")
# Armv7-M without the DSP extension or an FPU: the AOT backend uses its portable kernels.
_arm("qemu-m3", "Arm MPS2 AN385 (Cortex-M3)", "mps2-an385", "cortex-m3", 25_000_000,
     4 * MIB, 4 * MIB, "CMSDK timer 0 (25 MHz)", frozenset())
_arm("qemu-m7", "Arm MPS2 AN500 (Cortex-M7, double-precision FPU)", "mps2-an500", "cortex-m7",
     25_000_000, 4 * MIB, 4 * MIB, "CMSDK timer 0 (25 MHz)", frozenset({"fpu", "dsp"}))
# Armv8-M Mainline with the DSP extension and a single-precision FPU, as QEMU's IoT Kit has them.
_arm("qemu-m33", "Arm MPS2 AN505 (Cortex-M33 on the IoT Kit)", "mps2-an505", "cortex-m33",
     20_000_000, 4 * MIB, 4 * MIB, "IoT Kit CMSDK timer 0 (20 MHz)", frozenset({"fpu", "dsp"}))
# Armv8.1-M with Helium (MVE, integer and float). Code in the FPGA's 2 MiB SRAM, RAM in the
# SSE-300's 4 MiB SRAM.
_arm("qemu-m55", "Arm MPS3 AN547 (Cortex-M55 with Helium on the SSE-300)", "mps3-an547",
     "cortex-m55", 32_000_000, 2 * MIB, 4 * MIB, "SSE-300 system counter (32 MHz)",
     frozenset({"fpu", "dsp", "mve"}))


# RV32IMC, the ISA of an ESP32-C3, on QEMU's virt machine; no FPU. The CLINT's mtime counts a
# 10 MHz timebase: at -icount shift=8 that is 2.56 ticks per instruction (shift=7 would give
# 1.28, too few to round to whole instructions).
RISCV_ICOUNT_SHIFT = 8
RISCV_TIMEBASE_HZ = 10_000_000
_add(Board(
    name="qemu-rv32",
    title="32-bit RISC-V hart (RV32IMC, ESP32-C3-class) emulated by QEMU (virt)",
    pio_env="qemu-rv32",
    pio_platform="qemu-riscv",
    cpu="rv32imc",
    clock_hz=RISCV_TIMEBASE_HZ,
    flash_bytes=4 * MIB,  # virt's DRAM: 4 MiB at 0x80000000 stand for the flash,
    ram_bytes=4 * MIB,  # the next 4 MiB are the RAM
    # No BIOS: QEMU starts the firmware itself. The hart is an RV32IMC: instructions of the
    # A, F and D extensions trap, as on the ESP32-C3.
    runner=QemuSettings("qemu-system-riscv32", "virt", RISCV_ICOUNT_SHIFT,
                        debian_package="qemu-system-misc",
                        extra_args=("-bios", "none", "-cpu", "rv32,a=false,f=false,d=false")),
    firmware_family="riscv-virt",
    timer=_instruction_timer(RISCV_TIMEBASE_HZ, "CLINT mtime (10 MHz)", RISCV_ICOUNT_SHIFT),
    features=frozenset(),
    aliases=("qemu-riscv32", "riscv32-virt"),
    transport="socket",
    emulated=True,
))
