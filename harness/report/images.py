"""Figures drawn off-screen (Agg) and embedded as base64 PNG data URIs: the report needs no
network and no files beside it."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

COLORS = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3",
          "#8c8c8c", "#ccb974", "#64b5cd")


def new_figure(columns: int, rows: int = 1, width: float = 4.5, height: float = 3.2):
    """A figure with a grid of axes (always a 2-D array) and its Agg canvas attached."""
    figure = Figure(figsize=(width * columns, height * rows), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(rows, columns, squeeze=False)
    return figure, axes


def figure_uri(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90)
    return _png_uri(buffer.getvalue())


def file_uri(path: Path) -> str:
    return _png_uri(Path(path).read_bytes())


def label(text) -> str:
    """User text safe for matplotlib: a `$` would otherwise start math mode."""
    return str(text).replace("$", r"\$")


def _png_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
