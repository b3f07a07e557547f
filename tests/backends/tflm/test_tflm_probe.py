"""What a TFLM library supports, read from its sources: the per-channel FULLY_CONNECTED probe."""

from __future__ import annotations

import pytest

from harness.backends.tflm.probe import PerChannelFc, TflmLibraryError, library_root, probe_tree


def test_tree_with_the_per_channel_field_supports_it(fake_tree):
    capabilities = probe_tree(fake_tree(per_channel=True))
    assert capabilities.per_channel_fully_connected is PerChannelFc.SUPPORTED
    assert capabilities.optimized_kernels == "cmsis_nn"


def test_tree_without_it_computes_wrong_outputs(fake_tree):
    capabilities = probe_tree(fake_tree(per_channel=False))
    assert capabilities.per_channel_fully_connected is PerChannelFc.WRONG_OUTPUTS


def test_tree_that_refuses_per_channel_weights_is_told_apart(fake_tree):
    capabilities = probe_tree(fake_tree(per_channel=False, refusal=True))
    assert capabilities.per_channel_fully_connected is PerChannelFc.REFUSED_AT_INIT


def test_reference_kernels_are_reported(fake_tree):
    assert probe_tree(fake_tree(cmsis_nn=False)).optimized_kernels == "reference"


def test_arduino_layout_is_found_under_src(fake_tree):
    path = fake_tree(layout="arduino")
    (path / "library.properties").write_text("name=SomeTFLM\nversion=2.0.0\n")
    assert library_root(path) == path / "src"
    assert probe_tree(path).version == "library version 2.0.0"


def test_a_folder_without_tflm_is_refused_with_the_fix(tmp_path):
    with pytest.raises(TflmLibraryError, match="create_tflm_tree.py"):
        probe_tree(tmp_path)


def test_the_real_tree_supports_per_channel_fully_connected(tflm_tree):
    capabilities = probe_tree(tflm_tree)
    assert capabilities.per_channel_fully_connected is PerChannelFc.SUPPORTED
