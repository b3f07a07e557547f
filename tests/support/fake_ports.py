"""A fake serial port listing (what `serial.tools.list_ports.comports()` returns), for port
detection and the upload runner's reconnect logic without boards. Unit tests only."""

from __future__ import annotations

from types import SimpleNamespace

NANO_BOOTLOADER, NANO_FIRMWARE = (0x2341, 0x005A), (0x2341, 0x805A)
CP2102, CH340, CH9102, FTDI = (0x10C4, 0xEA60), (0x1A86, 0x7523), (0x1A86, 0x55D4), \
    (0x0403, 0x6001)

Listing = tuple[tuple[str, tuple[int, int] | None], ...]


class FakeListing:
    """Lists `now`. `then(...)` gives what the OS lists after the board is flashed: once
    `flashed()` is called, each state once, in order (one per poll), then the last one for good,
    as a board that re-enumerates."""

    def __init__(self):
        self.now: Listing = ()
        self._after_flash: list[Listing] = []
        self._next: list[Listing] = []
        self.polls = 0

    def set(self, *ports) -> None:
        self.now = tuple(ports)

    def then(self, *states: Listing) -> None:
        self._after_flash = list(states)

    def flashed(self) -> None:
        self._next, self._after_flash = self._after_flash, []

    def comports(self) -> list[SimpleNamespace]:
        self.polls += 1
        if self._next:
            self.now = self._next.pop(0)
        return [SimpleNamespace(device=device, description="fake", serial_number=None,
                                vid=ids[0] if ids else None, pid=ids[1] if ids else None)
                for device, ids in self.now]
