"""pyserial URL handler `hilfault://<url>#<faults>`: the port at `<url>` behind a link that
drops, corrupts, duplicates and delays bytes, stalls, cuts the connection, and resets, hangs or
faults the device, as `<faults>` says (harness/faults/spec.py), or as the registered plan
`#plan=<name>` says (harness/faults/plan.py, shared by a run's reconnections).

Registered through `serial.protocol_handler_packages` (harness/protocol/link.py), so every
harness code path opens it like any port: `serial.serial_for_url("hilfault://socket://...")`.
Bytes are handled when the port is read or written; the harness polls its port while it waits
for a reply, which lets held-back bytes out on time.
"""

from __future__ import annotations

import time

import serial
from serial.serialutil import SerialBase, SerialException

from harness.faults.plan import FaultPlan, plan_named
from harness.faults.spec import FaultSpec
from harness.faults.stream import FaultyStream

_POLL_S = 0.0005


def parse_url(url: str) -> tuple[str, FaultPlan]:
    """The wrapped URL and the plan of `hilfault://<url>#<faults or plan=name>`."""
    if not url.lower().startswith("hilfault://"):
        raise SerialException(f"not a hilfault:// URL: {url!r}")
    inner, _, faults = url[len("hilfault://"):].partition("#")
    if not inner:
        raise SerialException(f"{url!r} names no port to wrap (hilfault://<url>#<faults>)")
    if faults.startswith("plan="):
        return inner, plan_named(faults[len("plan="):])
    return inner, FaultPlan(FaultSpec.parse(faults))


class Serial(SerialBase):
    """A port whose bytes pass through a fault plan, both ways."""

    def open(self) -> None:
        from harness.protocol.link import open_port  # link registers this handler: no cycle

        if self._port is None:
            raise SerialException("Port must be configured before it can be used.")
        if self.is_open:
            raise SerialException("Port is already open.")
        inner_url, self.plan = parse_url(self._port)
        self._inner = open_port(inner_url, self._baudrate)
        self._to_device = FaultyStream(self.plan, "to_device", inner_url)
        self._to_host = FaultyStream(self.plan, "to_host", inner_url)
        self._ready = bytearray()
        self.is_open = True

    def _reconfigure_port(self) -> None:
        """Nothing to configure: the wrapped port keeps its settings."""

    def close(self) -> None:
        if self.is_open:
            self.is_open = False
            self._inner.close()

    @property
    def in_waiting(self) -> int:
        self._pump()
        return len(self._ready)

    def read(self, size: int = 1) -> bytes:
        deadline = None if self._timeout is None else time.monotonic() + self._timeout
        data = bytearray()
        while True:
            self._pump()
            taken = self._ready[:size - len(data)]
            del self._ready[:len(taken)]
            data += taken
            if len(data) >= size or (deadline is not None and time.monotonic() >= deadline):
                return bytes(data)
            time.sleep(_POLL_S)

    def write(self, data: bytes) -> int:
        self._require_link()
        self._to_device.push(bytes(data))
        self._pump()
        return len(data)

    def reset_input_buffer(self) -> None:
        self._ready.clear()

    def reset_output_buffer(self) -> None:
        """Bytes already handed to the faulty link are on their way."""

    def _pump(self) -> None:
        self._require_link()
        now = time.monotonic()
        pieces = self._to_device.due(now)
        if pieces:  # one write: separate small ones would wait for TCP acknowledgements (Nagle)
            self._inner.write(b"".join(data for data, _ in pieces))
        for _, action in pieces:
            if action:
                action()
        incoming = self._inner.read(65536)
        if incoming:
            self._to_host.push(incoming)
        for data, _ in self._to_host.due(now):
            self._ready += data
        self._require_link()

    def _require_link(self) -> None:
        if not self.is_open:
            raise serial.PortNotOpenError()
        if self._to_device.cut or self._to_host.cut:
            self.close()
            raise SerialException(f"{self._port}: connection cut (injected fault)")


__all__ = ["Serial"]
