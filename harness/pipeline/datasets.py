"""Data sets for the model zoo. Everything here is bundled or synthetic, except MNIST."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from harness.errors import DatasetMissingError


@dataclass(frozen=True)
class Dataset:
    x: np.ndarray  # float32 features, one row per sample
    y: np.ndarray  # int labels (classification, anomaly: 1 = faulty) or float targets
    class_names: tuple[str, ...] = ()
    # Who or what produced each sample (e.g. the speaker): when given, the splits keep every
    # group within one split, so the test measures generalisation to unseen groups.
    groups: np.ndarray | None = None
    # Samples that only ever train (e.g. made-up voices that stand for no real speaker): they
    # never enter validation or test, which measure the real groups alone.
    train_only: np.ndarray | None = None  # bool, one per sample


def sine(seed: int, samples: int = 1000) -> Dataset:
    """y = sin(x) + noise on [0, 2*pi): the TFLM "hello world" regression."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 2.0 * np.pi, size=(samples, 1)).astype(np.float32)
    y = (np.sin(x) + rng.normal(0.0, 0.1, size=x.shape)).astype(np.float32)
    return Dataset(x, y)


def digits(seed: int) -> Dataset:
    """scikit-learn's bundled 8x8 handwritten digits (1,797 samples), pixels 0..16."""
    from sklearn.datasets import load_digits

    bunch = load_digits()
    return Dataset(bunch.data.astype(np.float32), bunch.target.astype(np.int64),
                   tuple(str(d) for d in range(10)))


def digits_images(seed: int) -> Dataset:
    """The same digits as 8x8x1 images, for convolutional models."""
    flat = digits(seed)
    return Dataset(flat.x.reshape(-1, 8, 8, 1), flat.y, flat.class_names)


def vibration_spectra(seed: int, samples: int = 2400, bins: int = 64,
                      faulty_fraction: float = 0.25) -> Dataset:
    """Synthetic machine-vibration log spectra: normal vs faulty (label 1).

    A normal machine shows its rotation frequency and harmonics over a noise floor. Faulty ones
    add a bearing-defect tone with sidebands, or a raised broadband floor (looseness).
    """
    rng = np.random.default_rng(seed)
    labels = (rng.random(samples) < faulty_fraction).astype(np.int64)
    spectra = np.stack([_vibration_spectrum(rng, bins, bool(faulty)) for faulty in labels])
    return Dataset(spectra.astype(np.float32), labels, ("normal", "faulty"))


def _vibration_spectrum(rng: np.random.Generator, bins: int, faulty: bool) -> np.ndarray:
    n = bins * 2
    t = np.arange(n) / n
    rotation = rng.uniform(5.0, 7.0)
    signal = sum(_tone(rng, t, k * rotation, rng.uniform(0.5, 1.0) / k) for k in range(1, 5))
    noise_level = rng.uniform(0.04, 0.12)
    if faulty and rng.random() < 0.5:
        defect = rng.uniform(25.0, 45.0)
        signal = signal + sum(_tone(rng, t, defect + offset, rng.uniform(0.05, 0.25))
                              for offset in (-rotation, 0.0, rotation))
    elif faulty:
        noise_level = rng.uniform(0.1, 0.22)
    signal = signal + rng.normal(0.0, noise_level, n)
    return np.log1p(np.abs(np.fft.rfft(signal * np.hanning(n)))[:bins])


def _tone(rng: np.random.Generator, t: np.ndarray, frequency: float, amplitude: float):
    return amplitude * np.sin(2 * np.pi * frequency * t + rng.uniform(0.0, 2 * np.pi))


def random_inputs(shape: tuple[int, ...], classes: int, samples: int = 60):
    """A loader of seeded normal-distributed inputs and random labels, for benchmark models
    whose weights are random too (cost and agreement are measured, not accuracy)."""

    def load(seed: int) -> Dataset:
        rng = np.random.default_rng(seed)
        x = rng.normal(0.0, 1.0, size=(samples, *shape)).astype(np.float32)
        return Dataset(x, rng.integers(0, classes, samples).astype(np.int64))

    return load


MNIST_URL = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/mnist.npz"


def mnist(seed: int) -> Dataset:
    """MNIST via keras.datasets (train and test parts merged; the pipeline re-splits)."""
    path = _mnist_path()
    with np.load(path) as data:
        x = np.concatenate([data["x_train"], data["x_test"]]).reshape(-1, 784).astype(np.float32)
        y = np.concatenate([data["y_train"], data["y_test"]]).astype(np.int64)
    return Dataset(x, y, tuple(str(d) for d in range(10)))


def _mnist_path() -> Path:
    explicit = os.environ.get("HIL_MNIST_PATH")
    cached = Path.home() / ".keras" / "datasets" / "mnist.npz"
    if explicit:
        if not Path(explicit).is_file():
            raise DatasetMissingError(f"HIL_MNIST_PATH={explicit} does not exist")
        return Path(explicit)
    if cached.is_file():
        return cached
    try:
        import keras

        keras.datasets.mnist.load_data()
        return cached
    except Exception as exc:
        raise DatasetMissingError(
            f"MNIST is not cached and could not be downloaded ({type(exc).__name__}); download "
            f"{MNIST_URL} and put it at {cached}, or set HIL_MNIST_PATH to its location"
        ) from None
