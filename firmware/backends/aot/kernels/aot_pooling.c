/* AVERAGE_POOL_2D and MAX_POOL_2D: windows are clipped to the input (padding never counts). */
#include <float.h>

#include "aot_internal.h"

/* The window of output (oy, ox), clipped to the input: rows [*y0, *y1), columns [*x0, *x1). */
static void pool_window(const aot_geometry *g, int32_t oy, int32_t ox, int32_t *y0,
                        int32_t *y1, int32_t *x0, int32_t *x1)
{
    const int32_t top = oy * g->stride_h - g->pad_top;
    const int32_t left = ox * g->stride_w - g->pad_left;
    *y0 = top < 0 ? 0 : top;
    *x0 = left < 0 ? 0 : left;
    *y1 = top + g->k_h < g->in_h ? top + g->k_h : g->in_h;
    *x1 = left + g->k_w < g->in_w ? left + g->k_w : g->in_w;
}

/* The int8 and int16 pools differ only in their element type and its lowest value. */
#define AOT_QUANTIZED_POOLS(type, suffix, lowest)                                              \
    void aot_avgpool_##suffix(const aot_pool_s8_params *p, const type *input, type *output)    \
    {                                                                                          \
        const aot_geometry *g = &p->g;                                                         \
        int32_t b, oy, ox, c, y, x, y0, y1, x0, x1;                                            \
        for (b = 0; b < g->batches; ++b) {                                                     \
            const type *image = input + b * g->in_h * g->in_w * g->in_c;                       \
            for (oy = 0; oy < g->out_h; ++oy) {                                                \
                for (ox = 0; ox < g->out_w; ++ox) {                                            \
                    pool_window(g, oy, ox, &y0, &y1, &x0, &x1);                                \
                    for (c = 0; c < g->in_c; ++c) {                                            \
                        const int32_t count = (y1 - y0) * (x1 - x0);                           \
                        int32_t acc = 0;                                                       \
                        for (y = y0; y < y1; ++y) {                                            \
                            for (x = x0; x < x1; ++x) {                                        \
                                acc += image[(y * g->in_w + x) * g->in_c + c];                 \
                            }                                                                  \
                        }                                                                      \
                        if (count > 0) {                                                       \
                            acc = acc > 0 ? (acc + count / 2) / count                          \
                                          : (acc - count / 2) / count;                         \
                        }                                                                      \
                        *output++ = (type)aot_clamp_i32(acc, p->act_min, p->act_max);          \
                    }                                                                          \
                }                                                                              \
            }                                                                                  \
        }                                                                                      \
    }                                                                                          \
                                                                                               \
    void aot_maxpool_##suffix(const aot_pool_s8_params *p, const type *input, type *output)    \
    {                                                                                          \
        const aot_geometry *g = &p->g;                                                         \
        int32_t b, oy, ox, c, y, x, y0, y1, x0, x1;                                            \
        for (b = 0; b < g->batches; ++b) {                                                     \
            const type *image = input + b * g->in_h * g->in_w * g->in_c;                       \
            for (oy = 0; oy < g->out_h; ++oy) {                                                \
                for (ox = 0; ox < g->out_w; ++ox) {                                            \
                    pool_window(g, oy, ox, &y0, &y1, &x0, &x1);                                \
                    for (c = 0; c < g->in_c; ++c) {                                            \
                        int32_t best = lowest;                                                 \
                        for (y = y0; y < y1; ++y) {                                            \
                            for (x = x0; x < x1; ++x) {                                        \
                                const int32_t v = image[(y * g->in_w + x) * g->in_c + c];      \
                                best = v > best ? v : best;                                    \
                            }                                                                  \
                        }                                                                      \
                        *output++ = (type)aot_clamp_i32(best, p->act_min, p->act_max);         \
                    }                                                                          \
                }                                                                              \
            }                                                                                  \
        }                                                                                      \
    }

AOT_QUANTIZED_POOLS(int8_t, s8, INT8_MIN)
AOT_QUANTIZED_POOLS(int16_t, s16, INT16_MIN)

void aot_avgpool_f32(const aot_pool_f32_params *p, const float *input, float *output)
{
    const aot_geometry *g = &p->g;
    int32_t b, oy, ox, c, y, x, y0, y1, x0, x1;
    for (b = 0; b < g->batches; ++b) {
        const float *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            for (ox = 0; ox < g->out_w; ++ox) {
                pool_window(g, oy, ox, &y0, &y1, &x0, &x1);
                for (c = 0; c < g->in_c; ++c) {
                    const int32_t count = (y1 - y0) * (x1 - x0);
                    float total = 0.0f;
                    for (y = y0; y < y1; ++y) {
                        for (x = x0; x < x1; ++x) {
                            total += image[(y * g->in_w + x) * g->in_c + c];
                        }
                    }
                    total = count > 0 ? total / (float)count : 0.0f;
                    *output++ = aot_clamp_float(total, p->act_min, p->act_max);
                }
            }
        }
    }
}

void aot_maxpool_f32(const aot_pool_f32_params *p, const float *input, float *output)
{
    const aot_geometry *g = &p->g;
    int32_t b, oy, ox, c, y, x, y0, y1, x0, x1;
    for (b = 0; b < g->batches; ++b) {
        const float *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            for (ox = 0; ox < g->out_w; ++ox) {
                pool_window(g, oy, ox, &y0, &y1, &x0, &x1);
                for (c = 0; c < g->in_c; ++c) {
                    float best = -FLT_MAX;
                    for (y = y0; y < y1; ++y) {
                        for (x = x0; x < x1; ++x) {
                            const float v = image[(y * g->in_w + x) * g->in_c + c];
                            best = v > best ? v : best;
                        }
                    }
                    *output++ = aot_clamp_float(best, p->act_min, p->act_max);
                }
            }
        }
    }
}
