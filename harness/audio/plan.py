"""What to synthesise: seeded sessions of one speaker saying several words.

A session is one espeak-ng call: a speaker (an espeak-ng voice variant, which sets the voice's
timbre; in three sessions of four with its voice quality changed, see voices.py) with an English
accent, a pitch and speed, a room (reverb) and a microphone (colour, band limits), saying its
words with a little prosody jitter each. Every number comes from a generator
seeded with (seed, speaker, session), so a session does not depend on the order of the others.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from harness.audio.voices import SYNTHETIC, synthetic_voice, voice_quality

# espeak-ng's English accents; other languages' letter-to-sound rules turn English words into
# other words (German reads "right" as /rɪçt/), which would mislabel the clips. British English
# is "en": espeak-ng 1.51 ignores the variant of "en-gb+VARIANT" without a word.
ACCENTS = ("en-us", "en-us-nyc", "en", "en-gb-scotland", "en-gb-x-rp", "en-gb-x-gbclan",
           "en-gb-x-gbcwmd", "en-029")


@dataclass(frozen=True)
class Word:
    text: str
    pitch_percent: int  # SSML prosody relative to the session's pitch and speed
    rate_percent: int


@dataclass(frozen=True)
class Session:
    speaker: str  # espeak-ng voice variant, e.g. "m3"
    variant: str  # the variant espeak-ng speaks with: the speaker's, or a changed copy of it
    voice_changes: tuple[str, ...]  # variant-file lines making the copy; none for the speaker's
    accent: str
    pitch: int  # espeak-ng -p, 0..99
    speed: int  # espeak-ng -s, words per minute
    cents: int  # sox pitch shift: moves the formants too, like another vocal tract length
    colour_hz: int  # sox equalizer: a resonance or notch, like a voice's or microphone's colour
    colour_db: int
    reverb: int  # sox reverberance in percent; 0 is a dry room
    highpass_hz: int
    lowpass_hz: int
    words: tuple[Word, ...]
    silences: int  # background-only clips recorded in the same session
    seed: tuple[int, ...]  # seeds the mixing (placement, gain, noise) of this session's clips


def plan_sessions(speakers: list[str], keywords: tuple[str, ...], unknown_words: tuple[str, ...],
                  sessions_per_speaker: int, seed: int, unknown_per_session: int = 2
                  ) -> list[Session]:
    """Every speaker says every keyword once per session, plus a few other words and silence."""
    return [_session(speaker, keywords, unknown_words, unknown_per_session, (seed, s, k))
            for s, speaker in enumerate(speakers) for k in range(sessions_per_speaker)]


def _session(speaker: str, keywords: tuple[str, ...], unknown_words: tuple[str, ...],
             unknown_count: int, seed: tuple[int, ...]) -> Session:
    rng = np.random.default_rng(seed)
    changes = voice_quality(rng) if rng.random() < 3 / 4 else ()
    if speaker.startswith(SYNTHETIC):  # the same voice in every session
        own = np.random.default_rng((seed[0], int(speaker.removeprefix(SYNTHETIC))))
        changes = synthetic_voice(own) + changes
    texts = [*keywords, *rng.choice(unknown_words, size=unknown_count, replace=False)]
    words = tuple(Word(str(text), int(rng.integers(85, 116)), int(rng.integers(85, 116)))
                  for text in rng.permutation(texts))
    dry = rng.random() < 0.6
    return Session(
        speaker=speaker, variant=f"{speaker}.{seed[-1]}" if changes else speaker,
        voice_changes=changes, accent=str(rng.choice(ACCENTS)), pitch=int(rng.integers(0, 100)),
        speed=int(rng.integers(130, 201)), cents=int(rng.integers(-500, 501)),
        colour_hz=int(rng.integers(300, 3001)), colour_db=int(rng.integers(-10, 11)),
        reverb=0 if dry else int(rng.integers(10, 71)),
        highpass_hz=int(rng.integers(50, 301)), lowpass_hz=int(rng.integers(3500, 7501)),
        words=words, silences=1, seed=(*seed, 1))
