"""A session whose answers are vouched for before they are accepted.

A device that resets loses its inputs and outputs without a word if the boot announcement is
lost; a GET_OUTPUT after such a reset returns zeros in a perfectly valid frame. The device's
invoke counter (STATS `invokes`, counted since boot) tells: the harness knows how many
inferences it asked for, so a counter below that figure means the device restarted and its
recent answers are void. A counter that starts above 0 keeps a reset from ever looking like
progress (after a reset the counter can at most equal the INVOKEs sent since, which is less).

A request without a reply is sent again (a lost frame looks like that); one that stays
unanswered means the device hangs. INVOKE is never sent again blindly: when its reply is lost,
the counter says whether it ran. That answer is only sound if a device that restarted silently
and then ran the INVOKE cannot report exactly the count of one that never ran it; so no INVOKE
asks for as many runs as the counter last verified (which starts at 2, not 1): after a restart
the counter holds at most the runs sent since that verification, which is then less than
expected whether or not the lost INVOKE ran.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy as np

from harness.protocol import DeviceReset, DeviceSession, DeviceStats, DeviceTimeout, FrameError
from harness.protocol import messages as m
from harness.protocol.errors import MalformedReply, NoProfile, ProfileUnsupported
from harness.protocol.profiling import ProfileEntry

T = TypeVar("T")


class DeviceHung(DeviceTimeout):
    """Requests stayed unanswered after every retry."""


class CountedDevice:
    """Infers through `session` once `start()` read the counter; `verify()` raises DeviceReset
    if anything answered since the last verification may come from a device that restarted."""

    def __init__(self, session: DeviceSession, lost_retries: int = 2,
                 invoke_timeout: float | None = None):
        self.session, self.lost_retries = session, lost_retries
        self.invoke_timeout = invoke_timeout  # None: the session's, as for every request
        self.expected = 0  # the device's invoke counter once every INVOKE sent has run
        self.verified = 0  # the counter the device last reported (and was found sound)
        self.timeouts = 0  # requests that went unanswered (lost frames, a stalled link)

    def start(self) -> DeviceStats:
        """Reads the counter; a device fresh from boot runs inferences first (on whatever its
        inputs hold) until it reaches 2, so the counter is never below that again until the
        device resets, and INVOKEs of one run stay under it."""
        self.expected = self.patiently(self.session.stats).invokes
        if self.expected < 2:
            self._invoke_once(2 - self.expected)  # a restart here loses nothing: no input yet
        return self.verify()

    def verify(self) -> DeviceStats:
        stats = self.patiently(self.session.stats)
        self._absorb(stats.invokes)
        return stats

    def infer(self, inputs: np.ndarray, runs: int) -> tuple[np.ndarray, list[int]]:
        """One sample: input set, `runs` invocations, output 0 read back (unverified)."""
        self.patiently(self.session.set_input, 0, inputs)
        ticks = self.invoke(runs)
        return self.patiently(self.session.get_output, 0), ticks

    def profile(self) -> list[ProfileEntry]:
        """Per-operator timing of the last inference (unverified); empty when the firmware
        keeps none."""
        try:
            return self.patiently(self.session.profile)
        except (NoProfile, ProfileUnsupported):
            return []

    def invoke(self, runs: int) -> list[int]:
        batch = (self.session.info.max_payload - 2) // 4
        ticks: list[int] = []
        while len(ticks) < runs:
            ticks += self._invoke_once(self._under_verified(min(batch, runs - len(ticks))))
        return ticks

    def _under_verified(self, runs: int) -> int:
        """`runs`, or fewer: less than the counter last verified (verified again first when
        that lets the INVOKE ask for more), so a restart behind a lost reply shows."""
        if runs >= self.verified:
            self.verify()
        return min(runs, self.verified - 1)

    def patiently(self, call: Callable[..., T], *args) -> T:
        """`call(*args)`, sent again while it goes unanswered; DeviceHung when it never is."""
        for _ in range(self.lost_retries + 1):
            try:
                return call(*args)
            except DeviceTimeout as exc:
                self.timeouts += 1
                problem = exc
        raise DeviceHung(f"the device stopped answering ({self.lost_retries + 1} tries: "
                         f"{problem})") from problem

    def _invoke_once(self, runs: int) -> list[int]:
        for _ in range(self.lost_retries + 1):
            try:
                reply = self.session.request(m.Request.INVOKE, m.invoke_payload(runs),
                                             self.invoke_timeout, retries=0)
            except MalformedReply:
                raise
            except (DeviceTimeout, FrameError) as exc:
                self.timeouts += isinstance(exc, DeviceTimeout)
                problem = exc
                self.verify()  # did it run? The counter says; then send it again for its ticks
                continue
            self.expected += runs
            return m.parse_ticks(reply, runs)
        raise DeviceHung(f"INVOKE got no reply in {self.lost_retries + 1} tries ({problem})"
                         ) from problem

    def _absorb(self, invokes: int) -> None:
        if invokes < self.expected:
            raise DeviceReset(f"the device's invoke counter is {invokes}, {self.expected} were "
                              "run: it restarted, and what it answered since the last check "
                              "is void")
        self.expected = self.verified = invokes
