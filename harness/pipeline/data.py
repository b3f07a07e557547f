"""Train/validation/test splits and the input normalisation fitted on the training split."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.model_selection import train_test_split

SPLIT_FRACTIONS = (0.6, 0.2, 0.2)


@dataclass(frozen=True)
class Splits:
    train: np.ndarray  # sample indices into the data set
    validation: np.ndarray
    test: np.ndarray

    def save(self, path: Path) -> None:
        np.savez(path, train=self.train, validation=self.validation, test=self.test)

    @classmethod
    def load(cls, path: Path) -> Splits:
        with np.load(path) as data:
            return cls(data["train"], data["validation"], data["test"])


def make_splits(labels: np.ndarray, stratify: bool, seed: int) -> Splits:
    """A seeded 60/20/20 split; stratified by label for classifiers and anomaly detectors."""
    indices = np.arange(len(labels))
    strata = labels if stratify else None
    train, rest = train_test_split(indices, train_size=SPLIT_FRACTIONS[0], random_state=seed,
                                   stratify=strata)
    validation, test = train_test_split(rest, test_size=0.5, random_state=seed,
                                        stratify=labels[rest] if stratify else None)
    return Splits(np.sort(train), np.sort(validation), np.sort(test))


@dataclass(frozen=True)
class Normalizer:
    """x -> (x - mean) / std, with statistics from the training split only."""

    mean: np.ndarray
    std: np.ndarray

    def apply(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.std).astype(np.float32)

    def save(self, path: Path) -> None:
        np.savez(path, mean=self.mean, std=self.std)

    @classmethod
    def load(cls, path: Path) -> Normalizer:
        with np.load(path) as data:
            return cls(data["mean"], data["std"])


def fit_normalizer(x_train: np.ndarray, mode: str) -> Normalizer:
    """Per-feature statistics, or one mean/std for all features ("global", e.g. for images)."""
    if mode == "global":
        mean, std = np.float32(x_train.mean()), np.float32(x_train.std())
        return Normalizer(np.asarray(mean), np.asarray(max(std, 1e-6), dtype=np.float32))
    if mode != "per_feature":
        raise ValueError(f"unknown normalization {mode!r}; use 'per_feature' or 'global'")
    mean = x_train.mean(axis=0).astype(np.float32)
    std = x_train.std(axis=0).astype(np.float32)
    # Constant features (e.g. always-blank border pixels) would divide by zero.
    return Normalizer(mean, np.where(std < 1e-6, 1.0, std).astype(np.float32))
