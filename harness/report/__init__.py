"""The benchmark report: HTML (self-contained), Markdown summary and CSV from a results history."""

from harness.report.curves import find_training_curves
from harness.report.render import DEFAULT_TITLE, Report, render_report

__all__ = ["DEFAULT_TITLE", "Report", "find_training_curves", "render_report"]
