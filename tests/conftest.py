"""Shared fixtures: zoo models are trained once per session into the project's artifact cache;
the fault and recovery tests (tests/faults, tests/measure) share the fault-injection firmware."""

import functools

import pytest

pytest_plugins = ["fault_fixtures"]


@functools.cache
def _prepared(name: str):
    from harness.pipeline.artifacts import prepare

    return prepare(name)


@pytest.fixture(scope="session")
def zoo_model():
    """zoo_model("digits_mlp") -> ModelArtifacts (trained and converted once, then cached)."""
    return _prepared
