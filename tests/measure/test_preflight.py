"""A board that cannot run here is reported before the firmware is built (minutes, on a real
board's first build), with the runner's own reason."""

import pytest

from harness.backends import get_backend
from harness.boards import get_board
from harness.boards.runner import Runner
from harness.errors import BoardError
from harness.measure import measure_run, zoo_workload
from harness.measure import run as run_module


class AbsentBoard(Runner):
    def running(self, project):
        raise AssertionError("an unavailable board must not be started")

    def unavailable(self):
        return "no Arduino Nano 33 BLE found; plug it in"


def test_an_unavailable_board_stops_the_run_before_the_build(zoo_model, monkeypatch):
    workload = zoo_workload(zoo_model("sine"), "int8", samples=2)

    def no_build(*args, **kwargs):
        raise AssertionError("built firmware for a board that is not there")

    monkeypatch.setattr(run_module, "build_firmware", no_build)
    board = get_board("nano33")
    with pytest.raises(BoardError, match="no Arduino Nano 33 BLE found"):
        measure_run(workload, board, get_backend("aot"), runner=AbsentBoard(board))
