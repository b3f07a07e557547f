"""The table pytest prints at the end of a hil session (the same figures `hil run` gives)."""

from __future__ import annotations

from harness.pytest_plugin.session import HilSession


def summary_lines(session: HilSession) -> list[str]:
    header = (f"{'model':<14} {'variant':<8} {'status':<7} {'metric':>9} {'device':>8} "
              f"{'exact':>7} {'latency':>14} {'flash':>9} {'RAM':>8} {'act.':>8} {'stack':>7}")
    lines = [header, "-" * len(header)]
    for row in session.rows.values():
        lines.append(
            f"{row.model:<14} {row.variant:<8} {row.status:<7} {row.metric:>9} "
            f"{_number(row.device_metric, '.4f'):>8} {_number(row.bit_exact_fraction, '.1%'):>7} "
            f"{_number(row.latency_median, ',.0f'):>14} {_number(row.flash_bytes, ','):>9} "
            f"{_number(row.ram_bytes, ','):>8} {_number(row.activation_bytes, ','):>8} "
            f"{_number(row.stack_bytes, ','):>7}")
    units = {row.latency_unit for row in session.rows.values()}
    lines.append(f"latency: median {' / '.join(sorted(units))} per inference; memory in bytes; "
                 f"rows recorded in {session.results}")
    return lines


def _number(value, fmt: str) -> str:
    return "-" if value is None else format(value, fmt)
