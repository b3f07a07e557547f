"""Group-aware 60/20/20 split: every group (e.g. a speaker) lands in exactly one split.

Kept apart from data.py on purpose: the train key hashes data.py, and a change there would
invalidate every cached model even though ungrouped splits stay the same.
"""

from __future__ import annotations

import numpy as np

from harness.pipeline.data import SPLIT_FRACTIONS, Splits


def make_group_splits(groups: np.ndarray, seed: int, train_only: np.ndarray | None = None
                      ) -> Splits:
    """Whole groups split 60/20/20 (see _split_groups); samples marked `train_only` join the
    training split whatever their group."""
    extra = np.flatnonzero(train_only) if train_only is not None else np.array([], np.int64)
    held = np.setdiff1d(np.arange(len(groups)), extra)
    splits = _split_groups(groups[held], seed)
    return Splits(np.sort(np.concatenate([held[splits.train], extra])),
                  held[splits.validation], held[splits.test])


def _split_groups(groups: np.ndarray, seed: int) -> Splits:
    """Whole groups, shuffled with the seed, fill train, validation and test in turn; a group
    goes where the middle of its samples falls, so the sample fractions come close to 60/20/20."""
    names, inverse, counts = np.unique(groups, return_inverse=True, return_counts=True)
    if len(names) < 3:
        raise ValueError(f"a group-aware split needs at least 3 groups, got {len(names)}")
    order = np.random.default_rng(seed).permutation(len(names))
    middles = (np.cumsum(counts[order]) - counts[order] / 2) / len(groups)
    part_of_group = np.empty(len(names), dtype=np.int64)
    part_of_group[order] = np.searchsorted(np.cumsum(SPLIT_FRACTIONS)[:2], middles)
    part = part_of_group[inverse]
    train, validation, test = (np.flatnonzero(part == k) for k in range(3))
    if not (len(train) and len(validation) and len(test)):
        raise ValueError(f"{len(names)} groups are too few or too uneven for a 60/20/20 split")
    return Splits(train, validation, test)
