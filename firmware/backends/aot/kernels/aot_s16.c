/* FULLY_CONNECTED, CONV_2D and DEPTHWISE_CONV_2D for int16x8 models: int16 inputs times int8
 * weights summed in 64 bits (zero points are 0, so nothing is folded into the bias). */
#include "aot_internal.h"

/* TFLM's MultiplyByQuantizedMultiplier(int64_t...) with its reduced multiplier and total
 * shift precomputed, then the activation clamp. */
static int16_t requantize16(const aot_requant16 *q, int64_t acc, int32_t channel)
{
    const int32_t shift = q->shift[channel];
    const int64_t scaled = (acc * q->multiplier[channel] + ((int64_t)1 << (shift - 1))) >> shift;
    return (int16_t)aot_clamp_i32((int32_t)scaled, q->act_min, q->act_max);
}

/* int16 x int8 products are at most 2^22 in magnitude, so blocks of 256 are summed in 32 bits
 * (one multiply-accumulate instruction each on a 32-bit core) before the 64-bit total. */
enum { EXACT_BLOCK = 256 };

static int64_t dot_s16(const int16_t *input, const int8_t *weights, int32_t n)
{
    int64_t acc = 0;
    while (n > 0) {
        const int32_t block = n < EXACT_BLOCK ? n : EXACT_BLOCK;
        int32_t sum = 0;
        int32_t i = 0;
        for (; i + 4 <= block; i += 4) {
            sum += input[i] * weights[i] + input[i + 1] * weights[i + 1]
                   + input[i + 2] * weights[i + 2] + input[i + 3] * weights[i + 3];
        }
        for (; i < block; ++i) {
            sum += input[i] * weights[i];
        }
        acc += sum;
        input += block;
        weights += block;
        n -= block;
    }
    return acc;
}

void aot_fc_s16(const aot_fc_s16_params *p, const int16_t *input, int16_t *output)
{
    int32_t b;
    int32_t c;
    for (b = 0; b < p->batches; ++b) {
        const int16_t *row = input + b * p->in_features;
        for (c = 0; c < p->out_features; ++c) {
            const int64_t acc = dot_s16(row, p->weights + c * p->in_features, p->in_features);
            output[b * p->out_features + c] = requantize16(&p->q, acc + p->bias[c], c);
        }
    }
}

/* A short sum in 32 bits (at most EXACT_BLOCK products). */
static int32_t dot32_s16(const int16_t *input, const int8_t *weights, int32_t n)
{
    int32_t sum = 0;
    int32_t i;
    for (i = 0; i < n; ++i) {
        sum += input[i] * weights[i];
    }
    return sum;
}

/* The sum over one output position's window for channel c (taps outside the input skipped),
 * in 32 bits when the whole window has at most EXACT_BLOCK taps. */
static int64_t conv_window(const aot_conv_s16_params *p, const int16_t *image, int32_t top,
                           int32_t left, int32_t c)
{
    const aot_geometry *g = &p->g;
    const int32_t depth = g->in_c / p->groups;
    const int32_t first = c / (g->out_c / p->groups) * depth;
    const int8_t *weights = p->weights + c * g->k_h * g->k_w * depth;
    const int narrow = g->k_h * g->k_w * depth <= EXACT_BLOCK;
    int64_t acc = 0;
    int32_t sum = 0;
    int32_t ky, kx;
    for (ky = 0; ky < g->k_h; ++ky) {
        const int32_t y = top + ky * g->dilation_h;
        for (kx = 0; kx < g->k_w; ++kx) {
            const int32_t x = left + kx * g->dilation_w;
            const int16_t *in;
            const int8_t *w;
            if (!aot_inside(g, y, x)) {
                continue;
            }
            in = image + (y * g->in_w + x) * g->in_c + first;
            w = weights + (ky * g->k_w + kx) * depth;
            if (narrow) {
                sum += dot32_s16(in, w, depth);
            } else {
                acc += dot_s16(in, w, depth);
            }
        }
    }
    return acc + sum;
}

void aot_conv_s16(const aot_conv_s16_params *p, const int16_t *input, int16_t *output)
{
    const aot_geometry *g = &p->g;
    int32_t b, oy, ox, c;
    for (b = 0; b < g->batches; ++b) {
        const int16_t *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            for (ox = 0; ox < g->out_w; ++ox) {
                const int32_t top = oy * g->stride_h - g->pad_top;
                const int32_t left = ox * g->stride_w - g->pad_left;
                for (c = 0; c < g->out_c; ++c) {
                    const int64_t acc = conv_window(p, image, top, left, c) + p->bias[c];
                    *output++ = requantize16(&p->q, acc, c);
                }
            }
        }
    }
}

/* Depthwise windows of at most EXACT_BLOCK taps are summed in 32 bits. */
static int64_t dwconv_window(const aot_dwconv_s16_params *p, const int16_t *image, int32_t top,
                             int32_t left, int32_t c)
{
    const aot_geometry *g = &p->g;
    const int32_t channel = c / p->depth_multiplier;
    const int narrow = g->k_h * g->k_w <= EXACT_BLOCK;
    int64_t acc = 0;
    int32_t sum = 0;
    int32_t ky, kx;
    for (ky = 0; ky < g->k_h; ++ky) {
        const int32_t y = top + ky * g->dilation_h;
        for (kx = 0; kx < g->k_w; ++kx) {
            const int32_t x = left + kx * g->dilation_w;
            if (aot_inside(g, y, x)) {
                sum += image[(y * g->in_w + x) * g->in_c + channel]
                       * p->weights[(ky * g->k_w + kx) * g->out_c + c];
                if (!narrow) {
                    acc += sum;
                    sum = 0;
                }
            }
        }
    }
    return acc + sum;
}

void aot_dwconv_s16(const aot_dwconv_s16_params *p, const int16_t *input, int16_t *output)
{
    const aot_geometry *g = &p->g;
    int32_t b, oy, ox, c;
    for (b = 0; b < g->batches; ++b) {
        const int16_t *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            for (ox = 0; ox < g->out_w; ++ox) {
                const int32_t top = oy * g->stride_h - g->pad_top;
                const int32_t left = ox * g->stride_w - g->pad_left;
                for (c = 0; c < g->out_c; ++c) {
                    const int64_t acc = dwconv_window(p, image, top, left, c) + p->bias[c];
                    *output++ = requantize16(&p->q, acc, c);
                }
            }
        }
    }
}
