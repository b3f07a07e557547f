"""The firmware's request server, built for the host (with address and undefined-behaviour
sanitizers) over the fixture model: every request of docs/protocol.md, and every refusal."""

from __future__ import annotations

import struct
import subprocess

import numpy as np
import pytest
from fixture_backend import expected_outputs

from harness.protocol import messages as m
from harness.protocol.frames import Frame, FrameDecoder, cobs_encode, encode_body, encode_frame

MAX_PAYLOAD = 1024


def exchange(host_tools, *requests: Frame | bytes) -> tuple[Frame, list[Frame]]:
    """The boot announcement and the replies to `requests` (frames, or raw bytes to send)."""
    stream = b"".join(r if isinstance(r, bytes) else encode_frame(r) for r in requests)
    output = subprocess.run([str(host_tools.server)], input=stream, capture_output=True,
                            check=True).stdout
    announcement, *replies = FrameDecoder().feed(output)
    return announcement, replies


def error_of(reply: Frame) -> tuple[int, int]:
    assert reply.type == m.ERROR_TYPE, f"expected an ERROR, got type 0x{reply.type:02x}"
    return m.ErrorCode(reply.payload[0]), reply.payload[1]


def test_boot_announcement_is_info_with_seq_0(host_tools):
    announcement, replies = exchange(host_tools, Frame(m.Request.HELLO, 5))
    assert (announcement.type, announcement.seq) == (0x81, 0)
    info = m.parse_info(announcement.payload)
    assert (info.board, info.backend, info.model_name) == ("host", "fixture", "fixture")
    assert info.model_sha256 == "ab" * 32 and info.max_payload == MAX_PAYLOAD
    assert info.timer_kind == m.TimerKind.MICROSECONDS
    assert [(t.dtype, t.shape, t.scale, t.zero_point, t.nbytes) for t in info.inputs] == [
        (np.int8, (1, 128, 128), 0.5, -3, 16384), (np.float32, (1, 3), 0.0, 0, 12)]
    assert info.activation_bytes == 2 * 16384 + 24
    assert replies == [Frame(0x81, 5, announcement.payload)]


def _set_input_frames(tensor: int, data: bytes, first_seq: int) -> list[Frame]:
    chunk = MAX_PAYLOAD - 5
    return [Frame(m.Request.SET_INPUT, first_seq + i,
                  m.set_input_payload(tensor, offset, data[offset:offset + chunk]))
            for i, offset in enumerate(range(0, len(data), chunk))]


def test_a_whole_inference_in_chunks(host_tools):
    rng = np.random.default_rng(3)
    image = rng.integers(-128, 128, (1, 128, 128), dtype=np.int8)
    params = np.array([[0.25, -3.0, 0.0]], np.float32)
    sets = _set_input_frames(0, image.tobytes(), 1) + _set_input_frames(1, params.tobytes(), 100)
    gets = [Frame(m.Request.GET_OUTPUT, 200 + i, m.get_output_payload(0, o, MAX_PAYLOAD))
            for i, o in enumerate(range(0, 16384, MAX_PAYLOAD))]
    gets.append(Frame(m.Request.GET_OUTPUT, 300, m.get_output_payload(1, 0, 12)))
    _, replies = exchange(host_tools, *sets, Frame(m.Request.INVOKE, 150, m.invoke_payload(3)),
                          *gets, Frame(m.Request.GET_STATS, 400))
    assert [struct.unpack("<I", r.payload)[0] for r in replies[:len(sets)]] == \
        [min(16384, (i + 1) * 1019) for i in range(17)] + [12]
    # The host timer advances 1000 ticks per reading; the fixture reads it 4 times per invoke.
    assert m.parse_ticks(replies[len(sets)].payload, 3) == [5000, 5000, 5000]
    outputs = b"".join(r.payload for r in replies[len(sets) + 1:-2])
    expected_image, expected_params = expected_outputs(image, params)
    assert outputs == expected_image.tobytes()
    assert replies[-2].payload == expected_params.tobytes()
    stats = m.parse_stats(replies[-1].payload)
    assert (stats.stack_used, stats.stack_size, stats.invokes, stats.frames_rejected) == \
        (100, 4096, 3, 0)


@pytest.mark.parametrize("request_, code", [
    (Frame(m.Request.HELLO, 1, b"x"), m.ErrorCode.BAD_PAYLOAD),
    (Frame(0x42, 1), m.ErrorCode.UNKNOWN_REQUEST),
    (Frame(0x81, 1), m.ErrorCode.UNKNOWN_REQUEST),
    (Frame(m.Request.SET_INPUT, 1, b"\x00\x00\x00\x00"), m.ErrorCode.BAD_PAYLOAD),
    (Frame(m.Request.SET_INPUT, 1, m.set_input_payload(2, 0, b"x")), m.ErrorCode.BAD_TENSOR),
    (Frame(m.Request.SET_INPUT, 1, m.set_input_payload(1, 12, b"x")), m.ErrorCode.OUT_OF_RANGE),
    (Frame(m.Request.SET_INPUT, 1, m.set_input_payload(1, 0xFFFFFFFF, b"x")),
     m.ErrorCode.OUT_OF_RANGE),
    (Frame(m.Request.GET_OUTPUT, 1, m.get_output_payload(0, 16000, 385)),
     m.ErrorCode.OUT_OF_RANGE),
    (Frame(m.Request.GET_OUTPUT, 1, m.get_output_payload(0, 0, 1025)), m.ErrorCode.TOO_LARGE),
    (Frame(m.Request.GET_OUTPUT, 1, m.get_output_payload(5, 0, 1)), m.ErrorCode.BAD_TENSOR),
    (Frame(m.Request.GET_OUTPUT, 1, b"\x00"), m.ErrorCode.BAD_PAYLOAD),
    (Frame(m.Request.INVOKE, 1, m.invoke_payload(0)), m.ErrorCode.BAD_PAYLOAD),
    (Frame(m.Request.INVOKE, 1, m.invoke_payload(256)), m.ErrorCode.TOO_LARGE),
    (Frame(m.Request.GET_STATS, 1, b"\x00"), m.ErrorCode.BAD_PAYLOAD),
])
def test_refusals_carry_the_code_and_the_request(host_tools, request_, code):
    _, replies = exchange(host_tools, request_, Frame(m.Request.ECHO, 2, b"still alive"))
    assert error_of(replies[0]) == (code, request_.type)
    assert replies[0].seq == 1
    assert replies[1] == Frame(0x86, 2, b"still alive")


def test_the_most_runs_that_fit_one_reply(host_tools):
    _, (reply,) = exchange(host_tools, Frame(m.Request.INVOKE, 1, m.invoke_payload(255)))
    assert len(m.parse_ticks(reply.payload, 255)) == 255 and len(reply.payload) == 1022


def test_a_failing_model_is_reported_and_not_counted(host_tools):
    nan = np.array([[np.nan, 0, 0]], np.float32).tobytes()
    _, replies = exchange(host_tools, Frame(m.Request.SET_INPUT, 1, m.set_input_payload(1, 0, nan)),
                          Frame(m.Request.INVOKE, 2, m.invoke_payload(1)),
                          Frame(m.Request.GET_STATS, 3))
    assert error_of(replies[1]) == (m.ErrorCode.INVOKE_FAILED, m.Request.INVOKE)
    assert m.parse_stats(replies[2].payload).invokes == 0


def test_corrupted_frames_are_refused_with_the_seq_as_received_and_counted(host_tools):
    body = bytearray(encode_body(Frame(m.Request.ECHO, 0x0BAD, b"payload")))
    body[7] ^= 0x10
    too_long = encode_frame(Frame(m.Request.ECHO, 9, bytes(MAX_PAYLOAD + 1)))
    _, replies = exchange(host_tools, cobs_encode(bytes(body)) + b"\x00", b"\x00\x00\x00",
                          too_long, Frame(m.Request.ECHO, 10, bytes(MAX_PAYLOAD)),
                          Frame(m.Request.GET_STATS, 11))
    assert error_of(replies[0]) == (m.ErrorCode.BAD_FRAME, m.Request.ECHO)
    assert replies[0].seq == 0x0BAD
    assert error_of(replies[1]) == (m.ErrorCode.BAD_FRAME, m.Request.ECHO) and replies[1].seq == 9
    assert replies[2] == Frame(0x86, 10, bytes(MAX_PAYLOAD))  # empty frames got no reply
    assert m.parse_stats(replies[3].payload).frames_rejected == 2
