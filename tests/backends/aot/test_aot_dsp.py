"""The DSP-extension kernels (AOT_USE_DSP), run on the host with emulated ACLE intrinsics: bit
for bit equal to TFLM's reference kernels on random layers aimed at their edge cases, chosen
for every layer that suits them, and never for one that does not (the lowering then keeps the
portable kernel, which must be just as exact)."""

from __future__ import annotations

import dataclasses
import os

import aot_dsp_cases as cases
import aot_keras_op_cases
import numpy as np
import pytest
from aot_testkit.host import HostModel, build_library
from aot_testkit.reference_models import reference_tflite
from aot_testkit.verify import aot_outputs, program_outputs, tflm_outputs
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from harness.backends.aot import compile_program, generate_sources
from harness.backends.aot.lower import dsp, dsp_calls
from harness.backends.aot.planner import ALIGNMENT, Plan
from harness.backends.aot.program import Program, scratch_key
from harness.model.tflite import read_model

EXAMPLES = int(os.environ.get("HIL_AOT_EXAMPLES", "20"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

STRATEGIES = {
    "aot_conv_s8_dsp": cases.conv(),
    "aot_pointwise_s8_dsp": cases.narrow_pointwise(),
    "aot_dwconv_s8_dsp": cases.depthwise(),
    "aot_dwconv3x3_s8_dsp": cases.depthwise_3x3(),
    "aot_fc_s8_dsp": cases.fully_connected(),
    "aot_add_s8_dsp": cases.add(),
    "aot_mean_hw_s8_dsp": cases.spatial_mean(),
    "aot_tconv_s8_dsp": aot_keras_op_cases.transpose_conv("s8", reaching=True),
}
# Random depthwise layers are sometimes the planar kernel's case (3x3, stride 1, wide enough),
# which takes its copy with several rows per output pass where rows allow (sum_rows); random
# convolutions are sometimes the tail mode's case (kernel rows of 4n + 1 bytes).
PLANAR = {"aot_dwconv3x3_s8_dsp", "aot_dwconv3x3_rows_s8_dsp"}
ALSO = {"aot_dwconv_s8_dsp": PLANAR, "aot_dwconv3x3_s8_dsp": PLANAR,
        "aot_conv_s8_dsp": {"aot_conv_tails_s8_dsp", "aot_pointwise_s8_dsp"},
        # Layers with channels on the exact output stage keep the GEMM.
        "aot_pointwise_s8_dsp": {"aot_conv_s8_dsp"}}


# Layers quantized like trained ones; every one must take its DSP kernel.
TRAINED = {
    "conv": (cases.trained_conv(),
             {"aot_conv_s8_dsp", "aot_conv_tails_s8_dsp", "aot_pointwise_s8_dsp"}),
    "tail_conv": (cases.tail_conv(), {"aot_conv_tails_s8_dsp"}),
    "depthwise": (cases.trained_depthwise(), {"aot_dwconv_s8_dsp", *PLANAR}),
    "fully_connected": (cases.trained_fully_connected(), {"aot_fc_s8_dsp"}),
}


def assert_bit_exact(tflite: bytes, samples, name: str) -> None:
    expected = tflm_outputs(tflite, samples)
    actual = aot_outputs(tflite, samples, name, dsp=True)
    for n, (got, want) in enumerate(zip(actual, expected, strict=True)):
        for g, w in zip(got, want, strict=True):
            np.testing.assert_array_equal(g.reshape(-1), w.reshape(-1), f"sample {n}")


@pytest.mark.parametrize("kernel", sorted(STRATEGIES))
@PROPERTY
@given(data=st.data())
def test_dsp_kernel_is_chosen_and_matches_tflm_bit_for_bit(kernel, data):
    case = data.draw(STRATEGIES[kernel])
    (chosen,) = set(cases.dsp_kernels(case.tflite))
    assert chosen in {kernel, *ALSO.get(kernel, ())}
    assert_bit_exact(case.tflite, case.samples, kernel)


@pytest.mark.parametrize("layer", sorted(TRAINED))
@PROPERTY
@given(data=st.data())
def test_layers_quantized_like_trained_ones_take_the_dsp_kernel_bit_exactly(layer, data):
    strategy, kernels = TRAINED[layer]
    case = data.draw(strategy)
    (kernel,) = cases.dsp_kernels(case.tflite)
    assert kernel in kernels
    assert_bit_exact(case.tflite, case.samples, layer)


@PROPERTY
@given(data=st.data())
def test_planar_depthwise_requantizing_several_rows_per_pass_stays_bit_exact(data):
    """aot_dwconv3x3_rows_s8_dsp's output passes over several rows (sum_rows), with room for
    2 to 6 rows of the test's small layers, so that the last pass is often a shorter one."""
    case = data.draw(cases.depthwise_3x3())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dsp_calls, "SUM_BYTES", 96)
        (step,) = compile_program(read_model(case.tflite), "m", dsp=True).steps
        assume(step.call.params["sum_rows"] > 1)
        assert_bit_exact(case.tflite, case.samples, "batched_rows")


@PROPERTY
@given(data=st.data())
def test_planar_depthwise_copies_made_for_common_channel_counts_stay_bit_exact(data):
    """Channel counts with copies of the planar kernel's passes (the pixel step a constant),
    on rows of whole 8-pixel blocks (one loop over the image) and others."""
    case = data.draw(cases.depthwise_3x3(depths=st.sampled_from(dsp_calls.OUTPUT_COPIES),
                                         widths=st.sampled_from([8, 11, 16])))
    (step,) = compile_program(read_model(case.tflite), "m", dsp=True).steps
    assume(step.call.kernel in PLANAR)
    params, channels = step.call.params, step.call.params["g"]["in_c"]
    if not params["transposed"]:
        assert params["fill"].name == (f"aot_dwconv3x3_fill_c{channels}"
                                       if channels in dsp_calls.FILL_COPIES
                                       else "aot_dwconv3x3_fill_any")
        assert params["outputs"].name == ("aot_dwconv3x3_outputs_clamped"
                                          if params["act"]["clamp"]
                                          else f"aot_dwconv3x3_outputs_c{channels}")
    assert_bit_exact(case.tflite, case.samples, "planar_copies")


@PROPERTY
@given(data=st.data())
def test_outputs_written_over_inputs_that_die_stay_bit_exact(data):
    case = data.draw(cases.conv_chain())
    assert_bit_exact(case.tflite, case.samples, "conv_chain")


def test_a_convolution_and_an_add_write_their_outputs_over_inputs_that_die():
    tflite = cases.residual_chain()
    program = compile_program(read_model(tflite), "m", dsp=True)
    # Tensor 3 (16x16x16) is the 3x3 conv's input, 6 its output, 7 the ADD's output. Pixel
    # (1, 4) reads from input pixel (0, 3) once pixels up to (1, 3) are written: the output
    # starts one row and one pixel (16 * 17 bytes) below the input.
    assert program.plan.offsets[6] - program.plan.offsets[3] == -16 * 17
    assert program.plan.offsets[7] == program.plan.offsets[6]
    assert program.plan.size < program.plan.lower_bound(program.buffers)
    rng = np.random.default_rng(0)
    samples = [[rng.integers(-128, 128, (1, 16, 16, 8), dtype=np.int8)] for _ in range(2)]
    assert_bit_exact(tflite, samples, "residual_chain")


DSP = frozenset({"dsp"})


def _placed(program: Program, delta: int | None) -> Program:
    """A one-call program with its output `delta` bytes after its input's start (None: after
    its end), and its working memory after both."""
    (step,) = program.steps
    x, y = (program.root(t) for t in step.call.operands)
    size = {b.key: -(-b.size // ALIGNMENT) * ALIGNMENT for b in program.buffers}
    offsets = {x: 0, y: size[x]} if delta is None else {x: max(-delta, 0), y: max(delta, 0)}
    offsets[scratch_key(0)] = max(offsets[x] + size[x], offsets[y] + size[y])
    return dataclasses.replace(program, plan=Plan(offsets, offsets[scratch_key(0)]
                                                  + step.call.scratch))


def _conv_over_its_input(tflite: bytes, samples, delta: int | None = None):
    """The outputs of a one-CONV_2D model computed apart from its input and with the output
    over it, `delta` bytes after its start (by default, as far as the call declares)."""
    program = compile_program(read_model(tflite), "m", dsp=True)
    ((operand, declared),) = program.steps[0].call.overlaps
    # The convolution kernels read and write in the order dsp.conv_overlap models.
    assert operand == 0 and program.steps[0].call.kernel in (
        "aot_conv_s8_dsp", "aot_conv_tails_s8_dsp", "aot_pointwise_s8_dsp")
    delta = declared if delta is None else delta
    return (program_outputs(_placed(program, None), samples, DSP),
            program_outputs(_placed(program, delta), samples, DSP))


@PROPERTY
@given(data=st.data())
def test_a_convolution_over_its_input_as_far_as_it_declares_computes_the_same(data):
    """Random geometries (1 to 19 input channels, 1 to 11 outputs, windows up to 5x5,
    strides 1 to 3, dilation, SAME and VALID padding, one or two batches)."""
    case = data.draw(cases.conv())
    apart, over = _conv_over_its_input(case.tflite, case.samples)
    np.testing.assert_array_equal(np.array(over), np.array(apart))


@PROPERTY
@given(data=st.data())
def test_a_narrow_pointwise_convolution_over_its_input_computes_the_same(data):
    case = data.draw(cases.narrow_pointwise())
    assume(cases.dsp_kernels(case.tflite) == ["aot_pointwise_s8_dsp"])
    apart, over = _conv_over_its_input(case.tflite, case.samples)
    np.testing.assert_array_equal(np.array(over), np.array(apart))


def test_a_narrow_pointwise_convolution_starts_as_far_below_its_input_as_it_can():
    """8 -> 16 channels over 21 pixels: each pixel's outputs end 8 bytes further past its
    input, so the output starts 8 * 20 bytes below; a word higher, the second-last pixel's
    outputs overwrite the last pixel's input before it is read."""
    tflite = cases.pointwise(8, 16, (7, 3))
    program = compile_program(read_model(tflite), "m", dsp=True)
    assert program.steps[0].call.overlaps == ((0, -8 * 20),)
    rng = np.random.default_rng(1)
    samples = [[rng.integers(-128, 128, (1, 7, 3, 8), dtype=np.int8)]]
    apart, over = _conv_over_its_input(tflite, samples)
    np.testing.assert_array_equal(np.array(over), np.array(apart))
    _, too_high = _conv_over_its_input(tflite, samples, delta=-8 * 20 + 4)
    assert not np.array_equal(np.array(too_high), np.array(apart))


@pytest.mark.parametrize("tflite", [cases.single_conv(), cases.single_conv(bias=1 << 30),
                                    cases.single_conv(output_scale=1e-5)],
                         ids=["fast", "constant", "exact"])
def test_every_channel_kind_over_its_input_computes_the_same(tflite):
    """Constant channels are written for every pixel first: then the output ends below the
    input instead."""
    rng = np.random.default_rng(1)
    samples = [[rng.integers(-128, 128, (1, 8, 8, 6), dtype=np.int8)] for _ in range(3)]
    apart, over = _conv_over_its_input(tflite, samples)
    np.testing.assert_array_equal(np.array(over), np.array(apart))


def test_a_one_channel_convolution_starts_below_where_a_late_window_reaches_back():
    """Pixel 9 reads input byte 0 after pixels 0-7 are written (the whole block of 8-11 is
    read first): the output starts 8 bytes below the input. Only looking at the blocks'
    first pixels (8 reads from byte 4) gave 4, and the output is then wrong."""
    tflite = cases.one_channel_conv()
    program = compile_program(read_model(tflite), "m", dsp=True)
    assert program.steps[0].call.overlaps == ((0, -8),)
    rng = np.random.default_rng(2)
    samples = [[rng.integers(-128, 128, (1, 4, 5, 1), dtype=np.int8)] for _ in range(4)]
    apart, over = _conv_over_its_input(tflite, samples)
    np.testing.assert_array_equal(np.array(over), np.array(apart))
    assert_bit_exact(tflite, samples, "one_channel_conv")
    apart, too_high = _conv_over_its_input(tflite, samples, delta=-4)
    assert not np.array_equal(np.array(too_high), np.array(apart))


@pytest.mark.parametrize("tflite, shapes", [
    (cases.single_conv(), [(1, 8, 8, 6)]),
    (cases.fixed_add(), [(1, 4, 4, 8), (1, 4, 4, 8)])], ids=["conv", "add"])
def test_no_output_is_written_over_a_model_input_read_by_the_last_step(tflite, shapes):
    """Model inputs stay intact through an invoke (preserve_inputs): invoking again without
    setting them gives the same outputs."""
    rng = np.random.default_rng(3)
    sample = [rng.integers(-128, 128, shape, dtype=np.int8) for shape in shapes]
    with HostModel(build_library(generate_sources(read_model(tflite), "m", dsp=True))) as model:
        first = model.run(*sample)
        again = model.run()
    np.testing.assert_array_equal(np.array(again), np.array(first))
    np.testing.assert_array_equal(np.array(first), np.array(tflm_outputs(tflite, [sample])[0]))


@pytest.mark.parametrize("tflite, note", [
    (cases.single_conv(), ""),
    (cases.single_conv(output_scale=1e-5), "5 of 5 channels on the exact 64-bit output stage"),
    (cases.single_conv(output_scale=6.7e-4), "5 of 5 channels on the exact"),  # shift 0
    # Accumulators beyond int32, wrapping in TFLM as here.
    (cases.single_conv(bias=(1 << 31) - 1), "5 of 5 channels on the exact"),
    (cases.single_conv(bias=1 << 30), "5 of 5 channels constant"),  # saturates at 127
], ids=["fits", "left-shift", "no-shift", "huge-bias", "constant"])
def test_every_requantization_takes_the_dsp_kernel_bit_exactly(tflite, note):
    program = compile_program(read_model(tflite), "m", dsp=True)
    (choice,) = program.choices.values()
    assert choice.kernel == "aot_conv_s8_dsp"
    assert choice.reason.startswith(note) and bool(note) == bool(choice.reason)
    rng = np.random.default_rng(0)
    samples = [[rng.integers(-128, 128, (1, 8, 8, 6), dtype=np.int8)] for _ in range(3)]
    assert_bit_exact(tflite, samples, "single_conv")


@pytest.mark.parametrize("depth, out_c", [(4, 7), (8, 3), (16, 9), (32, 5), (31, 17), (5, 40)])
def test_pointwise_convolutions_of_every_unrolled_depth_are_bit_exact(depth, out_c):
    """7 x 3 pixels: five blocks of four and a remainder of one. 4 and 8 channels take the
    narrow pointwise kernel."""
    tflite = cases.pointwise(depth, out_c, (7, 3))
    narrow = "aot_pointwise_s8_dsp" if depth in (4, 8) else "aot_conv_s8_dsp"
    assert cases.dsp_kernels(tflite) == [narrow]
    rng = np.random.default_rng(depth)
    samples = [[rng.integers(-128, 128, (1, 7, 3, depth), dtype=np.int8)] for _ in range(2)]
    assert_bit_exact(tflite, samples, "pointwise")


def _plan(low: int, high: int, shift: int = -8, zero_point: int = 0, multiplier: int = 1 << 30,
          act: tuple[int, int] = (-128, 127)) -> dsp.Channels:
    return dsp.channels(np.array([7]), np.array([low]), np.array([high]), np.array([multiplier]),
                        np.array([shift]), zero_point, act, doubled=True)


def _kind(plan: dsp.Channels) -> str:
    return "constant" if plan.constant[0] else "exact" if plan.exact[0] else "fast"


def test_channels_are_fast_exactly_where_the_fast_output_stage_reproduces_tflm():
    assert _kind(_plan(-1000, (1 << 30) - 1)) == "fast"  # twice the accumulator fits int32
    assert _kind(_plan(-1000, 1 << 30)) == "exact"
    assert _kind(_plan(-1000, 1000, shift=0)) == "exact"  # no right shift to round
    assert _kind(_plan(-1000, 1000, shift=3)) == "exact"  # a left shift
    assert _kind(_plan(-(1 << 29), 1 << 29, shift=-22, zero_point=127)) == "fast"
    assert _kind(_plan(-(1 << 29), 1 << 29, shift=-25, zero_point=127)) == "exact"  # offset
    bias, multiplier, shift, offset = _plan(-1000, 1000, zero_point=-5).records[0]
    assert (bias, multiplier, shift, offset) == (14, 1 << 30, 8, (1 << 7) - (5 << 8))
    bias, multiplier, shift, offset = _plan(-1000, 1000, shift=3, zero_point=-5).records[0]
    assert (bias, multiplier, shift, offset) == (7, 1 << 30, 3 - dsp.EXACT_SHIFT_BIAS, -5)


def test_channels_whose_output_cannot_change_are_constant():
    plan = _plan(5 << 20, 9 << 20, shift=-30, zero_point=3)  # rounds to 0 for every acc
    assert _kind(plan) == "constant" and plan.values[0] == 3
    assert plan.records[0].tolist() == [0, 0, 1, 7]  # (SMMULR(acc, 0) + 7 - 0|1) >> 1 = 3
    assert _kind(_plan(-900, -100, act=(-128 + 5, 127), zero_point=-128 + 5)) == "constant"
    assert _kind(_plan(-900, 1000, act=(-123, 127), zero_point=-123)) == "fast"


def test_weight_layouts_match_the_kernels_lane_order():
    w = np.arange(1, 1 + 2 * 3 * 5, dtype=np.int8).reshape(1, 2, 3, 5)  # [1, kh, kw, C=5]
    layout = dsp.depthwise_weights(w, np.full(5, 2)).reshape(2, 2, 3, 4)  # [g][kh][kw][lanes]
    assert layout[0, 0, 0].tolist() == [2 * 1, 2 * 3, 2 * 2, 2 * 4]  # channels 0, 2, 1, 3
    assert layout[1, 1, 2].tolist() == [2 * w[0, 1, 2, 4], 0, 0, 0]  # padded channels
    conv = np.ones((2, 3, 3, 3), np.int8)  # rows of 9 bytes: window mode saves two chunks
    layout, row_chunks, window_chunks = dsp.conv_weights(conv)
    assert (row_chunks, window_chunks, layout.size) == (3, 7, 2 * 28)
    assert dsp.tail_chunks(conv.shape) == 7  # and tail mode as many, without staging
    tails = dsp.tail_weights(np.arange(27, dtype=np.int8).reshape(1, 3, 3, 3)).reshape(7, 4)
    assert tails[:2].tolist() == [[0, 1, 2, 3], [4, 5, 6, 7]]  # row 0's whole words
    assert tails[6].tolist() == [8, 17, 26, 0]  # then each row's last byte
    assert dsp.tail_chunks((2, 3, 3, 4)) == 0  # rows of 12 bytes: whole chunks already
    layout, row_chunks, window_chunks = dsp.conv_weights(np.ones((2, 3, 3, 4), np.int8))
    assert (row_chunks, window_chunks, layout.size) == (3, 0, 2 * 36)
    fc, chunks = dsp.fc_weights(np.arange(5 * 6, dtype=np.int8).reshape(5, 6))
    assert chunks == 2
    # Rows 0 and 1 packed (the first + 128) on inputs 0 and 2, rows 2 and 3 on them, then
    # rows 0 and 1 on inputs 1 and 3.
    assert fc[:12].tolist() == [0 - 128, 6, 2 - 128, 8, 12 - 128, 18, 14 - 128, 20,
                                1 - 128, 7, 3 - 128, 9]
    assert fc[32:].tolist() == [24, 25, 26, 27, 28, 29, 0, 0]  # row 4 alone, padded


@pytest.mark.slow
@pytest.mark.parametrize("name", ["kws_dscnn", "vww_mobilenet", "resnet8", "fc_autoencoder"])
def test_mlperf_shaped_models_run_every_mac_on_the_dsp_kernels(name):
    kernels = cases.dsp_kernels(reference_tflite(name, "int8"))
    heavy = [k for k in kernels if k.startswith(("aot_conv", "aot_dwconv", "aot_fc", "aot_add"))]
    assert heavy and all(k.endswith("_dsp") for k in heavy), kernels
