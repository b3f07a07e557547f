"""The figures of a result row a person reads first, formatted with their units: `hil run` prints
them one per line, the pytest session summary one row per line (the compact ones)."""

from __future__ import annotations

from dataclasses import dataclass

from harness.formatting import number
from harness.results.row import ResultRow


@dataclass(frozen=True)
class Figure:
    label: str  # "device accuracy"
    column: str  # a short table header: "device"
    text: str  # "0.9889"
    compact: bool = False  # shown in one-line-per-row tables too


def headline_figures(row: ResultRow) -> list[Figure]:
    metric, unit = row.metric or "metric", row.latency_unit
    figures = [
        Figure("status", "status", row.status, True),
        Figure("samples", "samples", f"{row.samples:,}"),
        Figure(f"host {metric} (TFLM reference)", "host", _metric(row.host_reference_metric)),
        Figure(f"device {metric}", "device", _metric(row.device_metric), True),
        Figure("host float model", "float", _metric(row.host_float_metric)),
        Figure("bit-exact with TFLM", "exact", _agreement(row), True),
        Figure("max abs difference", "max diff", number(row.max_abs_diff, missing_text="-")),
        Figure(f"{unit} per inference, mean", "mean", _whole(row.latency_mean)),
        Figure(f"{unit} per inference, median", unit or "latency", _whole(row.latency_median),
               True),
        Figure("MACs per inference", "MACs", _whole(row.macs)),
        Figure(f"MACs per {unit_name(row)}", "MACs/unit", _ratio(row.macs_per_unit)),
        Figure("flash", "flash", _bytes(row.flash_bytes), True),
        Figure("static RAM (.data + .bss)", "RAM", _bytes(row.ram_bytes), True),
        Figure("activation memory", "act.", _bytes(row.activation_bytes), True),
        Figure("stack high-water mark", "stack", _bytes(row.stack_bytes), True),
        Figure(f"link ({row.protocol} protocol): payload bytes per wire byte", "payload/wire",
               _ratio(row.payload_per_wire_byte)),
        Figure("link: samples per second", "samples/s", _tenths(row.samples_per_second)),
    ]
    if row.latency_us is not None:
        figures.insert(9, Figure("microseconds per inference, median", "µs",
                                 f"{row.latency_us:,.1f}", True))
    return figures


def unit_name(row: ResultRow) -> str:
    """"instruction" on emulators, "cycle" on real cores ("microsecond" for a device whose
    timer only says microseconds, as MLPerf Tiny's DUT API does)."""
    return {"instructions": "instruction", "microseconds": "microsecond"}.get(
        row.latency_unit, "cycle")


def _metric(value) -> str:
    return "-" if value is None else f"{value:.4f}"


def _agreement(row: ResultRow) -> str:
    """The bit-exact fraction, or why there is none (a cost-only run has no reference)."""
    skipped = row.checks.get("agreement", "") if row.bit_exact_fraction is None else ""
    return skipped if skipped.startswith("skipped") else _fraction(row.bit_exact_fraction)


def _fraction(value) -> str:
    return "-" if value is None else f"{value:.1%}"


def _whole(value) -> str:
    return "-" if value is None else f"{value:,.0f}"


def _tenths(value) -> str:
    return "-" if value is None else f"{value:,.1f}"


def _ratio(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def _bytes(value) -> str:
    return "-" if value is None else f"{value:,} B"
