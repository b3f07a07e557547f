"""The firmware's C frame codec (built for the host) against the Python codec: the same bytes on
the wire for the same frames, and the same frames and rejections for the same damaged streams."""

from __future__ import annotations

import random
import struct
import subprocess

import pytest

from harness.protocol.frames import Frame, FrameDecoder, encode_frame

FRAMES = [
    Frame(0x01, 1),
    Frame(0x81, 0, bytes(range(256)) * 3),
    Frame(0x03, 0xFFFF, b"\x00" * 300),
    Frame(0x06, 300, bytes(range(1, 255))),  # exactly one full COBS run
    Frame(0x06, 301, bytes(range(1, 255)) + b"\x00"),
    Frame(0xFF, 0x1200, b"\x01\x02"),
]


def run_tool(host_tools, arguments: list[str], stream: bytes) -> bytes:
    result = subprocess.run([str(host_tools.frame_tool), *arguments], input=stream,
                            capture_output=True, check=True)
    return result.stdout


def test_c_encoder_writes_the_same_bytes_as_python(host_tools):
    records = b"".join(struct.pack("<BHH", f.type, f.seq, len(f.payload)) + f.payload
                       for f in FRAMES)
    assert run_tool(host_tools, ["encode"], records) == b"".join(map(encode_frame, FRAMES))


def _python_results(stream: bytes, capacity: int) -> list[tuple]:
    return [("frame", i.type, i.seq, i.flags, i.payload.hex()) if isinstance(i, Frame)
            else ("reject", int(i.reason), i.type, i.seq)
            for i in FrameDecoder(max_body=capacity).feed(stream)]


def _c_results(host_tools, stream: bytes, capacity: int) -> list[tuple]:
    lines = run_tool(host_tools, ["decode", str(capacity)], stream).decode().splitlines()
    return [(w[0], *map(int, w[1:4]), w[4] if len(w) > 4 else "") if w[0] == "frame"
            else (w[0], *map(int, w[1:4])) for w in (line.split(" ") for line in lines)]


def _damaged_stream(rng: random.Random, count: int) -> bytes:
    parts = []
    for _ in range(count):
        wire = bytearray(encode_frame(Frame(rng.randrange(256), rng.randrange(65536),
                                            rng.randbytes(rng.choice([0, 3, 60, 300])))))
        damage = rng.choice(["none", "flip", "drop", "zero", "cut", "noise"])
        at = rng.randrange(len(wire) - 1)
        if damage == "flip":
            wire[at] ^= 1 << rng.randrange(8)
        elif damage == "drop":
            del wire[at]
        elif damage == "zero":
            wire[at] = 0
        elif damage == "cut":
            wire = wire[:at] + b"\x00"
        elif damage == "noise":
            wire[at:at] = rng.randbytes(rng.randrange(1, 8))
        parts.append(bytes(wire))
    return b"".join(parts)


@pytest.mark.parametrize("capacity", [1034, 100])
def test_c_decoder_agrees_with_python_on_damaged_streams(host_tools, capacity):
    stream = _damaged_stream(random.Random(capacity), 3000)
    python = _python_results(stream, capacity)
    assert _c_results(host_tools, stream, capacity) == python
    kinds = {item[0] for item in python} | {item[1] for item in python if item[0] == "reject"}
    assert {"frame", "reject", 1, 2, 3, 4} <= kinds  # the stream exercised every rejection
    if capacity == 100:
        assert 5 in kinds  # too long
