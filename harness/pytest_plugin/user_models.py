"""A project's own models under test, declared on the test:

    @pytest.mark.hil_model("models/kws.tflite", inputs="data/x_test.npy",
                           labels="data/y_test.npy", max_accuracy_drop=0.01)
    def test_kws_on_board(hil_result): ...

Paths are relative to the project (pytest's rootdir). A `.keras` model is quantized by the
harness (`representative=` a .npy of typical inputs for int8; `variant="float32"` too). Budgets
come from the marker, else from [tool.hil.budgets] in pyproject.toml: max_accuracy_drop,
max_latency (in the board's unit: instructions on emulators, cycles on real boards), max_flash
and max_ram (bytes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from harness.errors import HilError
from harness.measure import Workload
from harness.measure.workload import Budgets

MARKER = "hil_model"
_BUDGET_KEYS = ("max_accuracy_drop", "max_latency", "max_flash", "max_ram")
_KEYS = ("inputs", "labels", "representative", "variant", "samples", *_BUDGET_KEYS)


@dataclass(frozen=True)
class UserModel:
    path: Path
    inputs: Path
    labels: Path | None = None
    representative: Path | None = None
    variant: str = "int8"
    samples: int | None = None
    max_accuracy_drop: float | None = None
    budgets: Budgets = field(default_factory=Budgets)

    @property
    def id(self) -> str:
        """The file's name; a Keras model's also names the variant the harness made of it."""
        return f"{self.path.stem}-{self.variant}" if self.path.suffix == ".keras" \
            else self.path.stem

    def workload(self) -> Workload:
        import dataclasses

        from harness.measure import tflite_workload
        from harness.measure.keras_workload import keras_workload

        if self.path.suffix == ".keras":
            workload = keras_workload(self.path, self.inputs, self.labels, self.representative,
                                      self.variant, self.samples)
        else:
            workload = tflite_workload(self.path, self.inputs, self.labels, self.samples)
        return dataclasses.replace(workload, accuracy_drop_budget=self.max_accuracy_drop,
                                   budgets=self.budgets)


def user_model(args: tuple, kwargs: dict, root: Path, defaults: dict) -> UserModel:
    """The marker's model; `defaults` are [tool.hil.budgets]. A HilError names what is wrong."""
    if len(args) != 1:
        raise HilError(f"@pytest.mark.{MARKER} takes one model path (a .tflite or .keras file), "
                       f"then keywords; got {len(args)} positional arguments")
    unknown = sorted(set(kwargs) - set(_KEYS))
    if unknown or "inputs" not in kwargs:
        raise HilError(f"@pytest.mark.{MARKER}({args[0]!r}): "
                       + (f"unknown keywords {', '.join(unknown)}; " if unknown else "")
                       + f"it needs inputs=...npy; it knows {', '.join(_KEYS)}")
    settings = {key: defaults.get(key) for key in _BUDGET_KEYS} | kwargs
    path = _existing(root, args[0], "model")
    if path.suffix not in (".tflite", ".keras"):
        raise HilError(f"{path}: a model for {MARKER} is a .tflite or a .keras file")
    return UserModel(
        path=path, inputs=_existing(root, settings["inputs"], "inputs"),
        labels=_optional(root, settings.get("labels"), "labels"),
        representative=_optional(root, settings.get("representative"), "representative set"),
        variant=settings.get("variant") or "int8", samples=settings.get("samples"),
        max_accuracy_drop=settings["max_accuracy_drop"],
        budgets=Budgets(settings["max_latency"], settings["max_flash"], settings["max_ram"]))


def _existing(root: Path, value, what: str) -> Path:
    path = (root / value).resolve()
    if not path.is_file():
        raise HilError(f"{MARKER}: the {what} file {value} does not exist (paths are relative "
                       f"to {root})")
    return path


def _optional(root: Path, value, what: str) -> Path | None:
    return None if value is None else _existing(root, value, what)
