"""Resolving a MODEL argument: a zoo model name, or a path to a .tflite file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from harness.commands._output import stderr


def is_tflite_path(target: str) -> bool:
    return target.endswith(".tflite") or Path(target).is_file()


def training_progress() -> Callable[[int, int, dict], None]:
    """Prints epoch progress to stderr, one line every few epochs."""

    def report(epoch: int, epochs: int, logs: dict) -> None:
        if epoch == 1 or epoch % 10 == 0:
            figures = "  ".join(f"{k} {v:.4f}" for k, v in logs.items())
            stderr.print(f"  epoch {epoch}/{epochs}  {figures}", highlight=False)

    return report


def model_bytes(model: str, variant: str = "int8") -> tuple[bytes, str]:
    """The .tflite bytes and a name for MODEL: a .tflite file, else a zoo model's `variant`."""
    if is_tflite_path(model):
        from harness.model.tflite import read_model

        parsed = read_model(model)  # a clear error for a missing or corrupt file
        return parsed.raw, Path(model).stem
    return prepare_zoo_model(model).tflite_bytes(variant), model


def prepare_zoo_model(name: str, force: bool = False):
    """Train and convert (or reuse from the cache) a zoo model, telling the user what happens."""
    from harness.pipeline.artifacts import prepare
    from harness.pipeline.recipe import get_recipe

    get_recipe(name)  # an unknown name fails here, before any message
    stderr.print(f"[bold]{name}[/]: preparing (cached stages are reused)", highlight=False)
    return prepare(name, force=force, progress=training_progress())


def _check_quant(ctx, param, value: str | None) -> str | None:
    from harness.errors import HilError
    from harness.pipeline.schemes import get_scheme

    if value is not None:
        try:
            get_scheme(value)
        except HilError as exc:
            raise click.BadParameter(str(exc)) from None
    return value


quant_option = click.option(
    "--quant", callback=_check_quant, metavar="SCHEME",
    help="Quantization of a zoo model: ptq-per-channel (the int8 variant), ptq-per-tensor "
         "(one weight scale per tensor, what older TFLM libraries compute right) or int16x8 "
         "(16-bit activations). [default: ptq-per-channel]")


def refuse_quant_for_file(model: str, quant: str | None) -> None:
    """--quant picks how a recipe is converted; a .tflite file was converted already."""
    if quant is None or not is_tflite_path(model):
        return
    from harness.model.analysis import quantization_of
    from harness.model.tflite import read_model

    raise click.UsageError(
        f"--quant applies to zoo models (recipes); {model} is already quantized as "
        f"{quantization_of(read_model(model))}. Leave --quant out, or convert the model with "
        "the scheme you want and give that file")


def chosen_variant(variant: str, quant: str | None) -> str:
    """The .tflite variant of --variant and --quant (which picks among the quantized ones)."""
    from harness.pipeline.schemes import variant_name

    if quant is None:
        return variant
    if variant != "int8":
        raise click.UsageError(f"--quant {quant} quantizes the model; it does not go with "
                               f"--variant {variant}")
    return variant_name(quant)
