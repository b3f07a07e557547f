"""Projects rendered for the real boards (and the Nano 33 BLE under Renode) with both backends:
the files they carry, and the PlatformIO configuration `pio run` will see there. Nothing is
built: the boards' platforms come from PlatformIO's registry, out of reach here."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import tiny_models as tiny_model_module
from platformio.project.config import ProjectConfig

from harness import paths
from harness.backends import get_backend
from harness.boards import get_board
from harness.errors import UnsupportedModelError
from harness.firmware.render import render_project

GOLDEN = Path(__file__).parent / "golden" / "real_board_envs.json"
BOARD_FILES = {"arduino_board.h", "arduino_main.cpp", "arduino_mbed.cpp", "arduino_esp32.cpp"}
CHIRALE = "spaziochirale/Chirale_TensorFLowLite@2.0.0"
# What the backend sets per model; the board environments must leave both to the project.
PER_MODEL_OPTIONS = {"build_src_flags", "lib_deps"}


@pytest.fixture(scope="module")
def tiny_models():
    return tiny_model_module


@pytest.fixture(autouse=True)
def registry_tflm(monkeypatch):
    """The TFLM backend's default source: the pinned registry library, not a local tree."""
    monkeypatch.delenv("HIL_TFLM_PATH", raising=False)


def render(tmp_path, board: str, backend: str, tflite: bytes):
    project = render_project(tflite, get_board(board), get_backend(backend),
                             tmp_path / f"{board}-{backend}", model_name="dense")
    return project, ProjectConfig(str(project.root / "platformio.ini"))


def board_options(config: ProjectConfig, board: str) -> dict:
    """The environment's options as `pio run` resolves them, less those the backend sets."""
    options = config.items(env=board, as_dict=True)
    return {key: value for key, value in sorted(options.items())
            if key not in PER_MODEL_OPTIONS}


@pytest.mark.parametrize("board", ["nano33", "nano33-renode", "esp32"])
@pytest.mark.parametrize("backend", ["aot", "tflm"])
def test_a_real_board_project_carries_the_arduino_board_and_its_environment(
        tmp_path, tiny_models, board, backend):
    project, config = render(tmp_path, board, backend, tiny_models.dense_softmax(
        per_channel=False))
    src = project.root / "src"
    assert {p.name for p in (src / "board").iterdir()} >= BOARD_FILES
    assert not (src / "board" / "mps2.ld").exists()
    assert f'return "{board}";' in (src / "hil_model_meta.c").read_text()
    assert config.get("platformio", "default_envs") == [board] == [project.env]
    env = f"env:{board}"
    assert "-Isrc/board" in config.get(env, "build_src_flags")
    lib_deps = config.get(env, "lib_deps")
    if backend == "tflm":
        assert lib_deps == [CHIRALE] and (src / "backend/tflm/hil_tflm_runner.cc").is_file()
    else:
        assert lib_deps == [] and (src / "aot_model.c").is_file()
    assert ProjectConfig.lint(str(project.root / "platformio.ini")) == \
        {"errors": [], "warnings": []}


def test_the_resolved_board_environments_match_the_golden_file(tmp_path, tiny_models):
    """After an intended change of platformio.ini, regenerate with HIL_UPDATE_GOLDEN=1 and
    review the diff."""
    tflite = tiny_models.dense_softmax(per_channel=False)
    resolved = {board: board_options(render(tmp_path, board, "aot", tflite)[1], board)
                for board in ("nano33", "nano33-renode", "esp32")}
    text = json.dumps(resolved, indent=2, sort_keys=True) + "\n"
    if os.environ.get("HIL_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text)
    assert text == GOLDEN.read_text()


@pytest.mark.parametrize("board", ["nano33", "esp32", "qemu-m4"])
def test_the_link_rate_comes_from_the_board_record(tmp_path, tiny_models, board):
    project, config = render(tmp_path, board, "aot", tiny_models.dense_softmax(per_channel=False))
    baudrate = get_board(board).baudrate
    assert f"-DHIL_BAUD={baudrate}" in config.get(f"env:{board}", "build_src_flags")
    assert config.get(f"env:{board}", "monitor_speed") == baudrate
    shared = ProjectConfig(str(paths.PROJECT_ROOT / "platformio.ini"))
    assert not any("HIL_BAUD" in flag for env in shared.envs()
                   for flag in shared.get(f"env:{env}", "build_flags", []))


@pytest.mark.parametrize("board", ["nano33", "esp32"])
def test_tflm_on_a_real_board_refuses_a_model_its_library_gets_wrong(tmp_path, tiny_models,
                                                                     board):
    with pytest.raises(UnsupportedModelError, match="FULLY_CONNECTED.*Chirale_TensorFLowLite"):
        render(tmp_path, board, "tflm", tiny_models.dense_softmax(per_channel=True))
    assert not (tmp_path / f"{board}-tflm").exists()


def test_the_top_level_config_is_what_the_projects_include(tmp_path, tiny_models):
    project, config = render(tmp_path, "esp32", "aot",
                             tiny_models.dense_softmax(per_channel=False))
    assert config.get("platformio", "extra_configs") == [
        str(paths.PROJECT_ROOT / "platformio.ini")]
