"""The offline activation memory planner."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from harness.backends.aot.planner import ALIGNMENT, Buffer, _lowest_fit, plan_memory


@st.composite
def buffers(draw) -> list[Buffer]:
    count = draw(st.integers(1, 25))
    result = []
    for key in range(count):
        first = draw(st.integers(0, 20))
        result.append(Buffer(key, draw(st.integers(1, 5000)), first,
                             first + draw(st.integers(0, 8))))
    return result


@settings(max_examples=200, derandomize=True, database=None)
@given(buffers())
def test_buffers_alive_together_never_share_bytes(planned):
    plan = plan_memory(planned)
    for a in planned:
        start = plan.offsets[a.key]
        assert start % ALIGNMENT == 0 and start + a.size <= plan.size
        for b in planned:
            if a.key < b.key and a.overlaps(b):
                other = plan.offsets[b.key]
                assert start + a.size <= other or other + b.size <= start
    assert plan.size >= plan.lower_bound(planned)


def test_a_chain_needs_only_its_largest_neighbouring_pair():
    # A -> B -> C -> D, each op reading one buffer and writing the next.
    chain = [Buffer(0, 1000, 0, 0), Buffer(1, 400, 0, 1), Buffer(2, 3000, 1, 2),
             Buffer(3, 8, 2, 2)]
    plan = plan_memory(chain)
    assert plan.size == 3400 == plan.lower_bound(chain)
    assert plan.offsets[0] == plan.offsets[2] or plan.offsets[0] + 1000 <= plan.offsets[1]


def test_no_buffers_plan_to_nothing():
    plan = plan_memory([])
    assert plan.size == 0 and plan.offsets == {} and plan.lower_bound([]) == 0


def test_a_buffer_fills_a_gap_of_exactly_its_size():
    below, above = Buffer(0, 8, 0, 0), Buffer(1, 8, 0, 0)
    placed = [(0, below), (16, above)]  # bytes 8 to 15 free
    assert _lowest_fit(Buffer(2, 8, 0, 0), placed) == 8
    assert _lowest_fit(Buffer(3, 9, 0, 0), placed) == 24  # one byte more does not fit
