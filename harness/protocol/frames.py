"""Frames of the device protocol (docs/protocol.md), as a pure codec: bytes in, frames out.

On the wire: COBS(body) + 0x00, body = type u8, flags u8, seq u16, length u16, payload, CRC-32.
The decoder mirrors firmware/common/hil_frame.c: the same rejections for the same bytes (the
firmware tests feed both the same streams).
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from enum import IntEnum

HEADER = struct.Struct("<BBHH")
CRC = struct.Struct("<I")
OVERHEAD = HEADER.size + CRC.size
DELIMITER = b"\x00"
_MAX_RUN = 254


class RejectReason(IntEnum):
    COBS = 1  # the delimiter cut a COBS block short
    SHORT = 2  # fewer bytes than a header and a CRC
    LENGTH = 3  # body size is not length + 10
    CRC = 4
    TOO_LONG = 5  # more than the decoder accepts


@dataclass(frozen=True)
class Frame:
    type: int
    seq: int
    payload: bytes = b""
    flags: int = 0


@dataclass(frozen=True)
class Rejection:
    """A frame that ended but is invalid; `type` and `seq` as far as they arrived (else 0)."""

    reason: RejectReason
    type: int
    seq: int


def cobs_encode(data: bytes) -> bytes:
    out = bytearray()
    start = 0
    while True:
        end = start
        while end < len(data) and data[end] != 0 and end - start < _MAX_RUN:
            end += 1
        out.append(end - start + 1)
        out += data[start:end]
        if end == len(data):
            return bytes(out)
        start = end if end - start == _MAX_RUN else end + 1


def cobs_decode(chunk: bytes) -> tuple[bytes, bool]:
    """Decoded bytes, and False if the chunk ends inside a block."""
    out = bytearray()
    i = 0
    while i < len(chunk):
        code = chunk[i]
        block = chunk[i + 1:i + code]
        out += block
        if len(block) < code - 1:
            return bytes(out), False
        i += code
        if code != 0xFF and i < len(chunk):
            out.append(0)
    return bytes(out), True


def encode_body(frame: Frame) -> bytes:
    body = HEADER.pack(frame.type, frame.flags, frame.seq, len(frame.payload)) + frame.payload
    return body + CRC.pack(zlib.crc32(body))


def encode_frame(frame: Frame) -> bytes:
    """The frame as sent on the wire, delimiter included."""
    return cobs_encode(encode_body(frame)) + DELIMITER


def decode_body(body: bytes, max_body: int = 1 << 20) -> Frame | Rejection:
    if len(body) > max_body:
        return _rejection(RejectReason.TOO_LONG, body)
    if len(body) < OVERHEAD:
        return _rejection(RejectReason.SHORT, body)
    type_, flags, seq, length = HEADER.unpack_from(body)
    if len(body) != length + OVERHEAD:
        return _rejection(RejectReason.LENGTH, body)
    if zlib.crc32(body[:-CRC.size]) != CRC.unpack_from(body, len(body) - CRC.size)[0]:
        return _rejection(RejectReason.CRC, body)
    return Frame(type_, seq, body[HEADER.size:-CRC.size], flags)


def _rejection(reason: RejectReason, body: bytes) -> Rejection:
    return Rejection(reason, body[0] if body else 0,
                     int.from_bytes(body[2:4], "little") if len(body) >= 4 else 0)


class FrameDecoder:
    """Incremental: feed any pieces of the byte stream, get the frames and rejections that
    ended in them. An empty frame (a lone delimiter) is skipped, as the firmware does."""

    def __init__(self, max_body: int = 0xFFFF + OVERHEAD):
        self.max_body = max_body
        self._pending = bytearray()

    def feed(self, data: bytes) -> list[Frame | Rejection]:
        if DELIMITER not in data:  # the common case of a frame arriving a few bytes at a time
            if len(self._pending) <= 2 * self.max_body:
                self._pending += data
            return []
        *complete, rest = (bytes(self._pending) + data).split(DELIMITER)
        # Bound the memory a stream without delimiters can take; the frame is too long anyway.
        self._pending = bytearray(rest[:2 * self.max_body + 2])
        return [self._decode(chunk) for chunk in complete if chunk]

    def _decode(self, chunk: bytes) -> Frame | Rejection:
        body, complete = cobs_decode(chunk)
        if len(body) > self.max_body:
            return _rejection(RejectReason.TOO_LONG, body)
        if not complete:
            return _rejection(RejectReason.COBS, body)
        return decode_body(body, self.max_body)
