/* DEPTHWISE_CONV_2D: output channel c reads input channel c / depth_multiplier. */
#include "aot_internal.h"

static int32_t dwconv_window_s8(const aot_dwconv_s8_params *p, const int8_t *image, int32_t y0,
                                int32_t x0, int32_t c)
{
    const aot_geometry *g = &p->g;
    const int32_t in_channel = c / p->depth_multiplier;
    int32_t acc = 0;
    int32_t ky;
    int32_t kx;
    for (ky = 0; ky < g->k_h; ++ky) {
        const int32_t y = y0 + ky * g->dilation_h;
        for (kx = 0; kx < g->k_w; ++kx) {
            const int32_t x = x0 + kx * g->dilation_w;
            const int32_t w = p->weights[(ky * g->k_w + kx) * g->out_c + c];
            const int32_t value = aot_inside(g, y, x)
                ? image[(y * g->in_w + x) * g->in_c + in_channel]
                : p->input_zero_point;
            acc += w * value;
        }
    }
    return acc;
}

void aot_dwconv_s8(const aot_dwconv_s8_params *p, const int8_t *input, int8_t *output)
{
    const aot_geometry *g = &p->g;
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
                    const int32_t acc = p->bias[c] + dwconv_window_s8(p, image, y0, x0, c);
                    *output++ = aot_requantize(&p->q, acc, c);
                }
            }
        }
    }
}

static float dwconv_window_f32(const aot_dwconv_f32_params *p, const float *image, int32_t y0,
                               int32_t x0, int32_t c)
{
    const aot_geometry *g = &p->g;
    const int32_t in_channel = c / p->depth_multiplier;
    float total = 0.0f;
    int32_t ky;
    int32_t kx;
    for (ky = 0; ky < g->k_h; ++ky) {
        const int32_t y = y0 + ky * g->dilation_h;
        for (kx = 0; kx < g->k_w; ++kx) {
            const int32_t x = x0 + kx * g->dilation_w;
            if (aot_inside(g, y, x)) {
                total += image[(y * g->in_w + x) * g->in_c + in_channel] *
                         p->weights[(ky * g->k_w + kx) * g->out_c + c];
            }
        }
    }
    return total;
}

void aot_dwconv_f32(const aot_dwconv_f32_params *p, const float *input, float *output)
{
    const aot_geometry *g = &p->g;
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
                    float total = dwconv_window_f32(p, image, y0, x0, c);
                    total += p->bias != 0 ? p->bias[c] : 0.0f;
                    *output++ = aot_clamp_float(total, p->act_min, p->act_max);
                }
            }
        }
    }
}
