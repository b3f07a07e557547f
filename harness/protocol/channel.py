"""Requests and replies over a FrameLink: sequence numbers, a deadline on every reply, and a
retry when a frame was damaged on the way."""

from __future__ import annotations

import time

import serial

from harness.protocol import messages as m
from harness.protocol.errors import DeviceErrorReply, DeviceReset, DeviceTimeout, FrameError
from harness.protocol.frames import Frame, Rejection
from harness.protocol.link import FrameLink


class _Corrupted(Exception):
    """A reply (or our request) was damaged on the link: worth sending the request again."""


class RequestChannel:
    """`request()` sends a request and returns its reply's payload, waiting at most `timeout`
    seconds; a request whose reply arrives corrupted is sent again up to `retries` times."""

    def __init__(self, port: serial.SerialBase, *, timeout: float, retries: int):
        self.link = FrameLink(port)
        self.timeout, self.retries = timeout, retries
        self.resent = 0  # requests sent again after a corrupted frame
        self._seq = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self.link.close()

    def request(self, kind: int, payload: bytes = b"", timeout: float | None = None,
                retries: int | None = None) -> bytes:
        """Sends a request and returns its reply's payload. `retries` overrides the channel's
        for a request that must not run twice unnoticed (0: the caller decides)."""
        name = request_name(kind)
        problem = ""
        retries = self.retries if retries is None else retries
        for attempt in range(retries + 1):
            self.resent += attempt > 0
            seq = self._next_seq()
            self.link.send(Frame(kind, seq, payload))
            wait = (timeout or self.timeout) + self.wire_seconds(len(payload))
            try:
                return self._reply(kind, seq, time.monotonic() + wait)
            except _Corrupted as exc:
                problem = str(exc)
        raise FrameError(f"{name}: no intact reply in {retries + 1} attempts ({problem}); "
                         "the link is unreliable: check the cable, baud rate and port")

    def wire_seconds(self, payload_bytes: int) -> float:
        """Twice the time a request's payload takes on the wire at the port's baud rate (10
        bits a byte), on top of the reply's timeout: a vww input (27 KB) takes 2.4 s at 115200
        baud, and an emulator on a busy host reads it slower still."""
        return 2 * 10 * payload_bytes / self.link.port.baudrate  # pyserial: never 0

    def _reply(self, kind: int, seq: int, deadline: float) -> bytes:
        while (item := self.link.receive(deadline)) is not None:
            if isinstance(item, Rejection):
                raise _Corrupted(f"a corrupted frame arrived ({item.reason.name})")
            if item.type == m.ERROR_TYPE and item.payload[:1] == bytes([m.ErrorCode.BAD_FRAME]):
                # Whatever its seq: the device copies the seq of the frame as it arrived, which
                # the damage may have changed.
                raise _Corrupted("the device received a corrupted request")
            if item.seq == 0 and item.type == m.Request.HELLO | m.RESPONSE_FLAG:
                raise DeviceReset(f"the device restarted while {request_name(kind)} (seq {seq}) "
                                  "was outstanding (it announced a fresh boot)")
            if item.seq != seq:
                continue  # stale: a reply to an earlier attempt
            if item.type == m.ERROR_TYPE:
                self._raise_error(m.parse_error(item.payload), kind)
            if item.type != kind | m.RESPONSE_FLAG:
                raise FrameError(f"the device answered a {request_name(kind)} request with "
                                 f"frame type 0x{item.type:02x}")
            return item.payload
        raise DeviceTimeout(f"no reply to {request_name(kind)} (seq {seq}) from "
                            f"{self.link.port.name} in time; is the firmware running?")

    @staticmethod
    def _raise_error(error: m.ErrorReply, kind: int) -> None:
        name = error.code.name if isinstance(error.code, m.ErrorCode) else f"code {error.code}"
        where = f" at {error.fault}" if error.fault else ""
        raise DeviceErrorReply(f"the device refused {request_name(kind)}: {name}{where}",
                               error.code, error.request_type, error.fault)

    def _next_seq(self) -> int:
        self._seq = self._seq % 0xFFFF + 1  # 1..65535; 0 is the boot announcement's
        return self._seq


def request_name(kind: int) -> str:
    return m.Request(kind).name if kind in m.Request._value2member_map_ else f"0x{kind:02x}"
