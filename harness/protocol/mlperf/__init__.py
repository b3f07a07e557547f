"""MLPerf Tiny's DUT API (docs/mlperf.md), the host side: replies parsed with the runner's own
patterns, text commands over any pyserial port, and a device under test driven through them."""
