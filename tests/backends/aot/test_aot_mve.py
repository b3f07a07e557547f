"""The Helium kernels (AOT_USE_MVE), run on the host with emulated MVE intrinsics
(aot_mve.h): bit for bit equal to TFLM's reference kernels on random layers aimed at their
edge cases and on layers quantized like trained ones, chosen on cores with "mve" (before the
DSP kernels) and on no other core."""

from __future__ import annotations

import os

import aot_dsp_cases as cases
import numpy as np
import pytest
from aot_testkit.verify import aot_outputs, tflm_outputs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.backends.aot import compile_program
from harness.backends.aot.lower import mve_add_pool, mve_calls
from harness.model.tflite import read_model

M55 = frozenset({"fpu", "dsp", "mve"})
MVE_ONLY = frozenset({"mve"})  # a core without the DSP extension: MVE takes every depthwise
EXAMPLES = int(os.environ.get("HIL_AOT_EXAMPLES", "20"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

DEPTHWISE = {"aot_dwconv_s8_mve", "aot_dwconv3x3_s8_mve"}  # 3x3 without dilation: its own
# Long thin 3x3 layers (one side below 12 outputs, the other not) take the DSP planar kernel.
DEPTHWISE_3X3 = {"aot_dwconv3x3_s8_mve", "aot_dwconv3x3_s8_dsp",
                 "aot_dwconv3x3_rows_s8_dsp"}
STRATEGIES = {
    "conv": (cases.conv(), {"aot_conv_s8_mve"}, M55),
    "fully_connected": (cases.fully_connected(), {"aot_fc_s8_mve"}, M55),
    "depthwise": (cases.depthwise(), DEPTHWISE | DEPTHWISE_3X3, M55),
    "depthwise_no_dsp": (cases.depthwise(), DEPTHWISE, MVE_ONLY),
    "depthwise_3x3": (cases.depthwise_3x3(), DEPTHWISE_3X3, M55),
    "depthwise_3x3_strided": (cases.depthwise_3x3_strided(), DEPTHWISE_3X3, M55),
    "depthwise_3x3_no_dsp": (cases.depthwise_3x3_strided(), {"aot_dwconv3x3_s8_mve"}, MVE_ONLY),
    "trained_conv": (cases.trained_conv(), {"aot_conv_s8_mve"}, M55),
    "trained_depthwise": (cases.trained_depthwise(), {"aot_dwconv3x3_s8_mve"}, M55),
    "trained_fully_connected": (cases.trained_fully_connected(), {"aot_fc_s8_mve"}, M55),
    "add": (cases.add(), {"aot_add_s8_mve"}, M55),
    "average_pool": (cases.pool("AVERAGE_POOL_2D"), {"aot_avgpool_s8_mve"}, M55),
    "max_pool": (cases.pool("MAX_POOL_2D"), {"aot_maxpool_s8_mve"}, M55),
}


def kernels(tflite: bytes, features: frozenset[str] = M55) -> list[str]:
    program = compile_program(read_model(tflite), "m", features=features)
    return [step.call.kernel for step in program.steps]


def assert_bit_exact(tflite: bytes, samples, name: str, features: frozenset[str] = M55) -> None:
    expected = tflm_outputs(tflite, samples)
    actual = aot_outputs(tflite, samples, name, features=features)
    for n, (got, want) in enumerate(zip(actual, expected, strict=True)):
        for g, w in zip(got, want, strict=True):
            np.testing.assert_array_equal(g.reshape(-1), w.reshape(-1), f"sample {n}")


@pytest.mark.parametrize("layer", sorted(STRATEGIES))
@PROPERTY
@given(data=st.data())
def test_mve_kernel_is_chosen_and_matches_tflm_bit_for_bit(layer, data):
    strategy, chosen, features = STRATEGIES[layer]
    case = data.draw(strategy)
    (kernel,) = kernels(case.tflite, features)
    assert kernel in chosen
    assert_bit_exact(case.tflite, case.samples, layer, features)


@pytest.mark.parametrize("tflite, note", [
    (cases.single_conv(), ""),
    (cases.single_conv(output_scale=1e-5), ""),  # a left shift
    (cases.single_conv(output_scale=6.7e-4), ""),  # a shift of 0
    (cases.single_conv(bias=(1 << 31) - 1), ""),  # accumulators beyond int32, wrapping
    # Saturates at 127: copied, not computed (bar the one channel a kernel computes).
    (cases.single_conv(bias=1 << 30), "4 of 5 channels constant (not computed)"),
], ids=["fits", "left-shift", "no-shift", "huge-bias", "constant"])
def test_every_requantization_takes_the_mve_kernel_bit_exactly(tflite, note):
    program = compile_program(read_model(tflite), "m", features=M55)
    (choice,) = program.choices.values()
    assert (choice.kernel, choice.reason) == ("aot_conv_s8_mve", note)
    rng = np.random.default_rng(0)
    samples = [[rng.integers(-128, 128, (1, 8, 8, 6), dtype=np.int8)] for _ in range(3)]
    assert_bit_exact(tflite, samples, "single_conv")


@pytest.mark.parametrize("depth, out_c", [(8, 3), (16, 9), (32, 5), (31, 17), (5, 40)])
def test_pointwise_convolutions_read_pixels_in_place_bit_exactly(depth, out_c):
    """Depths below, at and beyond one vector; output channels in passes of four and not."""
    tflite = cases.pointwise(depth, out_c, (7, 3))
    program = compile_program(read_model(tflite), "m", features=M55)
    (step,) = program.steps
    assert step.call.kernel == "aot_conv_s8_mve" and step.call.params["direct"] == 1
    rng = np.random.default_rng(depth)
    samples = [[rng.integers(-128, 128, (1, 7, 3, depth), dtype=np.int8)] for _ in range(2)]
    assert_bit_exact(tflite, samples, "pointwise")


def test_mve_kernels_need_the_mve_feature_not_a_board_name():
    tflite = cases.single_conv()
    assert kernels(tflite, frozenset({"dsp"})) == ["aot_conv_s8_dsp"]
    assert kernels(tflite, frozenset({"mve"})) == ["aot_conv_s8_mve"]
    assert kernels(tflite, frozenset()) == ["aot_conv_s8"]


def test_weights_and_records_are_laid_out_in_groups_of_four_channels():
    rows = np.arange(5 * 20).reshape(5, 20).astype(np.int8)
    layout = mve_calls.matrix_layout(rows).reshape(2, 2, 4, 16)  # [pass][vector][row][lane]
    assert layout[0, 0, 1].tolist() == rows[1, :16].tolist()
    assert layout[0, 1, 3].tolist() == [*rows[3, 16:], *[0] * 12]  # the last vector, padded
    assert layout[1, 0, 0].tolist() == rows[4, :16].tolist()
    assert not layout[1, :, 1:].any()  # rows beyond the layer's
    depthwise = np.arange(2 * 3 * 5).reshape(1, 2, 3, 5).astype(np.int8)
    layout = mve_calls.depthwise_layout(depthwise).reshape(2, 6, 4)  # [group][tap][lane]
    assert layout[0, 4].tolist() == depthwise[0, 1, 1, :4].tolist()
    assert layout[1, 5].tolist() == [depthwise[0, 1, 2, 4], 0, 0, 0]
    table = mve_calls.records(np.array([7, 8, 9, 10, 11]), np.full(5, 1 << 30),
                              np.array([-3, 2, 0, -1, -7]), -5, np.arange(5),
                              np.array([0, 2, 3, 6, 9])).reshape(2, 7, 4)
    # folded bias, multiplier, left shift, right shift, output offset, bias, output slot
    assert table[0, :, 1].tolist() == [8, 1 << 30, 2, 0, -5, 1, 2]
    assert table[1, :, 0].tolist() == [11, 1 << 30, 0, -7, -5, 4, 9]
    assert not table[1, :, 1:].any()


@pytest.mark.parametrize("count", [1, 2, 3, 7, 9, 25, 125, 255, 256, 1000, 2047, 2048])
def test_average_pool_reciprocals_divide_every_window_sum_as_tflm_does(count):
    """TFLM's (sum +- count / 2) / count, truncating, for every sum of `count` int8 values:
    the kernel's |sum| + count / 2, times 4, times the reciprocal, high 32 bits."""
    reciprocal = int(mve_add_pool.reciprocals(count)[count])
    sums = np.arange(-128 * count, 127 * count + 1, dtype=np.int64)
    tflm = np.where(sums > 0, sums + count // 2, sums - count // 2)
    tflm = np.sign(tflm) * (np.abs(tflm) // count)  # C division truncates
    magnitude = np.abs(sums) + count // 2
    assert (magnitude << 2).max() < 1 << 31  # VSHL keeps it in int32
    kernel = np.sign(sums) * ((magnitude << 2) * reciprocal >> 32)
    np.testing.assert_array_equal(kernel, tflm)


def test_add_tables_are_indexed_by_the_raw_byte():
    table = np.arange(-128, 128)
    raw = mve_add_pool.by_raw_byte(table)
    assert raw[0] == 0 and raw[127] == 127 and raw[128] == -128 and raw[255] == -1


def test_broadcasting_add_and_huge_average_pools_keep_their_portable_kernels_saying_why():
    add = compile_program(read_model(cases.fixed_add((1, 1, 1, 8))), "m", features=M55)
    (choice,) = add.choices.values()
    assert choice.kernel == "aot_add_s8" and choice.reason.startswith("broadcasting")
    pool = compile_program(read_model(cases.global_pool(48, 48)), "m", features=M55)
    (choice,) = pool.choices.values()
    assert choice.kernel == "aot_avgpool_s8"
    assert choice.reason.startswith("2304 taps: the reciprocal division is exact up to 2048")


def test_a_2048_tap_average_pool_takes_the_mve_kernel_bit_exactly():
    """The largest window the reciprocals take, at the extremes of int8 and at random."""
    tflite = cases.global_pool(32, 64)
    assert kernels(tflite) == ["aot_avgpool_s8_mve"]
    rng = np.random.default_rng(5)
    samples = [[np.full((1, 32, 64, 5), v, np.int8)] for v in (-128, 127)] + \
        [[rng.integers(-128, 128, (1, 32, 64, 5), dtype=np.int8)]]
    assert_bit_exact(tflite, samples, "global_pool")
