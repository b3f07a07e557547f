"""The board record and the registry of known boards."""

from __future__ import annotations

from dataclasses import dataclass, field

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
class Board:
    name: str
    title: str
    pio_env: str  # the [env:...] in the top-level platformio.ini
    cpu: str
    clock_hz: int
    flash_bytes: int
    ram_bytes: int
    runner: str  # how the firmware gets onto the board: "qemu", "upload", "renode"
    firmware_family: str  # folder under firmware/boards/
    timer: TimerSpec
    features: frozenset[str] = frozenset()  # "fpu", "dsp", ... (skip tests by capability)
    aliases: tuple[str, ...] = ()
    transport: str = "serial"  # "socket" for emulators (QEMU's UART on loopback TCP)
    baudrate: int = 115200
    usb_ids: tuple[tuple[int, int], ...] = ()  # (VID, PID) pairs for port auto-detection
    emulated: bool = False
    extra: dict = field(default_factory=dict)  # runner-specific settings (QEMU machine, ...)

    def has(self, feature: str) -> bool:
        return feature in self.features


BOARDS: Registry[Board] = Registry("board")


def get_board(name: str) -> Board:
    return BOARDS.get(name)
