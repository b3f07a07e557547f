"""The report's tables as header + text cells; the HTML template and the Markdown share them."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from harness.bench import Change, Comparison
from harness.report import formatting as fmt


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    marks: list[str]  # per row: "regression", "improvement" or ""


def _text(column: str) -> Callable[[pd.Series], str]:
    return lambda row: fmt.NONE if fmt.missing(row.get(column)) else str(row[column])


RESULT_COLUMNS: list[tuple[str, Callable[[pd.Series], str]]] = [
    ("model", _text("model")), ("variant", _text("variant")), ("board", _text("board")),
    ("backend", _text("backend")), ("status", fmt.status), ("samples", _text("samples")),
    ("metric", _text("metric")),
    ("host float", lambda r: fmt.metric(r.get("host_float_metric"))),
    ("host reference", lambda r: fmt.metric(r.get("host_reference_metric"))),
    ("device", lambda r: fmt.metric(r.get("device_metric"))),
    ("bit-exact", lambda r: fmt.fraction(r.get("bit_exact_fraction"))),
    ("max diff", lambda r: fmt.number(r.get("max_abs_diff"))),
    ("latency (median)", fmt.latency),
    ("MACs", lambda r: fmt.number(r.get("macs"))),
    ("MACs per unit", fmt.macs_per_unit),
    ("flash bytes (of board)", lambda r: fmt.bytes_of(r, "flash_bytes", "board_flash_bytes")),
    ("static RAM bytes (of board)", lambda r: fmt.bytes_of(r, "ram_bytes", "board_ram_bytes")),
    ("activation bytes", lambda r: fmt.bytes_of(r, "activation_bytes")),
    ("stack bytes", lambda r: fmt.bytes_of(r, "stack_bytes")),
]
SHORT_COLUMNS = ("model", "variant", "board", "backend", "status", "device", "bit-exact",
                 "latency (median)", "flash bytes (of board)", "static RAM bytes (of board)")


def results_table(rows: pd.DataFrame, comparison: Comparison,
                  only: tuple[str, ...] = ()) -> Table:
    """One line per model x variant x board x backend; `only` picks columns by header."""
    columns = [(h, cell) for h, cell in RESULT_COLUMNS if not only or h in only]
    marks = _marks(comparison)
    return Table([header for header, _ in columns],
                 [[cell(row) for _, cell in columns] for _, row in rows.iterrows()],
                 [marks.get(tuple(row[["model", "variant", "board", "backend"]]), "")
                  for _, row in rows.iterrows()])


@dataclass(frozen=True)
class LayerTable:
    """The per-operator timing of one result row's last inference."""

    caption: str
    table: Table


LAYER_HEADERS = ["#", "op", "MACs", "latency", "share", "MACs per unit", "kernel"]


def layer_tables(rows: pd.DataFrame) -> list[LayerTable]:
    """One table per row whose firmware kept a per-operator profile."""
    found = []
    for _, row in rows.iterrows():
        layers = _layers(row.get("layers"))
        if layers:
            caption = " ".join(str(row[c]) for c in ("model", "variant", "board", "backend"))
            found.append(LayerTable(caption, Table(LAYER_HEADERS,
                                                   [_layer_cells(layer) for layer in layers],
                                                   [""] * len(layers))))
    return found


def _layers(value) -> list[dict]:
    """The row's layers column: a list, JSON text (as stored in Parquet), or missing."""
    if isinstance(value, str):
        return json.loads(value) if value else []
    return list(value) if isinstance(value, list) else []


def _layer_cells(layer: dict) -> list[str]:
    per_unit = layer.get("macs_per_unit")
    return [str(layer["operator"]), layer["op"], fmt.number(layer["macs"]),
            f"{layer['units']:,.0f} {layer['unit']}", fmt.fraction(layer["share"]),
            fmt.NONE if per_unit is None else f"{per_unit:.3f}", _kernel_cell(layer)]


def _kernel_cell(layer: dict) -> str:
    """The kernel and why (rows recorded before kernels were reported have neither)."""
    kernel, reason = layer.get("kernel") or "", layer.get("reason") or ""
    return f"{kernel}: {reason}" if kernel and reason else kernel or fmt.NONE


def changes_table(changes: list[Change], mark: str) -> Table:
    headers = ["model", "variant", "board", "backend", "what", "baseline", "current", "change",
               "threshold"]
    rows = [[c.model, c.variant, c.board, c.backend, c.what, _value(c.baseline, c.unit),
             _value(c.current, c.unit), _change(c.change, c.change_unit),
             _threshold(c.threshold, c.change_unit)] for c in changes]
    return Table(headers, rows, [mark] * len(rows))


def _marks(comparison: Comparison) -> dict[tuple, str]:
    marks = {change.key: "improvement" for change in comparison.improvements}
    marks.update({change.key: "regression" for change in comparison.regressions})
    return marks


def _value(value, unit: str) -> str:
    if isinstance(value, str):
        return value
    return f"{fmt.number(value)} {unit}".rstrip() if not fmt.missing(value) else fmt.NONE


def _change(value, unit: str) -> str:
    if fmt.missing(value):
        return fmt.NONE
    return f"{value:+.2f}%" if unit == "%" else f"{value:+.2f} {unit}"


def _threshold(value, unit: str) -> str:
    if fmt.missing(value):
        return fmt.NONE
    return "any change" if not value else f"{value:g}{'%' if unit == '%' else ' ' + unit}"
