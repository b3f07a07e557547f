"""Resolving a MODEL argument: a zoo model name, or a path to a .tflite file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
