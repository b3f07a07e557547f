"""Measuring through MLPerf Tiny's DUT API (`hil run --protocol mlperf`), and the runner's
dataset layout."""
