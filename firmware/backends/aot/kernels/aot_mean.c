/* MEAN over any set of axes: each output (walked over the kept dims) sums the reduced dims. */
#include "aot_internal.h"

/* The sum of one output's reduced elements (`type` values, an `acc_type` sum). */
#define SUM(name, type, acc_type)                                                           \
    static acc_type name(const aot_walk *inner, const type *base)                           \
    {                                                                                       \
        const int last = AOT_MAX_DIMS - 1;                                                  \
        const int32_t n = inner->dims[last];                                                \
        const int32_t stride = inner->strides[last];                                        \
        int32_t index[AOT_MAX_DIMS - 1] = {0};                                              \
        acc_type acc = 0;                                                                   \
        int32_t i;                                                                          \
        do {                                                                                \
            const type *row = base + aot_offset(inner->strides, index, last);               \
            for (i = 0; i < n; ++i) {                                                       \
                acc += row[i * stride];                                                     \
            }                                                                               \
        } while (aot_next_index(inner->dims, index, last));                                 \
        return acc;                                                                         \
    }
SUM(sum_s8, int8_t, int32_t)
SUM(sum_s16, int16_t, int32_t)
SUM(sum_f32, float, float)

/* TFLM's QuantizedMeanOrSum, the same for int8 and int16 but for the type's range. */
#define QUANTIZED_MEAN(name, params, type, sum, low, high)                                  \
    void name(const params *p, const type *input, type *output)                             \
    {                                                                                       \
        int32_t index[AOT_MAX_DIMS] = {0};                                                  \
        do {                                                                                \
            const int32_t base = aot_offset(p->outer.strides, index, AOT_MAX_DIMS);         \
            const int32_t total = sum(&p->inner, input + base) + p->sum_offset;             \
            const int32_t scaled = aot_mbqm(total, p->multiplier, p->shift) + p->output_offset; \
            *output++ = (type)aot_clamp_i32(scaled, low, high);                             \
        } while (aot_next_index(p->outer.dims, index, AOT_MAX_DIMS));                       \
    }
QUANTIZED_MEAN(aot_mean_s8, aot_mean_s8_params, int8_t, sum_s8, INT8_MIN, INT8_MAX)
QUANTIZED_MEAN(aot_mean_s16, aot_mean_s16_params, int16_t, sum_s16, INT16_MIN, INT16_MAX)

void aot_mean_f32(const aot_mean_f32_params *p, const float *input, float *output)
{
    int32_t index[AOT_MAX_DIMS] = {0};
    do {
        const int32_t base = aot_offset(p->outer.strides, index, AOT_MAX_DIMS);
        *output++ = sum_f32(&p->inner, input + base) / (float)p->count;
    } while (aot_next_index(p->outer.dims, index, AOT_MAX_DIMS));
}
