/* MEAN over any set of axes: each output (walked over the kept dims) sums the reduced dims. */
#include "aot_internal.h"

static int32_t sum_s8(const aot_walk *inner, const int8_t *base)
{
    const int last = AOT_MAX_DIMS - 1;
    const int32_t n = inner->dims[last];
    const int32_t stride = inner->strides[last];
    int32_t index[AOT_MAX_DIMS - 1] = {0};
    int32_t acc = 0;
    int32_t i;
    do {
        const int8_t *row = base + aot_offset(inner->strides, index, last);
        for (i = 0; i < n; ++i) {
            acc += row[i * stride];
        }
    } while (aot_next_index(inner->dims, index, last));
    return acc;
}

static float sum_f32(const aot_walk *inner, const float *base)
{
    const int last = AOT_MAX_DIMS - 1;
    const int32_t n = inner->dims[last];
    const int32_t stride = inner->strides[last];
    int32_t index[AOT_MAX_DIMS - 1] = {0};
    float acc = 0.0f;
    int32_t i;
    do {
        const float *row = base + aot_offset(inner->strides, index, last);
        for (i = 0; i < n; ++i) {
            acc += row[i * stride];
        }
    } while (aot_next_index(inner->dims, index, last));
    return acc;
}

void aot_mean_s8(const aot_mean_s8_params *p, const int8_t *input, int8_t *output)
{
    int32_t index[AOT_MAX_DIMS] = {0};
    do {
        const int32_t base = aot_offset(p->outer.strides, index, AOT_MAX_DIMS);
        const int32_t sum = sum_s8(&p->inner, input + base) + p->sum_offset;
        const int32_t scaled = aot_mbqm(sum, p->multiplier, p->shift) + p->output_offset;
        *output++ = (int8_t)aot_clamp_i32(scaled, INT8_MIN, INT8_MAX);
    } while (aot_next_index(p->outer.dims, index, AOT_MAX_DIMS));
}

void aot_mean_f32(const aot_mean_f32_params *p, const float *input, float *output)
{
    int32_t index[AOT_MAX_DIMS] = {0};
    do {
        const int32_t base = aot_offset(p->outer.strides, index, AOT_MAX_DIMS);
        *output++ = sum_f32(&p->inner, input + base) / (float)p->count;
    } while (aot_next_index(p->outer.dims, index, AOT_MAX_DIMS));
}
