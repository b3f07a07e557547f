"""More voices from espeak-ng's own: a session may speak with a copy of its speaker's variant
whose voice quality is changed (breath, voicing, echo, tone, flutter, roughness, consonant noise,
vowel formants; the attributes espeak-ng's voices.md documents). Unusual held-out voices
(breathy, echoing, creaky, other tone) then resemble something heard in training, while every
copy stays with its speaker, so no held-out speaker leaks into training.

espeak-ng finds variants only in its data folder, so a copy goes into a private data folder
(symbolic links to the system's files plus the one new variant file), given to it with --path.
One copy per folder: with a few hundred extra variant files espeak-ng 1.51 stops finding any
variant and silently speaks every voice with its default one.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np


def voice_quality(rng: np.random.Generator) -> tuple[str, ...]:
    """Variant-file lines changing some voice-quality attributes, each with probability 1/2."""
    def values(count: int, low: int, high: int) -> str:
        return " ".join(str(v) for v in rng.integers(low, high + 1, size=count))

    options = (
        lambda: [f"formant {k} {values(1, 80, 125)} {values(1, 70, 130)} {values(1, 70, 150)}"
                 for k in range(1, 6)],
        lambda: [f"breath {values(6, 0, 40)}"],
        lambda: [f"voicing {int(rng.integers(25, 181))}"],
        lambda: [f"echo {int(rng.integers(10, 101))} {int(rng.integers(10, 41))}"],
        lambda: ["tone " + " ".join(f"{f} {a}" for f, a in zip(
            np.sort(rng.integers(200, 3001, size=3)), rng.integers(50, 256, size=3),
            strict=True))],
        lambda: [f"flutter {int(rng.integers(0, 26))}"],
        lambda: [f"roughness {int(rng.integers(0, 7))}"],
        lambda: [f"consonants {values(2, 40, 200)}"],
    )
    chosen = rng.random(len(options)) < 0.5
    return tuple(line for option, use in zip(options, chosen, strict=True) if use
                 for line in option())


SYNTHETIC = "synthetic-"  # speakers named so have a voice of their own, not espeak-ng's


def synthetic_voice(rng: np.random.Generator) -> tuple[str, ...]:
    """Variant-file lines of a new voice: its own pitch range, formants and voice quality."""
    low = int(rng.integers(60, 221))
    formants = (f"formant {k} {rng.integers(70, 136)} {rng.integers(50, 151)} "
                f"{rng.integers(50, 161)}" for k in range(9))
    return (f"pitch {low} {low + int(rng.integers(20, 121))}", *formants, *voice_quality(rng))


@contextlib.contextmanager
def espeak_data(system_data: Path, name: str, base: str, changes: tuple[str, ...]
                ) -> Iterator[Path]:
    """A folder to give espeak-ng as --path: the system's data plus variant `name`, a copy of
    variant `base` (nothing for a synthetic speaker) with the `changes` lines added (later lines
    override earlier ones)."""
    with tempfile.TemporaryDirectory(prefix="hil-espeak-") as folder:
        data = Path(folder) / "espeak-ng-data"
        _link_all_but(system_data, data, "voices")
        _link_all_but(system_data / "voices", data / "voices", "!v")
        _link_all_but(system_data / "voices" / "!v", data / "voices" / "!v", None)
        text = "language variant\n" if base.startswith(SYNTHETIC) else \
            (system_data / "voices" / "!v" / base).read_text(errors="replace")
        (data / "voices" / "!v" / name).write_text(text + "\n" + "\n".join(changes) + "\n")
        yield Path(folder)


def _link_all_but(source: Path, target: Path, excluded: str | None) -> None:
    target.mkdir(parents=True)
    for entry in source.iterdir():
        if entry.name != excluded:
            (target / entry.name).symlink_to(entry)
