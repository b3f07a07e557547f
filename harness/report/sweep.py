"""The sweep section of a report: device accuracy against flash, RAM and latency with the Pareto
front marked, and the float-to-device accuracy drop per quantization scheme."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from harness.model.metrics import higher_is_better
from harness.pipeline.recipe import split_width
from harness.pipeline.schemes import scheme_of
from harness.report import formatting as fmt
from harness.report.images import COLORS, label, new_figure
from harness.report.tables import Table

_MARKERS = "osD^v"  # schemes that tie stay visible: shrinking shapes drawn over each other
COSTS = (("flash_bytes", "flash (bytes)"), ("ram_bytes", "static RAM (bytes)"),
         ("latency_median", "median latency"))


def sweep_points(rows: pd.DataFrame) -> pd.DataFrame:
    """The measured rows with their width and scheme, and higher-is-better `score` (the metric,
    negated for error metrics)."""
    rows = rows[(rows["status"] == "passed")].dropna(subset=["device_metric"]).copy()
    if rows.empty:
        return rows
    rows["width"] = [split_width(name)[1] for name in rows["model"]]
    rows["scheme"] = [scheme_of(variant) or variant for variant in rows["variant"]]
    sign = 1.0 if higher_is_better(rows["metric"].iloc[0]) else -1.0
    rows["score"] = sign * rows["device_metric"].astype(float)
    return rows


def pareto_front(points: pd.DataFrame, cost: str) -> pd.DataFrame:
    """The points no other point beats on both `cost` (lower) and score (higher), by cost."""
    ordered = points.dropna(subset=[cost]).sort_values([cost, "score"],
                                                       ascending=[True, False])
    best, kept = float("-inf"), []
    for index, row in ordered.iterrows():
        if row["score"] > best:
            kept.append(index)
            best = row["score"]
    return ordered.loc[kept]


def pareto_figure(rows: pd.DataFrame) -> Figure | None:
    """Three panels (flash, RAM, latency): each variant a point coloured by scheme and
    labelled by width, the Pareto front a step line."""
    points = sweep_points(rows)
    if points.empty:
        return None
    figure, axes = new_figure(len(COSTS), width=4.2, height=3.4)
    schemes = sorted(points["scheme"].unique())
    for ax, (cost, title) in zip(axes.flat, COSTS, strict=True):
        _panel(ax, points, schemes, cost, title)
    axes.flat[0].legend(fontsize=7)
    return figure


def _panel(ax, points: pd.DataFrame, schemes: list[str], cost: str, title: str) -> None:
    for index, scheme in enumerate(schemes):
        part = points[points["scheme"] == scheme].dropna(subset=[cost])
        ax.scatter(part[cost], part["device_metric"], color=COLORS[index % len(COLORS)],
                   marker=_MARKERS[index % len(_MARKERS)], s=60 - 15 * index,
                   label=label(scheme), zorder=3)
        for _, row in part.iterrows():
            ax.annotate(f"×{row['width']:g}", (row[cost], row["device_metric"]), fontsize=7,
                        xytext=(3, 3), textcoords="offset points")
    front = pareto_front(points, cost)
    ax.step(front[cost], front["device_metric"], where="post", color="#222", linewidth=1,
            linestyle="--", label="Pareto front", zorder=2)
    unit = points["latency_unit"].dropna()
    suffix = f" ({unit.iloc[0]})" if cost == "latency_median" and len(unit) else ""
    ax.set_xlabel(label(title + suffix))
    ax.set_ylabel(label(f"device {points['metric'].iloc[0]}"))
    ax.grid(alpha=0.3)


def drop_table(rows: pd.DataFrame) -> Table:
    """Per scheme and width: host float, host reference and device metric, and the drop from
    float to device (positive: the device is worse)."""
    points = sweep_points(rows)
    headers = ["scheme", "width", "model", "host float", "host reference", "device",
               "float → device drop", "bit-exact"]
    body = []
    for _, row in points.sort_values(["scheme", "width"]).iterrows():
        drop = row["host_float_metric"] - row["device_metric"]
        drop = drop if higher_is_better(row["metric"]) else -drop
        body.append([row["scheme"], f"{row['width']:g}", row["model"],
                     fmt.metric(row["host_float_metric"]),
                     fmt.metric(row["host_reference_metric"]), fmt.metric(row["device_metric"]),
                     fmt.metric(drop), fmt.fraction(row["bit_exact_fraction"])])
    return Table(headers, body, [""] * len(body))
