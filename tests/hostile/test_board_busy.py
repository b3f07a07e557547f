"""Two harness runs on one board: the second gets a clear "board busy" error instead of a share
of the first one's bytes. A pseudo-terminal stands in for the board's serial port (a real tty
device, opened the way every port is)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from harness.errors import BoardBusy
from harness.protocol import DeviceSession
from harness.protocol.link import open_port


@pytest.fixture
def tty():
    controller, device = pty.openpty()
    yield os.ttyname(device)
    os.close(device)
    os.close(controller)


def test_a_second_session_on_a_busy_port_is_refused(tty):
    with DeviceSession.open(tty):
        with pytest.raises(BoardBusy, match=f"board busy: {tty} is in use"):
            DeviceSession.open(tty)
    open_port(tty).close()  # free again once the first closed


def test_another_process_is_refused_too(tty):
    script = ("import sys\nfrom harness.protocol.link import open_port\nfrom harness.errors "
              "import BoardBusy\ntry:\n    open_port(sys.argv[1])\nexcept BoardBusy as e:\n"
              "    print(e)\n")
    with open_port(tty):
        result = subprocess.run([sys.executable, "-c", script, tty], capture_output=True,
                                text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"board busy: {tty}")

