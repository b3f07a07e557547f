"""MLPerf Tiny compatibility (docs/mlperf.md): the benchmark's device protocol (the DUT API) in
both directions, and its dataset layout. The host side of the firmware in
firmware/protocols/mlperf/."""
