"""A device that already runs its firmware (`hil run --flashed --port P`): a vendor's MLPerf Tiny
submission, a competitor's runtime, a board flashed by hand. The harness neither builds nor
flashes anything; it talks to the device on the port the user names, as it is."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from harness.boards.runner import Runner
from harness.errors import BoardError


class AttachedRunner(Runner):
    builds_firmware = False

    def unavailable(self) -> str | None:
        if self.port is None:
            return ("a device that already runs its firmware is reached on the port you name: "
                    "pass --port (a serial device or a pyserial URL such as socket://host:port)")
        return None

    @contextmanager
    def running(self, project=None) -> Iterator[str]:
        if problem := self.unavailable():
            raise BoardError(problem)
        yield self.port
