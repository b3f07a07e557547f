"""Fixtures for the hostile-input tests: real zoo models to damage."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def model_bytes(zoo_model) -> dict[str, bytes]:
    """int8 .tflite files of zoo models with dense, convolution and pooling operators."""
    return {name: zoo_model(name).tflite_bytes("int8") for name in ("sine", "digits_cnn")}
