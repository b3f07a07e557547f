"""A session with a labgrid coordinator: places, reservations, locks (labgrid's client API).

Every call runs on the session's own event loop, so each thread (a bench worker, a pytest
worker) holds its own session. The session's name is labgrid's `host/user`, with the harness's
process id appended to the user (`host/user.hil1234`): labgrid keeps a place locked until its
holder releases it, also when the holder crashed, so a later run on the same host recognises a
lock whose process is gone and takes it back (labgrid's release-from).
"""

from __future__ import annotations

import asyncio
import os
from datetime import datetime

import grpc
from labgrid.remote.client import ClientSession, Error
from labgrid.remote.common import Place
from labgrid.remote.generated import labgrid_coordinator_pb2 as pb
from labgrid.remote.generated import labgrid_coordinator_pb2_grpc as pb_grpc

from harness.errors import BoardError

DEFAULT_PORT = 20408
CONNECT_TIMEOUT_S = 10.0
CALL_TIMEOUT_S = 30.0
_HIL = ".hil"


class FarmError(BoardError):
    """The coordinator cannot be reached, or refused a request."""


class Coordinator:
    """A client session with the coordinator at `address` (HOST[:PORT])."""

    def __init__(self, address: str, connect_timeout: float = CONNECT_TIMEOUT_S):
        self.address = address if ":" in address else f"{address}:{DEFAULT_PORT}"
        self.loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self.loop)  # grpc's channel binds to the thread's current loop
        self.session = ClientSession(self.address, self.loop)
        # A connection of its own: grpc shares one between a process's channels to the same
        # address, and the coordinator tells its clients apart by their connection.
        self.loop.run_until_complete(self.session.channel.close())  # never connected
        self.session.channel = grpc.aio.insecure_channel(
            self.address, options=[("grpc.use_local_subchannel_pool", 1)])
        self.session.stub = pb_grpc.CoordinatorStub(self.session.channel)
        user = f"{self.session.getuser()}{_HIL}{os.getpid()}"
        self.session.getuser = lambda: user  # the name labgrid gives this session
        self.name = f"{self.session.gethostname()}/{user}"
        try:
            self._run(self.session.start(), connect_timeout)
        except (FarmError, Error) as exc:
            self.close()
            raise FarmError(f"cannot reach the labgrid coordinator at {self.address} ({exc}); "
                            "is labgrid-coordinator running there? Set it with --coordinator "
                            "or LG_COORDINATOR") from None

    def places(self) -> dict[str, Place]:
        self.sync()
        return dict(self.session.places)

    def place(self, name: str) -> Place:
        places = self.places()
        if name not in places:
            raise FarmError(f"no place {name!r} on the coordinator at {self.address}; places: "
                            f"{', '.join(sorted(places)) or 'none'} (labgrid-client places)")
        return places[name]

    def call(self, method: str, request):
        """A coordinator request (e.g. "AcquirePlace"); FarmError naming its refusal."""
        try:
            return self._run(getattr(self.session.stub, method)(request), CALL_TIMEOUT_S)
        except grpc.aio.AioRpcError as exc:
            raise FarmError(f"the coordinator refused {method}: {exc.details()}") from None

    def sync(self) -> None:
        """Waits until the coordinator's updates so far are applied to `places()`."""
        if not self._run(self.session.sync_with_coordinator(), CALL_TIMEOUT_S):
            raise FarmError(f"lost the labgrid coordinator at {self.address}")

    def ensure_place(self, name: str, matches: list[str], tags: dict[str, str]) -> None:
        """Creates the place if needed, with `matches` and `tags` (what an admin does with
        labgrid-client create, add-match, set-tags)."""
        if name not in self.places():
            self.call("AddPlace", pb.AddPlaceRequest(name=name))
        for pattern in matches:
            if not self.places()[name].hasmatch(pattern.split("/")):
                self.call("AddPlaceMatch", pb.AddPlaceMatchRequest(placename=name,
                                                                   pattern=pattern))
        self.call("SetPlaceTags", pb.SetPlaceTagsRequest(placename=name, tags=tags))
        self.sync()

    def crashed_holder(self, place: Place) -> bool:
        """The place is locked by a harness run on this host whose process is gone."""
        holder = place.acquired or ""
        mine = self.name[:self.name.rindex(_HIL) + len(_HIL)]
        pid = holder[len(mine):]
        return holder.startswith(mine) and pid.isdigit() and not _alive(int(pid))

    def close(self) -> None:
        try:
            if self.session.pump_task is not None:
                self.loop.run_until_complete(self.session.stop())
            self.loop.run_until_complete(self.session.close())
        finally:
            self.loop.close()

    def _run(self, coroutine, timeout: float):
        try:
            return self.loop.run_until_complete(asyncio.wait_for(coroutine, timeout))
        except TimeoutError:
            raise FarmError(f"the labgrid coordinator at {self.address} did not answer within "
                            f"{timeout:g} s") from None


def holder_text(place: Place) -> str:
    """"NAME is held by host/user since 12:03:04" (or reserved by ...)."""
    since = datetime.fromtimestamp(place.changed).strftime("%Y-%m-%d %H:%M:%S")
    if place.acquired:
        return f"{place.name} is held by {place.acquired} since {since}"
    if place.reservation:
        return f"{place.name} is reserved (reservation {place.reservation}) since {since}"
    return f"{place.name} is free"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
