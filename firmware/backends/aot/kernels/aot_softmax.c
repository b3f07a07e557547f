/* SOFTMAX over the last dimension. The int8 kernel follows TFLM's gemmlowp fixed-point
 * algorithm; the per-difference exp() values come precomputed in a table. */
#include <math.h>

#include "aot_internal.h"

enum { ACCUMULATION_INTEGER_BITS = 12 };

static int count_leading_zeros(uint32_t x)
{
#if defined(__GNUC__) || defined(__clang__)
    return x == 0 ? 32 : __builtin_clz(x);
#else
    int n = 0;
    if (x == 0) {
        return 32;
    }
    while ((x & 0x80000000u) == 0) {
        x <<= 1;
        ++n;
    }
    return n;
#endif
}

/* gemmlowp's 1 / (1 + x) for x in [0, 1), Q0.31 in and out (Newton-Raphson in Q2.29). */
static int32_t one_over_one_plus_x(int32_t a)
{
    const int32_t half_denominator =
        (int32_t)(((int64_t)a + INT32_MAX + ((int64_t)a + INT32_MAX >= 0 ? 1 : -1)) / 2);
    const int32_t one_q29 = 1 << 29;
    int32_t x = 1515870810 + aot_srdhm(half_denominator, -1010580540);
    int i;
    for (i = 0; i < 3; ++i) {
        const int32_t one_minus = one_q29 - aot_srdhm(half_denominator, x);
        const int32_t product = aot_srdhm(x, one_minus);
        /* Rescale from 4 to 2 integer bits: saturating shift left by 2. */
        const int32_t scaled = product > (INT32_MAX >> 2) ? INT32_MAX
                             : product < -(INT32_MAX >> 2) ? INT32_MIN : aot_shl(product, 2);
        x += scaled;
    }
    /* Q2.29 halved is Q1.30; back to Q0.31: saturating shift left by 1. */
    return x > (INT32_MAX >> 1) ? INT32_MAX : x < -(INT32_MAX >> 1) ? INT32_MIN : aot_shl(x, 1);
}

static void softmax_row_s8(const int32_t *table, const int8_t *in, int8_t *out, int32_t depth)
{
    int32_t max = INT8_MIN;
    int32_t sum = 0;
    int32_t c;
    int headroom;
    int exponent;
    int32_t scale;
    for (c = 0; c < depth; ++c) {
        max = in[c] > max ? in[c] : max;
    }
    for (c = 0; c < depth; ++c) {
        sum += aot_rdbpot(table[max - in[c]], ACCUMULATION_INTEGER_BITS);
    }
    headroom = count_leading_zeros((uint32_t)sum);
    exponent = ACCUMULATION_INTEGER_BITS - headroom + 31 - 8;
    /* TFLM aborts beyond 31 (only rows of 512+ near-equal values get there). */
    exponent = exponent > 31 ? 31 : exponent;
    scale = one_over_one_plus_x((int32_t)(((uint32_t)sum << headroom) - (1u << 31)));
    for (c = 0; c < depth; ++c) {
        const int32_t unsat = aot_rdbpot(aot_srdhm(scale, table[max - in[c]]), exponent);
        out[c] = (int8_t)aot_clamp_i32(unsat - 128, INT8_MIN, INT8_MAX);
    }
}

void aot_softmax_s8(const aot_softmax_s8_params *p, const int8_t *input, int8_t *output)
{
    int32_t i;
    for (i = 0; i < p->outer; ++i) {
        softmax_row_s8(p->exp_table, input + i * p->depth, output + i * p->depth, p->depth);
    }
}

void aot_softmax_f32(const aot_softmax_f32_params *p, const float *input, float *output)
{
    int32_t i;
    int32_t c;
    for (i = 0; i < p->outer; ++i) {
        const float *in = input + i * p->depth;
        float *out = output + i * p->depth;
        float max = in[0];
        float sum = 0.0f;
        for (c = 1; c < p->depth; ++c) {
            max = in[c] > max ? in[c] : max;
        }
        for (c = 0; c < p->depth; ++c) {
            out[c] = expf((in[c] - max) * p->beta);
            sum += out[c];
        }
        for (c = 0; c < p->depth; ++c) {
            out[c] = out[c] / sum;
        }
    }
}

/* TFLM's int16 table look-up: 512 intervals of 128 inputs, linear between their ends. */
static int16_t table_lookup16(const int16_t *table, int32_t value)
{
    const int32_t index = 256 + (value >> 7);
    const int32_t slope = table[index + 1] - table[index];
    return (int16_t)(table[index] + ((slope * (value & 0x7f) + 64) >> 7));
}

static int16_t exp16(const aot_softmax_s16_params *p, int32_t difference)
{
    const int32_t scaled = aot_mbqm(difference, p->input_multiplier, p->input_shift);
    return table_lookup16(p->exp_table, aot_clamp_i32(scaled + 32767, INT16_MIN, INT16_MAX));
}

/* Each row: exps in Q0.15 (kept in the output), their sum normalised to [1, 2), its
 * reciprocal from the table, then each exp times the reciprocal. */
void aot_softmax_s16(const aot_softmax_s16_params *p, const int16_t *input, int16_t *output)
{
    int32_t i, c;
    for (i = 0; i < p->outer; ++i) {
        const int16_t *x = input + i * p->depth;
        int16_t *y = output + i * p->depth;
        int32_t max = INT16_MIN;
        int32_t sum = 0;
        int headroom, right_shift;
        int32_t normalised;
        int16_t reciprocal;
        for (c = 0; c < p->depth; ++c) {
            max = x[c] > max ? x[c] : max;
        }
        for (c = 0; c < p->depth; ++c) {
            y[c] = exp16(p, x[c] - max);
            sum += y[c];
        }
        headroom = count_leading_zeros((uint32_t)sum);
        normalised = (int32_t)((((int64_t)sum << (headroom - 1)) + (1 << 13)) >> 14);
        reciprocal = table_lookup16(p->reciprocal_table,
                                    aot_clamp_i32(normalised - (1 << 15) - (1 << 16),
                                                  INT16_MIN, INT16_MAX));
        right_shift = 31 - headroom;
        for (c = 0; c < p->depth; ++c) {
            const int64_t product = (int64_t)y[c] * reciprocal + ((int64_t)1 << (right_shift - 1));
            y[c] = (int16_t)aot_clamp_i32((int32_t)(product >> right_shift), 0, INT16_MAX);
        }
    }
}
