"""GET_PROFILE: the reply codec, and DeviceSession.profile() paging over loop:// against a
scripted device (the firmware's side is tested on the host build and on QEMU in tests/firmware)."""

from __future__ import annotations

import struct

import pytest
from fake_device import PROFILE, FakeDevice, FakeDevicePort

from harness.protocol import (
    DeviceErrorReply,
    DeviceSession,
    ErrorCode,
    FrameError,
    MalformedReply,
    NoProfile,
    ProfileEntry,
    ProfileUnsupported,
)
from harness.protocol import messages as m
from harness.protocol.profiling import ProfilePage, parse_profile, profile_payload


def session_with(device: FakeDevice) -> DeviceSession:
    session = DeviceSession(FakeDevicePort(device), timeout=2.0)
    session.connect(boot_timeout=0.05)
    return session


def test_request_and_reply_layouts():
    assert m.Request.GET_PROFILE == 0x07
    assert profile_payload(0x0102) == b"\x02\x01"
    payload = struct.pack("<IHHB", 9, 4, 2, 2) + struct.pack("<HIB", 7, 0x01020304, 7) + \
        b"CONV_2D" + struct.pack("<HIB", 3, 5, 0)
    assert parse_profile(payload) == ProfilePage(9, 4, 2, (ProfileEntry(7, "CONV_2D", 0x01020304),
                                                           ProfileEntry(3, "", 5)))


@pytest.mark.parametrize("payload, problem", [
    (struct.pack("<IHHB", 1, 3, 0, 1), "cut short"),
    (struct.pack("<IHHB", 1, 3, 0, 1) + struct.pack("<HIB", 0, 5, 4) + b"ADD", "cut short"),
    (struct.pack("<IHHB", 1, 3, 0, 0) + b"\x00", "1 bytes after its 0 entries"),
    (struct.pack("<IHHB", 1, 1, 1, 1) + struct.pack("<HIB", 0, 5, 0), r"entries 1\.\.1 of only 1"),
    (b"\x01\x00", "cut short"),
])
def test_malformed_replies_are_refused(payload, problem):
    with pytest.raises(MalformedReply, match=problem):
        parse_profile(payload)


def test_the_profile_arrives_whole_across_pages():
    device = FakeDevice()  # 64-byte payloads: a few entries per page
    session = session_with(device)
    session.invoke(3)
    requests = device.requests
    assert session.profile() == [ProfileEntry(*entry) for entry in PROFILE]
    assert device.requests - requests > 1


def test_a_profile_that_fits_one_page_takes_one_request():
    device = FakeDevice(max_payload=1024)
    session = session_with(device)
    session.invoke()
    requests = device.requests
    assert len(session.profile()) == len(PROFILE) and device.requests == requests + 1


def test_long_profiles_page_past_255_entries():
    entries = [(i, "ADD", i) for i in range(600)]
    device = FakeDevice(max_payload=4096, profile=entries)
    session = session_with(device)
    session.invoke()
    assert session.profile() == [ProfileEntry(*entry) for entry in entries]


def test_a_backend_without_a_profiler_gives_an_empty_profile():
    session = session_with(FakeDevice(profile=[]))
    session.invoke()
    assert session.profile() == []


def test_no_profile_before_an_inference():
    with pytest.raises(NoProfile, match="invoke the model first"):
        session_with(FakeDevice()).profile()


def test_old_firmware_raises_profile_unsupported():
    session = session_with(FakeDevice(profile=None))
    session.invoke()
    with pytest.raises(ProfileUnsupported, match="rebuild and flash") as error:
        session.profile()
    assert isinstance(error.value, DeviceErrorReply)
    assert error.value.code == ErrorCode.UNKNOWN_REQUEST


def test_other_refusals_are_not_mistaken_for_old_firmware():
    session = session_with(FakeDevice(damage=[None, ErrorCode.NOT_READY]))
    session.invoke()
    with pytest.raises(DeviceErrorReply, match="GET_PROFILE: NOT_READY") as error:
        session.profile()
    assert not isinstance(error.value, ProfileUnsupported)


def test_a_corrupted_page_is_asked_for_again():
    device = FakeDevice(damage=[None, None, "corrupt"])
    session = session_with(device)
    session.invoke()
    assert len(session.profile()) == len(PROFILE) and session.resent == 1


class ResettingDevice(FakeDevice):
    """Runs another inference (as after a reset and a new invoke) once the first page is out."""

    def _profile_page(self, first: int) -> bytes:
        page = super()._profile_page(first)
        self.invokes += 1
        return page


def test_a_profile_that_changes_between_pages_is_refused():
    session = session_with(ResettingDevice())
    session.invoke()
    with pytest.raises(FrameError, match="changed while it was read"):
        session.profile()
