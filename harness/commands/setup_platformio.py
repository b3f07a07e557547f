"""`hil setup-platformio`: make PlatformIO build the emulated boards offline."""

import click

from harness.commands._output import stdout


@click.command("setup-platformio")
def command() -> None:
    """Provide PlatformIO's core package tool-scons (from the SCons pip installed) and install
    the project's development platforms (firmware/platforms), both in the project's cache
    folder (.cache/platformio; ~/.platformio is never touched). Idempotent."""
    from harness.firmware.platformio_setup import setup_platformio

    result = setup_platformio()
    scons = "provided" if result.scons_provided else "already there"
    platforms = (f"platforms {', '.join(result.platforms_installed)} installed"
                 if result.platforms_installed else "platforms already installed")
    stdout.print(f"PlatformIO core folder {result.core_dir}: tool-scons {scons}, {platforms}",
                 highlight=False)
