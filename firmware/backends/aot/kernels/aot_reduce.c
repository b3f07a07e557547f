/* REDUCE_MAX and REDUCE_MIN over any set of axes, as MEAN walks them (int8 compares stored
 * values: TFLM requires the input's and output's quantization to be the same). */
#include <float.h>

#include "aot_internal.h"

#define REDUCE(name, type, lowest, highest)                                                 \
    void name(const aot_reduce_minmax_params *p, const type *input, type *output)           \
    {                                                                                       \
        const int last = AOT_MAX_DIMS - 1;                                                  \
        int32_t outer[AOT_MAX_DIMS] = {0};                                                  \
        do {                                                                                \
            const type *base = input + aot_offset(p->outer.strides, outer, AOT_MAX_DIMS);   \
            int32_t inner[AOT_MAX_DIMS - 1] = {0};                                          \
            type best = p->take_max ? (lowest) : (highest);                                 \
            int32_t i;                                                                      \
            do {                                                                            \
                const type *row = base + aot_offset(p->inner.strides, inner, last);         \
                for (i = 0; i < p->inner.dims[last]; ++i) {                                 \
                    const type v = row[i * p->inner.strides[last]];                         \
                    best = p->take_max ? (v > best ? v : best) : (v < best ? v : best);     \
                }                                                                           \
            } while (aot_next_index(p->inner.dims, inner, last));                           \
            *output++ = best;                                                               \
        } while (aot_next_index(p->outer.dims, outer, AOT_MAX_DIMS));                       \
    }

REDUCE(aot_reduce_minmax_s8, int8_t, INT8_MIN, INT8_MAX)
REDUCE(aot_reduce_minmax_f32, float, -FLT_MAX, FLT_MAX)
