"""The device protocol (docs/protocol.md): frames, messages, and a session over any pyserial
URL."""

from harness.protocol.errors import (
    DeviceErrorReply,
    DeviceTimeout,
    FrameError,
    LinkError,
    MalformedReply,
    ModelMismatch,
)
from harness.protocol.messages import DeviceInfo, DeviceStats, ErrorCode, TensorInfo, TimerKind
from harness.protocol.session import DeviceSession

__all__ = ["DeviceErrorReply", "DeviceInfo", "DeviceSession", "DeviceStats", "DeviceTimeout",
           "ErrorCode", "FrameError", "LinkError", "MalformedReply", "ModelMismatch", "TensorInfo",
           "TimerKind"]
