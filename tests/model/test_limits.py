"""harness.model.limits: each of TFLM's hard limits a model's parameters can trip is named
(operator, tensor, numbers, fix) before TFLM runs, and the aborting ones really abort TFLM just
past the limit and not just before it (checked in a child process)."""

from __future__ import annotations

import numpy as np
import pytest
from aot_testkit.modelgen import ModelBuilder
from limit_models import binary, dense_softmax

from harness.errors import ReferenceLimitError
from harness.model.crash_probe import _open_and_run_tflm, run_in_child
from harness.model.limits import check_reference_limits, sci, violations
from harness.model.tflite import read_model


def single(opcode: str, in_q: dict, out_q: dict, options: str | None = None, extra=(),
           **fields) -> bytes:
    m = ModelBuilder()
    x = m.tensor((1, 4, 4, 2), np.int8, **in_q, name="x")
    y = m.tensor((1, 4, 4, 2), np.int8, **out_q, name="y")
    inputs = [x] + [m.tensor(np.shape(v), np.int32, data=v) for v in extra]
    m.op(opcode, inputs, [y], options, **fields)
    return m.build([x], [y])


def test_the_untrained_models_softmax_is_named_with_its_numbers_and_the_fix():
    (found,) = violations(read_model(dense_softmax(7.8e-9)))
    assert str(found) == ("SOFTMAX #1: input scale 7.8e-9 (tensor 'logits') is below TFLM's "
                          "minimum 1.5e-8: an untrained or degenerate model; train it, or drop "
                          "the final softmax and apply it on the host")
    assert found.aborts and found.operator == 1


def test_the_softmax_minimum_scales_with_beta():
    assert violations(read_model(dense_softmax(1e-8, beta=2.0))) == []
    assert violations(read_model(dense_softmax(1e-8, beta=1.0)))


@pytest.mark.parametrize("model, limit", [
    (lambda scale: dense_softmax(scale), 1 / (1 << 26)),
    (lambda scale: binary("ADD", scale), 2 * 0.5 / (1 << 20)),
    (lambda scale: binary("SUB", scale), 2 * 0.5 / (1 << 20)),
], ids=["SOFTMAX", "ADD", "SUB"])
def test_an_aborting_limit_aborts_tflm_just_past_it_and_not_before(model, limit):
    below, above = model(limit * 0.97), model(limit * 1.03)
    assert violations(read_model(below))[0].aborts
    assert run_in_child(_open_and_run_tflm, below).kind == "crash"
    assert violations(read_model(above)) == []
    assert run_in_child(_open_and_run_tflm, above).kind == "ok"


@pytest.mark.parametrize("tflite, fragments", [
    (binary("ADD", 1e-7), ["ADD #0", "output scale 1e-7 (tensor 'sum')", "minimum 9.5e-7"]),
    (single("HARD_SWISH", {"scale": 0.1, "zero_point": 0}, {"scale": 1e-4, "zero_point": 0}),
     ["HARD_SWISH #0", "output scale 0.0001", "minimum 0.00078"]),
    (single("LOGISTIC", {"scale": 0.1, "zero_point": 0}, {"scale": 1 / 256, "zero_point": 0}),
     ["LOGISTIC #0", "zero point 0", "requires -128"]),
    (single("MAX_POOL_2D", {"scale": 0.1, "zero_point": 0}, {"scale": 0.2, "zero_point": 0},
            "Pool2DOptions", padding="SAME", stride_h=1, stride_w=1, filter_height=1,
            filter_width=1), ["MAX_POOL_2D #0", "quantized differently"]),
    (single("RELU", {"scale": 0.0, "zero_point": 0}, {"scale": 0.1, "zero_point": 0}),
     []),  # RELU rescales nothing TFLM checks
    (single("ABS", {"scale": 0.0, "zero_point": 0}, {"scale": 0.1, "zero_point": 0}),
     ["ABS #0", "tensor 'x' has a scale of 0"]),
    (single("SPACE_TO_BATCH_ND", {"scale": 0.1, "zero_point": 3}, {"scale": 0.1, "zero_point": 3},
            "SpaceToBatchNDOptions", extra=([1, 1], [[1, 0], [0, 1]])),
     ["SPACE_TO_BATCH_ND #0", "never initialises", "batch_size=1"]),
], ids=["add", "hard-swish", "logistic", "pool", "relu", "zero-scale", "space-to-batch"])
def test_each_limit_names_the_operator_the_tensor_and_the_numbers(tflite, fragments):
    found = " | ".join(str(v) for v in violations(read_model(tflite)))
    assert bool(found) == bool(fragments)
    for fragment in fragments:
        assert fragment in found


def test_space_to_batch_without_padding_is_fine():
    tflite = single("SPACE_TO_BATCH_ND", {"scale": 0.1, "zero_point": 3},
                    {"scale": 0.1, "zero_point": 3}, "SpaceToBatchNDOptions",
                    extra=([1, 1], [[0, 0], [0, 0]]))
    assert violations(read_model(tflite)) == []


def test_the_error_names_the_first_and_counts_the_rest():
    m = ModelBuilder()
    a, b = (m.tensor((1, 4), np.int8, scale=0.5, zero_point=0) for _ in range(2))
    total = m.tensor((1, 4), np.int8, scale=1e-9, zero_point=0)
    y = m.tensor((1, 4), np.int8, scale=1 / 256, zero_point=-128)
    m.op("ADD", [a, b], [total], "AddOptions")
    m.op("SOFTMAX", [total], [y], "SoftmaxOptions", beta=1.0)
    with pytest.raises(ReferenceLimitError, match=r"run m\.tflite: ADD #0: .*\(and 1 more\)$"):
        check_reference_limits(read_model(m.build([a, b], [y])), "m.tflite")


@pytest.mark.parametrize("value, text", [(7.843e-9, "7.8e-9"), (1.49e-8, "1.5e-8"),
                                         (0.0039, "0.0039"), (2.5e12, "2.5e12")])
def test_scales_are_written_as_people_write_them(value, text):
    assert sci(value) == text


def test_a_probe_beside_other_threads_runs_in_a_fork_server_and_still_sees_the_crash():
    """A labgrid client's gRPC threads can crash a forked child before it opens the model."""
    import threading

    from harness.model import crash_probe

    limit = 1 / (1 << 26)  # SOFTMAX's smallest input scale at beta 1, as above
    below, above = dense_softmax(limit * 0.97), dense_softmax(limit * 1.03)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert crash_probe._child_context().get_start_method() != "fork"
        assert run_in_child(_open_and_run_tflm, below).kind == "crash"
        assert run_in_child(_open_and_run_tflm, above).kind == "ok"
    finally:
        release.set()
        other.join()
