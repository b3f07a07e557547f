"""Figures as people read them, the same in the terminal, in reports and in regression notes:
thousands separators for large values, four significant digits for small ones, and a dash for
a value that is missing."""

from __future__ import annotations

import math

MISSING = "–"


def missing(value) -> bool:
    """None, NaN, or pandas' missing markers."""
    if value is None:
        return True
    try:
        return bool(math.isnan(value))
    except (TypeError, ValueError):
        return type(value).__name__ in ("NAType", "NaTType")


def number(value, digits: int = 4, missing_text: str = MISSING) -> str:
    """1234567 -> "1,234,567"; 0.61234 -> "0.6123"; a string is shown as it is."""
    if missing(value):
        return missing_text
    if isinstance(value, str):
        return value
    if isinstance(value, int) or float(value).is_integer() and abs(value) >= 1000:
        return f"{int(value):,}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}g}"
