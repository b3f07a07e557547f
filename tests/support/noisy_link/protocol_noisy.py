"""The `noisy://` handler (see the package's docstring)."""

from __future__ import annotations

import random
from urllib.parse import parse_qsl

from serial.serialutil import SerialBase, SerialException

from harness.protocol.link import open_port


class Serial(SerialBase):
    def open(self) -> None:
        inner, _, spec = self._port.removeprefix("noisy://").partition("#")
        options = dict(parse_qsl(spec))
        self.corrupt, self.drop = float(options.get("corrupt", 0)), float(options.get("drop", 0))
        self.rng = random.Random(int(options.get("seed", 0)))
        self.damaged = 0  # bytes dropped or corrupted so far
        self._inner = open_port(inner, self._baudrate)
        self.is_open = True

    def _reconfigure_port(self) -> None:
        """The wrapped port keeps its settings."""

    def close(self) -> None:
        if self.is_open:
            self.is_open = False
            self._inner.close()

    def read(self, size: int = 1) -> bytes:
        return self._noisy(self._inner.read(size))

    def write(self, data: bytes) -> int:
        self._inner.write(self._noisy(bytes(data)))
        return len(data)

    def _noisy(self, data: bytes) -> bytes:
        out = bytearray()
        for byte in data:
            draw = self.rng.random()
            if draw < self.drop:
                self.damaged += 1
                continue
            if draw < self.drop + self.corrupt:
                self.damaged += 1
                byte ^= 1 << self.rng.randrange(8)
            out.append(byte)
        return bytes(out)

    @property
    def in_waiting(self) -> int:
        raise SerialException("noisy:// reads without in_waiting")
