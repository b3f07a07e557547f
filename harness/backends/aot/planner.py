"""Offline activation memory planning: place buffers with known lifetimes in one arena.

Two buffers may share bytes only if their lifetimes (first to last step that touches them,
inclusive) are disjoint, so an op's output never overlaps its inputs. Placement is greedy
(lowest offset that fits), tried in several orders; the smallest arena wins.
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
        """The most bytes alive at any one step: no plan can be smaller."""
        steps = {b.first for b in buffers}
        return max((sum(b.size for b in buffers if b.first <= s <= b.last) for s in steps),
                   default=0)


def _aligned(value: int) -> int:
    return (value + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT


_ORDERS = (
    lambda b: (-b.size, b.first),  # TFLM's greedy planner: largest first
    lambda b: (-(b.last - b.first), -b.size),  # longest-lived first
    lambda b: (-b.size * (b.last - b.first + 1), b.first),  # largest area first
    lambda b: (b.first, -b.size),  # in execution order
)


def plan_memory(buffers: list[Buffer]) -> Plan:
    plans = [_greedy(sorted(buffers, key=order)) for order in _ORDERS]
    return min(plans, key=lambda plan: plan.size, default=Plan({}, 0))


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
