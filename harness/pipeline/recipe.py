"""Model recipes: what to train and how to judge it. Recipes live in models/*.py and register
themselves with the `recipe` decorator; `get_recipe` finds them by name."""

from __future__ import annotations

import hashlib
import importlib.util
import inspect
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from harness import paths
from harness.errors import HilError
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
    # Halve the learning rate when the validation loss has not improved for this many epochs
    # (None: a constant rate).
    lr_patience: int | None = None
    # Changes a batch of normalised training inputs (time shift, masking...), seeded by the
    # generator it is given: every epoch sees other versions of the same samples. None: as is.
    augment: Callable[[np.ndarray, np.random.Generator], np.ndarray] | None = None
    normalization: str = "per_feature"  # or "global" (one mean/std for all features)
    seed: int = 1234
    representative_samples: int = 200  # int8 calibration samples from the training split
    accuracy_drop_budget: float = 0.02  # allowed float -> int8 metric loss, in metric units
    output_tolerance: int = 1  # int8 LSBs a non-bit-exact backend may differ from TFLM
    latency_budget_ms: float | None = None  # real-time budget on a real board
    downloads: bool = False  # needs a network or cached file (excluded from tests)
    # False: pytest's default models leave it out (its data take tens of minutes to make); it
    # runs when named with --models
    runs_by_default: bool = True
    source_file: str = ""
    width: float = 1.0  # the layer-width multiplier given to a scalable recipe's build function

    @property
    def scalable(self) -> bool:
        """Its build function takes `width` (a multiplier of its layers' units or filters)."""
        return "width" in inspect.signature(self.build_model).parameters

    def build(self, input_shape, n_outputs):
        """The untrained Keras model, at this recipe's width when it has one."""
        extra = {"width": self.width} if self.scalable else {}
        return self.build_model(input_shape, n_outputs, **extra)

    def at_width(self, width: float) -> Recipe:
        """This recipe with its layers scaled by `width`, named `<name>_w<width>` (0.5: w0p5)."""
        if not self.scalable:
            raise HilError(f"model {self.name} has no width parameter; give its build function "
                           "a `width=1.0` argument that scales its layers to sweep widths")
        if not 0 < width <= 16:
            raise HilError(f"width {width:g} of {self.name}: give a multiplier in (0, 16]")
        base = self.name if self.width == 1.0 else self.name.rsplit("_w", 1)[0]
        name = base if width == 1.0 else f"{base}_w{width:g}".replace(".", "p")
        return replace(self, name=name, width=width)

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


_WIDTH_SUFFIX = re.compile(r"^(?P<base>.+)_w(?P<width>\d+(p\d+)?)$")


def get_recipe(name: str) -> Recipe:
    """The recipe called `name`; `<recipe>_w<width>` (digits_mlp_w0p5) is a scalable recipe at
    that width."""
    load_recipes()
    base, width = split_width(name)
    if name not in RECIPES and base in RECIPES:
        return RECIPES.get(base).at_width(width)
    return RECIPES.get(name)


def split_width(name: str) -> tuple[str, float]:
    """(recipe name, width) of a model name: digits_mlp_w0p5 -> (digits_mlp, 0.5)."""
    match = _WIDTH_SUFFIX.match(name)
    if match is None:
        return name, 1.0
    return match["base"], float(match["width"].replace("p", "."))


def scaled(units: int, width: float) -> int:
    """A layer's units or filters at `width` (at least one)."""
    return max(1, round(units * width))


def all_recipes() -> list[Recipe]:
    load_recipes()
    return list(RECIPES)


_loaded: set[Path] = set()
ENTRY_POINT_GROUP = "tinyml_hil.recipes"  # a package's recipe modules, for `pip install` users


def load_recipes(folder: Path | None = None) -> None:
    """Import the recipes once: every *.py (not starting with '_') of the zoo's folder and of
    the project's `recipes` folder ([tool.hil] recipes = "models/"), and every module named by
    a `tinyml_hil.recipes` entry point; or only those of `folder`."""
    from importlib.metadata import entry_points

    from harness.settings import project_folder

    folders = [folder] if folder else [paths.builtin_models_dir(), project_folder("recipes")]
    for each in folders:
        if each is not None:
            _load_folder(each)
    if folder is None:
        for entry_point in entry_points(group=ENTRY_POINT_GROUP):
            entry_point.load()


def _load_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise HilError(f"the recipes folder {folder} does not exist; check [tool.hil] recipes "
                       "in pyproject.toml (a folder of @recipe modules)")
    for file in sorted(folder.glob("*.py")):
        if file.name.startswith("_") or file in _loaded:
            continue
        _loaded.add(file)
        # The folder's digest in the module name: a project's recipe file may share a zoo
        # file's name (their recipe names must differ; the registry says so if not).
        folder_key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:8]
        spec = importlib.util.spec_from_file_location(f"hil_models_{folder_key}.{file.stem}",
                                                      file)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
