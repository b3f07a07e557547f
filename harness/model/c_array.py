"""A .tflite as a C array (model_<variant>_data.h/.c), for firmware that embeds the flatbuffer."""

from __future__ import annotations

from pathlib import Path

import jinja2

_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("harness.model", "templates"),
    undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def c_array_rows(data: bytes, per_row: int = 16) -> list[str]:
    return [", ".join(f"0x{b:02x}" for b in data[i:i + per_row])
            for i in range(0, len(data), per_row)]


def write_c_array(data: bytes, symbol: str, out_dir: Path) -> tuple[Path, Path]:
    """Writes <symbol>_data.h and <symbol>_data.c; returns their paths."""
    context = {"symbol": symbol, "rows": c_array_rows(data), "length": len(data)}
    header = out_dir / f"{symbol}_data.h"
    source = out_dir / f"{symbol}_data.c"
    header.write_text(_TEMPLATES.get_template("model_data.h.j2").render(context))
    source.write_text(_TEMPLATES.get_template("model_data.c.j2").render(context))
    return header, source
