import numpy as np
import pytest

from harness.errors import DatasetMissingError
from harness.pipeline import datasets


def test_digits_are_the_bundled_1797_samples():
    data = datasets.digits(0)
    assert data.x.shape == (1797, 64) and set(np.unique(data.y)) == set(range(10))
    assert datasets.digits_images(0).x.shape == (1797, 8, 8, 1)


def test_vibration_spectra_are_seeded_and_labelled():
    first, second = datasets.vibration_spectra(5), datasets.vibration_spectra(5)
    assert np.array_equal(first.x, second.x)
    assert 0.15 < first.y.mean() < 0.35
    assert first.x.shape == (2400, 64)


def test_missing_mnist_says_where_to_put_it(tmp_path, monkeypatch):
    import keras

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("HIL_MNIST_PATH", raising=False)

    def offline(*args, **kwargs):
        raise OSError("network unreachable")

    monkeypatch.setattr(keras.datasets.mnist, "load_data", offline)
    with pytest.raises(DatasetMissingError, match=r"mnist\.npz") as error:
        datasets.mnist(0)
    assert "HIL_MNIST_PATH" in str(error.value)
