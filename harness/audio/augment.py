"""Training-time changes of normalised MFCC batches (batch, 49 frames, 10 coefficients, 1), so
that every epoch hears the words a little differently: a shift in time (the word earlier or
later, the edge frames repeated), and SpecAugment's masks (Park et al. 2019): a run of frames
and a run of coefficients set to 0, the training mean. They stand for what new voices and
rooms change: timing, and parts of the spectrum the model must not rely on alone."""

from __future__ import annotations

import numpy as np

MAX_SHIFT = 5  # frames of 20 ms: +-100 ms, as far again as mix.py places words
MAX_TIME_MASK = 6  # frames
MAX_COEFFICIENT_MASK = 2  # of 10


def augmented(batch: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A changed copy of `batch`, each sample with its own shift and masks."""
    frames, coefficients = batch.shape[1], batch.shape[2]
    shifts = rng.integers(-MAX_SHIFT, MAX_SHIFT + 1, size=len(batch))
    source = np.clip(np.arange(frames)[np.newaxis, :] - shifts[:, np.newaxis], 0, frames - 1)
    out = np.take_along_axis(batch, source[:, :, np.newaxis, np.newaxis], axis=1)
    out[_band(rng, len(batch), frames, MAX_TIME_MASK)[:, :, np.newaxis, np.newaxis]
        .repeat(coefficients, axis=2)] = 0.0
    out[_band(rng, len(batch), coefficients, MAX_COEFFICIENT_MASK)[:, np.newaxis, :, np.newaxis]
        .repeat(frames, axis=1)] = 0.0
    return out


def _band(rng: np.random.Generator, samples: int, size: int, longest: int) -> np.ndarray:
    """(samples, size) bool: a run of 0..longest positions at a random place in each row."""
    widths = rng.integers(0, longest + 1, size=samples)
    starts = rng.integers(0, size - widths + 1)
    positions = np.arange(size)[np.newaxis, :]
    return (positions >= starts[:, np.newaxis]) & (positions < (starts + widths)[:, np.newaxis])
