import numpy as np
import pytest

from harness.pipeline.data import make_splits
from harness.pipeline.groups import make_group_splits


def speakers(count: int, per_speaker: int = 10) -> np.ndarray:
    return np.repeat([f"speaker{i}" for i in range(count)], per_speaker)


def test_no_group_is_in_two_splits_and_every_sample_is_in_one():
    groups = speakers(50)
    splits = make_group_splits(groups, seed=3)
    parts = [set(groups[p]) for p in (splits.train, splits.validation, splits.test)]
    assert not (parts[0] & parts[1] or parts[0] & parts[2] or parts[1] & parts[2])
    union = np.concatenate([splits.train, splits.validation, splits.test])
    assert sorted(union.tolist()) == list(range(len(groups)))


def test_sample_fractions_come_close_to_60_20_20_with_uneven_groups():
    rng = np.random.default_rng(0)
    groups = np.repeat(np.arange(70), rng.integers(20, 120, size=70))
    splits = make_group_splits(groups, seed=1)
    fractions = [len(p) / len(groups) for p in (splits.train, splits.validation, splits.test)]
    assert fractions == pytest.approx([0.6, 0.2, 0.2], abs=0.05)


def test_group_split_is_seeded():
    groups = speakers(30)
    first, second = make_group_splits(groups, 7), make_group_splits(groups, 7)
    assert np.array_equal(first.test, second.test)
    assert not np.array_equal(first.test, make_group_splits(groups, 8).test)


def test_too_few_groups_is_an_error_that_says_so():
    with pytest.raises(ValueError, match="at least 3 groups"):
        make_group_splits(speakers(2), seed=0)


def test_ungrouped_data_keeps_the_stratified_split():
    from harness.pipeline.artifacts import _make_splits
    from harness.pipeline.datasets import Dataset
    from harness.pipeline.recipe import get_recipe

    labels = np.arange(200) % 4
    dataset = Dataset(np.zeros((200, 2), np.float32), labels)
    expected = make_splits(labels, stratify=True, seed=get_recipe("digits_mlp").seed)
    assert np.array_equal(_make_splits(get_recipe("digits_mlp"), dataset).test, expected.test)


def test_train_only_samples_train_and_leave_the_other_splits_as_they_were():
    groups = np.concatenate([speakers(30), speakers(5)])  # the last 50: made-up voices
    train_only = np.arange(len(groups)) >= 300
    splits = make_group_splits(groups, 7, train_only)
    alone = make_group_splits(groups[:300], 7)
    assert np.array_equal(splits.test, alone.test)
    assert np.array_equal(splits.validation, alone.validation)
    assert np.array_equal(splits.train, np.concatenate([alone.train, np.arange(300, 350)]))
