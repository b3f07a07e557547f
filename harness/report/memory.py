"""Memory against the board's limits: flash, and RAM stacked as activations, other static data
and the stack's high-water mark.

Both backends keep activations in a static buffer, so activation memory is part of static RAM
(.data + .bss); the stack lives above it and is added on top.
"""

from __future__ import annotations

import pandas as pd

from harness.report.images import figure_uri, label, new_figure

_RAM_PARTS = (("activations", "#4c72b0"), ("other static", "#8c8c8c"), ("stack", "#dd8452"))


def memory_plot(rows: pd.DataFrame) -> str | None:
    """Percent of the board's flash and RAM each row uses (None: no row knows its limits)."""
    rows = rows.dropna(subset=["board_flash_bytes", "board_ram_bytes"])
    rows = rows[(rows["board_flash_bytes"] > 0) & (rows["board_ram_bytes"] > 0)]
    if rows.empty or rows[["flash_bytes", "ram_bytes"]].isna().all().all():
        return None
    names = [label(f"{r['model']} {r['variant']} {r['backend']}@{r['board']}")
             for _, r in rows.iterrows()]
    figure, axes = new_figure(2, width=max(4.5, 0.6 * len(rows) + 2))
    flash = rows["flash_bytes"].fillna(0) / rows["board_flash_bytes"] * 100
    _bars(axes[0][0], names, [("flash", "#55a868", flash)], rows["flash_bytes"])
    axes[0][0].set_title("flash, % of the board's", fontsize=9)
    _bars(axes[0][1], names, _ram_parts(rows), rows["ram_bytes"].fillna(0)
          + rows["stack_bytes"].fillna(0))
    axes[0][1].set_title("RAM, % of the board's", fontsize=9)
    return figure_uri(figure)


def _ram_parts(rows: pd.DataFrame) -> list[tuple[str, str, pd.Series]]:
    static = rows["ram_bytes"].fillna(0)
    activations = rows["activation_bytes"].fillna(0).clip(upper=static)
    parts = (activations, static - activations, rows["stack_bytes"].fillna(0))
    return [(name, color, part / rows["board_ram_bytes"] * 100)
            for (name, color), part in zip(_RAM_PARTS, parts, strict=True)]


def _bars(ax, names: list[str], parts: list[tuple[str, str, pd.Series]],
          totals: pd.Series) -> None:
    positions = range(len(names))
    bottom = pd.Series(0.0, index=parts[0][2].index)
    for name, color, share in parts:
        ax.bar(positions, share.to_numpy(), bottom=bottom.to_numpy(), color=color, label=name)
        bottom = bottom + share
    for x, (top, total) in enumerate(zip(bottom, totals, strict=True)):
        ax.annotate(f"{total / 1024:,.1f} KiB", (x, top), ha="center", va="bottom", fontsize=7)
    top = float(bottom.max())
    if top * 1.3 >= 100:
        ax.axhline(100, color="#c44e52", linestyle="--", label="board limit")
        ax.set_ylim(0, max(105.0, top * 1.15))
    else:  # far below the limit: zoom in so the bars stay readable, and say so
        ax.set_ylim(0, max(top * 1.3, 1e-3))
        ax.text(0.01, 0.97, f"board limit 100% is off the scale (largest use {top:.1f}%)",
                transform=ax.transAxes, va="top", fontsize=7, color="#c44e52")
    ax.set_ylabel("% of board")
    ax.set_xticks(list(positions), names, rotation=30, ha="right", fontsize=7)
    ax.legend(fontsize=7)
