"""`hil evaluate`: the host evaluation table a device must reproduce."""

import click

from harness.commands._models import prepare_zoo_model
from harness.commands._output import json_option, print_json, print_table, stderr


@click.command("evaluate")
@click.argument("model")
@click.option("--samples", type=click.IntRange(min=1), help="Use only the first N test samples.")
@click.option("--force", is_flag=True, help="Retrain and reconvert even when cached.")
@json_option
def command(model: str, samples: int | None, force: bool, as_json: bool) -> None:
    """Evaluate MODEL on its test split: Keras float, TFLite float32/int8/dynamic/float16
    (LiteRT), and float32/int8 through the TFLM reference interpreter."""
    from harness.pipeline.evaluate import evaluate, write_csv

    artifacts = prepare_zoo_model(model, force=force)
    rows = evaluate(artifacts, samples)
    csv = write_csv(rows, artifacts.tflite_dir / "evaluation.csv")
    if as_json:
        print_json([row.as_dict() for row in rows])
        return
    print_table([row.as_dict() for row in rows], ["variant", "metric", "value", "samples"],
                title=f"{model}: host evaluation on the test split")
    stderr.print(f"written to {csv}", highlight=False)
