/* FULLY_CONNECTED, CONV_2D and DEPTHWISE_CONV_2D on Helium (AOT_USE_MVE).
 *
 * FULLY_CONNECTED and CONV_2D are one matrix-vector product per input row or output pixel,
 * four output channels per pass sharing each 16-byte vector of inputs (VMLADAVA: 16
 * multiply-accumulates into a scalar). DEPTHWISE_CONV_2D keeps four channels in the lanes of
 * a vector. All requantize four channels at once, as TFLM's MultiplyByQuantizedMultiplier:
 * VQRDMULH is its saturating rounding doubling high multiply, and VRSHL after subtracting 1
 * from negative values is its rounding divide by a power of two (half away from zero). */
#include "aot_internal.h"
#include "aot_mve.h"

#ifdef AOT_MVE
enum { RECORD = 20 }; /* int32 per group of four channels: five vectors (aot_kernels.h) */

static inline int32x4_t requantize(int32x4_t acc, const int32_t *record, int32x4_t lo,
                                   int32x4_t hi)
{
    const int32x4_t right = vldrwq_s32(record + 12);
    int32x4_t x = vqrdmulhq_s32(vshlq_s32(acc, vldrwq_s32(record + 8)), vldrwq_s32(record + 4));
    x = vqaddq_s32(x, vshrq_n_s32(vandq_s32(x, right), 31));
    x = vaddq_s32(vrshlq_s32(x, right), vldrwq_s32(record + 16));
    return vminq_s32(vmaxq_s32(x, lo), hi);
}

/* The outputs of channels m .. m + 3 (those below count) at out. */
static inline void store(int8_t *out, int32x4_t value, int32_t left)
{
    if (left >= 4) {
        vstrbq_s32(out, value);
    } else {
        vstrbq_p_s32(out, value, vctp32q((uint32_t)left));
    }
}

/* Four channels' accumulators over one 16-byte vector of inputs; w advances a block row. */
#define BLOCK_VECTOR(v)                                                                     \
    do {                                                                                    \
        a0 = vmladavaq_s8(a0, (v), vldrbq_s8(w));                                           \
        a1 = vmladavaq_s8(a1, (v), vldrbq_s8(w + 16));                                      \
        a2 = vmladavaq_s8(a2, (v), vldrbq_s8(w + 32));                                      \
        a3 = vmladavaq_s8(a3, (v), vldrbq_s8(w + 48));                                      \
        w += 64;                                                                            \
    } while (0)

/* out[0 .. count) = the channels' outputs for the input vector x of `taps` bytes; the last
 * partial vector of x is read under a predicate. */
static void matvec(const int8_t *x, int32_t taps, const int8_t *w, const int32_t *record,
                   int32_t count, int8_t *out, int32x4_t lo, int32x4_t hi)
{
    const int32_t full = taps >> 4;
    const mve_pred16_t tail = vctp8q((uint32_t)(taps & 15));
    int32_t m;
    for (m = 0; m < count; m += 4, record += RECORD, out += 4) {
        const int8_t *v = x;
        int32_t a0 = record[0];
        int32_t a1 = record[1];
        int32_t a2 = record[2];
        int32_t a3 = record[3];
        int32_t j;
        int32x4_t acc;
        for (j = full; j > 0; --j, v += 16) {
            const int8x16_t in = vldrbq_s8(v);
            BLOCK_VECTOR(in);
        }
        if (taps & 15) {
            const int8x16_t in = vldrbq_z_s8(v, tail);
            BLOCK_VECTOR(in);
        }
        acc = vsetq_lane_s32(a1, vdupq_n_s32(a0), 1);
        acc = vsetq_lane_s32(a3, vsetq_lane_s32(a2, acc, 2), 3);
        store(out, requantize(acc, record, lo, hi), count - m);
    }
}

void aot_fc_s8_mve(const aot_fc_s8_mve_params *p, const int8_t *input, int8_t *output)
{
    const int32x4_t lo = vdupq_n_s32(p->act_min);
    const int32x4_t hi = vdupq_n_s32(p->act_max);
    int32_t b;
    for (b = 0; b < p->batches; ++b) {
        matvec(input + b * p->in_features, p->in_features, p->weights, p->channels,
               p->out_features, output + b * p->out_features, lo, hi);
    }
}

/* n bytes from src to dst, 16 per vector. */
static void copy_bytes(int8_t *dst, const int8_t *src, int32_t n)
{
    for (; n > 0; n -= 16, src += 16, dst += 16) {
        const mve_pred16_t pred = vctp8q((uint32_t)n);
        vstrbq_p_s8(dst, vldrbq_z_s8(src, pred), pred);
    }
}

/* The window of output pixel (oy, ox) as one vector of k_h * k_w * in_c bytes, taps outside
 * the input holding the input zero point. */
static void window(const aot_conv_s8_mve_params *p, const int8_t *image, int32_t oy,
                   int32_t ox, int8_t *col)
{
    const aot_geometry *g = &p->g;
    const int32_t x0 = ox * g->stride_w - g->pad_left;
    const int32_t row = g->k_w * g->in_c;
    int32_t ky;
    int32_t kx;
    for (ky = 0; ky < g->k_h; ++ky, col += row) {
        const int32_t y = oy * g->stride_h - g->pad_top + ky * g->dilation_h;
        const int8_t *line = image + y * g->in_w * g->in_c;
        if (y < 0 || y >= g->in_h) {
            memset(col, p->input_zero_point, (size_t)row);
        } else if (g->dilation_w == 1 && x0 >= 0 && x0 + g->k_w <= g->in_w) {
            copy_bytes(col, line + x0 * g->in_c, row);
        } else {
            for (kx = 0; kx < g->k_w; ++kx) {
                const int32_t x = x0 + kx * g->dilation_w;
                if (x < 0 || x >= g->in_w) {
                    memset(col + kx * g->in_c, p->input_zero_point, (size_t)g->in_c);
                } else {
                    copy_bytes(col + kx * g->in_c, line + x * g->in_c, g->in_c);
                }
            }
        }
    }
}

void aot_conv_s8_mve(const aot_conv_s8_mve_params *p, const int8_t *input, int8_t *output,
                     uint32_t *scratch)
{
    const aot_geometry *g = &p->g;
    const int32_t taps = g->k_h * g->k_w * g->in_c;
    const int32x4_t lo = vdupq_n_s32(p->act_min);
    const int32x4_t hi = vdupq_n_s32(p->act_max);
    int8_t *col = (int8_t *)(void *)scratch;
    int32_t b;
    int32_t oy;
    int32_t ox;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            for (ox = 0; ox < g->out_w; ++ox, output += g->out_c) {
                const int8_t *x = col;
                if (p->direct) {
                    x = image + (oy * g->stride_h * g->in_w + ox * g->stride_w) * g->in_c;
                } else {
                    window(p, image, oy, ox, col);
                }
                matvec(x, taps, p->weights, p->channels, g->out_c, output, lo, hi);
            }
        }
    }
}

/* Four channels of one output pixel whose window lies inside the input. */
static inline int32x4_t inner_group(const aot_geometry *g, const int8_t *in, const int8_t *w,
                                    int32x4_t acc)
{
    const int32_t row_step = g->dilation_h * g->in_w * g->in_c;
    const int32_t tap_step = g->dilation_w * g->in_c;
    int32_t ky;
    int32_t kx;
    for (ky = 0; ky < g->k_h; ++ky, in += row_step) {
        const int8_t *tap = in;
        for (kx = 0; kx < g->k_w; ++kx, tap += tap_step, w += 4) {
            acc = vaddq_s32(acc, vmulq_s32(vldrbq_s32(tap), vldrbq_s32(w)));
        }
    }
    return acc;
}

/* Four channels (those `lanes` selects) of an output pixel at (y0, x0), its window's top left
 * corner; taps outside the input take the zero point. */
static int32x4_t edge_group(const aot_dwconv_s8_mve_params *p, const int8_t *image,
                            int32_t y0, int32_t x0, const int8_t *w, int32x4_t acc,
                            mve_pred16_t lanes)
{
    const aot_geometry *g = &p->g;
    const int32x4_t zero_point = vdupq_n_s32(p->input_zero_point);
    int32_t ky;
    int32_t kx;
    for (ky = 0; ky < g->k_h; ++ky) {
        const int32_t y = y0 + ky * g->dilation_h;
        for (kx = 0; kx < g->k_w; ++kx, w += 4) {
            const int32_t x = x0 + kx * g->dilation_w;
            const int inside = y >= 0 && y < g->in_h && x >= 0 && x < g->in_w;
            const int32x4_t in = inside
                ? vldrbq_z_s32(image + (y * g->in_w + x) * g->in_c, lanes) : zero_point;
            acc = vaddq_s32(acc, vmulq_s32(in, vldrbq_s32(w)));
        }
    }
    return acc;
}

void aot_dwconv_s8_mve(const aot_dwconv_s8_mve_params *p, const int8_t *input, int8_t *output)
{
    const aot_geometry *g = &p->g;
    const int32_t taps = g->k_h * g->k_w;
    const int32_t channels = g->in_c;
    const int32x4_t lo = vdupq_n_s32(p->act_min);
    const int32x4_t hi = vdupq_n_s32(p->act_max);
    int32_t b;
    int32_t oy;
    int32_t ox;
    int32_t c;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * channels;
        for (oy = 0; oy < g->out_h; ++oy) {
            const int32_t y0 = oy * g->stride_h - g->pad_top;
            const int rows_inside = y0 >= 0 && y0 + (g->k_h - 1) * g->dilation_h < g->in_h;
            for (ox = 0; ox < g->out_w; ++ox, output += channels) {
                const int32_t x0 = ox * g->stride_w - g->pad_left;
                const int inside = rows_inside && x0 >= 0
                    && x0 + (g->k_w - 1) * g->dilation_w < g->in_w;
                /* formed only for windows inside the input */
                const int8_t *corner = inside ? image + (y0 * g->in_w + x0) * channels : image;
                const int8_t *w = p->weights;
                const int32_t *record = p->channels;
                for (c = 0; c < channels; c += 4, w += 4 * taps, record += RECORD) {
                    int32x4_t acc = vldrwq_s32(record);
                    if (inside && channels - c >= 4) {
                        acc = inner_group(g, corner + c, w, acc);
                    } else {
                        acc = edge_group(p, image + c, y0, x0, w, acc,
                                         vctp32q((uint32_t)(channels - c)));
                    }
                    store(output + c, requantize(acc, record, lo, hi), channels - c);
                }
            }
        }
    }
}
#endif
