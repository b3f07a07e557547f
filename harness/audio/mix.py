"""One-second clips from spoken words: placement in time, level, background noise; and
background-only "silence" clips. numpy makes the noise, seeded: sox's own noise generator
repeats the same noise in its repeatable (-R) mode.
"""

from __future__ import annotations

import numpy as np

SAMPLES = 16000  # one second at 16 kHz
NOISES = ("white", "pink", "brown", "hum")
_SHIFT = 1600  # a word's centre lands within +-100 ms of the clip's centre
_WORD_DB = -35.0  # samples this far below the peak are the room, not the word


def word_clip(word: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The word, trimmed to where it sounds, placed near the middle of a second, at a random
    peak level, over background noise four times in five."""
    clip = np.zeros(SAMPLES, dtype=np.float32)
    sound = _trimmed(word)[:SAMPLES]
    start = (SAMPLES - len(sound)) // 2 + int(rng.integers(-_SHIFT, _SHIFT + 1))
    start = int(np.clip(start, 0, SAMPLES - len(sound)))
    clip[start:start + len(sound)] = sound * (rng.uniform(0.1, 0.9) / np.abs(sound).max())
    if rng.random() < 0.8:
        clip += _scaled(background(rng), _rms(clip) * 10 ** (-rng.uniform(10.0, 35.0) / 20))
    return clip


def silence_clip(rng: np.random.Generator) -> np.ndarray:
    """Background noise alone, from nearly inaudible to clearly audible."""
    return _scaled(background(rng), 10 ** (rng.uniform(-70.0, -20.0) / 20))


def background(rng: np.random.Generator) -> np.ndarray:
    """A second of white, pink or brown noise, or mains hum with harmonics over a little noise."""
    kind = NOISES[int(rng.integers(len(NOISES)))]
    white = rng.standard_normal(SAMPLES)
    if kind == "white":
        return white.astype(np.float32)
    if kind == "hum":
        t = np.arange(SAMPLES) / SAMPLES
        base = rng.choice([50.0, 60.0])
        hum = sum(rng.uniform(0.2, 1.0) / k * np.sin(2 * np.pi * k * base * t + rng.uniform(0, 6.3))
                  for k in range(1, 6))
        return (hum + 0.05 * white).astype(np.float32)
    # Pink and brown noise: white noise shaped to 1/f and 1/f^2 power in the frequency domain.
    spectrum = np.fft.rfft(white)
    frequency = np.maximum(np.fft.rfftfreq(SAMPLES), 1.0 / SAMPLES)
    shaped = spectrum / (np.sqrt(frequency) if kind == "pink" else frequency)
    return np.fft.irfft(shaped, SAMPLES).astype(np.float32)


def to_int16(clip: np.ndarray) -> np.ndarray:
    """What a 16-bit microphone would record."""
    return np.round(np.clip(clip, -1.0, 1.0) * 32767).astype(np.int16)


def _trimmed(word: np.ndarray) -> np.ndarray:
    loud = np.flatnonzero(np.abs(word) >= np.abs(word).max() * 10 ** (_WORD_DB / 20))
    return word[loud[0]:loud[-1] + 1]


def _scaled(noise: np.ndarray, rms: float) -> np.ndarray:
    return (noise * (rms / max(_rms(noise), 1e-12))).astype(np.float32)


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64))))
