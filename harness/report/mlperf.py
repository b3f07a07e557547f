"""The MLPerf Tiny page of the report (mlperf.html, mlperf.md): per benchmark, board and backend,
the runner-style figures measured through the benchmark's DUT API (`hil run --protocol mlperf`)
beside the harness's own (the binary protocol), and what each protocol's link carried. It draws
on the whole history, the latest row of each kind: each `hil run` is a run of its own."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pandas as pd

from harness.report import formatting as fmt
from harness.report.markdown import markdown_table
from harness.report.tables import Table

HEADERS = ["benchmark", "board", "backend",
           "runner: median latency", "runner: accuracy / AUC", "harness: median latency",
           "harness: accuracy / AUC", "bit-exact (DUT API / binary)",
           "payload per wire byte (DUT API / binary)", "samples per s (DUT API / binary)"]
TITLE = "MLPerf Tiny: the benchmark's DUT API beside the harness's protocol"


def mlperf_table(history: pd.DataFrame) -> Table | None:
    """None when no row of the history is an MLPerf Tiny benchmark."""
    if history.empty or "mlperf_benchmark" not in history:
        return None
    rows = history[history["mlperf_benchmark"].fillna("").astype(str).ne("") &
                   history["status"].ne("error")]
    cells = [_cells(key, group) for key, group in rows.groupby(
        ["mlperf_benchmark", "board", "backend"], sort=True)]
    return Table(HEADERS, cells, [""] * len(cells)) if cells else None


def write_mlperf_page(history: pd.DataFrame, out_dir: Path) -> tuple[Path, Path] | None:
    """mlperf.html and mlperf.md in `out_dir`; None (and no files) without benchmark rows."""
    table = mlperf_table(history)
    if table is None:
        return None
    html, markdown = Path(out_dir) / "mlperf.html", Path(out_dir) / "mlperf.md"
    html.write_text(_template().render(title=TITLE, table=table))
    markdown.write_text("\n".join([f"# {TITLE}", "", *markdown_table(table), ""]))
    return html, markdown


def _cells(key: tuple, group: pd.DataFrame) -> list[str]:
    runner_perf = _latest(group, "mlperf", "performance")
    runner_acc = _latest(group, "mlperf", "accuracy")
    harness = _latest(group, "binary")
    dut_api = runner_acc if runner_acc is not None else runner_perf
    return [*map(str, key),
            _latency(runner_perf if runner_perf is not None else runner_acc),
            _metric(runner_acc), _latency(harness), _metric(harness),
            _pair(dut_api, harness, "bit_exact_fraction", fmt.fraction),
            _pair(dut_api, harness, "wire_ratio", lambda v: f"{v:.3f}"),
            _pair(dut_api, harness, "samples_per_s", lambda v: f"{v:,.1f}")]


def _latest(group: pd.DataFrame, protocol: str, mode: str | None = None) -> pd.Series | None:
    chosen = group[group["protocol"].fillna("binary") == protocol]
    if mode is not None:
        chosen = chosen[chosen["mlperf_mode"] == mode]
    if chosen.empty:
        return None
    row = chosen.iloc[-1].copy()  # the history lists runs oldest first
    row["wire_ratio"] = _ratio(row.get("payload_bytes"), row.get("wire_bytes"))
    row["samples_per_s"] = _ratio(row.get("samples"), row.get("link_seconds"))
    return row


def _ratio(numerator, denominator) -> float | None:
    if fmt.missing(numerator) or fmt.missing(denominator) or not denominator:
        return None
    return float(numerator) / float(denominator)


def _latency(row: pd.Series | None) -> str:
    return fmt.NONE if row is None else fmt.latency(row)


def _metric(row: pd.Series | None) -> str:
    if row is None or fmt.missing(row.get("device_metric")):
        return fmt.NONE
    return f"{fmt.metric(row['device_metric'])} ({row.get('metric') or 'metric'})"


def _pair(first: pd.Series | None, second: pd.Series | None, column: str, text) -> str:
    def one(row):
        value = None if row is None else row.get(column)
        return fmt.NONE if value is None or fmt.missing(value) else text(value)

    return f"{one(first)} / {one(second)}"


def _template() -> jinja2.Template:
    environment = jinja2.Environment(loader=jinja2.PackageLoader("harness.report", "templates"),
                                     autoescape=True, undefined=jinja2.StrictUndefined,
                                     trim_blocks=True, lstrip_blocks=True)
    return environment.get_template("mlperf.html.j2")
