"""espeak-ng + sox synthesis: deterministic bytes, words cut where spoken, clear errors."""

import dataclasses

import numpy as np
import pytest

from harness.audio import generate, plan, synth


def sessions(seed: int, speakers=("m3", "f2")) -> list[plan.Session]:
    return plan.plan_sessions(list(speakers), ("yes", "no", "stop"), ("marvin", "tree"), 1, seed,
                              unknown_per_session=1)


def recorded_bytes(seed: int) -> bytes:
    return b"".join(clip.tobytes() for session in sessions(seed)
                    for clip, _ in generate.record_session(session))


def test_the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes():
    first = recorded_bytes(7)
    assert first == recorded_bytes(7)
    assert first != recorded_bytes(8)


def test_a_session_gives_one_clip_per_word_plus_silence():
    session = sessions(3)[0]
    clips = generate.record_session(session)
    assert len(clips) == len(session.words) + session.silences == 5
    assert [word for _, word in clips] == [w.text for w in session.words] + [generate.SILENCE]
    assert all(clip.shape == (16000,) and clip.dtype == np.int16 for clip, _ in clips)


def test_each_cut_holds_one_word_of_plausible_length():
    for session in sessions(5, speakers=("whisper", "klatt", "robosoft", "f5")):
        for audio in synth.speak_session(session):
            seconds = len(audio) / synth.SAMPLE_RATE
            assert 0.3 < seconds < 1.6, (session.speaker, seconds)
            middle = audio[len(audio) // 4: 3 * len(audio) // 4]
            assert np.abs(middle).max() > 10 * np.abs(audio[:200]).max()  # speech, then pauses


def spoken(accent: str, variant: str, changes: tuple[str, ...] = ()) -> bytes:
    session = dataclasses.replace(sessions(1)[0], accent=accent, variant=variant,
                                  speaker=variant.split(".")[0], voice_changes=changes,
                                  words=(plan.Word("yes", 100, 100),))
    return synth.speak_session(session)[0].tobytes()


@pytest.mark.parametrize("accent", plan.ACCENTS)
def test_every_accent_speaks_with_the_variant_asked_for(accent):
    # espeak-ng falls back to its default voice without a word when it cannot use a variant.
    default = spoken(accent, "no-such-variant")
    voices = [spoken(accent, "m3"), spoken(accent, "f2"), spoken(accent, "Mr serious"),
              spoken(accent, "m3.1", ("voicing 50", "breath 30 30 30"))]
    assert len({default, *voices}) == 5


def test_plans_are_seeded_per_session_not_by_order():
    both = plan.plan_sessions(["m1", "m2"], ("yes",), ("cat", "dog"), 2, seed=1)
    alone = plan.plan_sessions(["m1"], ("yes",), ("cat", "dog"), 2, seed=1)
    assert both[:2] == alone


def test_speakers_are_espeak_ngs_variants_without_the_echoing_ones():
    speakers = synth.speakers()
    assert len(speakers) > 90 and {"m3", "f2", "whisper", "klatt"} <= set(speakers)
    assert not any(name.startswith("RicishayMax") for name in speakers)


def test_a_missing_tool_names_the_debian_package(monkeypatch):
    monkeypatch.setattr(synth.shutil, "which", lambda name: None)
    synth.tool.cache_clear()
    try:
        with pytest.raises(synth.AudioToolError, match="Debian package espeak-ng"):
            synth.tool("espeak-ng")
    finally:
        synth.tool.cache_clear()
