"""The offline activation memory planner."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from harness.backends.aot.planner import ALIGNMENT, Buffer, Overlap, _lowest_fit, plan_memory


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


def test_an_output_takes_the_place_of_an_input_that_dies_as_far_as_the_kernel_allows():
    # x -> conv -> y -> add(x0, y) -> z; the conv may write 100 bytes below x, the add over y.
    chain = [Buffer(0, 4000, 0, 2), Buffer(1, 4000, 0, 1), Buffer(2, 4000, 1, 2),
             Buffer(3, 4000, 2, 3)]
    plan = plan_memory(chain, [Overlap(1, 1, 2, -100), Overlap(2, 2, 3, 0)])
    assert plan.offsets[2] - plan.offsets[1] == -100 and plan.offsets[3] == plan.offsets[2]
    assert plan.size == 4000 + 4100
    # x0 dies at the add too; y at the conv's step only if nothing else reads it later.
    kept = [Buffer(0, 4000, 0, 2), Buffer(1, 4000, 0, 3), Buffer(2, 4000, 1, 2)]
    assert plan_memory(kept, [Overlap(1, 1, 2, -100)]).size == 12000


@st.composite
def overlapping(draw) -> tuple[list[Buffer], list[Overlap]]:
    planned = draw(buffers())
    overlaps = [Overlap(draw(st.integers(0, 28)), draw(st.sampled_from(planned)).key,
                        draw(st.sampled_from(planned)).key, 4 * draw(st.integers(-300, 300)))
                for _ in range(draw(st.integers(0, 12)))]
    return planned, overlaps


@settings(max_examples=200, derandomize=True, database=None)
@given(overlapping())
def test_buffers_share_bytes_only_as_an_overlap_allows(case):
    planned, overlaps = case
    plan = plan_memory(planned, overlaps)
    allowed = {(o.source, o.target): o for o in overlaps}
    for a in planned:
        start = plan.offsets[a.key]
        assert start % ALIGNMENT == 0 and start + a.size <= plan.size
        for b in planned:
            other = plan.offsets[b.key]
            if a.key == b.key or not a.overlaps(b) or start + a.size <= other \
                    or other + b.size <= start:
                continue
            o = allowed.get((a.key, b.key))
            assert o is not None and a.last == o.step == b.first, (a, b)
            assert other - start <= o.delta
