"""The known boards. Adding a board is adding a record here (and its [env:...] in the project's
platformio.ini, and firmware/boards/<family>/ if no family fits yet)."""

from harness.boards.board import (
    BOARDS,
    Board,
    QemuSettings,
    RenodeSettings,
    TimerSpec,
    UploadSettings,
)

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
    pio_platform="qemu-cortexm",
    cpu="cortex-m4",
    clock_hz=MPS2_CLOCK_HZ,
    flash_bytes=4 * MIB,  # ZBT SSRAM1 at 0x0 holds the code
    ram_bytes=4 * MIB,  # ZBT SSRAM2/3 at 0x20000000
    runner=QemuSettings("qemu-system-arm", "mps2-an386", QEMU_ICOUNT_SHIFT),
    firmware_family="mps2",
    timer=TimerSpec("instructions", MPS2_TICKS_PER_INSTRUCTION, whole_units=True,
                    source=f"CMSDK timer 0 (25 MHz) under QEMU -icount shift={QEMU_ICOUNT_SHIFT}"),
    features=frozenset({"fpu", "dsp"}),
    aliases=("qemu", "mps2-an386"),
    transport="socket",
    emulated=True,
))


# The Nano 33 BLE's USB IDs (ArduinoCore-mbed boards.txt): its bootloader, which uploads go
# through, and a sketch (the firmware) with its USB CDC port. The same board, two PIDs.
NANO33_BOOTLOADER_USB = (0x2341, 0x005A)
NANO33_FIRMWARE_USB = (0x2341, 0x805A)
NANO33_FLASH_BYTES = 0xF0000  # flash from 0x10000 up; the bootloader keeps the first 64 KiB
NANO33_RAM_BYTES = 256 * KIB
NANO33_CLOCK_HZ = 64_000_000
# Renode runs 64 million instructions per virtual second, and its CYCCNT counts at 64 MHz of
# virtual time: one tick per executed instruction.
RENODE_MIPS = 64
# Code linked into the Nano's firmware from outside PlatformIO (a precompiled TFLM) must use the
# base (non-VFP) calling convention: the core is built -mfloat-abi=softfp, and PlatformIO's
# builder compiles the project -mfloat-abi=soft. softfp keeps the FPU for the arithmetic.
NANO33_ARCH_FLAGS = ("-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=softfp", "-mfpu=fpv4-sp-d16")

# USB-serial bridges on ESP32-DevKitC boards and their clones: CP210x, CH340, CH9102.
ESP32_BRIDGE_USB = ((0x10C4, 0xEA60), (0x1A86, 0x7523), (0x1A86, 0x55D4))
# The app partition of Arduino-ESP32's huge_app.csv (platformio.ini selects it): 3 MiB.
ESP32_APP_BYTES = 3 * MIB
# ESP-IDF 4.4 places static data in dram0_0_seg, at most 0x2C200 bytes of the 320 KiB of DRAM
# (the rest is heap); Bluetooth's reservation takes more of it, which the linker enforces.
ESP32_STATIC_DRAM_BYTES = 0x2C200

_add(Board(
    name="nano33",
    title="Arduino Nano 33 BLE (nRF52840, Cortex-M4F at 64 MHz, 1 MB flash, 256 KB RAM)",
    pio_env="nano33",
    pio_platform="nordicnrf52",
    cpu="cortex-m4",
    clock_hz=NANO33_CLOCK_HZ,
    flash_bytes=NANO33_FLASH_BYTES,
    ram_bytes=NANO33_RAM_BYTES,
    runner=UploadSettings(
        firmware_usb_ids=(NANO33_FIRMWARE_USB,),
        help="if the board is not found or does not answer, double-press its reset button (the "
             "LED pulses: bootloader mode) and run again"),
    firmware_family="arduino",
    timer=TimerSpec("cycles", 1.0, source="DWT CYCCNT"),
    features=frozenset({"fpu", "dsp"}),
    aliases=("nano33ble", "nano-33-ble"),
    usb_ids=(NANO33_BOOTLOADER_USB, NANO33_FIRMWARE_USB),
    arch_flags=NANO33_ARCH_FLAGS,
))

_add(Board(
    name="nano33-renode",
    title="Arduino Nano 33 BLE firmware on Renode's nRF52840, link on UART0",
    pio_env="nano33-renode",
    pio_platform="nordicnrf52",
    cpu="cortex-m4",
    clock_hz=NANO33_CLOCK_HZ,
    flash_bytes=NANO33_FLASH_BYTES,
    ram_bytes=NANO33_RAM_BYTES,
    runner=RenodeSettings("platforms/boards/arduino_nano_33_ble.repl", "uart0", RENODE_MIPS,
                          vector_table=0x10000),
    firmware_family="arduino",
    timer=TimerSpec("instructions", 1.0, whole_units=True,
                    source=f"DWT CYCCNT in Renode's virtual time at {RENODE_MIPS} MIPS"),
    features=frozenset({"fpu", "dsp"}),
    aliases=("renode-nano33",),
    transport="socket",
    emulated=True,
    arch_flags=NANO33_ARCH_FLAGS,
))

_add(Board(
    name="esp32",
    title="Espressif ESP32-DevKitC (ESP32, Xtensa LX6 at 240 MHz, 4 MB flash, 320 KB DRAM)",
    pio_env="esp32",
    pio_platform="espressif32",
    cpu="xtensa-lx6",
    clock_hz=240_000_000,
    flash_bytes=ESP32_APP_BYTES,
    ram_bytes=ESP32_STATIC_DRAM_BYTES,
    # After an upload the ESP32 restarts, and its ROM prints boot messages at 115200 baud on
    # UART0 for about a second: the harness talks to the firmware once they are over.
    runner=UploadSettings(
        boot_seconds=2.0,
        help="if esptool cannot connect, hold the BOOT button while the upload starts; check "
             "the USB cable and the CP210x/CH340 driver"),
    firmware_family="arduino",
    timer=TimerSpec("cycles", 1.0, source="CCOUNT"),
    features=frozenset({"fpu"}),
    aliases=("esp32dev", "esp32-devkitc"),
    baudrate=460_800,  # the rate PlatformIO uploads to this board at (esp32dev.json)
    usb_ids=ESP32_BRIDGE_USB,
))
