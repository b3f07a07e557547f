"""`render_report`: the latest run, its plots, trends and baseline comparison as HTML, Markdown
and CSV files in one folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
import pandas as pd

from harness.bench import Comparison, Thresholds, compare_runs, thresholds_for_run
from harness.report import markdown, tables
from harness.report.cores import write_cores_page
from harness.report.curves import find_training_curves
from harness.report.images import figure_uri, file_uri
from harness.report.memory import memory_plot
from harness.report.mlperf import write_mlperf_page
from harness.report.plots import latency_plot, metric_plot
from harness.report.sweep import drop_table, pareto_figure
from harness.report.text import header_line, run_details, verdict
from harness.report.trends import trend_plot
from harness.results import ResultRow
from harness.results import history as runs

DEFAULT_TITLE = "TinyML HIL benchmark report"
PARETO_PNG = "pareto.png"  # a sweep run's Pareto plot, beside its report


@dataclass(frozen=True)
class Report:
    """The files written, and the comparison they show."""

    html: Path
    markdown: Path
    results_csv: Path
    comparison_csv: Path
    history_csv: Path
    comparison: Comparison
    mlperf_html: Path | None = None  # when the history holds MLPerf Tiny benchmark rows
    cores_markdown: Path | None = None  # when the run spans several boards

    def as_dict(self) -> dict:
        files = {name: str(getattr(self, name)) for name in
                 ("html", "markdown", "results_csv", "comparison_csv", "history_csv")}
        for name in ("mlperf_html", "cores_markdown"):
            if getattr(self, name):
                files[name] = str(getattr(self, name))
        return {**files, **self.comparison.as_dict()}


def render_report(history: pd.DataFrame, out_dir: Path, baseline: str | None = None,
                  title: str = DEFAULT_TITLE, run_id: str | None = None,
                  thresholds: Thresholds | None = None,
                  artifacts: Path | None = None) -> Report:
    """Report on `run_id` (default: the latest run) against `baseline` (default: the previous
    run of the same suite), with the suite's thresholds unless `thresholds` are given."""
    history = _with_all_columns(history)
    run_id = run_id or runs.latest_run_id(history)
    comparison = compare_runs(history, run_id, baseline,
                              thresholds or thresholds_for_run(history, run_id))
    rows, info = runs.run_rows(history, run_id), runs.run_info(history, run_id)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    results = tables.results_table(rows, comparison)
    header = header_line(run_id, info, rows)
    mlperf = write_mlperf_page(history, out_dir)
    report = Report(out_dir / "report.html", out_dir / "summary.md", out_dir / "results.csv",
                    out_dir / "comparison.csv", out_dir / "history.csv", comparison,
                    mlperf[0] if mlperf else None, write_cores_page(rows, out_dir))
    report.html.write_text(_html(title, header, comparison, results, rows,
                                 _same_suite(history, info), info, artifacts,
                                 _sweep(rows, info, out_dir)))
    report.markdown.write_text(markdown.markdown_summary(
        title, header, comparison, tables.results_table(rows, comparison, tables.SHORT_COLUMNS)))
    rows.to_csv(report.results_csv, index=False)
    _changes_frame(comparison).to_csv(report.comparison_csv, index=False)
    history.to_csv(report.history_csv, index=False)
    return report


def _html(title: str, header: str, comparison: Comparison, results: tables.Table,
          rows: pd.DataFrame, trend_history: pd.DataFrame, info: dict,
          artifacts: Path | None, sweep: dict | None) -> str:
    curves = find_training_curves(sorted(rows["model"].unique()), artifacts)
    return _template().render(
        title=title, header=header, comparison=comparison, verdict=verdict(comparison),
        regressions=tables.changes_table(comparison.regressions, "regression"),
        improvements=tables.changes_table(comparison.improvements, "improvement"),
        results=results, plots=_plots(rows, trend_history), info=run_details(info),
        layers=tables.layer_tables(rows), sweep=sweep,
        curves=[{"model": model, "uri": file_uri(path), "source": str(path)}
                for model, path in curves.items()])


def _plots(rows: pd.DataFrame, trend_history: pd.DataFrame) -> list[dict]:
    return [
        {"title": "Float vs int8 metric per model", "uri": metric_plot(rows),
         "caption": "Host float (Keras), the host reference interpreter and each device row."},
        {"title": "Latency per model and backend", "uri": latency_plot(rows),
         "caption": "Median per inference, log scale; each board in its own unit."},
        {"title": "Memory against the board's limits", "uri": memory_plot(rows),
         "caption": "Flash; RAM as activations + other static data + stack high-water mark."},
        {"title": "Trends over the history", "uri": trend_plot(trend_history),
         "caption": "Runs of the same suite, oldest on the left; one line per model."},
    ]


def _sweep(rows: pd.DataFrame, info: dict, out_dir: Path) -> dict | None:
    """A `hil sweep` run's Pareto plot (also written as pareto.png in `out_dir`, for pages
    that show it) and drop table; None for other runs."""
    from harness.bench.sweep import SWEEP_SUITE

    if info.get("suite") != SWEEP_SUITE:
        return None
    figure = pareto_figure(rows)
    if figure is not None:
        figure.savefig(out_dir / PARETO_PNG, dpi=90)
    return {"model": info.get("sweep_model", ""), "calibration": info.get("calibration", ""),
            "uri": None if figure is None else figure_uri(figure), "drops": drop_table(rows)}


def _template() -> jinja2.Template:
    environment = jinja2.Environment(loader=jinja2.PackageLoader("harness.report", "templates"),
                                     autoescape=True, undefined=jinja2.StrictUndefined,
                                     trim_blocks=True, lstrip_blocks=True)
    return environment.get_template("report.html.j2")


def _with_all_columns(history: pd.DataFrame) -> pd.DataFrame:
    """Histories written by older harnesses lack newer columns: add them as missing."""
    if history.empty:
        return history
    absent = [name for name in ResultRow.columns() if name not in history.columns]
    return history.assign(**{name: float("nan") for name in absent})


def _same_suite(history: pd.DataFrame, info: dict) -> pd.DataFrame:
    if "run_suite" not in history or not isinstance(info.get("suite"), str):
        return history
    return history[history["run_suite"] == info["suite"]]


def _changes_frame(comparison: Comparison) -> pd.DataFrame:
    records = [{"kind": kind, **change.as_dict()}
               for kind, changes in (("regression", comparison.regressions),
                                     ("improvement", comparison.improvements))
               for change in changes]
    return pd.DataFrame(records, columns=["kind", "model", "variant", "board", "backend",
                                          "what", "baseline", "current", "change",
                                          "change_unit", "threshold", "unit", "description"])
