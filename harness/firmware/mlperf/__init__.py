"""What the mlperf firmware (firmware/protocols/mlperf/) is built with: the MLPerf Tiny
benchmark a model is, and the generated settings of its DUT API."""
