"""Shared fixtures: zoo models are trained once per session into the project's artifact cache."""

import functools

import pytest


@functools.cache
def _prepared(name: str):
    from harness.pipeline.artifacts import prepare

    return prepare(name)


@pytest.fixture(scope="session")
def zoo_model():
    """zoo_model("digits_mlp") -> ModelArtifacts (trained and converted once, then cached)."""
    return _prepared
