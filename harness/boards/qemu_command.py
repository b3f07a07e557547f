"""QEMU's command line for an emulated board (the QEMU runner's, and the board farm's)."""

from __future__ import annotations

from pathlib import Path

from harness.boards.board import QemuSettings

# Port 0: QEMU picks a free one. nodelay: each byte the UART sends goes out at once instead of
# waiting (Nagle) for the host's delayed acknowledgement.
LOOPBACK_SERIAL = ("-serial", "tcp:127.0.0.1:0,server=on,wait=on,nodelay=on")


def qemu_command(settings: QemuSettings, firmware: Path,
                 serial: tuple[str, ...] = LOOPBACK_SERIAL) -> list[str]:
    """`serial`: where the UART goes (default: a loopback socket the harness connects to)."""
    return [settings.system, "-M", settings.machine, *settings.extra_args,
            "-nographic", "-monitor", "none", "-icount", f"shift={settings.icount_shift}",
            "-kernel", str(firmware), *serial]
