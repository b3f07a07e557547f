"""The AOT kernels build warning-free for every emulated core with the flags of its platform,
and the DSP kernels (inline assembly of aot_simd.h) and Helium kernels (arm_mve.h) are
compiled in exactly where the core has the DSP extension or MVE: the AOT backend calls them
there (board.has("dsp"), board.has("mve")) and nowhere else."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest
from fixture_backend import FixtureBackend, fixture_tflite

from harness import paths
from harness.backends.aot.backend import FEATURE_FLAGS, kernel_features
from harness.backends.aot.codegen import kernels_dir
from harness.boards import BOARDS, get_board
from harness.boards.board import QemuSettings
from harness.firmware.platformio_setup import COMPILERS

pytestmark = pytest.mark.slow

QEMU_BOARDS = sorted(b.name for b in BOARDS if isinstance(b.runner, QemuSettings))
# object file: (a kernel it defines, the core feature it needs)
FEATURE_KERNELS = {"aot_fc_dsp.o": ("aot_fc_s8_dsp", "dsp"),
                   "aot_conv_dsp.o": ("aot_conv_s8_dsp", "dsp"),
                   "aot_conv_tails_dsp.o": ("aot_conv_tails_s8_dsp", "dsp"),
                   "aot_dwconv3x3_dsp.o": ("aot_dwconv3x3_s8_dsp", "dsp"),
                   "aot_dwconv3x3_rows_dsp.o": ("aot_dwconv3x3_rows_s8_dsp", "dsp"),
                   "aot_mve.o": ("aot_dwconv3x3_s8_mve", "mve"),
                   "aot_add_mve.o": ("aot_add_s8_mve", "mve"),
                   "aot_pool_mve.o": ("aot_avgpool_s8_mve", "mve")}


class KernelsFixture(FixtureBackend):
    """The fixture firmware with every AOT kernel compiled in (-Werror), as the AOT backend
    would compile them for the board."""

    def generate(self, model, tflite, model_name, board):
        sources = super().generate(model, tflite, model_name, board)
        return replace(sources, source_dirs=(*sources.source_dirs, kernels_dir()),
                       build_flags=(*sources.build_flags,
                                    *(FEATURE_FLAGS[f] for f in sorted(kernel_features(board)))))


@pytest.mark.parametrize("name", QEMU_BOARDS)
def test_kernels_build_warning_free_with_simd_code_only_where_the_core_has_it(name):
    from harness.firmware.build import build_project
    from harness.firmware.render import render_project

    board = get_board(name)
    compiler = COMPILERS[board.pio_platform]
    if shutil.which(compiler) is None:
        pytest.skip(f"{compiler} is not installed; run `make setup`")
    project = render_project(fixture_tflite(side=32), board, KernelsFixture(32),
                             paths.build_dir() / "tests" / f"kernels-{name}", model_name="k")
    build_project(project)
    objects = project.elf_path.parent / "src" / "backend" / "kernels"
    nm = compiler.removesuffix("gcc") + "nm"
    for obj, (kernel, feature) in FEATURE_KERNELS.items():
        symbols = subprocess.run([nm, str(objects / obj)], capture_output=True, text=True,
                                 check=True).stdout.split()
        assert (kernel in symbols) == board.has(feature), f"{kernel} on {name}"
