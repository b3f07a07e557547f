"""Plots of the latest run, each a PNG data URI (None when the run has nothing to draw)."""

from __future__ import annotations

import math

import pandas as pd

from harness.model.metrics import higher_is_better
from harness.report import formatting as fmt
from harness.report.images import COLORS, figure_uri, label, new_figure


def metric_plot(rows: pd.DataFrame) -> str | None:
    """Per model: the float metric on the host beside every int8/float32 figure, so the
    quantization drop is visible at a glance."""
    models = [m for m, group in rows.groupby("model") if _bars(group)]
    if not models:
        return None
    figure, axes = new_figure(min(len(models), 3), math.ceil(len(models) / 3))
    for ax, model in zip(axes.flat, models, strict=False):
        group = rows[rows["model"] == model]
        bars = _bars(group)
        ax.bar(range(len(bars)), [v for _, v in bars], color=COLORS[:len(bars)])
        ax.set_xticks(range(len(bars)), [label(name) for name, _ in bars], rotation=30,
                      ha="right", fontsize=8)
        low, high = min(v for _, v in bars), max(v for _, v in bars)
        ax.set_ylim(max(0.0, low - (high - low) * 0.5 - 0.01), high + (high - low) * 0.2 + 0.01)
        ax.set_title(label(f"{model}: {_drop_title(group)}"), fontsize=9)
        ax.set_ylabel(label(group["metric"].iloc[0]))
    _hide_unused(axes, len(models))
    return figure_uri(figure)


def _bars(group: pd.DataFrame) -> list[tuple[str, float]]:
    bars = [("host float", group["host_float_metric"].dropna())]
    for variant, rows in group.groupby("variant"):
        bars.append((f"{variant} host ref", rows["host_reference_metric"].dropna()))
        bars += [(f"{variant} {r['backend']}@{r['board']}", pd.Series([r["device_metric"]]))
                 for _, r in rows.iterrows() if not fmt.missing(r["device_metric"])]
    return [(name, float(values.iloc[0])) for name, values in bars if len(values)]


def _drop_title(group: pd.DataFrame) -> str:
    """The worst float -> int8 loss on a device, in points (or % for error metrics)."""
    int8 = group[group["variant"] == "int8"].dropna(subset=["device_metric",
                                                              "host_float_metric"])
    if int8.empty:
        return "no int8 device figure"
    metric = group["metric"].iloc[0]
    if higher_is_better(metric):
        worst = (int8["host_float_metric"] - int8["device_metric"]).max() * 100
        return f"float → int8 −{worst:.2f} points" if worst >= 0 else "int8 ≥ float"
    worst = ((int8["device_metric"] / int8["host_float_metric"] - 1) * 100).max()
    return f"float → int8 error {worst:+.1f}%"


def latency_plot(rows: pd.DataFrame) -> str | None:
    """Median latency per model, one bar per backend and variant, one panel per board (boards
    count in their own unit)."""
    rows = rows.dropna(subset=["latency_median"])
    if rows.empty:
        return None
    boards = sorted(rows["board"].unique())
    figure, axes = new_figure(len(boards), width=max(4.5, 1.2 * rows["model"].nunique()))
    for ax, board in zip(axes.flat, boards, strict=True):
        _grouped_bars(ax, rows[rows["board"] == board])
        units = rows[rows["board"] == board]["latency_unit"].dropna()
        ax.set_yscale("log")
        ax.set_ylabel(label(f"median latency ({units.iloc[0] if len(units) else 'no unit'})"))
        ax.set_title(label(board), fontsize=9)
    return figure_uri(figure)


def _grouped_bars(ax, rows: pd.DataFrame) -> None:
    models = sorted(rows["model"].unique())
    series = sorted({(r["backend"], r["variant"]) for _, r in rows.iterrows()})
    width = 0.8 / len(series)
    for index, (backend, variant) in enumerate(series):
        part = rows[(rows["backend"] == backend) & (rows["variant"] == variant)]
        values = part.set_index("model")["latency_median"].reindex(models)
        ax.bar([m + index * width for m in range(len(models))], values.to_numpy(), width,
               label=label(f"{backend} {variant}"), color=COLORS[index % len(COLORS)])
    ax.set_xticks([m + 0.4 - width / 2 for m in range(len(models))],
                  [label(m) for m in models], rotation=20, ha="right", fontsize=8)
    ax.legend(fontsize=7)


def _hide_unused(axes, used: int) -> None:
    for ax in list(axes.flat)[used:]:
        ax.set_visible(False)
