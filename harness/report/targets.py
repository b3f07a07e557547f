"""The targets page of the report (targets.md): each of a suite's targets against each row it
applies to, met or unmet."""

from __future__ import annotations

from pathlib import Path

from harness.bench.targets import Outcome
from harness.formatting import number
from harness.report.markdown import markdown_table
from harness.report.tables import Table

HEADERS = ["target", "model", "variant", "board", "backend", "value", "verdict", "note"]


def targets_table(outcomes: list[Outcome]) -> Table:
    cells = [[str(row[h]) if h != "value" else number(row[h], 3) for h in HEADERS]
             for row in (outcome.as_dict() for outcome in outcomes)]
    return Table(HEADERS, cells, [""] * len(cells))


def write_targets_page(outcomes: list[Outcome], suite: str, out_dir: Path) -> Path | None:
    """targets.md in `out_dir`; None (no file) when the suite sets no target."""
    if not outcomes:
        return None
    met = sum(o.verdict == "met" for o in outcomes)
    lines = [f"# Targets of suite {suite}", "",
             f"{met} of {len(outcomes)} met (targets live in the suite file, [[targets]]).", "",
             *markdown_table(targets_table(outcomes)), ""]
    page = Path(out_dir) / "targets.md"
    page.write_text("\n".join(lines))
    return page
