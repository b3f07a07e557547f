"""`hil render`: write the PlatformIO project of a model on a board, to build by hand."""

from pathlib import Path

import click

from harness.commands._models import quant_option
from harness.commands._output import json_option, print_json, stdout
from harness.commands._targets import backend_option, board_option, protocol_option, tflm_option


@click.command("render")
@click.argument("model")
@board_option
@backend_option
@tflm_option
@protocol_option
@quant_option
@click.option("--variant", type=click.Choice(["int8", "float32"]), default="int8",
              show_default=True, help="Which .tflite of a zoo model to render.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the project into (new, empty, or rendered before).")
@click.option("--build", is_flag=True, help="Also build it and report flash and RAM use.")
@json_option
def command(model: str, board: str | None, backend: str | None, tflm: Path | None,
            protocol: str | None, quant: str | None, variant: str, out_dir: Path,
            build: bool, as_json: bool) -> None:
    """Render the PlatformIO project that runs MODEL (a .tflite file or a zoo model name) on a
    board: open it in an editor or PlatformIO IDE, or build it with `pio run` in that folder."""
    from harness.commands._models import chosen_variant, model_bytes, refuse_quant_for_file
    from harness.commands._targets import chosen_backend, chosen_board, chosen_protocol
    from harness.firmware.render import render_project

    refuse_quant_for_file(model, quant)
    target_board, target_backend = chosen_board(board), chosen_backend(backend, tflm)
    data, name = model_bytes(model, chosen_variant(variant, quant))
    project = render_project(data, target_board, target_backend, out_dir, model_name=name,
                             protocol=chosen_protocol(protocol))
    report = {"project": str(project.root), "env": project.env, "board": target_board.name,
              "backend": project.backend, "protocol": project.protocol,
              "model": project.model_name, "sha256": project.sha256,
              "activation_bytes": project.activation_bytes}
    if build:
        from harness.firmware.build import build_project

        result = build_project(project)
        report.update(elf=str(result.elf), **result.usage.as_dict())
    if as_json:
        print_json(report)
        return
    for key, value in report.items():
        stdout.print(f"{key:>18}: {value:,}" if isinstance(value, int) else
                     f"{key:>18}: {value}", highlight=False)
    stdout.print(f"build by hand: pio run -d {project.root}", highlight=False)

