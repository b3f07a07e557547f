"""Text commands and their replies over any pyserial port: a command ends with `%`, its reply
is lines up to one containing `m-ready` (the runner's rule), each read with a deadline."""

from __future__ import annotations

import time

import serial

from harness.protocol.errors import DeviceTimeout, LinkError
from harness.protocol.mlperf.replies import READY

_POLL_S = 0.0005
_QUIET_S = 0.2  # a link silent this long after a failed command holds no more of its reply


class TextLink:
    """`line_timeout`: the longest silence allowed inside a reply (the runner allows 5 s, and
    30 s for `infer`, whose timed loop prints nothing)."""

    def __init__(self, port: serial.SerialBase):
        self.port = port
        self.port.timeout = 0
        self._pending = b""
        self.bytes_sent = self.bytes_received = 0  # on the wire, for the link's efficiency

    def command(self, text: str, line_timeout: float) -> list[str]:
        """Sends `text%` and returns the reply's lines before `m-ready` (empty ones dropped)."""
        self._write(text.encode("ascii") + b"%")
        lines: list[str] = []
        while (line := self._line(time.monotonic() + line_timeout)) is not None:
            if READY in line:
                return lines
            if line:
                lines.append(line)
        raise DeviceTimeout(f"no m-ready after {text[:20]!r}{'...' if len(text) > 20 else ''} "
                            f"from {self.port.name} in {line_timeout:g} s (got {lines[-3:]!r}); "
                            "is the device running MLPerf Tiny firmware at this baud rate?")

    def drain(self) -> None:
        """Discards whatever arrives until the link has been quiet for a moment: the rest of a
        reply that came too late, before a command is sent again."""
        self._pending = b""
        quiet_since = time.monotonic()
        while time.monotonic() - quiet_since < _QUIET_S:
            if self._read():
                quiet_since = time.monotonic()
            else:
                time.sleep(_POLL_S * 8)
        self._pending = b""

    def close(self) -> None:
        self.port.close()

    def _line(self, deadline: float) -> str | None:
        """The next line without \\r and \\0 (as the runner reads them), or None at the
        deadline."""
        while b"\n" not in self._pending:
            if time.monotonic() >= deadline:
                return None
            data = self._read()
            if not data:
                time.sleep(_POLL_S)
            self._pending += data
        raw, _, self._pending = self._pending.partition(b"\n")
        return raw.replace(b"\r", b"").replace(b"\0", b"").decode("ascii", errors="replace")

    def _read(self) -> bytes:
        try:
            data = self.port.read(65536)
            self.bytes_received += len(data)
            return data
        except (serial.SerialException, OSError) as exc:
            raise LinkError(f"reading from {self.port.name} failed: {exc}") from None

    def _write(self, data: bytes) -> None:
        try:
            self.port.write(data)
            self.bytes_sent += len(data)
        except (serial.SerialException, OSError) as exc:
            raise LinkError(f"writing to {self.port.name} failed: {exc}") from None
