"""Speak a session's words with espeak-ng and pass them through sox (pitch, room, microphone,
resampling to 16 kHz). Subprocesses get argument lists, never a shell.

One espeak-ng call speaks all the session's words with long breaks between them (starting the
program costs more than speaking a word); the recording is cut in the middle of its longest
quiet stretches, one fewer than there are words (a variant's echo can fill part of a break, so
a plain silence detector would not do).
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np

from harness.audio import voices
from harness.audio.plan import Session
from harness.errors import HilError

SAMPLE_RATE = 16000
ESPEAK_RATE = 22050  # espeak-ng's own output rate
BREAK_MS = 600
_QUIET_DB = -45.0  # relative to the recording's peak
_PAUSE = int(0.15 * ESPEAK_RATE)  # a break stays at least this quiet; no word holds so long a gap
# Their echo rings for over a second: it fills the breaks and smears words into each other.
_UNUSABLE_VARIANTS = ("RicishayMax", "RicishayMax2", "RicishayMax3")
_AMPLITUDE = 60  # espeak-ng -a: its default of 100 clips some variants


class AudioToolError(HilError):
    """espeak-ng or sox is missing or failed."""


def speak_session(session: Session) -> list[np.ndarray]:
    """Each of the session's words as float32 audio at 16 kHz, in the session's order."""
    speech = _espeak(session)
    cuts = _cuts(speech, len(session.words) - 1)
    if len(cuts) != len(session.words) - 1:
        raise AudioToolError(f"espeak-ng voice {session.accent}+{session.speaker} left only "
                             f"{len(cuts)} clear pauses between {len(session.words)} words")
    audio = _sox(speech, session)
    bounds = [0, *(round(c * SAMPLE_RATE / ESPEAK_RATE) for c in cuts), len(audio)]
    return [audio[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _espeak(session: Session) -> np.ndarray:
    pause = f'<break time="{BREAK_MS}ms"/>'
    ssml = "<speak>" + pause.join(
        f'<prosody pitch="{w.pitch_percent}%" rate="{w.rate_percent}%">{escape(w.text)}</prosody>'
        for w in session.words) + "</speak>"
    command = ["-m", "-v", f"{session.accent}+{session.variant}", "-a", str(_AMPLITUDE),
               "-p", str(session.pitch), "-s", str(session.speed), "--stdout", ssml]
    if not session.voice_changes:
        wav = _run([tool("espeak-ng"), *command])
    else:
        with voices.espeak_data(system_data(), session.variant, session.speaker,
                                session.voice_changes) as data:
            wav = _run([tool("espeak-ng"), f"--path={data}", *command])
    return np.frombuffer(wav[44:], dtype="<i2")  # the canonical 44-byte header espeak-ng writes


def _cuts(speech: np.ndarray, count: int) -> list[int]:
    """The middles of the `count` longest quiet runs inside the recording, in time order (only
    those long enough to be a break)."""
    threshold = np.abs(speech).max() * 10 ** (_QUIET_DB / 20)
    quiet = np.concatenate([[False], np.abs(speech) < threshold, [False]])
    edges = np.flatnonzero(np.diff(quiet.astype(np.int8)))
    starts, ends = edges[0::2], edges[1::2]
    inside = (starts > 0) & (ends < len(speech))
    starts, ends = starts[inside], ends[inside]
    longest = np.sort(np.argsort(ends - starts, kind="stable")[::-1][:count])
    return [int(starts[k] + ends[k]) // 2 for k in longest if ends[k] - starts[k] >= _PAUSE]


def _sox(speech: np.ndarray, session: Session) -> np.ndarray:
    # 12 dB of headroom first: sox clips even float output, and the equalizer can add 10 dB.
    effects = ["gain", "-12", "pitch", str(session.cents),
               "equalizer", str(session.colour_hz), "1q", str(session.colour_db),
               "highpass", str(session.highpass_hz), "lowpass", str(session.lowpass_hz)]
    if session.reverb:
        effects += ["reverb", str(session.reverb)]
    raw = ["-t", "raw", "-e", "signed-integer", "-b", "16", "-c", "1", "-L"]
    floats = ["-t", "raw", "-e", "floating-point", "-b", "32", "-c", "1", "-L"]
    # -R: repeatable; float output is never dithered, so the bytes depend on the input only.
    out = _run([tool("sox"), "-R", *raw, "-r", str(ESPEAK_RATE), "-", *floats,
                "-r", str(SAMPLE_RATE), "-", *effects, "rate", str(SAMPLE_RATE)],
               stdin=speech.astype("<i2").tobytes())
    return np.frombuffer(out, dtype="<f4").copy()


def _run(command: list[str], stdin: bytes | None = None) -> bytes:
    result = subprocess.run(command, input=stdin, capture_output=True, check=False)
    if result.returncode != 0:
        raise AudioToolError(f"{command[0]} failed ({result.returncode}): "
                             f"{result.stderr.decode(errors='replace').strip()}")
    return result.stdout


@cache
def tool(name: str) -> str:
    """Path of espeak-ng or sox; an error naming the Debian package when it is missing."""
    path = shutil.which(name)
    if path is None:
        raise AudioToolError(f"{name} is not installed; install the Debian package {name} "
                             f"(apt-get install {name}, or run make setup)")
    return path


@cache
def speakers() -> tuple[str, ...]:
    """espeak-ng's voice variants (about 100), the speakers of the data set: the file names in
    its data folder, which is what -v LANGUAGE+VARIANT looks up (an unknown name falls back to
    the plain voice without a word, and `--voices=variant` lists display names)."""
    names = (path.name for path in (system_data() / "voices" / "!v").iterdir())
    return tuple(sorted(name for name in names if name not in _UNUSABLE_VARIANTS))


@cache
def system_data() -> Path:
    """espeak-ng's data folder (voices, dictionaries), as it reports it."""
    version = _run([tool("espeak-ng"), "--version"]).decode()
    return Path(version.split("Data at:")[1].strip())


@cache
def tool_versions() -> dict[str, str]:
    """The synthesis tools' versions: another version speaks other bytes."""
    return {name: _run([tool(name), "--version"]).decode().strip().splitlines()[0]
            for name in ("espeak-ng", "sox")}
