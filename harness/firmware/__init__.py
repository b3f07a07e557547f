"""Firmware projects: render a per-model PlatformIO project, build it, measure the ELF."""

from harness.firmware.build import BuildResult, build_project
from harness.firmware.elf import MemoryUsage, check_fits, memory_usage
from harness.firmware.platformio_setup import setup_platformio
from harness.firmware.render import RenderedProject, render_project

__all__ = ["BuildResult", "MemoryUsage", "RenderedProject", "build_project", "check_fits",
           "memory_usage", "render_project", "setup_platformio"]
