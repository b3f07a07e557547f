"""A Speech-Commands-like keyword set made offline: ten keywords, "unknown" (other words of
Speech Commands) and "silence" (background noise), one-second 16 kHz clips.

Each clip's group is its speaker's voice family (espeak-ng variants m1..m8, klatt..klatt6,
iven..iven4 and the like differ in a few settings only), so a split by groups keeps every
validation and test voice, and its siblings, out of training.

Audio and features are cached in the artifacts folder (.hil/artifacts/datasets/speech_commands/):
the audio's key hashes the generator code, the words, the speakers, the seed and the tools'
versions; the features' key adds the front end's code. A second load reads two files per set of
speakers. The made-up voices are sets of their own, a hundred voices each, so the espeak-ng
voices' cache, and the made-up sets made before, stay when their number grows.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import numpy as np

from harness.audio import cache, features, generate, mix, plan, synth, voices
from harness.pipeline.datasets import Dataset

KEYWORDS = ("yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go")
UNKNOWN_WORDS = ("backward", "bed", "bird", "cat", "dog", "eight", "five", "follow", "forward",
                 "four", "happy", "house", "learn", "marvin", "nine", "one", "seven", "sheila",
                 "six", "three", "tree", "two", "visual", "wow", "zero")
CLASS_NAMES = ("silence", "unknown", *KEYWORDS)
SESSIONS_PER_SPEAKER = 8
# espeak-ng has about 40 voice families; made-up voices (pitch range, formants, voice quality of
# their own) widen what training hears, so new real voices sound less new. Train-only: the
# accuracy is measured on espeak-ng's own voices.
MADE_UP_VOICES = 100
MADE_UP_SESSIONS = 5
MADE_UP_BATCH = 100  # voices per cached folder: adding voices keeps the folders made before


def load(seed: int, speakers: tuple[str, ...] | None = None,
         sessions_per_speaker: int = SESSIONS_PER_SPEAKER,
         made_up_voices: int = MADE_UP_VOICES) -> Dataset:
    """MFCC features (clips, 49, 10, 1), labels indexing CLASS_NAMES, voice families as groups;
    the clips of `made_up_voices` voices of voices.synthetic_voice are marked train-only."""
    real = _clips(seed, speakers or synth.speakers(), sessions_per_speaker)
    made_up = [_clips(seed, tuple(f"{voices.SYNTHETIC}{i}" for i in range(
        first, min(first + MADE_UP_BATCH, made_up_voices))), MADE_UP_SESSIONS)
        for first in range(0, made_up_voices, MADE_UP_BATCH)]
    x, y, speaker = (np.concatenate(column) for column in zip(real, *made_up, strict=True))
    return Dataset(x, y, CLASS_NAMES, voice_family(speaker),
                   train_only=np.arange(len(y)) >= len(real[1]))


def _clips(seed: int, speakers: tuple[str, ...], sessions_per_speaker: int
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, speakers) of the speakers' recordings."""
    audio_dir = recordings(seed, speakers, sessions_per_speaker)
    features_key = cache.key(audio_dir.name, cache.source_digest(features),
                             metadata.version("tensorflow"))
    feature_dir = cache.built(audio_dir / f"features-{features_key}", lambda tmp: np.save(
        tmp / "mfcc.npy", features.mfcc(np.load(audio_dir / "audio.npy"))), {"of": "mfcc"})
    with np.load(audio_dir / "said.npz") as said:
        labels = np.array([label_of(word) for word in said["word"]], dtype=np.int64)
        mfcc = np.load(feature_dir / "mfcc.npy")[..., np.newaxis]
        return mfcc, labels, said["speaker"].astype(str)


def recordings(seed: int, speakers: tuple[str, ...], sessions_per_speaker: int) -> Path:
    """The cached folder of generate.write_recordings."""
    settings = {"keywords": KEYWORDS, "unknown": UNKNOWN_WORDS, "speakers": speakers,
                "sessions_per_speaker": sessions_per_speaker, "seed": seed,
                "tools": synth.tool_versions()}
    key = cache.key(json.dumps(settings, sort_keys=True),
                    cache.source_digest(plan, synth, mix, voices, generate))
    sessions = plan.plan_sessions(list(speakers), KEYWORDS, UNKNOWN_WORDS, sessions_per_speaker,
                                  seed)
    return cache.built(cache.data_folder("speech_commands", key),
                       lambda tmp: generate.write_recordings(sessions, tmp), settings)


def label_of(word: str) -> int:
    if word == generate.SILENCE:
        return CLASS_NAMES.index("silence")
    return CLASS_NAMES.index(word) if word in KEYWORDS else CLASS_NAMES.index("unknown")


def voice_family(speakers: np.ndarray) -> np.ndarray:
    """"m3" -> "m", "klatt4" -> "klatt", "Gene2" -> "Gene", "whisperf" -> "whisperf"."""
    return np.char.rstrip(speakers.astype(str), "0123456789")
