"""The MLPerf Tiny page of the report."""

from __future__ import annotations

import pandas as pd

from harness.report.mlperf import mlperf_table


def test_the_report_page_sets_the_runners_figures_beside_the_harnesss():
    def row(protocol, mode, latency, metric, wire_bytes, seconds):
        return {"mlperf_benchmark": "kws01", "board": "qemu-m4", "backend": "aot",
                "status": "passed", "protocol": protocol, "mlperf_mode": mode,
                "latency_median": latency, "latency_unit": "instructions", "metric": "accuracy",
                "device_metric": metric, "bit_exact_fraction": 1.0, "samples": 10,
                "payload_bytes": 5020, "wire_bytes": wire_bytes, "link_seconds": seconds}
    history = pd.DataFrame([row("binary", "", 4_197_911, 0.5, 6_275, 1.0),
                            row("mlperf", "accuracy", 4_197_950, 0.5, 25_100, 2.0),
                            row("mlperf", "performance", 4_197_947, None, 2_000, 1.0),
                            {**row("binary", "", 1, 1, 1, 1), "mlperf_benchmark": ""}])
    table = mlperf_table(history)
    assert len(table.rows) == 1
    cells = dict(zip(table.headers, table.rows[0], strict=True))
    assert cells["runner: median latency"] == "4,197,947 instructions"  # the performance row
    assert cells["harness: median latency"] == "4,197,911 instructions"
    assert cells["runner: accuracy / AUC"] == "0.5000 (accuracy)"
    assert cells["payload per wire byte (DUT API / binary)"] == "0.200 / 0.800"
    assert cells["samples per s (DUT API / binary)"] == "5.0 / 10.0"

