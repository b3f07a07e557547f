"""Acquiring a place: a reservation for the wanted tags, then the lock, then its resources.

    with acquired_place("127.0.0.1:20408", {"board": "qemu-m4"}, wait=60) as place:
        place.serial_url   # rfc2217://host:port of its NetworkSerialPort (ser2net)

The place is released and the reservation cancelled when the block ends, whatever ends it
(an error, Ctrl-C). A place whose lock outlived a crashed harness run on this host is taken back
(see coordinator.py); a place that stays held ends the wait with an error naming its holder.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from labgrid.remote.common import Reservation, ReservationState
from labgrid.remote.generated import labgrid_coordinator_pb2 as pb

from harness.boards.farm.coordinator import Coordinator, FarmError, holder_text
from harness.boards.farm.resources import PlaceLink, place_link

_POLL_S = 0.5


class PlaceBusy(FarmError):
    """No place with the wanted tags became free in time."""


def parse_tags(text: str) -> dict[str, str]:
    """"board=qemu-m4,serial=x" (or a bare place name) -> labgrid's tag filter."""
    pairs = [part.strip() for part in text.replace(" ", ",").split(",") if part.strip()]
    if len(pairs) == 1 and "=" not in pairs[0]:
        return {"name": pairs[0]}
    if not pairs or not all(pair.count("=") == 1 for pair in pairs):
        raise FarmError(f"{text!r} is not a place name or a tag filter like 'board=qemu-m4'")
    return dict(pair.split("=") for pair in pairs)


@contextmanager
def acquired_place(coordinator: str | Coordinator, tags: dict[str, str],
                   wait: float) -> Iterator[PlaceLink]:
    """The first place with `tags` (a name: {"name": NAME}) that is free within `wait`
    seconds, locked for this block."""
    session = Coordinator(coordinator) if isinstance(coordinator, str) else coordinator
    try:
        name, token = reserve(session, tags, wait)
        try:
            session.call("AcquirePlace", pb.AcquirePlaceRequest(placename=name))
            try:
                yield place_link(session, name)
            finally:
                session.call("ReleasePlace", pb.ReleasePlaceRequest(placename=name))
        finally:
            with suppress(FarmError):
                session.call("CancelReservation", pb.CancelReservationRequest(token=token))
    finally:
        if session is not coordinator:
            session.close()


def matching(session: Coordinator, tags: dict[str, str]) -> list:
    """The places whose tags (and name) include `tags`."""
    return [place for name, place in sorted(session.places().items())
            if all((place.tags | {"name": name}).get(k) == v for k, v in tags.items())]


def reserve(session: Coordinator, tags: dict[str, str], wait: float) -> tuple[str, str]:
    """(place name, reservation token) once the coordinator allocated a place to us."""
    candidates = matching(session, tags)
    if not candidates:
        raise FarmError(f"no place has {_tags_text(tags)} on the coordinator at "
                        f"{session.address} (places: {', '.join(session.places()) or 'none'}); "
                        "`labgrid-client places` lists them, `set-tags` tags them")
    for place in candidates:
        if session.crashed_holder(place):
            session.call("ReleasePlace", pb.ReleasePlaceRequest(placename=place.name,
                                                                fromuser=place.acquired))
    request = pb.CreateReservationRequest(
        filters={"main": pb.Reservation.Filter(filter=tags)}, prio=0.0)
    token = Reservation.from_pb2(session.call("CreateReservation", request).reservation).token
    try:
        return _allocated(session, tags, token, time.monotonic() + wait, wait), token
    except BaseException:  # Ctrl-C while waiting too: no reservation is left behind
        with suppress(FarmError):
            session.call("CancelReservation", pb.CancelReservationRequest(token=token))
        raise


def _allocated(session: Coordinator, tags: dict[str, str], token: str, end: float,
               wait: float) -> str:
    while True:
        reply = session.call("PollReservation", pb.PollReservationRequest(token=token))
        reservation = Reservation.from_pb2(reply.reservation)
        if reservation.state is ReservationState.allocated:
            return reservation.allocations["main"][0]
        if time.monotonic() >= end or reservation.state is not ReservationState.waiting:
            held = "; ".join(holder_text(place) for place in matching(session, tags))
            raise PlaceBusy(f"no place with {_tags_text(tags)} became free within {wait:g} s: "
                            f"{held}. Wait longer (--wait), or ask the holder to release it "
                            "(labgrid-client -p PLACE release)")
        time.sleep(_POLL_S)


def _tags_text(tags: dict[str, str]) -> str:
    return ", ".join(f"{key}={value}" for key, value in tags.items())
