"""GET_PROFILE in the firmware's request server, built for the host (with sanitizers): the
fixture's profile, the weak defaults of a backend without a profiler, and how replies are filled
and paged (a 300-entry profile at payload limits of 64 and 16384 bytes)."""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest
from fixture_backend import PROFILED_OPERATORS

from harness.protocol import messages as m
from harness.protocol.frames import Frame, FrameDecoder, encode_frame
from harness.protocol.profiling import ProfileEntry, ProfilePage, parse_profile, profile_payload

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
ENTRIES = 300


def served(server: Path, *requests: Frame) -> list[Frame]:
    """The replies of a host-built server to `requests` (its boot announcement dropped)."""
    stream = b"".join(encode_frame(r) for r in requests)
    output = subprocess.run([str(server)], input=stream, capture_output=True, check=True).stdout
    return FrameDecoder().feed(output)[1:]


def get_profile(seq: int, first: int = 0) -> Frame:
    return Frame(m.Request.GET_PROFILE, seq, profile_payload(first))


def invoke(seq: int, runs: int = 1) -> Frame:
    return Frame(m.Request.INVOKE, seq, m.invoke_payload(runs))


def page_of(reply: Frame) -> ProfilePage:
    assert reply.type == m.Request.GET_PROFILE | m.RESPONSE_FLAG, reply
    return parse_profile(reply.payload)


def test_the_fixture_profile_names_its_operators_with_the_host_timer(host_tools):
    before, _, after = served(host_tools.server, get_profile(1), invoke(2, runs=2), get_profile(3))
    assert page_of(before) == ProfilePage(0, 0, 0, ())  # nothing has run yet
    # The host timer advances 1000 ticks per reading: each stage spans one step.
    assert page_of(after) == ProfilePage(2, 3, 0, tuple(
        ProfileEntry(operator, op, 1000) for operator, op in PROFILED_OPERATORS))
    assert after.payload == struct.pack("<IHHB", 2, 3, 0, 3) + b"".join(
        struct.pack("<HIB", operator, 1000, len(op)) + op.encode()
        for operator, op in PROFILED_OPERATORS)


def test_a_later_page_and_the_end_of_the_profile(host_tools):
    _, last, end, beyond = served(host_tools.server, invoke(1), get_profile(2, first=2),
                                  get_profile(3, first=3), get_profile(4, first=4))
    assert page_of(last).entries == (ProfileEntry(3, "SPIN", 1000),)
    assert page_of(end) == ProfilePage(1, 3, 3, ())
    assert (beyond.type, beyond.payload) == (m.ERROR_TYPE, bytes([m.ErrorCode.OUT_OF_RANGE,
                                                                  m.Request.GET_PROFILE]))


@pytest.mark.parametrize("payload", [b"", b"\x00", b"\x00\x00\x00"])
def test_a_request_without_exactly_a_u16_is_refused(host_tools, payload):
    (reply,) = served(host_tools.server, Frame(m.Request.GET_PROFILE, 1, payload))
    assert (reply.type, reply.payload) == (m.ERROR_TYPE, bytes([m.ErrorCode.BAD_PAYLOAD,
                                                                m.Request.GET_PROFILE]))


def test_a_failed_inference_leaves_no_profile_behind(host_tools):
    """The fixture still holds the stages of the run before; the server must not pass them off
    as the failed run's."""
    nan = np.array([[np.nan, 0, 0]], np.float32).tobytes()
    replies = served(host_tools.server, invoke(1),
                     Frame(m.Request.SET_INPUT, 2, m.set_input_payload(1, 0, nan)),
                     invoke(3), get_profile(4))
    assert replies[2].type == m.ERROR_TYPE
    assert page_of(replies[3]) == ProfilePage(0, 0, 0, ())


def test_without_a_profiler_the_weak_defaults_report_no_entries(host_tools):
    ticks, profile = served(host_tools.server_without_profile, invoke(1), get_profile(2))
    assert m.parse_ticks(ticks.payload, 1) == [5000]  # the fixture ran, as with a profiler
    assert page_of(profile) == ProfilePage(1, 0, 0, ())


def expected_entry(index: int) -> ProfileEntry:
    name = LETTERS[len(LETTERS) - index % 61:]
    return ProfileEntry(7 * index % ENTRIES, name[:48], 1000003 * index)


def entry_bytes(entry: ProfileEntry) -> int:
    return 7 + len(entry.op)


@pytest.mark.parametrize("max_payload", [64, 16384])
def test_every_page_is_filled_and_the_pages_cover_the_profile(profile_model_servers,
                                                              max_payload):
    expected = [expected_entry(i) for i in range(ENTRIES)]
    requests = [invoke(1)] + [get_profile(2 + first, first) for first in range(ENTRIES + 1)]
    pages = [page_of(r) for r in served(profile_model_servers[max_payload], *requests)[1:]]
    for first, page in enumerate(pages):
        assert (page.invoke, page.total, page.first) == (1, ENTRIES, first)
        assert list(page.entries) == expected[first:first + len(page.entries)]
        used = 9 + sum(map(entry_bytes, page.entries))
        next_fits = first + len(page.entries) < ENTRIES and \
            used + entry_bytes(expected[first + len(page.entries)]) <= max_payload
        assert not next_fits or len(page.entries) == 255, f"page {first} stopped early"
    first, read = 0, []
    while first < ENTRIES:  # what the host does: ask again from first + count
        read += pages[first].entries
        first += len(pages[first].entries)
    assert read == expected


def test_a_page_holds_at_most_255_entries(profile_model_servers):
    _, page = served(profile_model_servers[16384], invoke(1), get_profile(2, first=0))
    assert len(page_of(page).entries) == 255  # entries 0..254 take 8,857 of 16,384 bytes
