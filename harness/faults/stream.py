"""One direction of a faulty connection: bytes in, damaged and delayed bytes out when due.

The stream is handled a frame at a time (up to each 0x00 delimiter), which a receiver cannot
tell from the byte stream, so that device faults can be tied to the INVOKE request they strike
and the firmware's fault-injection replies can be taken off the link before the harness sees
them. Bytes never overtake each other: a delay holds back everything behind it too.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from harness.faults.plan import FaultPlan
from harness.protocol import messages as m
from harness.protocol.frames import DELIMITER, Frame, FrameDecoder, encode_frame

INJECT_FAULT = 0x7E  # the test-only request (firmware/common/hil_fault_injection.h)
FIRMWARE_FAULTS = {"fault": 1, "spin": 2}  # kinds the firmware strikes itself, by code
_MAX_PARTIAL = 1 << 16  # a stream without delimiters is passed on as it is

Action = Callable[[], None]


class FaultyStream:
    def __init__(self, plan: FaultPlan, direction: str, url: str):
        self.plan, self.direction, self.url = plan, direction, url
        self.cut = False
        self._partial = bytearray()
        self._queue: deque[tuple[float, bytes, Action | None]] = deque()
        self._hold_until = 0.0
        self._position = 0  # bytes of the original stream so far
        self._decoder = FrameDecoder()

    def push(self, data: bytes) -> None:
        self._partial += data
        if DELIMITER not in self._partial and len(self._partial) < _MAX_PARTIAL:
            return
        *units, rest = bytes(self._partial).split(DELIMITER)
        self._partial = bytearray(rest)
        for unit in units:
            if not self.cut:
                self._unit(unit + DELIMITER)

    def due(self, now: float) -> list[tuple[bytes, Action | None]]:
        """The pieces whose time has come, each with what to do once it is on its way."""
        pieces = []
        while self._queue and self._queue[0][0] <= now:
            _, data, action = self._queue.popleft()
            self.plan.frames[self.direction].delivered(data)
            pieces.append((data, action))
        return pieces

    def _unit(self, unit: bytes) -> None:
        frames = [f for f in self._decoder.feed(unit) if isinstance(f, Frame)]
        for frame in frames:
            if self.direction == "to_host" and _is_injection_reply(frame):
                self._note_injection_reply(frame)
                return
            self.plan.frames[self.direction].sent[frame] += 1
        damaged = self._damaged(unit)  # before the INVOKE in it counts: faults start after it
        prefix, action = b"", None
        if self.direction == "to_device" and any(f.type == m.Request.INVOKE for f in frames):
            prefix, action = self._device_fault()
        self._enqueue(prefix + damaged, action)

    def _device_fault(self) -> tuple[bytes, Action | None]:
        kind = self.plan.device_fault()
        if kind is None:
            return b"", None
        if kind in FIRMWARE_FAULTS:  # armed just before this INVOKE, struck by it
            self.plan.record(kind, self.direction, self.plan.invokes)
            arm = Frame(INJECT_FAULT, 0, bytes([FIRMWARE_FAULTS[kind]]))
            self.plan.frames[self.direction].sent[arm] += 1
            return DELIMITER + encode_frame(arm), None
        if self.plan.device is None:
            self.plan.unsupported = f"no way to {kind} the device behind {self.url}"
            return b"", None
        self.plan.record(kind, self.direction, self.plan.invokes)
        control = getattr(self.plan.device, kind)
        return b"", lambda: control(self.url)

    def _damaged(self, unit: bytes) -> bytes:
        out = bytearray()
        for byte in unit:
            kind = self.plan.link_fault(self.direction)
            self._position += 1
            if kind is not None:
                self.plan.record(kind, self.direction, self._position)
            if kind == "cut":
                self.cut = True
                break
            if kind == "corrupt":
                byte ^= self.plan.corruption_mask(self.direction)
            if kind != "drop":
                out.append(byte)
            if kind == "duplicate":
                out.append(byte)
            if kind in ("delay", "stall"):
                hold = self.plan.spec.delay_s if kind == "delay" else self.plan.spec.stall_s
                self._hold_until = max(self._hold_until, time.monotonic() + hold)
        return bytes(out)

    def _enqueue(self, data: bytes, action: Action | None) -> None:
        self._queue.append((max(self._hold_until, time.monotonic()), data, action))

    def _note_injection_reply(self, frame: Frame) -> None:
        if frame.type == m.ERROR_TYPE:
            self.plan.unsupported = ("the firmware has no fault injection (it refused the "
                                     "test-only request); build it with -DHIL_FAULT_INJECTION")


def _is_injection_reply(frame: Frame) -> bool:
    return frame.type == INJECT_FAULT | m.RESPONSE_FLAG or (
        frame.type == m.ERROR_TYPE and frame.payload[1:2] == bytes([INJECT_FAULT]))
