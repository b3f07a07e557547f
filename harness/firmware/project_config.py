"""The rendered project's platformio.ini: the board's environment written out in full, so the
project stands alone (no path into the harness, its checkout or site-packages) and can be zipped,
opened in PlatformIO IDE on another machine and built.

The board environments are declared once, in the harness's platformio.ini; PlatformIO's own
reader resolves them (`extends`, `${...}` references). A board built by one of the harness's own
development platforms gets a copy of that platform in the project (platforms/<name>), named by
a relative `file://` spec.
"""

from __future__ import annotations

from pathlib import Path

from harness import paths
from harness.boards import Board
from harness.firmware.platformio_setup import COMPILERS, local_platform_spec, platform_dir

# Set per model by the renderer; the board environments leave them unset.
PER_MODEL_OPTIONS = ("build_src_flags", "lib_deps", "monitor_speed")


def board_environment(board: Board) -> dict[str, object]:
    """The board's environment as `pio run` resolves it, in the order PlatformIO lists it."""
    from platformio.project.config import ProjectConfig

    config = ProjectConfig(str(paths.board_environments()))
    options = config.items(env=board.pio_env, as_dict=True)
    options.pop("extends", None)  # resolved: the project needs no other environment
    if board.pio_platform in COMPILERS:
        options["platform"] = local_platform_spec(board.pio_platform)
    return options


def platform_files(board: Board) -> dict[str, Path]:
    """The board's development platform, copied into the project (none for registry ones)."""
    if board.pio_platform not in COMPILERS:
        return {}
    folder = platform_dir(board.pio_platform)
    return {f"platforms/{board.pio_platform}/{f.relative_to(folder).as_posix()}": f
            for f in sorted(folder.rglob("*"))
            if f.is_file() and "__pycache__" not in f.parts}


def ini_lines(options: dict[str, object]) -> list[str]:
    """`key = value` lines; a list value goes one item per indented line."""
    lines = []
    for key, value in options.items():
        if isinstance(value, list | tuple):
            lines += [f"{key} ="] + [f"    {item}" for item in value]
        else:
            lines.append(f"{key} = {value}")
    return lines
