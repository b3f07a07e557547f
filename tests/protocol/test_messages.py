"""Request payloads and reply parsing (docs/protocol.md layouts)."""

from __future__ import annotations

import struct

import numpy as np
import pytest
from fake_device import SHA256, info_payload

from harness.protocol import MalformedReply
from harness.protocol import messages as m


def test_request_payload_layouts():
    assert m.set_input_payload(1, 0x01020304, b"xy") == b"\x01\x04\x03\x02\x01xy"
    assert m.get_output_payload(0, 1024, 512) == b"\x00\x00\x04\x00\x00\x00\x02"
    assert m.invoke_payload(300) == b"\x2c\x01"


def test_info_is_parsed_field_by_field():
    info = m.parse_info(info_payload(1024, 64, 10))
    assert (info.protocol_version, info.timer_kind, info.max_payload) == \
        (1, m.TimerKind.EMULATOR_TICKS, 1024)
    assert (info.cpu_hz, info.timer_hz, info.activation_bytes) == (25_000_000, 25_000_000, 4096)
    assert info.model_sha256 == SHA256
    assert (info.board, info.backend, info.model_name) == ("fake", "aot", "echo-model")
    (tensor,) = info.inputs
    assert tensor.dtype == np.int8 and tensor.shape == (1, 64) and tensor.nbytes == 64
    assert (tensor.scale, tensor.zero_point) == (0.5, -3)
    assert info.outputs[0].zero_point == 7


def test_cut_or_unknown_info_is_malformed():
    payload = info_payload(1024, 64, 10)
    with pytest.raises(MalformedReply, match="cut short"):
        m.parse_info(payload[:-3])
    dtype_at = payload.index(b"\x01\x02\x02\x01\x00") + 1  # input count, then the dtype code
    with pytest.raises(MalformedReply, match="unknown dtype code 9"):
        m.parse_info(payload[:dtype_at] + b"\x09" + payload[dtype_at + 1:])


def test_ticks_must_match_the_runs_asked_for():
    assert m.parse_ticks(struct.pack("<H2I", 2, 7, 9), 2) == [7, 9]
    with pytest.raises(MalformedReply, match="3 runs"):
        m.parse_ticks(struct.pack("<H3I", 3, 7, 9, 9), 2)


def test_errors_and_faults_are_parsed():
    error = m.parse_error(bytes([4, 2]))
    assert (error.code, error.request_type, error.fault) == (m.ErrorCode.BAD_TENSOR, 2, None)
    fault = m.parse_error(bytes([9, 3]) + struct.pack("<5I", 0x200, 0x301, 0x10000, 1 << 30, 0))
    assert fault.code == m.ErrorCode.FAULT and fault.fault.pc == 0x200
    assert "pc=0x00000200" in str(fault.fault)
    assert m.parse_error(bytes([42, 1])).code == 42  # a code from a newer firmware stays a number
