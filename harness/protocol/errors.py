"""What can go wrong talking to a device; all are harness.errors.DeviceError."""

from __future__ import annotations

from harness.errors import DeviceError


class DeviceTimeout(DeviceError):
    """No reply (or no boot announcement) before the deadline."""


class DeviceReset(DeviceError):
    """The device restarted (it announced a fresh boot) while a request was outstanding: what it
    held (inputs, outputs, counters) is gone."""


class LinkError(DeviceError):
    """The port itself failed: the socket closed (an emulator exited), the cable was pulled."""


class FrameError(DeviceError):
    """Replies that stayed corrupted after the retries, or that break the protocol."""


class MalformedReply(FrameError):
    """An intact frame whose payload does not have the layout its type promises."""


class DeviceErrorReply(DeviceError):
    """The device refused a request with an ERROR frame."""

    def __init__(self, message: str, code: int, request_type: int, fault=None):
        super().__init__(message)
        self.code, self.request_type, self.fault = code, request_type, fault


class ModelMismatch(DeviceError):
    """The device runs another model (or another build of it) than the one expected."""


class ProfileUnsupported(DeviceErrorReply):
    """The firmware predates GET_PROFILE (it answered UNKNOWN_REQUEST)."""


class NoProfile(DeviceError):
    """The device holds no profile: no inference has completed since boot, or the last failed."""
