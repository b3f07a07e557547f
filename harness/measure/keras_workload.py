"""A user's Keras model as a workload: quantized here with TensorFlow's converter (int8 with a
representative set the user names, or float32), the Keras model itself being the float
reference for the accuracy drop. Converted files are cached by the content of everything they
depend on."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import numpy as np

from harness import paths
from harness.errors import HilError
from harness.measure.workload import Workload, tflite_workload
from harness.model.metrics import score
from harness.names import file_name

VARIANTS = ("int8", "float32")


def keras_workload(model: Path, inputs: Path, labels: Path | None = None,
                   representative: Path | None = None, variant: str = "int8",
                   samples: int | None = None) -> Workload:
    """The .keras model converted to `variant`, measured on `inputs` (float rows, as the Keras
    model takes them)."""
    if variant not in VARIANTS:
        raise HilError(f"variant {variant!r} of {model}: a Keras model runs as "
                       f"{' or '.join(VARIANTS)}")
    if variant == "int8" and representative is None:
        raise HilError(f"{model}: int8 quantization needs a representative set: name a .npy of "
                       "typical float inputs (e.g. training samples) with representative=...")
    tflite = converted(model, variant, representative)
    workload = tflite_workload(tflite, inputs, labels, samples)
    float_metric = None
    if workload.labels is not None:
        x = np.load(inputs).astype(np.float32)[:workload.samples]
        float_metric = score("classification", x, workload.labels, _keras_outputs(model, x))
    return dataclasses.replace(workload, variant=variant,
                               host_float_metric=float_metric,
                               float_inputs=np.load(inputs).astype(np.float32)[:workload.samples])


def converted(model: Path, variant: str, representative: Path | None) -> Path:
    """The cached .tflite of `model` in `variant` (converted now if missing)."""
    from harness.pipeline import convert

    digest = hashlib.sha256(Path(model).read_bytes())
    digest.update(variant.encode() + Path(convert.__file__).read_bytes())
    if representative is not None:
        digest.update(Path(representative).read_bytes())
    target = (paths.artifacts_dir() / "user-models" / digest.hexdigest()[:16]
              / f"{file_name(Path(model).stem)}.tflite")
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        samples = None if representative is None else np.load(representative).astype(np.float32)
        keras_model = convert.batch_one_clone(_load(model))
        partial = target.with_suffix(".partial")
        partial.write_bytes(convert.convert(keras_model, variant, samples))
        partial.rename(target)
    return target


def _load(model: Path):
    from harness.pipeline.keras_import import import_keras

    try:
        return import_keras().models.load_model(model)
    except (OSError, ValueError) as exc:
        raise HilError(f"{model} is not a Keras model Keras can load ({exc}); save it with "
                       "model.save('name.keras')") from None


def _keras_outputs(model: Path, x: np.ndarray) -> np.ndarray:
    return np.asarray(_load(model).predict(x, verbose=0, batch_size=256))
