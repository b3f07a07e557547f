"""`hil render`: write the PlatformIO project of a model on a board, to build by hand."""

from pathlib import Path

import click

from harness.commands._output import json_option, print_json, stdout


@click.command("render")
@click.argument("model")
@click.option("--board", help="Board to build for (`hil boards` lists them). [default: qemu-m4]")
@click.option("--backend", help="Inference backend: aot or tflm. [default: aot]")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the project into (new, empty, or rendered before).")
@click.option("--build", is_flag=True, help="Also build it and report flash and RAM use.")
@json_option
def command(model: str, board: str | None, backend: str | None, out_dir: Path, build: bool,
            as_json: bool) -> None:
    """Render the PlatformIO project that runs MODEL (a .tflite file or a zoo model name) on a
    board: open it in an editor or PlatformIO IDE, or build it with `pio run` in that folder."""
    from harness.backends import get_backend
    from harness.boards import get_board
    from harness.firmware.render import render_project
    from harness.settings import project_config, resolve

    config = project_config()
    chosen_board = get_board(resolve("board", command_line=board, config=config))
    chosen_backend = get_backend(resolve("backend", command_line=backend, config=config))
    data, name = model_source(model)
    project = render_project(data, chosen_board, chosen_backend, out_dir, model_name=name)
    report = {"project": str(project.root), "env": project.env, "board": chosen_board.name,
              "backend": project.backend, "model": project.model_name, "sha256": project.sha256,
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


def model_source(model: str) -> tuple[bytes, str]:
    """The .tflite bytes and a name for MODEL: a .tflite file, else a zoo model (int8)."""
    from harness.commands._models import is_tflite_path, prepare_zoo_model
    from harness.model.tflite import read_model

    if is_tflite_path(model):
        read_model(model)  # a clear error for a missing or corrupt file
        return Path(model).read_bytes(), Path(model).stem
    return prepare_zoo_model(model).tflite_bytes("int8"), model
