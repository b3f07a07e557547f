"""Model recipes: what to train and how to judge it. Recipes live in models/*.py and register
themselves with the `recipe` decorator; `get_recipe` finds them by name."""

from __future__ import annotations

import hashlib
import importlib.util
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from harness import paths
from harness.model.metrics import METRICS
from harness.pipeline.datasets import Dataset
from harness.registry import Registry

# "benchmark": a model shaped like a real workload, with random weights: it measures cost and
# agreement with the reference, not accuracy (its metric is "none").
TASKS = ("classification", "regression", "anomaly", "benchmark")


@dataclass(frozen=True)
class Recipe:
    name: str
    description: str
    task: str
    metric: str
    load_data: Callable[[int], Dataset]
    build_model: Callable[..., object]  # (input_shape, n_outputs) -> keras.Model
    loss: str
    epochs: int = 200
    batch_size: int = 32
    learning_rate: float = 1e-3
    patience: int = 15  # early stopping on validation loss
    normalization: str = "per_feature"  # or "global" (one mean/std for all features)
    seed: int = 1234
    representative_samples: int = 200  # int8 calibration samples from the training split
    accuracy_drop_budget: float = 0.02  # allowed float -> int8 metric loss, in metric units
    output_tolerance: int = 1  # int8 LSBs a non-bit-exact backend may differ from TFLM
    latency_budget_ms: float | None = None  # real-time budget on a real board
    downloads: bool = False  # needs a network or cached file (excluded from tests)
    source_file: str = ""

    @property
    def higher_is_better(self) -> bool:
        return METRICS[self.metric]

    def source_digest(self) -> str:
        """Hash of the recipe's source file: retraining follows any edit to the recipe."""
        return hashlib.sha256(Path(self.source_file).read_bytes()).hexdigest()


RECIPES: Registry[Recipe] = Registry("model")


def recipe(**settings) -> Callable[[Callable], Callable]:
    """Register the decorated `build_model(input_shape, n_outputs)` function as a recipe."""

    def register(build_model: Callable) -> Callable:
        source = inspect.getsourcefile(build_model) or ""
        record = Recipe(build_model=build_model, source_file=source, **settings)
        _validate(record)
        RECIPES.add(record.name, record)
        return build_model

    return register


def _validate(record: Recipe) -> None:
    if record.task not in TASKS:
        raise ValueError(f"recipe {record.name}: task must be one of {TASKS}")
    if record.metric not in METRICS:
        raise ValueError(f"recipe {record.name}: metric must be one of {list(METRICS)}")
    if (record.task == "benchmark") != (record.metric == "none"):
        raise ValueError(f"recipe {record.name}: benchmark models, and only they, have metric "
                         "'none'")


def get_recipe(name: str) -> Recipe:
    load_recipes()
    return RECIPES.get(name)


def all_recipes() -> list[Recipe]:
    load_recipes()
    return list(RECIPES)


_loaded: set[Path] = set()


def load_recipes(folder: Path | None = None) -> None:
    """Import every models/*.py (not starting with '_') once."""
    folder = folder or paths.models_dir()
    for file in sorted(folder.glob("*.py")):
        if file.name.startswith("_") or file in _loaded:
            continue
        _loaded.add(file)
        spec = importlib.util.spec_from_file_location(f"hil_models.{file.stem}", file)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
