"""Content-addressed cache of trained and converted models under artifacts/.

artifacts/<model>/<train key>/            model.keras, splits.npz, normalizer.npz, history.csv,
                                          training_curves.png, manifest.json
artifacts/<model>/<train key>/tflite-<convert key>/   model_<variant>.tflite + C arrays

The train key hashes the recipe's source, the data, the library versions and the training code;
the convert key hashes the train key and the conversion code. A stage reruns only when its key
changes (or with force).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cached_property
from importlib import metadata
from pathlib import Path

import numpy as np

from harness import locks, paths
from harness.errors import HilError
from harness.pipeline import convert as convert_stage
from harness.pipeline import data as data_stage
from harness.pipeline import groups as groups_stage
from harness.pipeline import train as train_stage
from harness.pipeline.datasets import Dataset
from harness.pipeline.keras_import import import_keras
from harness.pipeline.recipe import Recipe, get_recipe

_LIBRARIES = ("tensorflow", "keras", "numpy", "scikit-learn")


@dataclass(frozen=True)
class ModelArtifacts:
    """Everything the pipeline produced for one model; later stages read only this."""

    recipe: Recipe
    train_dir: Path
    tflite_dir: Path

    @property
    def name(self) -> str:
        return self.recipe.name

    def tflite_path(self, variant: str) -> Path:
        """The variant's .tflite; a quantization scheme or calibration beyond the four
        variants every model gets is converted the first time it is asked for."""
        path = self.tflite_dir / convert_stage.tflite_filename(variant)
        if not path.is_file() and variant not in convert_stage.VARIANTS:
            with locks.held(path):
                if not path.is_file():
                    _convert_on_demand(self, variant, path)
        return path

    def tflite_bytes(self, variant: str) -> bytes:
        return self.tflite_path(variant).read_bytes()

    @property
    def keras_path(self) -> Path:
        return self.train_dir / "model.keras"

    @property
    def training_curves(self) -> Path:
        return self.train_dir / "training_curves.png"

    @cached_property
    def splits(self) -> data_stage.Splits:
        return data_stage.Splits.load(self.train_dir / "splits.npz")

    @cached_property
    def normalizer(self) -> data_stage.Normalizer:
        return data_stage.Normalizer.load(self.train_dir / "normalizer.npz")

    def split(self, which: str) -> tuple[np.ndarray, np.ndarray]:
        """Normalised inputs and labels of "train", "validation" or "test"."""
        dataset = self.recipe.load_data(self.recipe.seed)
        indices = getattr(self.splits, which)
        return self.normalizer.apply(dataset.x[indices]), dataset.y[indices]


def prepare(name: str, force: bool = False, progress: train_stage.Progress | None = None
            ) -> ModelArtifacts:
    """Train (if not cached) and convert (if not cached) the named zoo model."""
    recipe = get_recipe(name)
    dataset = recipe.load_data(recipe.seed)
    train_dir = paths.artifacts_dir() / recipe.name / _train_key(recipe, dataset)
    locks.build_once(train_dir, lambda folder: (folder / "manifest.json").is_file(),
                     lambda tmp: _train(recipe, dataset, tmp, progress), force)
    tflite_dir = train_dir / f"tflite-{_convert_key(train_dir.name)}"
    artifacts = ModelArtifacts(recipe, train_dir, tflite_dir)
    locks.build_once(tflite_dir, _converted, lambda tmp: _convert(artifacts, tmp), force)
    return artifacts


def _train(recipe: Recipe, dataset: Dataset, out: Path, progress) -> None:
    splits = _make_splits(recipe, dataset)
    normalizer = data_stage.fit_normalizer(_fit_inputs(recipe, dataset, splits),
                                           recipe.normalization)
    splits.save(out / "splits.npz")
    normalizer.save(out / "normalizer.npz")
    x = normalizer.apply(dataset.x)
    data = train_stage.TrainingData(x[splits.train], dataset.y[splits.train],
                                    x[splits.validation], dataset.y[splits.validation])
    train_stage.train(recipe, data, out, progress)
    _write_manifest(out, {"model": recipe.name, "stage": "train", "versions": _versions()})


def _make_splits(recipe: Recipe, dataset: Dataset) -> data_stage.Splits:
    if dataset.groups is not None:
        return groups_stage.make_group_splits(dataset.groups, recipe.seed, dataset.train_only)
    stratify = recipe.task in ("classification", "anomaly")
    return data_stage.make_splits(dataset.y, stratify, recipe.seed)


def _fit_inputs(recipe: Recipe, dataset: Dataset, splits: data_stage.Splits) -> np.ndarray:
    """Normalisation statistics come from what the model trains on (normal samples only for
    an autoencoder)."""
    x, y = dataset.x[splits.train], dataset.y[splits.train]
    return x[y == 0] if recipe.task == "anomaly" else x


def _convert(artifacts: ModelArtifacts, out: Path) -> None:
    keras = import_keras()

    model = keras.models.load_model(artifacts.keras_path)
    x_train, _ = artifacts.split("train")
    convert_stage.convert_all(model, x_train, artifacts.recipe.representative_samples,
                              artifacts.recipe.seed, out)
    _write_manifest(out, {"model": artifacts.name, "stage": "convert",
                          "variants": list(convert_stage.VARIANTS)})


def _converted(folder: Path) -> bool:
    """A conversion folder is complete with its manifest and every variant (a folder that
    lost a file is converted again rather than failing later with "no such file")."""
    return (folder / "manifest.json").is_file() and all(
        (folder / convert_stage.tflite_filename(variant)).is_file()
        for variant in convert_stage.VARIANTS)


def _convert_on_demand(artifacts: ModelArtifacts, variant: str, path: Path) -> None:
    from harness.pipeline import schemes

    base, calibration = schemes.parse_variant(variant)
    if base not in schemes.on_demand_variants() + ("int8",):
        known = ", ".join(convert_stage.VARIANTS + schemes.on_demand_variants())
        raise HilError(f"unknown variant {variant!r} of {artifacts.name}; known: {known} "
                       "(or a quantization scheme with --quant)")
    recipe = artifacts.recipe
    calibration = calibration or schemes.Calibration(recipe.representative_samples)
    keras = import_keras()
    model = convert_stage.batch_one_clone(keras.models.load_model(artifacts.keras_path))
    x_train, _ = artifacts.split("train")
    representative = convert_stage.representative_set(x_train, calibration.size,
                                                      calibration.source, recipe.seed)
    data = convert_stage.convert(model, base, representative)
    partial = path.with_name(f"{path.name}.partial-{os.getpid()}")
    partial.write_bytes(data)
    partial.rename(path)  # never half a file under the variant's name


def _write_manifest(folder: Path, content: dict) -> None:
    (folder / "manifest.json").write_text(json.dumps(content, indent=2) + "\n")


def _train_key(recipe: Recipe, dataset: Dataset) -> str:
    digest = hashlib.sha256()
    for part in (recipe.source_digest(), _code_digest(train_stage, data_stage),
                 json.dumps(_versions(), sort_keys=True)):
        digest.update(part.encode())
    if recipe.width != 1.0:  # full-width keys stay those of recipes without a width
        digest.update(f"width={recipe.width!r}".encode())
    digest.update(np.ascontiguousarray(dataset.x).tobytes())
    digest.update(np.ascontiguousarray(dataset.y).tobytes())
    if dataset.groups is not None:  # last, so the keys of ungrouped data sets stay as they were
        digest.update(_code_digest(groups_stage).encode())
        digest.update(np.ascontiguousarray(dataset.groups).tobytes())
    if dataset.train_only is not None:
        digest.update(np.ascontiguousarray(dataset.train_only).tobytes())
    return digest.hexdigest()[:16]


def _convert_key(train_key: str) -> str:
    from harness.model import c_array

    return hashlib.sha256((train_key + _code_digest(convert_stage, c_array)).encode()
                          ).hexdigest()[:16]


def _code_digest(*modules) -> str:
    return hashlib.sha256(b"".join(Path(m.__file__).read_bytes() for m in modules)).hexdigest()


def _versions() -> dict[str, str]:
    return {name: metadata.version(name) for name in _LIBRARIES}
