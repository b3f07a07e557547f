"""Record planned sessions into one-second clips: espeak-ng and sox speak (synth), numpy places
the words and mixes in noise (mix). Two workers, each running one tool at a time."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from harness.audio import mix, synth
from harness.audio.plan import Session

SILENCE = ""  # what a background-only clip says
_WORKERS = 2


def write_recordings(sessions: list[Session], out: Path) -> None:
    """audio.npy: (clips, 16000) int16; said.npz: the word of each clip and its speaker."""
    with ThreadPoolExecutor(_WORKERS) as pool:
        recorded = list(pool.map(record_session, sessions))
    clips = [clip for session in recorded for clip, _ in session]
    words = [word for session in recorded for _, word in session]
    speakers = [s.speaker for s, session in zip(sessions, recorded, strict=True) for _ in session]
    np.save(out / "audio.npy", np.stack(clips))
    np.savez(out / "said.npz", word=np.array(words), speaker=np.array(speakers))


def record_session(session: Session) -> list[tuple[np.ndarray, str]]:
    """(int16 clip, word) for each word of the session, then its silence clips."""
    rng = np.random.default_rng(session.seed)
    spoken = synth.speak_session(session)
    clips = [(mix.to_int16(mix.word_clip(audio, rng)), word.text)
             for word, audio in zip(session.words, spoken, strict=True)]
    return clips + [(mix.to_int16(mix.silence_clip(rng)), SILENCE)
                    for _ in range(session.silences)]
