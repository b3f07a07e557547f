"""`hil models`: the model zoo."""

import click

from harness.commands._output import json_option, print_json, print_table


@click.command("models")
@json_option
def command(as_json: bool) -> None:
    """List the zoo's model recipes."""
    from harness.pipeline.recipe import all_recipes

    rows = [{"model": r.name, "task": r.task, "metric": r.metric, "description": r.description,
             "downloads": r.downloads} for r in all_recipes()]
    if as_json:
        print_json(rows)
    else:
        print_table(rows, ["model", "task", "metric", "description"], title="Model zoo")
