"""The state of a faulty link across connections: the seeded random streams, what was injected,
and what the receivers got.

One plan outlives the connections a run opens (a restart reconnects), so its faults keep coming
where they left off instead of striking the same byte after every reconnect. A plan is found by
name from its URL (`hilfault://<url>#plan=<name>`) while its owner holds it.

Detection is measured, not assumed: each direction decodes the original frames and the frames
its receiver is actually given (the same decoder the harness uses, and the firmware mirrors); a
frame given intact that was never sent is a corruption that got through (`undetected`).
"""

from __future__ import annotations

import itertools
import random
import weakref
from collections import Counter
from typing import Protocol

from harness.errors import HilError
from harness.faults.spec import DEVICE_KINDS, DIRECTIONS, LINK_KINDS, FaultSpec
from harness.protocol.frames import Frame, FrameDecoder

_PLANS: weakref.WeakValueDictionary[str, FaultPlan] = weakref.WeakValueDictionary()
_NAMES = itertools.count(1)


class DeviceControl(Protocol):
    """What a board's runner can do to the device behind a URL (QEMU: its monitor)."""

    def reset(self, url: str) -> None: ...

    def hang(self, url: str) -> None: ...


class FrameAccount:
    """One direction's frames: those sent, and whether what was delivered matches them."""

    def __init__(self):
        self.sent: Counter[Frame] = Counter()
        self.undetected = 0  # intact-looking frames delivered that were never sent
        self._delivered = FrameDecoder()

    def delivered(self, data: bytes) -> None:
        for item in self._delivered.feed(data):
            if not isinstance(item, Frame):
                continue  # rejected: the damage was noticed
            if self.sent[item] > 0:
                self.sent[item] -= 1
            else:
                self.undetected += 1


class FaultPlan:
    def __init__(self, spec: FaultSpec, device: DeviceControl | None = None):
        self.spec, self.device = spec, device
        self.counts: Counter[str] = Counter()  # kind -> faults injected
        self.events: list[tuple[str, str, int]] = []  # (kind, direction, byte or INVOKE number)
        self.frames = {direction: FrameAccount() for direction in DIRECTIONS}
        self.invokes = 0  # INVOKE requests seen going to the device
        self.unsupported = ""  # why a device fault could not be injected
        self._rngs = {d: random.Random(f"{spec.seed}:{d}") for d in (*DIRECTIONS, "device")}
        self.name = f"plan{next(_NAMES)}"
        _PLANS[self.name] = self

    def url(self, inner: str) -> str:
        """The hilfault:// URL of `inner` behind this plan."""
        return f"hilfault://{inner}#plan={self.name}"

    @property
    def active(self) -> bool:
        spent = self.spec.max_faults and sum(self.counts.values()) >= self.spec.max_faults
        return self.invokes >= self.spec.after_invokes and not spent

    def link_fault(self, direction: str) -> str | None:
        """The fault striking the next byte in `direction`, if any."""
        if not self.active or direction not in self.spec.directions:
            return None
        draw = self._rngs[direction].random()
        for kind in LINK_KINDS:
            draw -= self.spec.rate(kind)
            if draw < 0:
                return kind
        return None

    def corruption_mask(self, direction: str) -> int:
        return self._rngs[direction].randrange(1, 256)

    def device_fault(self) -> str | None:
        """Counts an INVOKE going to the device; the device fault to strike it, if any."""
        strike = self.active
        self.invokes += 1
        if not strike:
            return None
        rng = self._rngs["device"]
        return next((kind for kind in DEVICE_KINDS if rng.random() < self.spec.rate(kind)), None)

    def record(self, kind: str, direction: str, position: int) -> None:
        self.counts[kind] += 1
        self.events.append((kind, direction, position))

    @property
    def undetected(self) -> int:
        return sum(account.undetected for account in self.frames.values())


def plan_named(name: str) -> FaultPlan:
    plan = _PLANS.get(name)
    if plan is None:
        raise HilError(f"no fault plan {name!r} is active in this process")
    return plan
