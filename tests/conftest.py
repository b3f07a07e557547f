"""Shared fixtures: zoo models are trained once into the harness's own state folder (.hil);
the fault and recovery tests (tests/faults, tests/measure) share the fault-injection firmware."""

import functools
import os
from pathlib import Path

import pytest

pytest_plugins = ["fault_fixtures", "farm_fixtures"]

# One state folder for every test, also for those that run `hil` or pytest in another folder:
# the zoo trains once, firmware builds once.
os.environ.setdefault("HIL_HOME", str(Path(__file__).resolve().parent.parent / ".hil"))


@functools.cache
def _prepared(name: str):
    from harness.pipeline.artifacts import prepare

    return prepare(name)


@pytest.fixture(scope="session")
def zoo_model():
    """zoo_model("digits_mlp") -> ModelArtifacts (trained and converted once, then cached)."""
    return _prepared
