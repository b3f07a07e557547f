"""`hil ops`: which ops each backend runs (from the code: the AOT lowerings and folding, TFLM's
op resolver)."""

import click

from harness.commands._output import json_option, print_json, print_table


@click.command("ops")
@click.option("--markdown", is_flag=True, help="Print the table as Markdown (the README's).")
@json_option
def command(markdown: bool, as_json: bool) -> None:
    """The ops the AOT backend runs (int8, int16x8, float32; "folded": computed at generation
    time from constants) and those TFLM's op resolver has."""
    from dataclasses import asdict

    from harness.backends.support import markdown_table, op_support

    rows = op_support()
    if as_json:
        print_json([asdict(row) for row in rows])
    elif markdown:
        click.echo(markdown_table(rows), nl=False)
    else:
        print_table([asdict(row) for row in rows],
                    ["op", "aot_int8", "aot_int16", "aot_float32", "tflm"],
                    headers={"aot_int8": "aot int8", "aot_int16": "aot int16x8",
                             "aot_float32": "aot float32"},
                    title="ops per backend (aot: lowerings and folding; tflm: its op resolver)")
