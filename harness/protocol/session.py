"""A session with one device: INFO, inputs, invocations, outputs, stats and the per-operator
profile, over any pyserial URL (the board runners hand out the URL)."""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np
import serial

from harness.errors import HilError
from harness.protocol import messages as m
from harness.protocol.channel import RequestChannel
from harness.protocol.errors import FrameError, ModelMismatch
from harness.protocol.frames import Rejection
from harness.protocol.link import open_port
from harness.protocol.profiling import ProfileEntry, read_profile

ANNOUNCEMENT_GRACE_S = 0.5  # after a damaged frame at boot, how long to wait for a clean one


class DeviceSession(RequestChannel):
    """Use as a context manager; `connect()` first. Every read has a deadline (`timeout` s per
    request), and a request whose reply arrives corrupted is sent again up to `retries` times."""

    def __init__(self, port: serial.SerialBase, *, timeout: float = 10.0, retries: int = 3):
        super().__init__(port, timeout=timeout, retries=retries)
        self.info: m.DeviceInfo | None = None

    @classmethod
    def open(cls, url: str, *, baudrate: int = 115200, timeout: float = 10.0,
             retries: int = 3) -> DeviceSession:
        return cls(open_port(url, baudrate), timeout=timeout, retries=retries)

    def __enter__(self) -> DeviceSession:
        return self

    def connect(self, boot_timeout: float = 5.0, expected_sha256: str | None = None
                ) -> m.DeviceInfo:
        """Reads the boot announcement, or asks with HELLO when none arrives in `boot_timeout`
        (the device booted before we listened). Checks the protocol version and, if given,
        that the device runs the model with this SHA-256."""
        announcement = self._announcement(time.monotonic() + boot_timeout)
        info = m.parse_info(announcement) if announcement is not None else self.hello()
        if info.protocol_version != m.PROTOCOL_VERSION:
            raise FrameError(f"the device speaks protocol version {info.protocol_version}, this "
                             f"harness speaks {m.PROTOCOL_VERSION}; rebuild the firmware")
        if expected_sha256 and info.model_sha256 != expected_sha256:
            raise ModelMismatch(
                f"the device runs model {info.model_name!r} (sha256 {info.model_sha256[:12]}), "
                f"not the one expected ({expected_sha256[:12]}): the firmware is stale; rebuild "
                "and flash it")
        self.info = info
        return info

    def hello(self) -> m.DeviceInfo:
        self.info = m.parse_info(self.request(m.Request.HELLO))
        return self.info

    def set_input(self, index: int, values: np.ndarray) -> None:
        """Sends input tensor `index`, in chunks that fit the device's payload limit."""
        tensor = self._tensor("input", index)
        data = _tensor_bytes(values, tensor, f"input {index}")
        chunk = self._info().max_payload - 5
        for offset in range(0, len(data), chunk):
            piece = data[offset:offset + chunk]
            written = m.parse_u32(self.request(
                m.Request.SET_INPUT, m.set_input_payload(index, offset, piece)), "SET_INPUT")
            if written != offset + len(piece):
                raise FrameError(f"SET_INPUT wrote up to byte {written}, not {offset + len(piece)}")

    def invoke(self, runs: int = 1, timeout: float | None = None) -> list[int]:
        """Runs the model `runs` times; the timer ticks of each run. `timeout` is per request
        (at most (max_payload - 2) / 4 runs each)."""
        batch = (self._info().max_payload - 2) // 4
        ticks: list[int] = []
        while len(ticks) < runs:
            count = min(batch, runs - len(ticks))
            reply = self.request(m.Request.INVOKE, m.invoke_payload(count), timeout)
            ticks += m.parse_ticks(reply, count)
        return ticks

    def get_output(self, index: int) -> np.ndarray:
        """Output tensor `index`, read in chunks, with its shape and dtype."""
        tensor = self._tensor("output", index)
        chunk, parts = self._info().max_payload, []
        for offset in range(0, tensor.nbytes, chunk):
            length = min(chunk, tensor.nbytes - offset)
            part = self.request(m.Request.GET_OUTPUT, m.get_output_payload(index, offset, length))
            if len(part) != length:
                raise FrameError(f"GET_OUTPUT returned {len(part)} bytes, {length} were asked for")
            parts.append(part)
        return np.frombuffer(b"".join(parts), tensor.dtype).reshape(tensor.shape)

    def infer(self, inputs: Sequence[np.ndarray], runs: int = 1
              ) -> tuple[list[np.ndarray], list[int]]:
        """One inference: every input set, `runs` invocations, every output read back.
        Returns the outputs and the timer ticks of each run."""
        for index, values in enumerate(inputs):
            self.set_input(index, values)
        ticks = self.invoke(runs)
        return [self.get_output(i) for i in range(len(self._info().outputs))], ticks

    def stats(self) -> m.DeviceStats:
        return m.parse_stats(self.request(m.Request.GET_STATS))

    def profile(self) -> list[ProfileEntry]:
        """Per-operator timing of the last inference, in the order the operators ran (empty for
        a backend without a profiler). Raises ProfileUnsupported for firmware that predates
        GET_PROFILE, and NoProfile when no inference has completed (or the last one failed)."""
        return read_profile(self)

    def echo(self, data: bytes) -> bytes:
        return self.request(m.Request.ECHO, data)

    def _announcement(self, deadline: float) -> bytes | None:
        """The boot announcement's payload; None when none came, or it came damaged."""
        while (item := self.link.receive(deadline)) is not None:
            if isinstance(item, Rejection):
                # Boot noise (an ESP32's ROM messages) may precede the announcement, or the
                # announcement itself was damaged: wait a little longer, then ask with HELLO.
                deadline = min(deadline, time.monotonic() + ANNOUNCEMENT_GRACE_S)
                continue
            if item.seq == 0 and item.type == m.Request.HELLO | m.RESPONSE_FLAG:
                return item.payload
            if item.seq == 0 and item.type == m.ERROR_TYPE:  # e.g. a fault while booting
                self._raise_error(m.parse_error(item.payload), m.Request.HELLO)
        return None

    def _info(self) -> m.DeviceInfo:
        if self.info is None:
            raise HilError("call connect() before talking to the device")
        return self.info

    def _tensor(self, kind: str, index: int) -> m.TensorInfo:
        tensors = self._info().inputs if kind == "input" else self._info().outputs
        if not 0 <= index < len(tensors):
            raise HilError(f"the model on the device has {len(tensors)} {kind}s; no {kind} {index}")
        return tensors[index]


def _tensor_bytes(values: np.ndarray, tensor: m.TensorInfo, what: str) -> bytes:
    array = np.asarray(values)
    if array.dtype != tensor.dtype or array.size * array.itemsize != tensor.nbytes:
        raise HilError(f"{what} must be {tensor.nbytes // tensor.dtype.itemsize} values of "
                       f"{tensor.dtype} (shape {tensor.shape}), got {array.size} of {array.dtype}")
    return np.ascontiguousarray(array).tobytes()
