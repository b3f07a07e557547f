"""Offline activation memory planning: place buffers with known lifetimes in one arena.

Two buffers may share bytes only if their lifetimes (first to last step that touches them,
inclusive) are disjoint, so an op's output never overlaps its inputs, with one exception: a
kernel that writes its output in order may say how far below an input that dies at its step
the output may start (an Overlap: 0 for the element-wise DSP ADD, about one input row and a
pixel lower for the DSP convolution, whose writes then only meet input bytes it has read for
the last time). Such pairs are merged into one buffer at fixed relative offsets before
placement. Placement is greedy (lowest offset that fits), tried in several orders; the
smallest arena wins.
"""

from __future__ import annotations

from dataclasses import dataclass

ALIGNMENT = 4  # word alignment: all Cortex-M4 loads (LDR, LDRD, SIMD on words) need


@dataclass(frozen=True)
class Buffer:
    key: int  # the tensor (root of an alias group) this buffer holds
    size: int
    first: int
    last: int

    def overlaps(self, other: Buffer) -> bool:
        return self.first <= other.last and other.first <= self.last


@dataclass(frozen=True)
class Plan:
    offsets: dict[int, int]  # buffer key -> byte offset in the arena
    size: int  # arena bytes

    def lower_bound(self, buffers: list[Buffer]) -> int:
        """The most bytes alive at any one step: no plan without overlaps can be smaller."""
        steps = {b.first for b in buffers}
        return max((sum(b.size for b in buffers if b.first <= s <= b.last) for s in steps),
                   default=0)


@dataclass(frozen=True)
class Overlap:
    """At `step`, buffer `target` (born there) may start at most `delta` bytes after the start
    of buffer `source` (when `source` dies there), or anywhere it overlaps nothing."""

    step: int
    source: int
    target: int
    delta: int


@dataclass
class _Group:
    """Buffers at fixed offsets from one another, placed as one."""

    members: dict[int, int]  # buffer key -> offset in the group
    buffers: dict[int, Buffer]

    @property
    def key(self) -> int:
        """The key the group is placed under: its first member's."""
        return next(iter(self.members))

    def fits(self, offset: int, buffer: Buffer, allowed: int) -> bool:
        """Whether `buffer` at `offset` clashes with no member alive with it (but `allowed`)."""
        return all(other == allowed or not buffer.overlaps(self.buffers[other])
                   or offset >= at + _aligned(self.buffers[other].size)
                   or at >= offset + _aligned(buffer.size)
                   for other, at in self.members.items())

    def merged(self) -> Buffer:
        low = min(self.members.values())
        high = max(at + _aligned(self.buffers[k].size) for k, at in self.members.items())
        spans = list(self.buffers.values())
        return Buffer(self.key, high - low, min(b.first for b in spans),
                      max(b.last for b in spans))


def _groups(buffers: list[Buffer], overlaps: list[Overlap]) -> list[_Group]:
    """Every buffer in a group, the overlaps taken where their source dies at their step and
    the target's place clashes with no other member of the source's group."""
    by_key = {b.key: b for b in buffers}
    group_of = {b.key: _Group({b.key: 0}, {b.key: b}) for b in buffers}
    for o in sorted(overlaps, key=lambda o: o.step):
        source, target = by_key.get(o.source), by_key.get(o.target)
        if source is None or target is None or o.source == o.target or source.last != o.step \
                or target.first != o.step or len(group_of[o.target].members) > 1:
            continue
        group = group_of[o.source]
        offset = group.members[o.source] + min(o.delta, 0)
        if group.fits(offset, target, o.source):
            group.members[o.target] = offset
            group.buffers[o.target] = target
            group_of[o.target] = group
    return list({id(g): g for g in group_of.values()}.values())


def _aligned(value: int) -> int:
    return (value + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT


_ORDERS = (
    lambda b: (-b.size, b.first),  # TFLM's greedy planner: largest first
    lambda b: (-(b.last - b.first), -b.size),  # longest-lived first
    lambda b: (-b.size * (b.last - b.first + 1), b.first),  # largest area first
    lambda b: (b.first, -b.size),  # in execution order
)


def plan_memory(buffers: list[Buffer], overlaps: list[Overlap] | None = None) -> Plan:
    """The smallest of the greedy plans, with the overlaps taken and without (a merged pair
    holds its bytes for both lifetimes, which can pack worse)."""
    plans = [_grouped_plan(groups, order)
             for groups in (_groups(buffers, overlaps or []), _groups(buffers, []))
             for order in _ORDERS]
    return min(plans, key=lambda plan: plan.size)


def _grouped_plan(groups: list[_Group], order) -> Plan:
    placed = _greedy(sorted((group.merged() for group in groups), key=order))
    offsets = {}
    for group in groups:
        low = min(group.members.values())
        offsets.update({key: placed.offsets[group.key] + at - low
                        for key, at in group.members.items()})
    return Plan(offsets, placed.size)


def _greedy(ordered: list[Buffer]) -> Plan:
    placed: list[tuple[int, Buffer]] = []
    offsets: dict[int, int] = {}
    for buffer in ordered:
        offset = _lowest_fit(buffer, placed)
        placed.append((offset, buffer))
        offsets[buffer.key] = offset
    size = max((offset + _aligned(b.size) for offset, b in placed), default=0)
    return Plan(offsets, size)


def _lowest_fit(buffer: Buffer, placed: list[tuple[int, Buffer]]) -> int:
    taken = sorted((offset, offset + _aligned(other.size)) for offset, other in placed
                   if other.overlaps(buffer))
    candidate = 0
    for start, end in taken:
        if candidate + buffer.size <= start:
            break
        candidate = max(candidate, end)
    return candidate
