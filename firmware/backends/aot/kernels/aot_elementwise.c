/* Element-wise ops with N-d broadcasting (SUB, MAXIMUM, MINIMUM, PRELU) and the float32
 * unary ops whose int8 versions are lookup tables (ABS, HARD_SWISH, LEAKY_RELU). */
#include <math.h>
#include <stddef.h>

#include "aot_internal.h"

static void sub_row_s8(const void *params, const void *a, int32_t sa, const void *b,
                       int32_t sb, void *out, int32_t n)
{
    const aot_add_s8_params *p = (const aot_add_s8_params *)params;
    const int8_t *x = (const int8_t *)a;
    const int8_t *y = (const int8_t *)b;
    int8_t *o = (int8_t *)out;
    int32_t i;
    for (i = 0; i < n; ++i) {
        const int32_t v1 = aot_shl(p->input1_offset + x[i * sa], p->left_shift);
        const int32_t v2 = aot_shl(p->input2_offset + y[i * sb], p->left_shift);
        const int32_t s1 = aot_rdbpot(aot_srdhm(v1, p->input1_multiplier), -p->input1_shift);
        const int32_t s2 = aot_rdbpot(aot_srdhm(v2, p->input2_multiplier), -p->input2_shift);
        const int32_t diff = aot_rdbpot(aot_srdhm(s1 - s2, p->output_multiplier),
                                        -p->output_shift);
        o[i] = (int8_t)aot_clamp_i32(diff + p->output_offset, p->act_min, p->act_max);
    }
}

static void sub_row_f32(const void *params, const void *a, int32_t sa, const void *b,
                        int32_t sb, void *out, int32_t n)
{
    const aot_binary_f32_params *p = (const aot_binary_f32_params *)params;
    const float *x = (const float *)a;
    const float *y = (const float *)b;
    float *o = (float *)out;
    int32_t i;
    for (i = 0; i < n; ++i) {
        o[i] = aot_clamp_float(x[i * sa] - y[i * sb], p->act_min, p->act_max);
    }
}

#define MINMAX_ROW(name, type, better)                                                      \
    static void name(const void *params, const void *a, int32_t sa, const void *b,        \
                     int32_t sb, void *out, int32_t n)                                    \
    {                                                                                       \
        const type *x = (const type *)a;                                                    \
        const type *y = (const type *)b;                                                    \
        type *o = (type *)out;                                                              \
        int32_t i;                                                                          \
        (void)params;                                                                       \
        for (i = 0; i < n; ++i) {                                                           \
            const type u = x[i * sa];                                                       \
            const type v = y[i * sb];                                                       \
            o[i] = (u better v) ? u : v;                                                    \
        }                                                                                   \
    }

MINMAX_ROW(max_row_s8, int8_t, >)
MINMAX_ROW(min_row_s8, int8_t, <)
MINMAX_ROW(max_row_f32, float, >)
MINMAX_ROW(min_row_f32, float, <)

static void prelu_row_s8(const void *params, const void *a, int32_t sa, const void *b,
                         int32_t sb, void *out, int32_t n)
{
    const aot_prelu_s8_params *p = (const aot_prelu_s8_params *)params;
    const int8_t *x = (const int8_t *)a;
    const int8_t *alpha = (const int8_t *)b;
    int8_t *o = (int8_t *)out;
    int32_t i;
    for (i = 0; i < n; ++i) {
        const int32_t value = p->input_offset + x[i * sa];
        int32_t scaled;
        if (value >= 0) {
            scaled = aot_mbqm(value, p->multiplier_identity, p->shift_identity);
        } else {
            scaled = aot_mbqm(value * (p->alpha_offset + alpha[i * sb]), p->multiplier_alpha,
                              p->shift_alpha);
        }
        o[i] = (int8_t)aot_clamp_i32(scaled + p->output_offset, INT8_MIN, INT8_MAX);
    }
}

static void prelu_row_f32(const void *params, const void *a, int32_t sa, const void *b,
                          int32_t sb, void *out, int32_t n)
{
    const float *x = (const float *)a;
    const float *alpha = (const float *)b;
    float *o = (float *)out;
    int32_t i;
    (void)params;
    for (i = 0; i < n; ++i) {
        const float v = x[i * sa];
        o[i] = v >= 0.0f ? v : v * alpha[i * sb];
    }
}

void aot_sub_s8(const aot_add_s8_params *p, const int8_t *input1, const int8_t *input2,
                int8_t *output)
{
    aot_binary_rows(&p->s, sizeof(int8_t), p, input1, input2, output, sub_row_s8);
}

void aot_sub_f32(const aot_binary_f32_params *p, const float *input1, const float *input2,
                 float *output)
{
    aot_binary_rows(&p->s, sizeof(float), p, input1, input2, output, sub_row_f32);
}

void aot_maximum_s8(const aot_minmax_params *p, const int8_t *input1, const int8_t *input2,
                    int8_t *output)
{
    aot_binary_rows(&p->s, sizeof(int8_t), p, input1, input2, output, max_row_s8);
}

void aot_minimum_s8(const aot_minmax_params *p, const int8_t *input1, const int8_t *input2,
                    int8_t *output)
{
    aot_binary_rows(&p->s, sizeof(int8_t), p, input1, input2, output, min_row_s8);
}

void aot_maximum_f32(const aot_minmax_params *p, const float *input1, const float *input2,
                     float *output)
{
    aot_binary_rows(&p->s, sizeof(float), p, input1, input2, output, max_row_f32);
}

void aot_minimum_f32(const aot_minmax_params *p, const float *input1, const float *input2,
                     float *output)
{
    aot_binary_rows(&p->s, sizeof(float), p, input1, input2, output, min_row_f32);
}

void aot_prelu_s8(const aot_prelu_s8_params *p, const int8_t *input, const int8_t *alpha,
                  int8_t *output)
{
    aot_binary_rows(&p->s, sizeof(int8_t), p, input, alpha, output, prelu_row_s8);
}

void aot_prelu_f32(const aot_minmax_params *p, const float *input, const float *alpha,
                   float *output)
{
    aot_binary_rows(&p->s, sizeof(float), p, input, alpha, output, prelu_row_f32);
}

void aot_abs_f32(const aot_unary_f32_params *p, const float *input, float *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        output[i] = fabsf(input[i]);
    }
}

void aot_hard_swish_f32(const aot_unary_f32_params *p, const float *input, float *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        const float x = input[i];
        output[i] = x * aot_clamp_float(x + 3.0f, 0.0f, 6.0f) / 6.0f;
    }
}

void aot_leaky_relu_f32(const aot_leaky_relu_f32_params *p, const float *input, float *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        const float x = input[i];
        output[i] = x > 0.0f ? x : x * p->alpha;
    }
}

void aot_square_f32(const aot_unary_f32_params *p, const float *input, float *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        output[i] = input[i] * input[i];
    }
}

void aot_rsqrt_f32(const aot_unary_f32_params *p, const float *input, float *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        output[i] = 1.0f / sqrtf(input[i]);
    }
}
