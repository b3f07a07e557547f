"""Host evaluation: the recipe's metric on the test split for every way of running the model.
This is the table a device must reproduce."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from harness.model.interpreters import LiteRT, Tflm, run_all
from harness.model.metrics import score
from harness.model.quantization import dequantize, quantize
from harness.pipeline.artifacts import ModelArtifacts
from harness.pipeline.keras_import import import_keras

# evaluation variant -> (.tflite variant, interpreter)
HOST_RUNNERS = {
    "tflite_float32": ("float32", LiteRT),
    "tflite_int8": ("int8", LiteRT),
    "tflite_dynamic": ("dynamic", LiteRT),
    "tflite_float16": ("float16", LiteRT),
    "tflm_float32": ("float32", Tflm),
    "tflm_int8": ("int8", Tflm),
}


@dataclass(frozen=True)
class EvaluationRow:
    model: str
    variant: str
    metric: str
    value: float
    samples: int

    def as_dict(self) -> dict:
        return asdict(self)


def evaluate(artifacts: ModelArtifacts, samples: int | None = None) -> list[EvaluationRow]:
    """One row per variant: keras_float, then the HOST_RUNNERS."""
    x, y = test_subset(artifacts, samples)
    outputs = {"keras_float": keras_outputs(artifacts, x)}
    outputs.update({name: host_outputs(artifacts, name, x) for name in HOST_RUNNERS})
    recipe = artifacts.recipe
    return [EvaluationRow(recipe.name, name, recipe.metric, score(recipe.task, x, y, out), len(y))
            for name, out in outputs.items()]


def test_subset(artifacts: ModelArtifacts, samples: int | None) -> tuple[np.ndarray, np.ndarray]:
    """The normalised test split, or its first `samples` rows."""
    x, y = artifacts.split("test")
    return (x, y) if samples is None else (x[:samples], y[:samples])


def keras_outputs(artifacts: ModelArtifacts, x: np.ndarray) -> np.ndarray:
    keras = import_keras()

    model = keras.models.load_model(artifacts.keras_path)
    return np.asarray(model.predict(x, verbose=0, batch_size=256))


def host_outputs(artifacts: ModelArtifacts, runner: str, x: np.ndarray) -> np.ndarray:
    """Float (dequantized) outputs of one host runner on normalised inputs x."""
    variant, interpreter_class = HOST_RUNNERS[runner]
    interpreter = interpreter_class(artifacts.tflite_bytes(variant))
    raw = run_all(interpreter, quantize(x, interpreter.input_spec))
    return dequantize(raw, interpreter.output_spec)


def write_csv(rows: list[EvaluationRow], path: Path) -> Path:
    import pandas as pd

    pd.DataFrame([row.as_dict() for row in rows]).to_csv(path, index=False)
    return path
