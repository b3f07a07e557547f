"""A device under test that speaks MLPerf Tiny's DUT API: identify it, load an input, run
inferences, read results. Every command whose reply is garbled, cut or late is sent again (a
bounded number of times), and a download is always repeated whole: `db` chunks are appended on
the device, so a chunk is never sent twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import serial

from harness.protocol.errors import DeviceTimeout, FrameError
from harness.protocol.link import open_port
from harness.protocol.mlperf import replies
from harness.protocol.mlperf.link import TextLink
from harness.protocol.mlperf.replies import Garbled, Identity, InferReply, Refused

T = TypeVar("T")
CHUNK_BYTES = 31  # the runner's `db` chunk without a power manager: 62 hex digits


class MlperfDut:
    """`timeout`: the longest silence inside a reply; `infer_timeout`: the same for `infer`,
    whose timed loop prints nothing (the runner allows 5 s and 30 s). A command has no checksum:
    a damaged hex digit may still be a hex digit, so a download is read back with `db print`
    and done again until the device holds exactly the bytes sent."""

    def __init__(self, port: serial.SerialBase, *, timeout: float = 5.0,
                 infer_timeout: float = 30.0, retries: int = 3, readback: bool = True):
        self.link = TextLink(port)
        self.timeout, self.infer_timeout, self.retries = timeout, infer_timeout, retries
        self.readback = readback  # False: download as the runner does, unchecked
        self.resent = 0  # commands sent again after a garbled or missing reply

    @classmethod
    def open(cls, url: str, baudrate: int = 115200, **options) -> MlperfDut:
        return cls(open_port(url, baudrate), **options)

    def __enter__(self) -> MlperfDut:
        return self

    def __exit__(self, *exc_info) -> None:
        self.link.close()

    def identify(self) -> Identity:
        """name and profile; a boot banner still on the link garbles the first answer, which is
        then asked for again (as the runner does)."""
        name, unit = self._retried(lambda: replies.parse_name(self._ask("name")))
        model = self._retried(lambda: replies.parse_profile(self._ask("profile")))
        return Identity(name, model, unit)

    def download(self, data: bytes) -> None:
        """`db load N`, then the bytes in hex, CHUNK_BYTES per command, as the runner sends. A
        refused chunk was damaged on the way: the download starts over."""
        self._retried(lambda: self._download_once(data), also=(Refused,))

    def infer(self, iterations: int, warmups: int) -> InferReply:
        command = f"infer {iterations} {warmups}"
        return self._retried(lambda: replies.parse_infer(
            self.link.command(command, self.infer_timeout), iterations, warmups))

    def results(self) -> tuple[float, ...]:
        return self._retried(lambda: replies.parse_results(self._ask("results")))

    def _download_once(self, data: bytes) -> None:
        replies.parse_load(self._ask(f"db load {len(data)}"), len(data))
        for offset in range(0, len(data), CHUNK_BYTES):
            last = offset + CHUNK_BYTES >= len(data)
            replies.parse_data(self._ask("db " + data[offset:offset + CHUNK_BYTES].hex()), last)
        if self.readback and replies.parse_buffer(self._ask("db print"), len(data)) != data:
            raise Garbled("db print: the device holds other bytes than were sent (a command "
                          "was damaged on the way)")

    def _ask(self, command: str) -> list[str]:
        return self.link.command(command, self.timeout)

    def _retried(self, attempt: Callable[[], T], also: tuple[type[Exception], ...] = ()) -> T:
        for tries in range(self.retries + 1):
            try:
                return attempt()
            except (Garbled, DeviceTimeout, *also) as exc:
                problem = exc
                self.resent += tries < self.retries
                self.link.drain()
        raise FrameError(f"no intact reply in {self.retries + 1} attempts ({problem}); check "
                         "the cable, the baud rate and the port") from problem
