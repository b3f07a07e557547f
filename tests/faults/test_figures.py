"""A fault cell's expected bound on restarts: one per device fault or link cut noticed, at most
one for frames the link layer resends (the fault matrix had 17 restarts; a lost INVOKE counted
as run before its verification made 28 and every cell still passed)."""

from __future__ import annotations

import pytest

from harness.faults.figures import CellFigures, expectations, restart_bound


@pytest.mark.parametrize("kind, detected, bound", [
    ("drop", 41, 1), ("corrupt", 19, 1), ("duplicate", 18, 1), ("delay", 0, 1), ("stall", 1, 1),
    ("cut", 2, 2), ("reset", 1, 1), ("hang", 6, 6), ("fault", 1, 1), ("spin", 3, 3)])
def test_the_restart_bound_of_each_kind(kind, detected, bound):
    assert restart_bound(kind, detected) == bound


def cell(kind: str, restarts: int, detected: int) -> CellFigures:
    return CellFigures(f"{kind}@0.1", kind, 0.1, injected=detected, detected=detected,
                       restarts=restarts)


@pytest.mark.parametrize("kind, detected", [("drop", 41), ("hang", 6), ("cut", 2)])
def test_a_cell_within_its_bound_passes_one_past_it_fails(kind, detected):
    bound = restart_bound(kind, detected)
    assert expectations(cell(kind, bound, detected), kind == "hang", "") == []
    [problem] = expectations(cell(kind, bound + 1, detected), kind == "hang", "")
    assert problem.startswith(f"{bound + 1} restarts, at most {bound} expected")


def test_the_other_expectations():
    quiet = CellFigures("drop@0.1", "drop", 0.1)
    assert expectations(quiet, False, "")[0].startswith("no drop fault was injected")
    missed = CellFigures("hang@0.1", "hang", 0.1, injected=3, detected=2)
    assert expectations(missed, True, "") == ["1 of 3 hang faults went unnoticed"]
    assert expectations(missed, False, "") == []
    leaked = CellFigures("drop@0.1", "drop", 0.1, injected=3, detected=3, undetected=1)
    assert expectations(leaked, False, "cannot") == [
        "1 damaged frames passed as intact", "cannot"]
