"""Fixtures for the board tests: a fake serial port listing."""

from __future__ import annotations

import pytest
from fake_ports import FakeListing

from harness.boards import ports as ports_module


@pytest.fixture
def listing(monkeypatch) -> FakeListing:
    """The serial ports the OS lists, as the test sets them (`set`, `then`)."""
    fake = FakeListing()
    monkeypatch.setattr(ports_module.list_ports, "comports", fake.comports)
    return fake
