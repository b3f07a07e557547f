"""The known boards. Adding a board is adding a record here (and its [env:...] in the project's
platformio.ini, and firmware/boards/<family>/ if no family fits yet)."""

from harness.boards.board import BOARDS, Board, TimerSpec

KIB = 1024
MIB = 1024 * KIB

# QEMU's virtual clock advances 2^QEMU_ICOUNT_SHIFT ns per instruction under -icount; the board's
# timer counts 40 ns periods (25 MHz) of that clock: 2^7 / 40 = 3.2 ticks per instruction.
QEMU_ICOUNT_SHIFT = 7
MPS2_CLOCK_HZ = 25_000_000
MPS2_TICKS_PER_INSTRUCTION = (2 ** QEMU_ICOUNT_SHIFT) * MPS2_CLOCK_HZ / 1e9


def _add(board: Board) -> None:
    BOARDS.add(board.name, board, board.aliases)


_add(Board(
    name="qemu-m4",
    title="Arm MPS2 AN386 (Cortex-M4F) emulated by QEMU (mps2-an386)",
    pio_env="qemu-m4",
    cpu="cortex-m4",
    clock_hz=MPS2_CLOCK_HZ,
    flash_bytes=4 * MIB,  # ZBT SSRAM1 at 0x0 holds the code
    ram_bytes=4 * MIB,  # ZBT SSRAM2/3 at 0x20000000
    runner="qemu",
    firmware_family="mps2",
    timer=TimerSpec("instructions", MPS2_TICKS_PER_INSTRUCTION, whole_units=True,
                    source=f"CMSDK timer 0 (25 MHz) under QEMU -icount shift={QEMU_ICOUNT_SHIFT}"),
    features=frozenset({"fpu", "dsp"}),
    aliases=("qemu", "mps2-an386"),
    transport="socket",
    emulated=True,
    extra={"qemu_system": "qemu-system-arm", "qemu_machine": "mps2-an386",
           "icount_shift": QEMU_ICOUNT_SHIFT, "pio_platform": "qemu-cortexm"},
))

_add(Board(
    name="nano33",
    title="Arduino Nano 33 BLE (nRF52840, Cortex-M4F at 64 MHz, 1 MB flash, 256 KB RAM)",
    pio_env="nano33",
    cpu="cortex-m4",
    clock_hz=64_000_000,
    flash_bytes=1 * MIB - 64 * KIB,  # the first 64 KB hold the Arduino bootloader
    ram_bytes=256 * KIB,
    runner="upload",
    firmware_family="nrf52",
    timer=TimerSpec("cycles", 1.0, source="DWT CYCCNT"),
    features=frozenset({"fpu", "dsp"}),
    aliases=("nano33ble", "nano-33-ble"),
    usb_ids=((0x2341, 0x005A), (0x2341, 0x805A)),  # Arduino: bootloader, sketch
    extra={"pio_platform": "nordicnrf52"},
))

_add(Board(
    name="esp32",
    title="Espressif ESP32-DevKitC (ESP32, Xtensa LX6 at 240 MHz, 4 MB flash, 320 KB RAM)",
    pio_env="esp32",
    cpu="xtensa-lx6",
    clock_hz=240_000_000,
    flash_bytes=4 * MIB,
    ram_bytes=320 * KIB,
    runner="upload",
    firmware_family="esp32",
    timer=TimerSpec("cycles", 1.0, source="CCOUNT"),
    features=frozenset({"fpu"}),
    aliases=("esp32dev", "esp32-devkitc"),
    usb_ids=((0x10C4, 0xEA60), (0x1A86, 0x7523)),  # CP210x, CH340 USB-serial bridges
    extra={"pio_platform": "espressif32"},
))
