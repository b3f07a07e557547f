"""The metric each recipe is judged by, computed from model outputs in float."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import roc_auc_score

# Each metric a recipe can be judged by, and whether a higher value is better ("none": benchmark
# models with random weights, which have no metric).
METRICS = {"accuracy": True, "mae": False, "roc_auc": True, "none": True}


def higher_is_better(metric: str | None) -> bool:
    """True for accuracy-like metrics, False for error metrics (MAE); unknown names count as
    accuracy-like."""
    return METRICS.get(metric or "", True)


def score(task: str, x: np.ndarray, y: np.ndarray, outputs: np.ndarray) -> float:
    """Accuracy, MAE or ROC AUC of `outputs` (dequantized model outputs) on inputs x, labels y."""
    outputs = outputs.reshape(len(y), -1)
    if task == "classification":
        return float(np.mean(np.argmax(outputs, axis=1) == y))
    if task == "regression":
        return float(np.mean(np.abs(outputs - y.reshape(len(y), -1))))
    if task == "anomaly":
        return float(roc_auc_score(y, reconstruction_error(x, outputs)))
    if task == "benchmark":
        return float("nan")  # random weights: there is no accuracy to speak of
    raise ValueError(f"unknown task {task!r}")


def reconstruction_error(x: np.ndarray, outputs: np.ndarray) -> np.ndarray:
    """Mean squared error per sample: the anomaly score of an autoencoder."""
    return np.mean((outputs.reshape(len(x), -1) - x.reshape(len(x), -1)) ** 2, axis=1)
