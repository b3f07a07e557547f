"""pytest plugin: `pytest --board NAME` chooses the board the hardware-in-the-loop tests use."""

import pytest

DEFAULT_BOARD = "qemu-m4"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hil", "hardware-in-the-loop")
    group.addoption("--board", default=DEFAULT_BOARD,
                    help=f"board to run hil tests on (default: {DEFAULT_BOARD})")
