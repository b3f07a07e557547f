"""The board record, the settings each kind of runner takes from it, and the board registry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from harness.registry import Registry


@dataclass(frozen=True)
class TimerSpec:
    """How the firmware's timer ticks translate into the unit the harness reports.

    `unit` is "instructions" for emulators (never milliseconds: an emulator is not a clock),
    "cycles" for real cores.
    """

    unit: str
    ticks_per_unit: float = 1.0
    source: str = ""  # e.g. "SysTick under QEMU -icount", "DWT CYCCNT", "CCOUNT"
    whole_units: bool = False  # the unit is countable and a tick finer than it: round

    def to_units(self, ticks: int) -> float:
        units = ticks / self.ticks_per_unit
        return float(round(units)) if self.whole_units else units


@dataclass(frozen=True)
class QemuSettings:
    """A board QEMU emulates: which emulator binary and machine, and the -icount shift that
    makes its timer count instructions."""

    runner: ClassVar[str] = "qemu"
    system: str  # e.g. qemu-system-arm
    machine: str  # e.g. mps2-an386
    icount_shift: int
    debian_package: str = "qemu-system-arm"  # named when the emulator is missing
    extra_args: tuple[str, ...] = ()  # e.g. the CPU's extensions


@dataclass(frozen=True)
class UploadSettings:
    """A real board flashed through PlatformIO and reached on its own serial port."""

    runner: ClassVar[str] = "upload"
    # The USB IDs the running firmware's port shows (empty: the board's `usb_ids`); a board
    # whose bootloader has other IDs lists only the firmware's here.
    firmware_usb_ids: tuple[tuple[int, int], ...] = ()
    boot_seconds: float = 0.0  # boot messages on the link after a reset (the ESP32's ROM)
    help: str = ""  # what a person can do when flashing or finding the board fails
    reset_line: str | None = None  # "rts" or "dtr": a line wired to the board's reset


@dataclass(frozen=True)
class RenodeSettings:
    """A board Renode emulates from one of its platform descriptions."""

    runner: ClassVar[str] = "renode"
    platform: str  # Renode's .repl, e.g. platforms/boards/arduino_nano_33_ble.repl
    uart: str  # the peripheral the link is connected to
    mips: int  # instructions per virtual microsecond
    vector_table: int  # where the firmware's vector table starts (above a bootloader)


RunnerSettings = QemuSettings | UploadSettings | RenodeSettings


@dataclass(frozen=True)
class Board:
    name: str
    title: str
    pio_env: str  # the [env:...] in the top-level platformio.ini
    pio_platform: str  # the PlatformIO platform that env builds with
    cpu: str
    clock_hz: int
    flash_bytes: int
    ram_bytes: int
    runner: RunnerSettings  # how the firmware gets onto the board and is reached
    firmware_family: str  # folder under firmware/boards/
    timer: TimerSpec
    features: frozenset[str] = frozenset()  # "fpu", "dsp", ... (skip tests by capability)
    aliases: tuple[str, ...] = ()
    transport: str = "serial"  # "socket" for emulators (QEMU's UART on loopback TCP)
    baudrate: int = 115200
    usb_ids: tuple[tuple[int, int], ...] = ()  # (VID, PID) pairs for port auto-detection
    emulated: bool = False
    # Compiler flags for code linked in from outside PlatformIO (a precompiled TFLM), when the
    # core's defaults do not apply (empty: the defaults of `cpu`).
    arch_flags: tuple[str, ...] = ()

    def has(self, feature: str) -> bool:
        return feature in self.features


BOARDS: Registry[Board] = Registry("board")


def get_board(name: str) -> Board:
    return BOARDS.get(name)
