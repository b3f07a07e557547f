"""Board and backend choice for commands, through the settings' precedence rules."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import click

from harness.settings import SETTINGS

board_option = click.option("--board", help=SETTINGS["board"].help + " [default: qemu-m4]")
backend_option = click.option("--backend", help=SETTINGS["backend"].help + " [default: aot]")
port_option = click.option("--port", help=SETTINGS["port"].help)
protocol_option = click.option("--protocol", help=SETTINGS["protocol"].help)
place_option = click.option("--place", help=SETTINGS["place"].help)
wait_option = click.option("--wait", type=float, help=SETTINGS["wait"].help + " [default: 60]")
coordinator_option = click.option("--coordinator", help=SETTINGS["coordinator"].help
                                  + " (also LG_COORDINATOR) [default: 127.0.0.1:20408]")
tflm_option = click.option("--tflm", type=click.Path(file_okay=False, path_type=Path),
                           help=SETTINGS["tflm"].help + " (also HIL_TFLM_PATH)")


def chosen_board(name: str | None):
    from harness.boards import get_board
    from harness.settings import project_config, resolve

    return get_board(resolve("board", command_line=name, config=project_config()))


def chosen_port(name: str | None) -> str | None:
    from harness.settings import project_config, resolve

    return resolve("port", command_line=name, config=project_config())


def chosen_backend(name: str | None, tflm: Path | None = None):
    """The backend record; a TFLM library path given on the command line is applied to it."""
    from harness.backends import configured_backend
    from harness.settings import project_config, resolve

    return configured_backend(resolve("backend", command_line=name, config=project_config()), tflm)


def chosen_protocol(name: str | None):
    from harness.protocol.registry import get_protocol
    from harness.settings import project_config, resolve

    return get_protocol(resolve("protocol", command_line=name, config=project_config()))


def chosen_coordinator(address: str | None) -> str:
    from harness.settings import project_config, resolve

    return resolve("coordinator", command_line=address, config=project_config())


def chosen_wait(seconds: float | None) -> float:
    from harness.settings import project_config, resolve

    return resolve("wait", command_line=seconds, config=project_config())


@contextmanager
def chosen_place(name: str | None, wait: float | None, coordinator: str | None):
    """The labgrid place named (or set as HIL_PLACE), acquired for the block; None without
    one."""
    from harness.settings import project_config, resolve

    name = resolve("place", command_line=name, config=project_config())
    if not name:
        yield None
        return
    from harness.boards.farm.place import acquired_place, parse_tags

    with acquired_place(chosen_coordinator(coordinator), parse_tags(name),
                        chosen_wait(wait)) as place:
        yield place
