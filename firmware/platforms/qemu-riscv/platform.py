"""PlatformIO development platform for emulated RISC-V boards (see platform.json)."""

from platformio.public import PlatformBase


class QemuriscvPlatform(PlatformBase):
    """Everything happens in builder/main.py; the toolchain comes from the system, not packages."""
