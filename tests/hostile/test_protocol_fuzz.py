"""The firmware's request server fuzzed on the host, under AddressSanitizer and UBSan: seeded
streams of random, damaged, oversized and out-of-range requests (a fixed number, the same every
run). Every frame gets exactly one answer, refusals carry the right error code, and nothing is
read or written out of bounds (the sanitizers abort the process if it is)."""

from __future__ import annotations

import random
import shutil
import struct
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from harness import paths
from harness.protocol import messages as m
from harness.protocol.frames import Frame, FrameDecoder, cobs_encode, encode_body, encode_frame

FUZZ_DIR = Path(__file__).parent / "fuzz"
FLAGS = ["-std=c99", "-O1", "-g", "-Wall", "-Wextra", "-Werror", "-DHIL_FUZZ_MAIN",
         "-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
COMMON = ["hil_stack.c", "hil_profile_default.c", "hil_cobs.c", "hil_crc32.c",
          "hil_frame.c"]
INPUT_BYTES = (35, 12)  # fuzz_model.c
OUTPUT_BYTES = (35, 4)
MAX_PAYLOAD = 1024
STREAMS, REQUESTS = 6, 2500
E = m.ErrorCode


@dataclass(frozen=True)
class Expected:
    seq: int | None  # None: the damage may have changed it
    request: int
    outcome: int | tuple[int, ...]  # an ErrorCode, or 0 for a response


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory) -> Path:
    if shutil.which("gcc") is None:
        pytest.skip("gcc is not installed")
    common, binary = paths.firmware_dir() / "common", paths.firmware_dir() / "protocols/binary"
    output = tmp_path_factory.mktemp("fuzz") / "fuzz_server"
    sources = [FUZZ_DIR / "fuzz_server.c", FUZZ_DIR / "fuzz_model.c", binary / "hil_server.c",
               *(common / name for name in COMMON)]
    result = subprocess.run(["gcc", *FLAGS, f"-I{common}", f"-I{binary}", *map(str, sources), "-o",
                             str(output)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return output


def _request(rng: random.Random, seq: int) -> tuple[Frame, Expected]:
    kind = rng.choice(["set_input", "get_output", "invoke", "simple", "echo", "profile",
                       "unknown"])
    return {"set_input": _set_input, "get_output": _get_output, "invoke": _invoke,
            "simple": _simple, "echo": _echo, "profile": _profile,
            "unknown": _unknown}[kind](rng, seq)


def _edge(rng: random.Random, size: int) -> int:
    return rng.choice([0, 1, size - 1, size, size + 1, 0xFFFFFFFF, 0x80000000,
                       rng.randrange(1 << 32)])


def _set_input(rng, seq):
    tensor = rng.choice([0, 1, 2, 255])
    size = INPUT_BYTES[tensor] if tensor < 2 else 16
    offset, data = _edge(rng, size), rng.randbytes(rng.choice([0, 1, 4, 12, 35, 36, 1019]))
    if rng.random() < 0.1:
        return Frame(m.Request.SET_INPUT, seq, rng.randbytes(rng.randrange(5))), \
            Expected(seq, m.Request.SET_INPUT, E.BAD_PAYLOAD)
    outcome = (E.BAD_TENSOR if tensor >= 2 else
               E.OUT_OF_RANGE if offset > size or len(data) > size - offset else 0)
    return Frame(m.Request.SET_INPUT, seq, m.set_input_payload(tensor, offset, data)), \
        Expected(seq, m.Request.SET_INPUT, outcome)


def _get_output(rng, seq):
    tensor = rng.choice([0, 1, 2, 200])
    size = OUTPUT_BYTES[tensor] if tensor < 2 else 16
    offset, length = _edge(rng, size), rng.choice([0, 1, 4, 35, 36, 1025, 0xFFFF])
    if rng.random() < 0.1:
        return Frame(m.Request.GET_OUTPUT, seq, rng.randbytes(rng.choice([0, 6, 8]))), \
            Expected(seq, m.Request.GET_OUTPUT, E.BAD_PAYLOAD)
    outcome = (E.BAD_TENSOR if tensor >= 2 else
               E.OUT_OF_RANGE if offset > size or length > size - offset else 0)
    return Frame(m.Request.GET_OUTPUT, seq, m.get_output_payload(tensor, offset, length)), \
        Expected(seq, m.Request.GET_OUTPUT, outcome)


def _invoke(rng, seq):
    runs = rng.choice([0, 1, 2, 255, 256, 0xFFFF])
    if rng.random() < 0.1:
        return Frame(m.Request.INVOKE, seq, rng.randbytes(rng.choice([0, 1, 3]))), \
            Expected(seq, m.Request.INVOKE, E.BAD_PAYLOAD)
    outcome = E.BAD_PAYLOAD if runs == 0 else E.TOO_LARGE if runs > 255 else (
        0, E.INVOKE_FAILED)  # a random input may hold a NaN, which fuzz_model.c refuses
    return Frame(m.Request.INVOKE, seq, m.invoke_payload(runs)), \
        Expected(seq, m.Request.INVOKE, outcome)


def _simple(rng, seq):
    kind = rng.choice([m.Request.HELLO, m.Request.GET_STATS])
    payload = b"" if rng.random() < 0.7 else rng.randbytes(rng.randrange(1, 9))
    return Frame(kind, seq, payload), Expected(seq, kind, E.BAD_PAYLOAD if payload else 0)


def _echo(rng, seq):
    return Frame(m.Request.ECHO, seq, rng.randbytes(rng.choice([0, 1, 100, MAX_PAYLOAD]))), \
        Expected(seq, m.Request.ECHO, 0)


def _profile(rng, seq):
    first = rng.choice([0, 1, 0xFFFF])
    payload = struct.pack("<H", first) if rng.random() < 0.9 else rng.randbytes(3)
    outcome = E.BAD_PAYLOAD if len(payload) != 2 else (0 if first == 0 else E.OUT_OF_RANGE)
    return Frame(m.Request.GET_PROFILE, seq, payload), Expected(seq, m.Request.GET_PROFILE,
                                                                outcome)


def _unknown(rng, seq):
    kind = rng.choice([0x00, 0x08, 0x7E, 0x81, 0xFE, 0xFF, rng.randrange(0x08, 0x100)])
    return Frame(kind, seq, rng.randbytes(rng.randrange(8))), \
        Expected(seq, kind, E.UNKNOWN_REQUEST)


def _damaged(rng: random.Random, seq: int) -> tuple[bytes, Expected]:
    """A unit the device must refuse as BAD_FRAME: noise, damage, a lying length, too long."""
    choice = rng.randrange(4)
    if choice == 0:
        return bytes(rng.randrange(1, 256) for _ in range(rng.randrange(1, 60))) + b"\x00", \
            Expected(None, 0, E.BAD_FRAME)
    if choice == 1:
        wire = bytearray(encode_frame(Frame(m.Request.ECHO, seq, rng.randbytes(20))))
        at = rng.randrange(len(wire) - 1)
        flips = [1 << bit for bit in range(8) if wire[at] ^ (1 << bit)]  # no new delimiter
        wire[at] ^= rng.choice(flips)
        return bytes(wire), Expected(None, 0, E.BAD_FRAME)
    if choice == 2:
        body = bytearray(encode_body(Frame(m.Request.SET_INPUT, seq, rng.randbytes(9))))
        body[4:6] = struct.pack("<H", rng.choice([0, 8, 10, 0xFFFF]))  # length field lies
        body[-4:] = struct.pack("<I", zlib.crc32(bytes(body[:-4])))
        return cobs_encode(bytes(body)) + b"\x00", Expected(None, 0, E.BAD_FRAME)
    return encode_frame(Frame(m.Request.ECHO, seq, rng.randbytes(MAX_PAYLOAD + 1 +
                                                                 rng.randrange(2000)))), \
        Expected(None, 0, E.BAD_FRAME)


def fuzz_stream(seed: int) -> tuple[bytes, list[Expected]]:
    rng, parts, expected = random.Random(seed), [], []
    for seq in range(1, REQUESTS + 1):
        if rng.random() < 0.2:
            wire, outcome = _damaged(rng, seq)
        else:
            frame, outcome = _request(rng, seq)
            wire = encode_frame(frame)
        parts.append(b"\x00" * rng.choice([0, 0, 1, 2]) + wire)
        expected.append(outcome)
    return b"".join(parts), expected


def _outcome(reply: Frame) -> int:
    return 0 if reply.type != m.ERROR_TYPE else m.parse_error(reply.payload).code


@pytest.mark.parametrize("seed", range(STREAMS))
def test_every_frame_gets_one_right_answer_and_memory_stays_in_bounds(fuzz_server, seed):
    stream, expected = fuzz_stream(seed)
    result = subprocess.run([str(fuzz_server)], input=stream, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]
    announcement, *replies = FrameDecoder().feed(result.stdout)
    assert all(isinstance(r, Frame) for r in [announcement, *replies])
    assert len(replies) == len(expected)
    for reply, want in zip(replies, expected, strict=True):
        if want.seq is not None:
            assert reply.seq == want.seq
            assert reply.type in (want.request | m.RESPONSE_FLAG, m.ERROR_TYPE)
        outcomes = want.outcome if isinstance(want.outcome, tuple) else (want.outcome,)
        assert _outcome(reply) in outcomes, (reply, want)
