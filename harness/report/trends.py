"""Trends over the history: one line per model, one column of panels per board x backend x
variant (figures from different boards or backends do not share an axis).

Latency and flash are drawn as the change since each model's first run in the history: models
differ by orders of magnitude, and a 3% step must stay visible on a shared axis.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.lines import Line2D

from harness.report.images import COLORS, figure_uri, label, new_figure
from harness.results import history as runs

_FIGURES = (("latency_median", "latency"), ("flash_bytes", "flash"),
            ("device_metric", "device metric"))
_RELATIVE = {"latency_median", "flash_bytes"}
_MAX_TICKS = 8


def trend_plot(history: pd.DataFrame) -> str | None:
    """Latency, flash and the device metric per run, oldest run on the left."""
    if history.empty or history[[name for name, _ in _FIGURES]].isna().all().all():
        return None
    order = runs.run_ids(history)
    colors = {model: COLORS[i % len(COLORS)]
              for i, model in enumerate(sorted(history["model"].unique()))}
    groups = history.groupby(["board", "backend", "variant"])
    figure, axes = new_figure(groups.ngroups, len(_FIGURES), width=4.2, height=2.6)
    for column, (group, part) in enumerate(groups):
        for row, (name, title) in enumerate(_FIGURES):
            for model, rows in part.groupby("model"):
                _line(axes[row][column], rows, name, order, colors[model])
            _ticks(axes[row][column], order)
            axes[row][column].set_ylabel(label(_axis_label(part, name, title)), fontsize=8)
        axes[0][column].set_title(label(" ".join(group)), fontsize=9)
    figure.legend([Line2D([], [], color=color, marker="o") for color in colors.values()],
                  [label(model) for model in colors], loc="outside upper center",
                  ncols=min(len(colors), 6), fontsize=8)
    return figure_uri(figure)


def _line(ax, rows: pd.DataFrame, name: str, order: list[str], color: str) -> None:
    rows = rows.drop_duplicates("run_run_id", keep="last")
    rows = rows.assign(x=[order.index(run_id) for run_id in rows["run_run_id"]]).sort_values("x")
    values = rows[name].astype(float)
    if name in _RELATIVE and values.notna().any():
        first = values.dropna().iloc[0]
        values = (values / first - 1) * 100 if first else values * float("nan")
    ax.plot(rows["x"], values.to_numpy(), marker="o", markersize=3, color=color)


def _ticks(ax, order: list[str]) -> None:
    step = max(1, len(order) // _MAX_TICKS)
    ax.set_xticks(range(0, len(order), step), [_short(run_id) for run_id in order[::step]],
                  rotation=30, ha="right", fontsize=7)


def _axis_label(part: pd.DataFrame, name: str, title: str) -> str:
    if name == "latency_median":
        units = part["latency_unit"].dropna().unique()
        return f"{title}, % change ({units[0] if len(units) else 'no unit'})"
    if name in _RELATIVE:
        return f"{title}, % change"
    metrics = part["metric"].dropna().unique()
    return "/".join(metrics) if len(metrics) else title


def _short(run_id: str) -> str:
    started = runs.run_started(run_id)
    return started.strftime("%m-%d %H:%M") if started else run_id[:12]
