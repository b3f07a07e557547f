/* FULLY_CONNECTED: TFLM's reference (per-channel) kernel with the input offset folded into
 * the bias, so the inner loop is a plain int8 dot product. */
#include "aot_internal.h"

void aot_fc_s8(const aot_fc_s8_params *p, const int8_t *input, int8_t *output)
{
    int32_t b;
    int32_t c;
    for (b = 0; b < p->batches; ++b) {
        const int8_t *row = input + b * p->in_features;
        for (c = 0; c < p->out_features; ++c) {
            const int8_t *weights = p->weights + c * p->in_features;
            const int32_t acc = p->bias[c] + aot_dot_s8(row, weights, p->in_features);
            output[b * p->out_features + c] = aot_requantize(&p->q, acc, c);
        }
    }
}

void aot_fc_f32(const aot_fc_f32_params *p, const float *input, float *output)
{
    int32_t b;
    int32_t c;
    for (b = 0; b < p->batches; ++b) {
        const float *row = input + b * p->in_features;
        for (c = 0; c < p->out_features; ++c) {
            float total = aot_dot_f32(row, p->weights + c * p->in_features, p->in_features, 0.0f);
            total += p->bias != 0 ? p->bias[c] : 0.0f;
            output[b * p->out_features + c] = aot_clamp_float(total, p->act_min, p->act_max);
        }
    }
}
