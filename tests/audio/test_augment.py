"""Training-time changes of MFCC batches: a time shift and SpecAugment's two masks."""

import numpy as np

from harness.audio import augment


def _batch(samples: int = 64) -> np.ndarray:
    # Frame t of every sample holds t + 1 in each coefficient: a shift shows as another value.
    frames = np.arange(1, 50, dtype=np.float32)[np.newaxis, :, np.newaxis, np.newaxis]
    return np.broadcast_to(frames, (samples, 49, 10, 1)).copy()


def test_each_sample_is_shifted_by_at_most_the_limit_and_masked_with_zeros():
    batch = _batch()
    out = augment.augmented(batch, np.random.default_rng(3))
    assert out.shape == batch.shape and out.dtype == batch.dtype
    for sample in out[..., 0]:
        heard = sample != 0
        assert np.abs(sample - batch[0, ..., 0])[heard].max() <= augment.MAX_SHIFT
        assert (~heard).all(axis=1).sum() <= augment.MAX_TIME_MASK  # whole frames masked
        assert (~heard).all(axis=0).sum() <= augment.MAX_COEFFICIENT_MASK
    assert (out == 0).any() and not (out == batch).all()
    assert (batch == _batch()).all()  # the input is left alone


def test_changes_come_from_the_generator_alone():
    batch = _batch()
    first = augment.augmented(batch, np.random.default_rng(7))
    again = augment.augmented(batch, np.random.default_rng(7))
    other = augment.augmented(batch, np.random.default_rng(8))
    assert (first == again).all() and not (first == other).all()
