"""Where TFLM comes from: explicit path > HIL_TFLM_PATH > the tflm setting > registry default."""

from __future__ import annotations

import pytest

from harness.backends.tflm.source import (
    CHIRALE_2_0_0,
    LocalTree,
    TflmLibraryError,
    resolve_source,
)


@pytest.fixture(autouse=True)
def _no_tflm_environment(monkeypatch):
    monkeypatch.delenv("HIL_TFLM_PATH", raising=False)
    monkeypatch.delenv("HIL_TFLM", raising=False)


def test_explicit_path_beats_the_environment(fake_tree, tmp_path, monkeypatch, nano_like_board):
    chosen = fake_tree()
    other = tmp_path / "elsewhere"
    other.mkdir()
    monkeypatch.setenv("HIL_TFLM_PATH", str(other))
    assert resolve_source(nano_like_board, explicit=chosen, config={}) == LocalTree(chosen)


def test_environment_beats_config_and_registry(fake_tree, monkeypatch, nano_like_board):
    chosen = fake_tree()
    monkeypatch.setenv("HIL_TFLM_PATH", str(chosen))
    source = resolve_source(nano_like_board, config={"tflm": "/nonexistent"})
    assert source == LocalTree(chosen)


def test_config_file_beats_registry_default(fake_tree, nano_like_board):
    chosen = fake_tree()
    assert resolve_source(nano_like_board, config={"tflm": str(chosen)}) == LocalTree(chosen)


def test_registry_library_is_the_default_for_a_registry_board(nano_like_board):
    source = resolve_source(nano_like_board, config={})
    assert source == CHIRALE_2_0_0
    assert source.lib_dep == "spaziochirale/Chirale_TensorFLowLite@2.0.0"


def test_emulated_board_without_a_tree_names_the_fix(emulated_board):
    with pytest.raises(TflmLibraryError, match="HIL_TFLM_PATH"):
        resolve_source(emulated_board, config={})


def test_path_that_is_not_a_tflm_tree_is_refused(tmp_path, monkeypatch, emulated_board):
    monkeypatch.setenv("HIL_TFLM_PATH", str(tmp_path))
    with pytest.raises(TflmLibraryError, match="not a TFLM library"):
        resolve_source(emulated_board, config={})


def test_missing_folder_is_refused(tmp_path, emulated_board):
    with pytest.raises(TflmLibraryError, match="not a folder"):
        resolve_source(emulated_board, explicit=tmp_path / "missing", config={})
