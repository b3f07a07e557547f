"""The `hil` command line. Each subcommand lives in its own module under harness/commands/."""

import importlib
import pkgutil
import sys

import click

import harness.commands
from harness.errors import HilError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tinyml-hil")
def cli() -> None:
    """TinyML hardware-in-the-loop harness: train, quantize, run on boards, benchmark."""


def _add_commands() -> None:
    for module in sorted(pkgutil.iter_modules(harness.commands.__path__), key=lambda m: m.name):
        if not module.name.startswith("_"):
            cli.add_command(importlib.import_module(f"harness.commands.{module.name}").command)


_add_commands()


def main() -> None:
    from harness.commands._output import progress_bars

    try:
        with progress_bars():
            cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except HilError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
