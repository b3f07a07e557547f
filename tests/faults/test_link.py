"""The faulty link (`hilfault://`) over pyserial's loop:// (every byte written comes back): what it
injects, that it is reproducible, and that the frame decoder notices every damaged frame."""

from __future__ import annotations

import time

import pytest
import serial

from harness.errors import HilError
from harness.faults import FaultPlan, FaultSpec
from harness.faults.stream import FaultyStream
from harness.protocol import LinkError
from harness.protocol.frames import Frame, FrameDecoder, Rejection, encode_frame
from harness.protocol.link import FrameLink, open_port

FRAMES = [Frame(0x06, seq, bytes(range(seq % 60))) for seq in range(1, 401)]


def loop_traffic(url: str) -> tuple[serial.SerialBase, bytes]:
    """Every frame through the port and back; the port and what came back."""
    port = open_port(url)
    received = bytearray()
    for frame in FRAMES:
        port.write(b"\x00" + encode_frame(frame))
        received += port.read(1 << 16)
    return port, bytes(received)


def test_the_same_seed_injects_the_same_faults_at_the_same_bytes():
    url = "hilfault://loop://#drop=0.003&corrupt=0.003&duplicate=0.003&seed=7"
    first, first_bytes = loop_traffic(url)
    second, second_bytes = loop_traffic(url)
    other, other_bytes = loop_traffic(url.replace("seed=7", "seed=8"))
    assert first.plan.events == second.plan.events and first_bytes == second_bytes
    assert first.plan.events != other.plan.events
    assert set(first.plan.counts) == {"drop", "corrupt", "duplicate"}


def test_every_damaged_frame_is_rejected_and_every_intact_one_arrives():
    port, received = loop_traffic("hilfault://loop://#drop=0.002&corrupt=0.002&duplicate=0.002")
    items = FrameDecoder().feed(received)
    intact = [item for item in items if isinstance(item, Frame)]
    assert sum(port.plan.counts.values()) > 50
    assert port.plan.undetected == 0
    assert set(intact) <= set(FRAMES) and len(intact) < len(FRAMES)
    assert any(isinstance(item, Rejection) for item in items)


def test_a_clean_plan_changes_nothing():
    port, received = loop_traffic("hilfault://loop://#seed=1")
    assert FrameDecoder().feed(received) == FRAMES and not port.plan.events


def test_delays_hold_bytes_back_in_order():
    plan = FaultPlan(FaultSpec({"delay": 0.05}, seed=3, delay_s=1000.0))
    stream = FaultyStream(plan, "to_host", "loop://")
    for frame in FRAMES[:50]:
        stream.push(encode_frame(frame))
    now = time.monotonic()
    early = b"".join(data for data, _ in stream.due(now))
    late = b"".join(data for data, _ in stream.due(now + 2000.0))
    assert plan.counts["delay"] > 0 and len(late) > 0
    assert early + late == b"".join(encode_frame(f) for f in FRAMES[:50])


def test_a_cut_breaks_the_connection_for_good():
    link = FrameLink(open_port("hilfault://loop://#cut=0.01&seed=2"))
    with pytest.raises(LinkError, match="connection cut"):
        for frame in FRAMES:
            link.send(frame)
            link.receive(time.monotonic() + 0.01)
    with pytest.raises(LinkError):
        link.send(FRAMES[0])


def test_faults_start_after_the_invokes_asked_for():
    invoke = Frame(0x03, 1, b"\x01\x00")
    port = open_port("hilfault://loop://#corrupt=1&after_invokes=3&max_faults=2"
                     "&directions=to_device")
    for _ in range(3):
        port.write(encode_frame(invoke))
    assert port.plan.counts["corrupt"] == 0
    port.write(encode_frame(invoke))
    assert port.plan.counts["corrupt"] == 2  # max_faults: then it stops


@pytest.mark.parametrize("url, message", [
    ("hilfault://loop://#explode=0.1", "unknown fault setting 'explode'"),
    ("hilfault://loop://#drop=lots", "bad value 'lots' for drop"),
    ("hilfault://loop://#drop=0.7&corrupt=0.7", "summing to at most 1"),
    ("hilfault://loop://#plan=nope", "no fault plan 'nope'"),
])
def test_bad_fault_urls_are_refused_clearly(url, message):
    with pytest.raises(HilError, match=message):
        open_port(url)


def test_a_plan_is_shared_by_the_connections_of_a_run():
    plan = FaultPlan(FaultSpec({"corrupt": 0.01}, seed=5))
    first, _ = loop_traffic(plan.url("loop://"))
    after_first = list(plan.events)
    loop_traffic(plan.url("loop://"))
    assert first.plan is plan and plan.events[:len(after_first)] == after_first
    assert len(plan.events) > len(after_first)
    assert plan.events[len(after_first):] != after_first[:len(plan.events) - len(after_first)]
