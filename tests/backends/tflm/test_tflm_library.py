"""With a real TFLM tree (HIL_TFLM_PATH): the cached precompiled library, and firmware sources
that compile warning-free against it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from harness import paths
from harness.backends.tflm import TflmBackend
from harness.backends.tflm.flags import TflmFlags
from harness.backends.tflm.precompile import cache_key, precompiled_library
from harness.backends.tflm.probe import library_root
from harness.model.tflite import read_model

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def flags(tflm_tree, board_factory) -> TflmFlags:
    return TflmFlags.for_board(library_root(tflm_tree), board_factory())


@pytest.fixture(scope="module")
def library(tflm_tree, flags):
    """Compiled once per tree and flags (minutes the first time, then from the cache)."""
    return precompiled_library(library_root(tflm_tree), flags)


def test_library_is_cached_by_tree_and_flags(tflm_tree, flags, library):
    assert library.archive.is_file()
    stamp = library.archive.stat().st_mtime_ns
    again = precompiled_library(library_root(tflm_tree), flags)
    assert again.archive == library.archive and again.archive.stat().st_mtime_ns == stamp
    m0 = TflmFlags(flags.root, ("-mcpu=cortex-m0", "-mthumb"), flags.cmsis_nn)
    assert cache_key(flags.root, m0) != library.key


def test_generate_links_the_precompiled_library(tflm_tree, per_channel_dense, library,
                                                emulated_board):
    backend = TflmBackend(library=tflm_tree)
    generated = backend.generate(read_model(per_channel_dense), per_channel_dense, "tiny",
                                 emulated_board)
    assert generated.build_flags[-2:] == library.link_flags
    assert "-DTF_LITE_STATIC_MEMORY" in generated.build_flags
    assert generated.lib_deps == ()


def test_runner_and_generated_sources_compile_without_warnings(tflm_tree, per_channel_dense,
                                                               flags, tmp_path, emulated_board):
    generated = TflmBackend(library=tflm_tree).generate(
        read_model(per_channel_dense), per_channel_dense, "tiny", emulated_board)
    for name, text in generated.files.items():
        (tmp_path / name).write_text(text)
    sources = [tmp_path / "hil_tflm_model_data.cc", generated.source_dirs[0] / "hil_tflm_runner.cc"]
    include = [f"-I{d}" for d in (tmp_path, paths.firmware_dir() / "common",
                                  generated.source_dirs[0])]
    compile_flags = [f for f in generated.build_flags if not f.startswith(("-L", "-l"))]
    for source in sources:
        result = subprocess.run(
            ["arm-none-eabi-g++", *flags.arch, "-O2", "-std=c++17", "-fno-rtti", "-fno-exceptions",
             "-Wall", "-Wextra", "-Werror", *include, *compile_flags, "-c", str(source),
             "-o", str(tmp_path / (Path(source).stem + ".o"))],
            capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
