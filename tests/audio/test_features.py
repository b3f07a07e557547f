"""The MFCC front end: MLPerf KWS shape, finite and in a sane range, following loudness."""

import numpy as np
import pytest

from harness.audio import features, mix


def tone(amplitude: float, hz: float = 440.0) -> np.ndarray:
    t = np.arange(16000) / 16000
    return mix.to_int16(amplitude * np.sin(2 * np.pi * hz * t))


def test_one_second_gives_49_frames_of_10_coefficients():
    rng = np.random.default_rng(0)
    clips = np.stack([tone(0.5), mix.to_int16(mix.silence_clip(rng)), np.zeros(16000, np.int16)])
    out = features.mfcc(clips)
    assert out.shape == (3, 49, 10) and out.dtype == np.float32
    assert np.isfinite(out).all()
    assert -150 < out.min() and out.max() < 100


def test_the_first_coefficient_follows_loudness():
    quiet, loud = features.mfcc(np.stack([tone(0.01), tone(0.5)]))[:, :, 0]
    assert (loud > quiet + 5).all()


def test_a_tone_above_the_4_khz_mel_range_hardly_registers():
    inside, above = features.mfcc(np.stack([tone(0.5, hz=1000.0), tone(0.5, hz=6000.0)]))
    assert (inside[:, 0] > above[:, 0] + 30).all()


def test_features_batch_the_same_as_one_by_one():
    rng = np.random.default_rng(1)
    clips = np.stack([mix.to_int16(mix.silence_clip(rng)) for _ in range(3)])
    together = features.mfcc(clips)
    apart = np.concatenate([features.mfcc(clip[np.newaxis]) for clip in clips])
    assert np.allclose(together, apart, atol=1e-4)


def test_audio_that_is_not_one_second_is_refused():
    with pytest.raises(ValueError, match="one second of 16 kHz"):
        features.mfcc(np.zeros((2, 8000), np.int16))
