"""The Markdown summary for a CI job page or a pull-request comment."""

from __future__ import annotations

import html

from harness.bench import Comparison
from harness.report.tables import Table
from harness.report.text import verdict


def markdown_summary(title: str, header: str, comparison: Comparison, results: Table) -> str:
    """Title, one line about the run, the verdict against the baseline, regressions first."""
    lines = [f"# {_escape(title)}", "", _escape(header), "", _verdict_line(comparison), ""]
    for heading, changes in (("Regressions", comparison.regressions),
                             ("Improvements", comparison.improvements)):
        if changes:
            lines += [f"## {heading}", ""]
            lines += [f"- {_escape(change.describe())}" for change in changes] + [""]
    if comparison.new_rows:
        lines += ["## New rows", ""]
        lines += [f"- {_escape(' '.join(key))}" for key in comparison.new_rows] + [""]
    return "\n".join(lines + ["## Results", "", *markdown_table(results), ""])


def _verdict_line(comparison: Comparison) -> str:
    line = _escape(verdict(comparison))
    return f"**{line}**" if comparison.regressions else line


def markdown_table(table: Table) -> list[str]:
    lines = ["| " + " | ".join(_escape(h) for h in table.headers) + " |",
             "|" + "---|" * len(table.headers)]
    for cells, mark in zip(table.rows, table.marks, strict=True):
        flag = {"regression": "❌ ", "improvement": "✅ "}.get(mark, "")
        lines.append("| " + flag + " | ".join(_escape(cell) for cell in cells) + " |")
    return lines


def _escape(text: str) -> str:
    """Plain text in Markdown: no HTML, no table breaks, no line breaks."""
    text = html.escape(str(text), quote=False).replace("|", "\\|")
    return " ".join(text.splitlines())
