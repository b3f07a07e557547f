"""`hil quantize`: the .tflite variants of a zoo model (trains first if needed)."""

import click

from harness.commands._models import prepare_zoo_model, quant_option
from harness.commands._output import json_option, print_json, print_table


@click.command("quantize")
@click.argument("model")
@click.option("--force", is_flag=True, help="Retrain and reconvert even when cached.")
@quant_option
@json_option
def command(model: str, force: bool, quant: str | None, as_json: bool) -> None:
    """Convert MODEL to float32, int8 (int8 in/out), dynamic-range and float16 .tflite files;
    with --quant, to that quantization scheme's .tflite (cached as its own file)."""
    from harness.model.tflite import read_model
    from harness.pipeline.convert import VARIANTS
    from harness.pipeline.schemes import variant_name

    artifacts = prepare_zoo_model(model, force=force)
    rows = []
    for variant in VARIANTS if quant is None else (variant_name(quant),):
        parsed = read_model(artifacts.tflite_path(variant))
        rows.append({"model": artifacts.name, "variant": variant,
                     "bytes": parsed.size_bytes, "ops": " ".join(parsed.opcodes()),
                     "path": str(artifacts.tflite_path(variant))})
    if as_json:
        print_json(rows)
    else:
        print_table(rows, ["variant", "bytes", "ops", "path"], title=f"{model}: .tflite files")
