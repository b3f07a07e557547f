"""GET_PROFILE (docs/protocol.md): the per-operator timing of the device's last inference, as a
pure codec and a reader that pages through every entry."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from harness.protocol import messages as m
from harness.protocol.channel import RequestChannel
from harness.protocol.errors import (
    DeviceErrorReply,
    FrameError,
    MalformedReply,
    NoProfile,
    ProfileUnsupported,
)

NAME_MAX = 48  # bytes: the firmware cuts longer op names (HIL_PROFILE_NAME_MAX)


@dataclass(frozen=True)
class ProfileEntry:
    """One timed operator: its index in the .tflite's subgraph 0, its op name as the device
    reports it ("CONV_2D", or a custom op's own name), and the board timer ticks it took."""

    operator: int
    op: str
    ticks: int


@dataclass(frozen=True)
class ProfilePage:
    invoke: int  # the inference (counted since boot) the entries are of; 0 for none
    total: int
    first: int
    entries: tuple[ProfileEntry, ...]


def profile_payload(first: int) -> bytes:
    return struct.pack("<H", first)


def parse_profile(payload: bytes) -> ProfilePage:
    r = m.PayloadReader(payload, "PROFILE")
    invoke, total, first, count = r.take("IHHB")
    entries = []
    for _ in range(count):
        operator, ticks = r.take("HI")
        entries.append(ProfileEntry(operator, r.text(), ticks))
    if r.offset != len(payload):
        raise MalformedReply(f"PROFILE reply has {len(payload) - r.offset} bytes after its "
                             f"{count} entries")
    if first + count > total:
        raise MalformedReply(f"PROFILE reply holds entries {first}..{first + count - 1} of "
                             f"only {total}")
    return ProfilePage(invoke, total, first, tuple(entries))


def read_profile(channel: RequestChannel) -> list[ProfileEntry]:
    """Every entry of the last inference's profile, in the order the operators ran; empty for a
    backend without a profiler.

    Raises:
        ProfileUnsupported: the firmware predates GET_PROFILE.
        NoProfile: no inference has completed since boot, or the last one failed.
    """
    page = _page(channel, 0)
    if page.invoke == 0:
        raise NoProfile("the device holds no profile: no inference has completed since it "
                        "booted, or the last one failed; invoke the model first")
    entries = list(page.entries)
    while len(entries) < page.total:
        more = _page(channel, len(entries))
        if (more.invoke, more.total) != (page.invoke, page.total):
            raise FrameError(f"the profile changed while it was read (inference {page.invoke} "
                             f"then {more.invoke}): did the device reset?")
        if not more.entries:
            raise MalformedReply(f"PROFILE reply from entry {len(entries)} holds no entry")
        entries += more.entries
    return entries


def _page(channel: RequestChannel, first: int) -> ProfilePage:
    try:
        page = parse_profile(channel.request(m.Request.GET_PROFILE, profile_payload(first)))
    except DeviceErrorReply as error:
        if error.code != m.ErrorCode.UNKNOWN_REQUEST:
            raise
        raise ProfileUnsupported(
            "the firmware on the device has no per-operator profile (it answered GET_PROFILE "
            "with UNKNOWN_REQUEST): it was built by an older harness; rebuild and flash it",
            error.code, error.request_type) from None
    if page.first != first:
        raise MalformedReply(f"PROFILE reply starts at entry {page.first}, {first} was asked for")
    return page
