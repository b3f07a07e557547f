"""A scripted device for protocol unit tests only: it answers requests written to a loop:// port
with the Python codec, and damages its replies on request. (The real firmware is tested over
QEMU's socket in tests/firmware.)"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from serial.urlhandler import protocol_loop

from harness.protocol import messages as m
from harness.protocol.frames import Frame, FrameDecoder, Rejection, encode_frame

SHA256 = "5e" * 32
PROFILE = [(0, "CONV_2D", 52_000), (1, "DEPTHWISE_CONV_2D", 31_000), (2, "AVERAGE_POOL_2D", 900),
           (3, "RESHAPE", 40), (4, "FULLY_CONNECTED", 7_500), (5, "SOFTMAX", 1_200)]


def info_payload(max_payload: int, input_bytes: int, output_bytes: int, version: int = 1,
                 sha256: str = SHA256) -> bytes:
    def text(value: str) -> bytes:
        return bytes([len(value)]) + value.encode()

    def tensor(nbytes: int, scale: float, zero_point: int) -> bytes:
        return struct.pack("<BBHH", 2, 2, 1, nbytes) + struct.pack("<fiI", scale, zero_point,
                                                                     nbytes)
    return (struct.pack("<BBHIII", version, 1, max_payload, 25_000_000, 25_000_000, 4096)
            + bytes.fromhex(sha256) + text("fake") + text("aot") + text("echo-model")
            + b"\x01" + tensor(input_bytes, 0.5, -3) + b"\x01" + tensor(output_bytes, 0.25, 7))


@dataclass
class FakeDevice:
    """Output = the input reversed (its first `output_bytes`). `damage` lists what to do to the
    next replies, in order: "corrupt", "truncate", "duplicate", "drop", "noise", "bad_frame"
    (answer as if the request arrived corrupted), or an ErrorCode to refuse with.
    `profile` is what GET_PROFILE reports after an invoke, as (operator, op, ticks); None plays
    firmware that predates GET_PROFILE."""

    max_payload: int = 64
    input_bytes: int = 300
    output_bytes: int = 200
    version: int = 1
    damage: list = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    requests: int = 0
    seen: list[tuple[int, int]] = field(default_factory=list)  # (type, seq) of each request
    profile: list | None = field(default_factory=lambda: list(PROFILE))
    invokes: int = 0

    def __post_init__(self):
        self.input = bytearray(self.input_bytes)

    def announcement(self) -> bytes:
        return encode_frame(Frame(0x81, 0, self.info()))

    def info(self) -> bytes:
        return info_payload(self.max_payload, self.input_bytes, self.output_bytes, self.version)

    def answer(self, request: Frame | Rejection) -> bytes:
        self.requests += 1
        self.seen.append((request.type, request.seq))
        what = self.damage.pop(0) if self.damage else None
        if isinstance(request, Rejection) or what == "bad_frame":
            return self._error(m.ErrorCode.BAD_FRAME, request)
        if isinstance(what, m.ErrorCode):
            return self._error(what, request)
        if request.type == m.Request.GET_PROFILE and self.profile is None:
            return self._error(m.ErrorCode.UNKNOWN_REQUEST, request)
        return _damaged(encode_frame(Frame(request.type | 0x80, request.seq,
                                           self._payload(request))), what)

    def _payload(self, request: Frame) -> bytes:
        if request.type == m.Request.HELLO:
            return self.info()
        if request.type == m.Request.SET_INPUT:
            offset = struct.unpack_from("<I", request.payload, 1)[0]
            data = request.payload[5:]
            self.input[offset:offset + len(data)] = data
            self.offsets.append(offset)
            return struct.pack("<I", offset + len(data))
        if request.type == m.Request.INVOKE:
            runs = struct.unpack("<H", request.payload)[0]
            self.invokes += runs
            return struct.pack(f"<H{runs}I", runs, *(1000 + i for i in range(runs)))
        if request.type == m.Request.GET_OUTPUT:
            _, offset, length = struct.unpack("<BIH", request.payload)
            return bytes(reversed(self.input))[offset:offset + length]
        if request.type == m.Request.GET_STATS:
            return struct.pack("<5I", 512, 65536, 4096, 3, 1)
        if request.type == m.Request.GET_PROFILE:
            return self._profile_page(struct.unpack("<H", request.payload)[0])
        return request.payload  # ECHO

    def _profile_page(self, first: int) -> bytes:
        """As many entries from `first` as fit max_payload (at most 255), as the firmware does."""
        entries = self.profile if self.invokes else []
        packed = []
        for operator, op, ticks in entries[first:first + 255]:
            entry = struct.pack("<HIB", operator, ticks, len(op)) + op.encode()
            if 9 + sum(map(len, packed)) + len(entry) > self.max_payload:
                break
            packed.append(entry)
        return struct.pack("<IHHB", self.invokes, len(entries), first, len(packed)) + \
            b"".join(packed)

    @staticmethod
    def _error(code: m.ErrorCode, request: Frame | Rejection) -> bytes:
        payload = bytes([code, request.type])
        if code == m.ErrorCode.FAULT:
            payload += struct.pack("<5I", 0x1234, 0x5679, 0x10000, 0x40000000, 0)
        return encode_frame(Frame(m.ERROR_TYPE, request.seq, payload))


class CountingDevice(FakeDevice):
    """Reports its real invoke counter; damage "lose" loses the request itself (the device
    never sees it, so nothing runs) and "reboot" restarts it before it answers."""

    def answer(self, request) -> bytes:
        if self.damage and self.damage[0] in ("lose", "reboot"):
            if self.damage.pop(0) == "lose":
                self.requests += 1
                return b""
            self.invokes, self.input = 0, bytearray(self.input_bytes)
        return super().answer(request)

    def _payload(self, request) -> bytes:
        if request.type == m.Request.GET_STATS:
            return struct.pack("<5I", 512, 65536, 4096, self.invokes, 1)
        return super()._payload(request)


def _damaged(wire: bytes, what: str | None) -> bytes:
    if what == "corrupt":
        return wire[:3] + bytes([wire[3] ^ 0x21 or 1]) + wire[4:]
    if what == "truncate":
        return wire[:len(wire) // 2] + b"\x00"
    if what == "duplicate":
        return wire + wire
    if what == "drop":
        return b""
    if what == "noise":
        return b"\x07\x99\x00" + wire
    return wire


class FakeDevicePort(protocol_loop.Serial):
    """loop://, with the device's replies queued in answer to each request written."""

    def __init__(self, device: FakeDevice, announce: bool = True):
        super().__init__("loop://", timeout=0)
        self.device = device
        self._requests = FrameDecoder()
        if announce:
            super().write(device.announcement())

    def write(self, data: bytes) -> int:
        for request in self._requests.feed(bytes(data)):
            super().write(self.device.answer(request))
        return len(data)
