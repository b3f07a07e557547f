/* CONV_2D (grouped when groups > 1), NHWC input, OHWI weights. */
#include "aot_internal.h"

/* Sum over one output channel's window: taps outside the input read the input zero point. */
static int32_t conv_window_s8(const aot_conv_s8_params *p, const int8_t *image, int32_t y0,
                              int32_t x0, const int8_t *weights, int32_t group_offset)
{
    const aot_geometry *g = &p->g;
    const int32_t depth = g->in_c / p->groups;
    int32_t acc = 0;
    int32_t ky;
    int32_t kx;
    for (ky = 0; ky < g->k_h; ++ky) {
        const int32_t y = y0 + ky * g->dilation_h;
        for (kx = 0; kx < g->k_w; ++kx) {
            const int32_t x = x0 + kx * g->dilation_w;
            const int8_t *w = weights + (ky * g->k_w + kx) * depth;
            if (aot_inside(g, y, x)) {
                acc += aot_dot_s8(image + (y * g->in_w + x) * g->in_c + group_offset, w, depth);
            } else {
                acc += p->input_zero_point * aot_sum_s8(w, depth);
            }
        }
    }
    return acc;
}

void aot_conv_s8(const aot_conv_s8_params *p, const int8_t *input, int8_t *output)
{
    const aot_geometry *g = &p->g;
    const int32_t depth = g->in_c / p->groups;
    const int32_t per_group = g->out_c / p->groups;
    const int32_t filter_size = g->k_h * g->k_w * depth;
    int32_t b;
    int32_t oy;
    int32_t ox;
    int32_t c;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            const int32_t y0 = oy * g->stride_h - g->pad_top;
            for (ox = 0; ox < g->out_w; ++ox) {
                const int32_t x0 = ox * g->stride_w - g->pad_left;
                for (c = 0; c < g->out_c; ++c) {
                    const int32_t acc = p->bias[c] +
                        conv_window_s8(p, image, y0, x0, p->weights + c * filter_size,
                                       (c / per_group) * depth);
                    *output++ = aot_requantize(&p->q, acc, c);
                }
            }
        }
    }
}

static float conv_window_f32(const aot_conv_f32_params *p, const float *image, int32_t y0,
                             int32_t x0, const float *weights, int32_t group_offset)
{
    const aot_geometry *g = &p->g;
    const int32_t depth = g->in_c / p->groups;
    float total = 0.0f;
    int32_t ky;
    int32_t kx;
    for (ky = 0; ky < g->k_h; ++ky) {
        const int32_t y = y0 + ky * g->dilation_h;
        for (kx = 0; kx < g->k_w; ++kx) {
            const int32_t x = x0 + kx * g->dilation_w;
            const float *w = weights + (ky * g->k_w + kx) * depth;
            const float *in;
            if (!aot_inside(g, y, x)) {
                continue;
            }
            in = image + (y * g->in_w + x) * g->in_c + group_offset;
            total = aot_dot_f32(in, w, depth, total);
        }
    }
    return total;
}

void aot_conv_f32(const aot_conv_f32_params *p, const float *input, float *output)
{
    const aot_geometry *g = &p->g;
    const int32_t depth = g->in_c / p->groups;
    const int32_t per_group = g->out_c / p->groups;
    const int32_t filter_size = g->k_h * g->k_w * depth;
    int32_t b;
    int32_t oy;
    int32_t ox;
    int32_t c;
    for (b = 0; b < g->batches; ++b) {
        const float *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            const int32_t y0 = oy * g->stride_h - g->pad_top;
            for (ox = 0; ox < g->out_w; ++ox) {
                const int32_t x0 = ox * g->stride_w - g->pad_left;
                for (c = 0; c < g->out_c; ++c) {
                    float total = conv_window_f32(p, image, y0, x0,
                                                  p->weights + c * filter_size,
                                                  (c / per_group) * depth);
                    total += p->bias != 0 ? p->bias[c] : 0.0f;
                    *output++ = aot_clamp_float(total, p->act_min, p->act_max);
                }
            }
        }
    }
}
