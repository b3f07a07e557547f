"""Replies of MLPerf Tiny's DUT API, checked line by line with the runner's patterns."""

from __future__ import annotations

import pytest

from harness.protocol.mlperf import replies

INFER = ["m-warmup-start-5", "m-warmup-done", "m-infer-start-20", "m-lap-us-100",
         "m-lap-us-2100", "m-infer-done", "m-results-[0.250,0.750]"]


def test_an_infer_reply_parses_only_when_every_line_is_right():
    reply = replies.parse_infer(INFER, 20, 5)
    assert (reply.elapsed, reply.results) == (2000, (0.25, 0.75))
    assert replies.parse_infer(["debug: vendor text", *INFER], 20, 5) == reply
    for damaged in (INFER[:3] + INFER[4:], INFER[:6] + ["m-results-[0.250,0.750"],
                    INFER[:3] + ["m-lap-us-9000"] + INFER[4:], ["m-init-done", *INFER],
                    [*INFER, "m-extra"]):
        with pytest.raises(replies.Garbled):
            replies.parse_infer(damaged, 20, 5)
    with pytest.raises(replies.Refused, match="Input db has 0 bytes"):
        replies.parse_infer(["e-[Input db has 0 bytes, expected 490]"], 20, 5)


def test_name_carries_the_lap_unit_and_a_vendors_name_means_microseconds():
    ours = replies.parse_name(["m-name-dut-[tinyml-hil qemu-m4 aot, lap unit instructions]"])
    assert ours[1] == "instructions"
    assert replies.parse_name(["m-name-dut-[unspecified]"]) == ("unspecified", "us")
