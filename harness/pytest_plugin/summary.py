"""The table pytest prints at the end of a hil session: the compact headline figures of each
row (the same figures `hil run` gives)."""

from __future__ import annotations

from harness.pytest_plugin.session import HilSession
from harness.results.figures import headline_figures

_ID_COLUMNS = ("model", "variant")


def session_table(session: HilSession) -> list[str]:
    rows = list(session.rows.values())
    cells = [[row.model, row.variant, *(f.text for f in headline_figures(row) if f.compact)]
             for row in rows]
    headers = [*_ID_COLUMNS] + [
        f.column for f in headline_figures(rows[0]) if f.compact]
    widths = [max(len(str(line[i])) for line in [headers, *cells]) for i in range(len(headers))]
    lines = [_line(headers, widths), "-" * (sum(widths) + len(widths) - 1)]
    lines += [_line(line, widths) for line in cells]
    units = sorted({row.latency_unit for row in rows})
    lines.append(f"latency: median {' / '.join(units)} per inference; memory in bytes; "
                 f"rows recorded in {session.results}")
    return lines


def _line(cells: list[str], widths: list[int]) -> str:
    return " ".join(f"{cell:<{width}}" if i < len(_ID_COLUMNS) else f"{cell:>{width}}"
                    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)))
