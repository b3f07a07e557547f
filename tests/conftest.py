"""Shared fixtures: zoo models are trained once into the harness's own state folder (.hil);
the fault and recovery tests (tests/faults, tests/measure) share the fault-injection firmware."""

import functools
import os
from pathlib import Path

import pytest
from _pytest import pytester as _pytester
from _pytest.pytester import SysModulesSnapshot
from hypothesis import settings

pytest_plugins = ["pytester", "fault_fixtures", "farm_fixtures"]

# No per-example time limit: the suite runs on busy machines (two xdist processes on CI's two
# cores, mutation testing beside them), where a wall-clock deadline fails correct code.
settings.register_profile("busy_machine", deadline=None)
settings.load_profile("busy_machine")

# One state folder for every test, also for those that run `hil` or pytest in another folder:
# the zoo trains once, firmware builds once.
os.environ.setdefault("HIL_HOME", str(Path(__file__).resolve().parent.parent / ".hil"))
# pytest-xdist workers share the trained models (each built once, under a lock) but build
# firmware in folders of their own, so no worker runs an ELF that another one is rebuilding.
if _worker := os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.setdefault("HIL_BUILD_DIR", str(Path(os.environ["HIL_HOME"]) / "build" / _worker))


@functools.cache
def _prepared(name: str):
    from harness.pipeline.artifacts import prepare

    return prepare(name)


@pytest.fixture(scope="session")
def zoo_model():
    """zoo_model("digits_mlp") -> ModelArtifacts (trained and converted once, then cached)."""
    return _prepared


class _LibrariesKeptSnapshot:
    """pytester's in-process runs forget the modules they imported. Libraries must stay:
    TensorFlow aborts when imported twice in a process, pandas registers its pyarrow types
    again, and a harness module imported twice has a second PlaceLost that `except` misses.
    Only the inner runs' own test files and conftests are forgotten."""

    def __init__(self, preserve=None):
        self._snapshot = SysModulesSnapshot(preserve=_is_library)

    def restore(self) -> None:
        self._snapshot.restore()


def _is_library(name: str) -> bool:
    return not name.startswith(("test_", "conftest"))


@pytest.fixture(autouse=True)
def _pytester_inner_runs(request, monkeypatch):
    """Inner runs keep the libraries (above) and go without labgrid's pytest plugin, which
    may be configured once per process."""
    if "pytester" not in request.fixturenames:
        return
    monkeypatch.setattr(_pytester, "SysModulesSnapshot", _LibrariesKeptSnapshot)
    request.getfixturevalue("pytester")  # it clears PYTEST_ADDOPTS when it starts
    monkeypatch.setenv("PYTEST_ADDOPTS", "-p no:labgrid")
