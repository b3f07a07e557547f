"""The keyword data set: classes, voice families as groups, and the content-addressed cache."""

import numpy as np
import pytest

from harness.audio import speech_commands, synth

SPEAKERS = ("m1", "f3", "klatt2")


@pytest.fixture
def artifacts(tmp_path, monkeypatch):
    monkeypatch.setenv("HIL_ARTIFACTS_DIR", str(tmp_path))
    return tmp_path


def test_a_small_set_has_every_class_and_its_speakers(artifacts):
    data = speech_commands.load(5, speakers=SPEAKERS, sessions_per_speaker=1, made_up_voices=0)
    per_speaker = len(speech_commands.KEYWORDS) + 2 + 1  # keywords, two unknown words, silence
    assert data.x.shape == (3 * per_speaker, 49, 10, 1) and data.x.dtype == np.float32
    assert data.class_names[:2] == ("silence", "unknown")
    assert np.bincount(data.y).tolist() == [3, 6] + [3] * len(speech_commands.KEYWORDS)
    assert sorted(set(data.groups.tolist())) == ["f", "klatt", "m"]
    assert (np.unique(data.groups, return_counts=True)[1] == per_speaker).all()


def test_voice_families_join_numbered_siblings_only():
    families = speech_commands.voice_family(np.array(["m3", "klatt", "klatt4", "Gene2",
                                                      "whisperf", "Mr serious"]))
    assert families.tolist() == ["m", "klatt", "klatt", "Gene", "whisperf", "Mr serious"]


def test_a_second_load_reads_the_cache_without_synthesising(artifacts, monkeypatch):
    first = speech_commands.load(5, speakers=SPEAKERS[:1], sessions_per_speaker=1, made_up_voices=0)

    def must_not_run(*args):
        raise AssertionError("synthesised again")

    monkeypatch.setattr(synth, "speak_session", must_not_run)
    second = speech_commands.load(5, speakers=SPEAKERS[:1], sessions_per_speaker=1,
                                  made_up_voices=0)
    assert np.array_equal(first.x, second.x) and np.array_equal(first.y, second.y)
    folders = list((artifacts / "datasets" / "speech_commands").iterdir())
    assert len(folders) == 1 and not any(".partial" in f.name for f in folders)


def test_another_seed_is_another_cache_entry(artifacts):
    speech_commands.load(5, speakers=SPEAKERS[:1], sessions_per_speaker=1, made_up_voices=0)
    speech_commands.load(6, speakers=SPEAKERS[:1], sessions_per_speaker=1, made_up_voices=0)
    assert len(list((artifacts / "datasets" / "speech_commands").iterdir())) == 2


def test_an_interrupted_build_leaves_no_finished_looking_folder(artifacts, monkeypatch):
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(synth, "speak_session", interrupted)
    with pytest.raises(KeyboardInterrupt):
        speech_commands.load(5, speakers=SPEAKERS[:1], sessions_per_speaker=1, made_up_voices=0)
    assert not list((artifacts / "datasets" / "speech_commands").iterdir())


def test_made_up_voices_only_train_and_sound_unlike_each_other(artifacts):
    data = speech_commands.load(5, speakers=SPEAKERS[:1], sessions_per_speaker=1,
                                made_up_voices=2)
    per_session = len(speech_commands.KEYWORDS) + 2 + 1
    sessions = speech_commands.MADE_UP_SESSIONS
    assert data.train_only.tolist() == [False] * per_session + [True] * 2 * sessions * per_session
    first, second = (data.x[per_session + k * sessions * per_session:][:per_session]
                     for k in (0, 1))
    assert not np.allclose(first, second)
