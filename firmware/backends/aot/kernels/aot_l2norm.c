/* L2_NORMALIZATION over the last dimension. int8 follows TFLM's reference kernel: the sum of
 * squares goes through gemmlowp's fixed-point inverse square root (Newton-Raphson in Q3.28),
 * the output has scale 1/128 and zero point 0. */
#include <math.h>

#include "aot_internal.h"

static int leading_zeros(uint32_t x)
{
    int n = 0;
    if (x == 0) {
        return 32;
    }
    while ((x & 0x80000000u) == 0) {
        x <<= 1;
        ++n;
    }
    return n;
}

/* gemmlowp's SaturatingRoundingMultiplyByPOT for a left shift. */
static int32_t saturating_shl(int32_t x, int exponent)
{
    const int32_t threshold = (int32_t)((1u << (31 - exponent)) - 1u);
    if (x > threshold) {
        return INT32_MAX;
    }
    if (x < -threshold) {
        return INT32_MIN;
    }
    return aot_shl(x, exponent);
}

/* TFLM's GetInvSqrtQuantizedMultiplierExp with kReverseShift: 1 / sqrt(input) as a Q31
 * multiplier and a TFLM-convention shift (negative: right). */
static void inv_sqrt(int32_t input, int32_t *multiplier, int32_t *shift)
{
    const int32_t one_f3 = 1 << 28;
    const int32_t half_three = (1 << 28) + (1 << 27);
    int32_t right = 11;
    int32_t half_input;
    int32_t x;
    int pairs;
    int i;
    if (input <= 1) {
        *multiplier = INT32_MAX;
        *shift = 0;
        return;
    }
    while (input >= (1 << 29)) {
        input /= 4;
        ++right;
    }
    pairs = (leading_zeros((uint32_t)input) - 1) / 2 - 1;
    right -= pairs;
    input <<= 2 * pairs;
    half_input = aot_rdbpot(input >> 1, 1);
    x = one_f3;
    for (i = 0; i < 5; ++i) {
        const int32_t x3 = saturating_shl(aot_srdhm(aot_srdhm(x, x), x), 6);
        x = saturating_shl((int32_t)((uint32_t)aot_srdhm(half_three, x)
                                     - (uint32_t)aot_srdhm(half_input, x3)), 3);
    }
    x = aot_srdhm(x, 1518500250); /* sqrt(2) / 2 in Q0.31 */
    if (right < 0) {
        x = aot_shl(x, -right);
        right = 0;
    }
    *multiplier = x;
    *shift = -right;
}

void aot_l2norm_s8(const aot_l2norm_s8_params *p, const int8_t *input, int8_t *output)
{
    int32_t i;
    int32_t c;
    for (i = 0; i < p->outer; ++i, input += p->depth, output += p->depth) {
        int32_t sum = 0;
        int32_t multiplier;
        int32_t shift;
        for (c = 0; c < p->depth; ++c) {
            const int32_t v = input[c] - p->input_zero_point;
            sum += v * v;
        }
        inv_sqrt(sum, &multiplier, &shift);
        for (c = 0; c < p->depth; ++c) {
            const int32_t v = aot_mbqm(input[c] - p->input_zero_point, multiplier, shift + 7);
            output[c] = (int8_t)aot_clamp_i32(v, INT8_MIN, INT8_MAX);
        }
    }
}

void aot_l2norm_f32(const aot_l2norm_f32_params *p, const float *input, float *output)
{
    int32_t i;
    int32_t c;
    for (i = 0; i < p->outer; ++i, input += p->depth, output += p->depth) {
        float sum = 0.0f;
        float norm;
        for (c = 0; c < p->depth; ++c) {
            sum += input[c] * input[c];
        }
        norm = sqrtf(sum);
        norm = norm > 1e-6f ? norm : 1e-6f;
        for (c = 0; c < p->depth; ++c) {
            output[c] = input[c] / norm;
        }
    }
}
