"""Suites over .tflite files the user brings (e.g. the official MLPerf Tiny models): the suite
names each file, the user says which folder holds them (`--model-dir`, HIL_MODEL_DIR or
`model_dir` in [tool.hil]).

Such files come without a test split, so each row streams seeded random inputs over the model's
input range: instruction counts, memory and bit-exactness with the TFLM reference are measured
exactly; accuracy is not (the suites that need it use the zoo's test splits).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from harness.errors import HilError
from harness.model.quantization import TensorSpec, quantize

INPUT_SEED = 0


class ModelDirError(HilError):
    """A suite's model folder that is not given, or lacks a file the suite names."""


@dataclass(frozen=True)
class ModelFiles:
    """Model name -> variant -> file name, and where a reader gets the files."""

    files: dict[str, dict[str, str]]
    source: str = ""  # e.g. "mlcommons/tiny, benchmark/training/*/trained_models/"

    def file_name(self, model: str, variant: str) -> str | None:
        return self.files.get(model, {}).get(variant)

    def paths(self, folder: Path) -> dict[tuple[str, str], Path]:
        """Every (model, variant) -> its file in `folder`; ModelDirError for a missing one."""
        folder = Path(folder)
        if not folder.is_dir():
            raise ModelDirError(f"the model folder {folder} does not exist; {self._fix()}")
        found = {(model, variant): folder / name for model, by_variant in self.files.items()
                 for variant, name in by_variant.items()}
        for path in found.values():
            if not path.is_file():
                raise ModelDirError(f"{path.name} is missing from the model folder {folder}; "
                                    f"{self._fix()}")
        return found

    def missing_folder(self, suite: str) -> ModelDirError:
        return ModelDirError(f"suite {suite} runs model files ({self._names()}); give the "
                             f"folder that holds them: --model-dir DIR, HIL_MODEL_DIR=DIR, or "
                             f"model_dir in [tool.hil]. {self._where()}")

    def _fix(self) -> str:
        return (f"give --model-dir (or HIL_MODEL_DIR) a folder holding {self._names()}. "
                + self._where())

    def _names(self) -> str:
        return ", ".join(sorted({n for v in self.files.values() for n in v.values()}))

    def _where(self) -> str:
        return f"They come from {self.source}." if self.source else ""


def random_rows(spec: TensorSpec, count: int, seed: int = INPUT_SEED) -> np.ndarray:
    """Inputs the model accepts: random floats over the input's range, quantized as TFLite
    does; unit normal floats for a float input."""
    rng = np.random.default_rng(seed)
    shape = (count, *spec.shape[1:])
    if not spec.quantized:
        return rng.normal(size=shape).astype(spec.dtype)
    info = np.iinfo(spec.dtype)
    low, high = (info.min - spec.zero_point) * spec.scale, (info.max - spec.zero_point) * spec.scale
    return quantize(rng.uniform(low, high, shape), spec)


def file_workload(path: Path, model: str, variant: str, samples: int | None):
    """The workload of one model file: `samples` (default 4) seeded random inputs, named as the
    suite names the model and variant."""
    from harness.measure.workload import custom_workload
    from harness.model.interpreters import Tflm
    from harness.model.tflite import read_model

    spec = Tflm(read_model(path).raw).input_spec
    workload = custom_workload(path, random_rows(spec, samples or 4))
    return replace(workload, model_name=model, variant=variant)
