import numpy as np
import pytest

from harness.pipeline.data import Normalizer, fit_normalizer, make_splits


def test_split_is_60_20_20_disjoint_and_complete():
    labels = np.repeat(np.arange(5), 200)
    splits = make_splits(labels, stratify=True, seed=1)
    sizes = [len(splits.train), len(splits.validation), len(splits.test)]
    assert sizes == [600, 200, 200]
    union = np.concatenate([splits.train, splits.validation, splits.test])
    assert sorted(union.tolist()) == list(range(1000))


def test_split_is_stratified_for_classifiers():
    labels = np.array([0] * 900 + [1] * 100)
    splits = make_splits(labels, stratify=True, seed=3)
    for part in (splits.train, splits.validation, splits.test):
        assert labels[part].mean() == pytest.approx(0.1, abs=0.01)


def test_split_is_seeded():
    labels = np.arange(100) % 4
    first, second = make_splits(labels, True, seed=7), make_splits(labels, True, seed=7)
    other = make_splits(labels, True, seed=8)
    assert np.array_equal(first.test, second.test)
    assert not np.array_equal(first.test, other.test)


def test_split_round_trips_through_a_file(tmp_path):
    splits = make_splits(np.arange(50) % 2, True, seed=0)
    splits.save(tmp_path / "s.npz")
    loaded = type(splits).load(tmp_path / "s.npz")
    assert np.array_equal(loaded.validation, splits.validation)


def test_normalizer_uses_training_statistics_and_survives_constant_features(tmp_path):
    x = np.array([[1.0, 5.0], [3.0, 5.0]], dtype=np.float32)
    normalizer = fit_normalizer(x, "per_feature")
    assert np.allclose(normalizer.apply(x), [[-1.0, 0.0], [1.0, 0.0]])
    normalizer.save(tmp_path / "n.npz")
    assert np.allclose(Normalizer.load(tmp_path / "n.npz").std, normalizer.std)


def test_global_normalizer_has_one_mean_and_std():
    x = np.arange(12, dtype=np.float32).reshape(3, 2, 2)
    normalizer = fit_normalizer(x, "global")
    assert normalizer.mean.size == 1
    assert abs(float(normalizer.apply(x).mean())) < 1e-6
