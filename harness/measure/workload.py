"""What a device must compute: a model, the inputs to send it, and the host's answers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from harness.errors import HilError, UnsupportedModelError
from harness.model.interpreters import Tflm
from harness.model.metrics import score
from harness.model.quantization import TensorSpec, dequantize, quantize
from harness.model.reference import reference_outputs
from harness.model.tflite import Tensor, TfliteModel, read_model
from harness.names import checked_name


@dataclass(frozen=True)
class Budgets:
    """Limits a user sets on a model's cost on the board (None: no limit)."""

    latency: float | None = None  # per inference, in the board's unit (instructions, cycles)
    flash_bytes: int | None = None
    ram_bytes: int | None = None  # static RAM (.data + .bss)

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.latency, self.flash_bytes, self.ram_bytes))


@dataclass(frozen=True)
class Workload:
    model_name: str
    variant: str  # "int8", "float32" for zoo models; "custom" for a user's .tflite
    model: TfliteModel  # parsed once; its `raw` bytes are the .tflite
    inputs: np.ndarray  # one row per sample, in the model's input dtype (no batch dimension)
    reference: np.ndarray | None  # TFLM's raw outputs, one row per sample; None: cost only
    input_spec: TensorSpec
    output_spec: TensorSpec
    labels: np.ndarray | None = None
    float_inputs: np.ndarray | None = None  # normalised float inputs (the anomaly score needs them)
    task: str | None = None
    metric: str | None = None
    host_float_metric: float | None = None  # Keras float model on the same samples
    accuracy_drop_budget: float | None = None
    output_tolerance: int = 0  # LSBs a backend that is not bit-exact may differ by
    latency_budget_ms: float | None = None  # the recipe's real-time budget on a real board
    budgets: Budgets = Budgets()  # a user's limits on latency and memory (pytest's hil_model)

    @property
    def tflite(self) -> bytes:
        return self.model.raw

    @property
    def samples(self) -> int:
        return len(self.inputs)

    @property
    def sample_output_shape(self) -> tuple[int, ...]:
        """One sample's output, without the batch dimension."""
        return tuple(self.output_spec.shape[1:])

    def metric_of(self, raw_outputs: np.ndarray) -> float | None:
        """The recipe's metric of raw (device or reference) outputs; None without labels."""
        if self.metric in (None, "none") or self.labels is None:
            return None
        outputs = dequantize(raw_outputs, self.output_spec)
        x = self.float_inputs if self.float_inputs is not None else dequantize(
            self.inputs, self.input_spec)
        return score(self.task, x, self.labels[:len(outputs)], outputs)


def zoo_workload(artifacts, variant: str, samples: int | None = None) -> Workload:
    """The test split of a zoo model (or its first `samples` rows) for one .tflite variant."""
    from harness.pipeline.evaluate import keras_outputs, test_subset

    x, y = test_subset(artifacts, samples)
    model = read_model(artifacts.tflite_bytes(variant))
    oracle = Tflm(model.raw)
    inputs = quantize(x, oracle.input_spec)
    cache = artifacts.tflite_dir / "reference" / f"tflm_{variant}_{len(x)}.npz"
    recipe = artifacts.recipe
    float_metric = score(recipe.task, x, y, keras_outputs(artifacts, x))
    return Workload(
        model_name=artifacts.name, variant=variant, model=model, inputs=inputs,
        reference=reference_outputs(model.raw, inputs, cache), input_spec=oracle.input_spec,
        output_spec=oracle.output_spec, labels=y, float_inputs=x, task=recipe.task,
        metric=recipe.metric, host_float_metric=float_metric,
        accuracy_drop_budget=recipe.accuracy_drop_budget, output_tolerance=recipe.output_tolerance,
        latency_budget_ms=recipe.latency_budget_ms)


def tflite_workload(model: Path, inputs: Path, labels: Path | None = None,
                    samples: int | None = None, reference: bool = True) -> Workload:
    """A user's own model: inputs from a .npy (one row per sample; float rows are quantized with
    the model's input quantization), optional integer class labels for an accuracy figure.

    Without `reference` the TFLM reference never runs (a cost-only run: latency and memory of a
    model TFLM cannot run, such as an untrained one): the workload has no reference outputs and
    its rows no agreement figure."""
    checked_name("model name", Path(model).stem)  # before any work: it names files and C
    parsed = read_model(model)  # a clear error, naming the file, for one that is no .tflite
    rows = _load_rows(inputs, _specs(parsed, model, reference)[0], samples)
    label_rows = None if labels is None else np.load(labels)[:len(rows)]
    if label_rows is not None and len(label_rows) != len(rows):
        raise HilError(f"{labels} has {len(label_rows)} labels for {len(rows)} input rows")
    return custom_workload(model, rows, label_rows, reference=reference)


def custom_workload(model: Path, rows: np.ndarray, labels: np.ndarray | None = None,
                    task: str = "classification", metric: str = "accuracy",
                    reference: bool = True) -> Workload:
    """A user's model on input rows already in its input dtype; labels make `metric` count.
    Without `reference`, no reference outputs (a cost-only run)."""
    name = checked_name("model name", Path(model).stem)
    parsed = read_model(model)
    input_spec, output_spec = _specs(parsed, model, reference)
    float_inputs = dequantize(rows, input_spec) if task == "anomaly" else None
    return Workload(
        model_name=name, variant="custom", model=parsed, inputs=rows,
        reference=reference_outputs(parsed.raw, rows) if reference else None,
        input_spec=input_spec, output_spec=output_spec, labels=labels,
        float_inputs=float_inputs,
        task=task if labels is not None else None, metric=metric if labels is not None else None)


def _specs(parsed: TfliteModel, model: Path, reference: bool) -> tuple[TensorSpec, TensorSpec]:
    """The input and output specs, from the TFLM reference, or from the file itself for a
    cost-only run (TFLM never sees the model)."""
    if reference:
        oracle = Tflm(parsed.raw, Path(model).name)
        return oracle.input_spec, oracle.output_spec
    return tensor_spec(parsed.input_tensors()), tensor_spec(parsed.output_tensors())


def tensor_spec(tensors: list[Tensor]) -> TensorSpec:
    """The spec of a model's only input or output, read from the .tflite itself."""
    if len(tensors) != 1:
        raise UnsupportedModelError(
            f"the model has {len(tensors)} inputs or outputs where the harness evaluates "
            "single-input, single-output models")
    tensor = tensors[0]
    quantized = tensor.quantization is not None and tensor.dtype != np.float32
    return TensorSpec(tuple(tensor.shape), tensor.dtype,
                      tensor.quantization.scale if quantized else 0.0,
                      tensor.quantization.zero_point if quantized else 0)


def _load_rows(path: Path, spec: TensorSpec, samples: int | None) -> np.ndarray:
    data = np.load(path)
    per_sample = int(np.prod(spec.shape[1:]))
    if data.size % per_sample:
        raise HilError(f"{path} holds {data.size} values, not a whole number of samples of shape "
                       f"{spec.shape[1:]} ({per_sample} values each)")
    rows = data.reshape((-1, *spec.shape[1:]))[:samples]
    if np.issubdtype(rows.dtype, np.floating) and spec.quantized:
        return quantize(rows, spec)
    if rows.dtype != spec.dtype:
        raise HilError(f"{path} holds {rows.dtype} values; the model's input is {spec.dtype} "
                       "(give float inputs to have them quantized)")
    return rows
