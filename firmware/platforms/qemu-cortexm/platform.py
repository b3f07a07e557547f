"""PlatformIO development platform for emulated Cortex-M boards (see platform.json)."""

from platformio.public import PlatformBase


class QemucortexmPlatform(PlatformBase):
    """Everything happens in builder/main.py; the toolchain comes from the system, not packages."""
