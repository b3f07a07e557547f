"""`hil train`: train a zoo model (cached)."""

import click

from harness.commands._models import prepare_zoo_model
from harness.commands._output import json_option, print_json, stdout


@click.command("train")
@click.argument("model")
@click.option("--force", is_flag=True, help="Retrain even when a cached model exists.")
@json_option
def command(model: str, force: bool, as_json: bool) -> None:
    """Train MODEL and convert it to .tflite (float32, int8, dynamic, float16)."""
    artifacts = prepare_zoo_model(model, force=force)
    result = {"model": artifacts.name, "keras_model": str(artifacts.keras_path),
              "training_curves": str(artifacts.training_curves),
              "history": str(artifacts.train_dir / "history.csv")}
    if as_json:
        print_json(result)
    else:
        for key, value in result.items():
            stdout.print(f"{key:>16}: {value}", highlight=False)
