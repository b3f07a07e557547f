"""QEMU's machine protocol (QMP) on a unix socket: what the harness does to an emulated board
that a cable cannot do (reset it, freeze it), as a board in a lab would suffer it.

One JSON object per line each way; replies are `{"return": ...}` or `{"error": ...}`, with
asynchronous events (`{"event": ...}`) in between, which are skipped.
"""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

from harness.errors import BoardError

_CONNECT_TIMEOUT_S = 5.0
_REPLY_TIMEOUT_S = 5.0


class QmpClient:
    """A connected QMP session; `execute("system_reset")` returns the command's result."""

    def __init__(self, path: Path):
        self.path = path
        self._socket = _connect(path, time.monotonic() + _CONNECT_TIMEOUT_S)
        self._pending = b""
        self._message(time.monotonic() + _REPLY_TIMEOUT_S)  # the greeting
        self.execute("qmp_capabilities")

    def execute(self, command: str, **arguments) -> dict:
        request = {"execute": command, **({"arguments": arguments} if arguments else {})}
        self._socket.sendall(json.dumps(request).encode() + b"\n")
        deadline = time.monotonic() + _REPLY_TIMEOUT_S
        while True:
            message = self._message(deadline)
            if "error" in message:
                raise BoardError(f"QEMU refused {command}: {message['error'].get('desc')}")
            if "return" in message:
                return message["return"]

    def close(self) -> None:
        self._socket.close()

    def _message(self, deadline: float) -> dict:
        while b"\n" not in self._pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BoardError(f"QEMU's monitor at {self.path} did not answer in time")
            self._socket.settimeout(remaining)
            try:
                data = self._socket.recv(65536)
            except TimeoutError:
                continue
            if not data:
                raise BoardError(f"QEMU's monitor at {self.path} closed (did QEMU exit?)")
            self._pending += data
        line, self._pending = self._pending.split(b"\n", 1)
        return json.loads(line)


def _connect(path: Path, deadline: float) -> socket.socket:
    """QEMU creates the socket while it starts: retry until it listens."""
    while True:
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            connection.connect(str(path))
            return connection
        except (FileNotFoundError, ConnectionRefusedError) as exc:
            connection.close()
            if time.monotonic() >= deadline:
                raise BoardError(f"cannot reach QEMU's monitor at {path}: {exc}") from None
            time.sleep(0.01)
