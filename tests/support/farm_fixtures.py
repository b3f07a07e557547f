"""A board farm on loopback for tests (harness.boards.farm.loopback): a labgrid coordinator and
`hil farm serve` exporters, stopped when the test ends."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def farm(tmp_path):
    """A coordinator on loopback; add exporters with farm.exporter(name, count)."""
    from harness.boards.farm.loopback import LoopbackFarm

    if not (shutil.which("ser2net") or Path("/usr/sbin/ser2net").exists()):
        pytest.skip("ser2net not found; run `make setup`")
    with LoopbackFarm(tmp_path) as started:
        yield started
