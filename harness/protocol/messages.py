"""Requests and responses of the device protocol (docs/protocol.md): payload builders and
parsers into dataclasses. Pure: no I/O."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from harness.protocol.errors import MalformedReply

PROTOCOL_VERSION = 1
RESPONSE_FLAG = 0x80
ERROR_TYPE = 0xFF


class Request(IntEnum):
    HELLO = 0x01
    SET_INPUT = 0x02
    INVOKE = 0x03
    GET_OUTPUT = 0x04
    GET_STATS = 0x05
    ECHO = 0x06
    GET_PROFILE = 0x07


class ErrorCode(IntEnum):
    BAD_FRAME = 1
    UNKNOWN_REQUEST = 2
    BAD_PAYLOAD = 3
    BAD_TENSOR = 4
    OUT_OF_RANGE = 5
    INVOKE_FAILED = 6
    TOO_LARGE = 7
    NOT_READY = 8
    FAULT = 9


class TimerKind(IntEnum):
    CYCLES = 0
    EMULATOR_TICKS = 1
    MICROSECONDS = 2


DTYPES = {1: np.dtype("<f4"), 2: np.dtype("i1"), 3: np.dtype("u1"), 4: np.dtype("<i2"),
          5: np.dtype("<i4")}


@dataclass(frozen=True)
class TensorInfo:
    dtype: np.dtype
    shape: tuple[int, ...]
    scale: float  # 0 for float tensors
    zero_point: int
    nbytes: int


@dataclass(frozen=True)
class DeviceInfo:
    protocol_version: int
    timer_kind: TimerKind
    max_payload: int
    cpu_hz: int
    timer_hz: int
    activation_bytes: int
    model_sha256: str  # hex
    board: str
    backend: str
    model_name: str
    inputs: tuple[TensorInfo, ...]
    outputs: tuple[TensorInfo, ...]


@dataclass(frozen=True)
class DeviceStats:
    stack_used: int
    stack_size: int
    activation_bytes_used: int
    invokes: int
    frames_rejected: int


@dataclass(frozen=True)
class Fault:
    """Where the CPU faulted (Cortex-M registers; others report what they have)."""

    pc: int
    lr: int
    cfsr: int
    hfsr: int
    address: int

    def __str__(self) -> str:
        return (f"pc=0x{self.pc:08x} lr=0x{self.lr:08x} cfsr=0x{self.cfsr:08x} "
                f"hfsr=0x{self.hfsr:08x} address=0x{self.address:08x}")


@dataclass(frozen=True)
class ErrorReply:
    code: ErrorCode | int
    request_type: int
    fault: Fault | None = None


class PayloadReader:
    """Reads fields off a payload; running past its end is a MalformedReply."""

    def __init__(self, payload: bytes, what: str):
        self.payload, self.what, self.offset = payload, what, 0

    def take(self, fmt: str) -> tuple:
        layout = struct.Struct("<" + fmt)
        if self.offset + layout.size > len(self.payload):
            raise MalformedReply(f"{self.what} reply is cut short ({len(self.payload)} bytes)")
        values = layout.unpack_from(self.payload, self.offset)
        self.offset += layout.size
        return values

    def text(self) -> str:
        (length,) = self.take("B")
        return self.take(f"{length}s")[0].decode("utf-8", errors="replace")

    def tensor(self) -> TensorInfo:
        code, ndims = self.take("BB")
        if code not in DTYPES:
            raise MalformedReply(f"{self.what} reply names unknown dtype code {code}")
        shape = self.take(f"{ndims}H")
        scale, zero_point, nbytes = self.take("fiI")
        return TensorInfo(DTYPES[code], tuple(shape), scale, zero_point, nbytes)

    def tensors(self) -> tuple[TensorInfo, ...]:
        (count,) = self.take("B")
        return tuple(self.tensor() for _ in range(count))


def set_input_payload(tensor: int, offset: int, data: bytes) -> bytes:
    return struct.pack("<BI", tensor, offset) + data


def get_output_payload(tensor: int, offset: int, length: int) -> bytes:
    return struct.pack("<BIH", tensor, offset, length)


def invoke_payload(runs: int) -> bytes:
    return struct.pack("<H", runs)


def parse_info(payload: bytes) -> DeviceInfo:
    r = PayloadReader(payload, "INFO")
    version, kind, max_payload, cpu_hz, timer_hz, activation = r.take("BBHIII")
    (digest,) = r.take("32s")
    board, backend, model = r.text(), r.text(), r.text()
    return DeviceInfo(version, TimerKind(kind) if kind in TimerKind._value2member_map_ else kind,
                      max_payload, cpu_hz, timer_hz, activation, digest.hex(), board, backend,
                      model, r.tensors(), r.tensors())


def parse_stats(payload: bytes) -> DeviceStats:
    return DeviceStats(*PayloadReader(payload, "STATS").take("5I"))


def parse_ticks(payload: bytes, runs: int) -> list[int]:
    r = PayloadReader(payload, "INVOKE")
    (count,) = r.take("H")
    if count != runs:
        raise MalformedReply(f"INVOKE reply has {count} runs, {runs} were asked for")
    return list(r.take(f"{count}I"))


def parse_u32(payload: bytes, what: str) -> int:
    return PayloadReader(payload, what).take("I")[0]


def parse_error(payload: bytes) -> ErrorReply:
    r = PayloadReader(payload, "ERROR")
    code, request_type = r.take("BB")
    code = ErrorCode(code) if code in ErrorCode._value2member_map_ else code
    fault = Fault(*r.take("5I")) if code == ErrorCode.FAULT and len(payload) >= 22 else None
    return ErrorReply(code, request_type, fault)
