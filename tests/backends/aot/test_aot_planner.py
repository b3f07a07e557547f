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
        assert start % ALIGNMENT == 0 and 0 <= start and start + a.size <= plan.size
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
    """Buffers and overlaps, most of them ones the planner can take: the target is made to be
    born at the step its source dies (chains of in-place ops, several targets of one source);
    the others name a step that does not fit, a buffer that is not planned, or the source
    itself."""
    planned = {b.key: b for b in draw(buffers())}
    overlaps = []
    for _ in range(draw(st.integers(0, 12))):
        source, target = (draw(st.sampled_from(sorted(planned))) for _ in range(2))
        delta = 4 * draw(st.integers(-300, 300))
        kind = draw(st.sampled_from(["takeable"] * 4 + ["any step", "unplanned"]))
        if kind == "unplanned":
            overlaps.append(Overlap(planned[source].last, source, 1000 + target, delta))
            continue
        step = planned[source].last if kind == "takeable" else draw(st.integers(0, 28))
        if kind == "takeable" and target != source:
            born = planned[target]
            planned[target] = Buffer(target, born.size, step, step + draw(st.integers(0, 8)))
        overlaps.append(Overlap(step, source, target, delta))
    return list(planned.values()), overlaps


@settings(max_examples=200, derandomize=True, database=None)
@given(overlapping())
def test_buffers_share_bytes_only_as_an_overlap_allows(case):
    planned, overlaps = case
    plan = plan_memory(planned, overlaps)

    def allowed(source: Buffer, target: Buffer) -> bool:
        """An overlap lets target start where it does over source, which dies at its birth."""
        return any((o.source, o.target) == (source.key, target.key)
                   and source.last == o.step == target.first
                   and plan.offsets[target.key] - plan.offsets[source.key] <= o.delta
                   for o in overlaps)

    for a in planned:
        start = plan.offsets[a.key]
        assert start % ALIGNMENT == 0 and 0 <= start and start + a.size <= plan.size
        for b in planned:
            other = plan.offsets[b.key]
            if a.key == b.key or not a.overlaps(b) or start + a.size <= other \
                    or other + b.size <= start:
                continue
            assert allowed(a, b) or allowed(b, a), (a, b)


def test_two_outputs_of_one_dying_input_sit_side_by_side_in_its_place():
    # A dies at step 1, where B and E are born: E takes A's place, B the 100 bytes below,
    # so the two touch exactly and the whole plan is 200 bytes instead of 300.
    a, b, e = Buffer(0, 100, 0, 1), Buffer(1, 100, 1, 3), Buffer(2, 100, 1, 3)
    for overlaps in ([Overlap(1, 0, 1, -100), Overlap(1, 0, 2, 0)],
                     [Overlap(1, 0, 2, 0), Overlap(1, 0, 1, -100)]):
        plan = plan_memory([a, b, e], overlaps)
        assert plan.size == 200
        assert sorted(plan.offsets.values()) == [0, 100, 100]
        assert plan.offsets[2] == plan.offsets[0] == plan.offsets[1] + 100


def test_an_overlap_the_planner_cannot_take_is_passed_over_and_the_next_one_taken():
    # The first overlap names a buffer that is not planned, the second one born at the wrong
    # step; the third is taken: C writes over B, which dies where C is born.
    chain = [Buffer(0, 400, 0, 1), Buffer(1, 400, 1, 2), Buffer(2, 400, 2, 3)]
    overlaps = [Overlap(0, 0, 99, 0), Overlap(1, 0, 2, 0), Overlap(2, 1, 2, 0)]
    plan = plan_memory(chain, overlaps)
    assert plan.offsets[2] == plan.offsets[1] and plan.size == 800
    assert min(plan.offsets.values()) == 0


def test_an_output_already_placed_over_one_input_is_not_moved_over_another():
    # C is taken over A at step 1; a second overlap would put it over B as well.
    buffers_ = [Buffer(0, 400, 0, 1), Buffer(1, 400, 0, 1), Buffer(2, 400, 1, 2)]
    plan = plan_memory(buffers_, [Overlap(1, 0, 2, 0), Overlap(1, 1, 2, -400)])
    assert plan.offsets[2] == plan.offsets[0]
    assert plan.size == 800
