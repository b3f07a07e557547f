"""gemmlowp's fixed-point helpers against values worked out here with Python integers: the
rounding of SaturatingRoundingDoublingHighMul (ties up: +0.5 -> 1, -0.5 -> 0) and of
RoundingDivideByPOT (ties away from zero: -0.5 -> -1), saturation at the int32 ends, and the
exp/logistic/tanh built on them against the real functions."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from harness.backends.aot import fixedpoint as fp

INT32_MIN, INT32_MAX = -(2 ** 31), 2 ** 31 - 1
HALF = 2 ** 30  # 0.5 in Q0.31: srdhm(x, HALF) is x / 2


def doubling_high_mul(a: int, b: int) -> int:
    """2ab / 2^32 to nearest, ties toward +infinity; the one overflow saturates."""
    if a == b == INT32_MIN:
        return INT32_MAX
    return math.floor(Fraction(2 * a * b, 2 ** 32) + Fraction(1, 2))


def divide_by_pot(x: int, exponent: int) -> int:
    """x / 2^exponent to nearest, ties away from zero."""
    magnitude = math.floor(Fraction(abs(x), 2 ** exponent) + Fraction(1, 2))
    return magnitude if x >= 0 else -magnitude


@pytest.mark.parametrize("a, b, expected", [
    (1, HALF, 1),  # +0.5 -> 1
    (-1, HALF, 0),  # -0.5 -> 0: a negative tie goes up, toward zero
    (3, HALF, 2),  # +1.5 -> 2
    (-3, HALF, -1),  # -1.5 -> -1
    (-5, HALF, -2),  # -2.5 -> -2
    (-(2 ** 30) - 1, 1, -1),  # just past -0.5: -1
    (2 ** 30 - 1, 1, 0), (2 ** 30, 1, 1), (-(2 ** 30), 1, 0),
    (HALF, HALF, 2 ** 29),
    (INT32_MAX, INT32_MAX, INT32_MAX - 1),
    (INT32_MIN, INT32_MAX, -INT32_MAX),
    (INT32_MIN, INT32_MIN, INT32_MAX),  # the only overflow: saturates
    (INT32_MIN, -INT32_MAX, INT32_MAX),
    (0, INT32_MIN, 0),
    (1_000_000, 1_518_500_250, 707_107),  # 10^6 * sqrt(1/2) (in Q0.31), rounded
])
def test_saturating_rounding_doubling_high_mul(a, b, expected):
    assert doubling_high_mul(a, b) == expected  # the oracle agrees with the table
    assert int(fp.srdhm(a, b)) == expected
    assert int(fp.srdhm(b, a)) == expected


@pytest.mark.parametrize("x, exponent, expected", [
    (5, 1, 3), (-5, 1, -3),  # +-2.5 -> +-3
    (1, 1, 1), (-1, 1, -1),  # +-0.5 -> +-1
    (-4, 1, -2), (-6, 2, -2), (-2, 2, -1), (2, 2, 1), (-7, 2, -2), (7, 2, 2),
    (-9, 3, -1), (-12, 3, -2), (12, 3, 2), (-11, 3, -1),
    (123, 0, 123), (-123, 0, -123),
    (INT32_MIN, 31, -1), (INT32_MAX, 31, 1), (-(2 ** 30), 31, -1), (2 ** 30 - 1, 31, 0),
    (-(2 ** 30) + 1, 31, 0), (INT32_MIN, 1, -(2 ** 30)), (INT32_MAX, 1, 2 ** 30),
])
def test_rounding_divide_by_power_of_two(x, exponent, expected):
    assert divide_by_pot(x, exponent) == expected
    assert int(fp.rdbpot(x, exponent)) == expected


def random_int32(n: int, seed: int) -> list[int]:
    rng = np.random.default_rng(seed)
    edges = [INT32_MIN, INT32_MIN + 1, -1, 0, 1, INT32_MAX - 1, INT32_MAX, HALF, -HALF]
    return edges + [int(v) for v in rng.integers(INT32_MIN, INT32_MAX, n, endpoint=True)]


def test_both_match_the_integer_oracle_on_random_int32():
    a, b = random_int32(400, 1), random_int32(400, 2)
    expected = [doubling_high_mul(x, y) for x, y in zip(a, b, strict=True)]
    assert [int(v) for v in fp.srdhm(a, b)] == expected
    for exponent in (1, 2, 7, 16, 31):
        assert [int(v) for v in fp.rdbpot(a, exponent)] == [divide_by_pot(x, exponent)
                                                             for x in a]


def test_the_multiplier_first_doubles_then_divides():
    """TFLM's MultiplyByQuantizedMultiplier: shift left (saturating in 32 bits), multiply,
    then round-divide for a negative shift."""
    def oracle(x, multiplier, shift):
        shifted = (x << max(shift, 0) & 0xFFFFFFFF) - (2 ** 32 if x << max(shift, 0) & 2 ** 31
                                                      else 0)
        return divide_by_pot(doubling_high_mul(shifted, multiplier), max(-shift, 0))

    xs = random_int32(200, 3)
    for multiplier, shift in ((HALF, 0), (1_518_500_250, -3), (1_073_741_823, 1),
                              (2_000_000_000, -9), (1_300_000_000, 2)):
        small = [x >> 8 for x in xs] if shift > 0 else xs
        assert [int(v) for v in fp.mbqm(small, multiplier, shift)] == [
            oracle(x, multiplier, shift) for x in small], (multiplier, shift)
    assert int(fp.mbqm(100, HALF, -1)) == 25 and int(fp.mbqm(-100, HALF, -3)) == -6


def test_wrap_and_saturating_shift():
    assert [int(v) for v in fp.wrap32([2 ** 31, -(2 ** 31) - 1, 2 ** 32 + 5, -7])] == [
        INT32_MIN, INT32_MAX, 5, -7]
    cases = [(2 ** 30, 1, INT32_MAX), (2 ** 30 - 1, 1, 2 ** 31 - 2), (-(2 ** 30), 1, INT32_MIN),
             (-(2 ** 30) + 1, 1, -(2 ** 31) + 2), (3, 29, 3 * 2 ** 29), (4, 29, INT32_MAX),
             (-4, 29, INT32_MIN), (-5, 29, INT32_MIN), (-(2 ** 30) - 1, 1, INT32_MIN),
             (-3, 29, -3 * 2 ** 29), (0, 30, 0), (2 ** 30 + 1, 1, INT32_MAX)]
    for x, exponent, expected in cases:
        assert int(fp.saturating_shift_left(x, exponent)) == expected, (x, exponent)


def q(value: float, integer_bits: int) -> int:
    return round(value * 2 ** (31 - integer_bits))


@pytest.mark.parametrize("integer_bits", [0, 2, 4, 5, 6])
def test_exp_on_negative_values_follows_exp(integer_bits):
    top = min(2 ** integer_bits, 12)
    xs = [-top * k / 97 for k in range(98)]
    got = fp.exp_on_negative_values([q(x, integer_bits) for x in xs], integer_bits)
    expected = np.array([math.exp(q(x, integer_bits) / 2 ** (31 - integer_bits)) for x in xs])
    assert np.max(np.abs(got / 2 ** 31 - expected)) < 2 ** -21
    assert int(fp.exp_on_negative_values(0, integer_bits)) == INT32_MAX


def test_exp_of_a_very_negative_value_is_zero():
    assert int(fp.exp_on_negative_values(q(-40.0, 6), 6)) == 0
    assert int(fp.exp_on_negative_values(q(-20.0, 6), 6)) == round(math.exp(-20) * 2 ** 31)


@pytest.mark.parametrize("integer_bits", [2, 3, 4])
def test_logistic_and_tanh_follow_the_real_functions(integer_bits):
    span = 2 ** integer_bits - 0.01
    xs = [span * (k - 50) / 50 for k in range(101)]
    raw = [q(x, integer_bits) for x in xs]
    exact = np.array([r / 2 ** (31 - integer_bits) for r in raw])
    logistic = fp.logistic(raw, integer_bits) / 2 ** 31
    tanh = fp.tanh(raw, integer_bits) / 2 ** 31
    assert np.max(np.abs(logistic - 1 / (1 + np.exp(-exact)))) < 2 ** -24
    assert np.max(np.abs(tanh - np.tanh(exact))) < 2 ** -23
    assert int(fp.logistic(0, integer_bits)) == 2 ** 30 and int(fp.tanh(0, integer_bits)) == 0


def test_the_reciprocals_on_zero_to_one():
    xs = [k / 64 for k in range(64)]
    raw = [q(x, 0) for x in xs]
    exact = np.array([r / 2 ** 31 for r in raw])
    inverse = fp.one_over_one_plus_x_for_x_in_0_1(raw) / 2 ** 31
    ratio = fp.one_minus_x_over_one_plus_x_for_x_in_0_1(raw) / 2 ** 31
    assert np.max(np.abs(inverse - 1 / (1 + exact))) < 2 ** -27
    assert np.max(np.abs(ratio - (1 - exact) / (1 + exact))) < 2 ** -27


@pytest.mark.parametrize("a, b", [(3, 0), (-3, 0), (-2, 0), (2, 0), (1, 0), (-1, 0), (0, 0),
                                  (INT32_MAX, INT32_MAX), (INT32_MIN, INT32_MIN), (-7, 2),
                                  (5, -8), (123_456, INT32_MAX)])
def test_rounding_half_sum(a, b):
    """gemmlowp's RoundingHalfSum: (a + b + sign(a + b)) / 2, the division truncating."""
    total = a + b
    adjusted = total + (1 if total >= 0 else -1)
    expected = abs(adjusted) // 2 * (1 if adjusted >= 0 else -1)
    result = fp._rounding_half_sum(a, b)
    assert result.dtype == np.int64 and int(result) == expected  # an integer, not a float's


def test_the_smallest_inputs_either_side_of_zero():
    for integer_bits in (2, 4):
        one = 2 ** -(31 - integer_bits)  # the value of raw 1
        for raw in (1, -1):
            assert abs(int(fp.logistic(raw, integer_bits)) / 2 ** 31
                       - 1 / (1 + math.exp(-raw * one))) < 2 ** -24
            assert abs(int(fp.tanh(raw, integer_bits)) / 2 ** 31 - math.tanh(raw * one)) < 2 ** -23
