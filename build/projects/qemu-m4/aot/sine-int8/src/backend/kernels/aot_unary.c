/* Element-wise unary ops: int8 table lookups, quantize/dequantize, float activations. */
#include <math.h>

#include "aot_internal.h"

void aot_lut_s8(const aot_lut_s8_params *p, const int8_t *input, int8_t *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        output[i] = p->table[input[i] + 128];
    }
}

void aot_dequantize_s8(const aot_dequantize_s8_params *p, const int8_t *input, float *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        output[i] = p->table[input[i] + 128];
    }
}

void aot_quantize_f32(const aot_quantize_f32_params *p, const float *input, int8_t *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        /* Saturate before the float -> int conversion, which is undefined out of range
         * (NaN goes to the minimum, as on TFLM's x86 host build). */
        const float q = roundf(input[i] / p->scale);
        const float rounded = q == q ? aot_clamp_float(q, -512.0f, 512.0f) : -512.0f;
        output[i] = (int8_t)aot_clamp_i32((int32_t)rounded + p->zero_point, INT8_MIN, INT8_MAX);
    }
}

void aot_clamp_f32(const aot_clamp_f32_params *p, const float *input, float *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        output[i] = aot_clamp_float(input[i], p->lo, p->hi);
    }
}

void aot_logistic_f32(const aot_unary_f32_params *p, const float *input, float *output)
{
    /* TFLM's cut-offs: beyond them the result is exactly 1 or exp(x). */
    const float upper = 16.619047164916992188f;
    const float lower = -9.0f;
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        const float x = input[i];
        output[i] = x > upper ? 1.0f : (x < lower ? expf(x) : 1.0f / (1.0f + expf(-x)));
    }
}

void aot_tanh_f32(const aot_unary_f32_params *p, const float *input, float *output)
{
    int32_t i;
    for (i = 0; i < p->size; ++i) {
        output[i] = tanhf(input[i]);
    }
}
