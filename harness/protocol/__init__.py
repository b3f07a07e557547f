"""The device protocol (docs/protocol.md): frames, messages, and a session over any pyserial
URL."""

from harness.protocol.errors import (
    DeviceErrorReply,
    DeviceReset,
    DeviceTimeout,
    FrameError,
    LinkError,
    MalformedReply,
    ModelMismatch,
    NoProfile,
    ProfileUnsupported,
)
from harness.protocol.messages import DeviceInfo, DeviceStats, ErrorCode, TensorInfo, TimerKind
from harness.protocol.profiling import ProfileEntry
from harness.protocol.session import DeviceSession

__all__ = ["DeviceErrorReply", "DeviceInfo", "DeviceReset", "DeviceSession", "DeviceStats",
           "DeviceTimeout", "ErrorCode", "FrameError", "LinkError", "MalformedReply",
           "ModelMismatch", "NoProfile", "ProfileEntry", "ProfileUnsupported", "TensorInfo",
           "TimerKind"]
