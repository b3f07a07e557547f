"""The cores page of the report (cores.md, cores.png): a run's models x cores, one table per
figure (instructions, MACs per instruction, flash, RAM), and a plot of the instructions.

Instruction counts are not cycles: an M0 instruction, an M4 SMLAD (two MACs) and an M55 Helium
instruction (up to 16 int8 MACs) do different work and take different numbers of cycles on
silicon. The page says so beside every table."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

from harness.report import formatting as fmt
from harness.report.images import COLORS, label, new_figure
from harness.report.markdown import markdown_table
from harness.report.tables import Table

CAVEAT = ("Instructions per inference under QEMU -icount, not cycles: an instruction's work (an "
          "M4's SMLAD does two MACs, an M55 Helium instruction up to sixteen) and its cycles "
          "differ by core; compare a model's rows within one core, or one ISA's cores.")
# figure -> (title, a row's value, how a value is written)
FIGURES = {
    "instructions": ("Instructions per inference", lambda r: r["latency_median"],
                     lambda v: f"{v:,.0f}"),
    "macs": ("MACs per instruction", lambda r: _ratio(r["macs"], r["latency_median"]),
             lambda v: f"{v:.3f}"),
    "flash": ("Flash (bytes)", lambda r: r["flash_bytes"], lambda v: f"{v:,.0f}"),
    "ram": ("Static RAM (bytes)", lambda r: r["ram_bytes"], lambda v: f"{v:,.0f}"),
}


def _ratio(macs, units) -> float | None:
    return None if fmt.missing(macs) or fmt.missing(units) or not units else macs / units


def core_table(rows: pd.DataFrame, figure: str) -> Table:
    """Rows: model (variant) and backend; columns: the cores in the run's order. An error row
    shows "error", a case not run "-"."""
    _, value, write = FIGURES[figure]
    boards = list(dict.fromkeys(rows["board"]))
    cells = []
    for (model, variant, backend), group in rows.groupby(["model", "variant", "backend"],
                                                         sort=False):
        by_board = {r["board"]: r for _, r in group.iterrows()}
        cells.append([f"{model} ({variant})", backend,
                      *(_cell(by_board.get(board), value, write) for board in boards)])
    return Table(["model", "backend", *boards], cells, [""] * len(cells))


def _cell(row, value, write) -> str:
    if row is None:
        return "-"
    if row["status"] == "error":
        return _error_label(str(row.get("error", "")))
    figure = value(row)
    return "-" if fmt.missing(figure) else write(figure)


def _error_label(error: str) -> str:
    """"too big" for the fit checks' refusals (flash, RAM or activation memory), else "error"."""
    return "too big" if "does not fit" in error or "bytes of RAM on" in error else "error"


def write_cores_page(rows: pd.DataFrame, out_dir: Path) -> Path | None:
    """cores.md and cores.png in `out_dir` for a run over more than one board; else None."""
    if rows.empty or rows["board"].nunique() < 2:
        return None
    out_dir = Path(out_dir)
    lines = ["# Models x cores", "", CAVEAT, ""]
    for figure, (title, _, _) in FIGURES.items():
        lines += [f"## {title}", "", *markdown_table(core_table(rows, figure)), ""]
    plot = out_dir / "cores.png"
    _plot(rows).savefig(plot, dpi=90)
    lines += ["![instructions per inference by core](cores.png)", ""]
    page = out_dir / "cores.md"
    page.write_text("\n".join(lines))
    return page


def _plot(rows: pd.DataFrame):
    """Per model and variant, instructions (log scale) by core, one bar per backend."""
    done = rows[rows["status"] != "error"].dropna(subset=["latency_median"])
    done = done.assign(name=done["model"] + " (" + done["variant"] + ")")
    names = list(dict.fromkeys(done["name"]))
    boards = list(dict.fromkeys(rows["board"]))
    backends = list(dict.fromkeys(rows["backend"]))
    figure, axes = new_figure(min(len(names), 3) or 1, math.ceil(len(names) / 3) or 1)
    width = 0.8 / len(backends)
    for ax, name in zip(axes.flat, names, strict=False):
        group = done[done["name"] == name]
        for index, backend in enumerate(backends):
            mine = dict(group[group["backend"] == backend][["board", "latency_median"]]
                        .itertuples(index=False))
            ax.bar(np.arange(len(boards)) + index * width,
                   [mine.get(board, np.nan) for board in boards], width,
                   color=COLORS[index % len(COLORS)], label=backend)
        ax.set_yscale("log")
        ax.set_xticks(np.arange(len(boards)) + 0.4 - width / 2,
                      [label(b) for b in boards], rotation=30, ha="right", fontsize=8)
        ax.set_title(label(name), fontsize=9)
        ax.set_ylabel("instructions (not cycles)")
        ax.legend(fontsize=7)
    for ax in list(axes.flat)[len(names):]:
        ax.set_visible(False)
    return figure
