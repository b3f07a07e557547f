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
enum { RECORD = 28 }; /* int32 per group of four channels: seven vectors (aot_kernels.h) */

static inline int32x4_t requantize(int32x4_t acc, const int32_t *record, int32x4_t lo,
                                   int32x4_t hi)
{
    const int32x4_t x = vqrdmulhq_s32(vshlq_s32(acc, vldrwq_s32(record + 8)),
                                      vldrwq_s32(record + 4));
    const int32x4_t y = vaddq_s32(aot_mve_divide_pot(x, vldrwq_s32(record + 12)),
                                  vldrwq_s32(record + 16));
    return vminq_s32(vmaxq_s32(y, lo), hi);
}

/* Channels m .. m + 3 (those below count) to out + their slots. */
static inline void scatter(int8_t *out, const int32_t *record, int32x4_t value, int32_t left)
{
    const uint32x4_t slots = vldrwq_u32((const uint32_t *)(const void *)(record + 24));
    if (left >= 4) {
        vstrbq_scatter_offset_s32(out, slots, value);
    } else {
        vstrbq_scatter_offset_p_s32(out, slots, value, vctp32q((uint32_t)left));
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

/* The outputs of the `count` computed channels for the input vector x of `taps` bytes, each
 * stored at out + its record's slot; the last partial vector of x is read under a predicate. */
static void matvec(const int8_t *x, int32_t taps, const int8_t *w, const int32_t *record,
                   int32_t count, int8_t *out, int32x4_t lo, int32x4_t hi)
{
    const int32_t full = taps >> 4;
    const mve_pred16_t tail = vctp8q((uint32_t)(taps & 15));
    int32_t m;
    for (m = 0; m < count; m += 4, record += RECORD) {
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
        scatter(out, record, requantize(acc, record, lo, hi), count - m);
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

void aot_fc_s8_mve(const aot_fc_s8_mve_params *p, const int8_t *input, int8_t *output)
{
    const int32x4_t lo = vdupq_n_s32(p->act_min);
    const int32x4_t hi = vdupq_n_s32(p->act_max);
    int32_t b;
    for (b = 0; b < p->batches; ++b) {
        int8_t *out = output + b * p->out_features;
        if (p->fill) {
            copy_bytes(out, p->fill, p->out_features);
        }
        matvec(input + b * p->in_features, p->in_features, p->weights, p->channels, p->live,
               out, lo, hi);
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
                if (p->fill) {
                    copy_bytes(output, p->fill, g->out_c);
                }
                matvec(x, taps, p->weights, p->channels, p->live, output, lo, hi);
            }
        }
    }
}

/* The taps of a depthwise window inside the input: rows [ky0, ky1), columns [kx0, kx1). */
typedef struct {
    int32_t ky0, ky1, kx0, kx1;
} span;

/* The taps of the window with its corner at (y0, x0) that lie inside the input. */
static span window_span(const aot_geometry *g, int32_t y0, int32_t x0)
{
    span s = {0, g->k_h, 0, g->k_w};
    while (s.ky0 < s.ky1 && y0 + s.ky0 * g->dilation_h < 0) {
        ++s.ky0;
    }
    while (s.ky1 > s.ky0 && y0 + (s.ky1 - 1) * g->dilation_h >= g->in_h) {
        --s.ky1;
    }
    while (s.kx0 < s.kx1 && x0 + s.kx0 * g->dilation_w < 0) {
        ++s.kx0;
    }
    while (s.kx1 > s.kx0 && x0 + (s.kx1 - 1) * g->dilation_w >= g->in_w) {
        --s.kx1;
    }
    return s;
}

/* acc + the taps of `s` for four channels: in points at the first tap of `s`, w at the
 * group's weights. Inside the
 * input the folded bias takes the zero point off; at the edges (`edge`) each input has it
 * taken off instead (the skipped taps are TFLM's zero terms). `lanes` selects the channels
 * that exist (all four unless `tail`). */
static inline int32x4_t group_taps(const aot_geometry *g, const int8_t *in, const int8_t *w,
                                   int32x4_t acc, span s, int edge, int32x4_t zero_point,
                                   int tail, mve_pred16_t lanes)
{
    const int32_t row_step = g->dilation_h * g->in_w * g->in_c;
    const int32_t tap_step = g->dilation_w * g->in_c;
    int32_t ky;
    int32_t kx;
    w += 4 * (s.ky0 * g->k_w + s.kx0);
    for (ky = s.ky0; ky < s.ky1; ++ky, in += row_step, w += 4 * g->k_w) {
        const int8_t *tap = in;
        const int8_t *wk = w;
        for (kx = s.kx0; kx < s.kx1; ++kx, tap += tap_step, wk += 4) {
            int32x4_t x = tail ? vldrbq_z_s32(tap, lanes) : vldrbq_s32(tap);
            if (edge) {
                x = vsubq_s32(x, zero_point);
            }
            acc = vaddq_s32(acc, vmulq_s32(x, vldrbq_s32(wk)));
        }
    }
    return acc;
}

/* One output pixel: its channels in groups of four; first: channel 0 of the first tap. */
static void depthwise_pixel(const aot_dwconv_s8_mve_params *p, const int8_t *first, span s,
                            int edge, int8_t *out, int32x4_t lo, int32x4_t hi)
{
    const aot_geometry *g = &p->g;
    const int32_t taps = g->k_h * g->k_w;
    const int32x4_t zero_point = vdupq_n_s32(p->input_zero_point);
    const int8_t *w = p->weights;
    const int32_t *record = p->channels;
    const int32_t whole = g->in_c & ~3;
    int32_t c;
    for (c = 0; c < whole; c += 4, w += 4 * taps, record += RECORD) {
        const int32x4_t bias = vldrwq_s32(record + (edge ? 20 : 0));
        const int32x4_t acc = edge ? group_taps(g, first + c, w, bias, s, 1, zero_point, 0, 0)
                                   : group_taps(g, first + c, w, bias, s, 0, zero_point, 0, 0);
        vstrbq_s32(out + c, requantize(acc, record, lo, hi));
    }
    if (c < g->in_c) {
        const mve_pred16_t lanes = vctp32q((uint32_t)(g->in_c - c));
        const int32x4_t acc = group_taps(g, first + c, w, vldrwq_s32(record + 20), s, 1,
                                         zero_point, 1, lanes);
        vstrbq_p_s32(out + c, requantize(acc, record, lo, hi), lanes);
    }
}

/* The output pixel (oy, ox) of image, every channel, windows clipped at the input's edges. */
static void depthwise_at(const aot_dwconv_s8_mve_params *p, const int8_t *image, int32_t oy,
                         int32_t ox, int8_t *out, int32x4_t lo, int32x4_t hi)
{
    const aot_geometry *g = &p->g;
    const int32_t y0 = oy * g->stride_h - g->pad_top;
    const int32_t x0 = ox * g->stride_w - g->pad_left;
    const span s = window_span(g, y0, x0);
    const int edge = s.ky1 - s.ky0 != g->k_h || s.kx1 - s.kx0 != g->k_w;
    const int32_t y = y0 + s.ky0 * g->dilation_h;
    const int32_t x = x0 + s.kx0 * g->dilation_w;
    depthwise_pixel(p, image + (y * g->in_w + x) * g->in_c, s, edge, out, lo, hi);
}

void aot_dwconv_s8_mve(const aot_dwconv_s8_mve_params *p, const int8_t *input, int8_t *output)
{
    const aot_geometry *g = &p->g;
    const int32x4_t lo = vdupq_n_s32(p->act_min);
    const int32x4_t hi = vdupq_n_s32(p->act_max);
    int32_t b;
    int32_t oy;
    int32_t ox;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            for (ox = 0; ox < g->out_w; ++ox, output += g->in_c) {
                depthwise_at(p, image, oy, ox, output, lo, hi);
            }
        }
    }
}

/* Output pixels [lo, hi) along one side whose 3 taps all lie inside the input. */
typedef struct {
    int32_t lo, hi;
} interval;

static interval inside(int32_t pad, int32_t stride, int32_t in, int32_t out)
{
    interval r;
    r.hi = in - 3 + pad < 0 ? 0 : (in - 3 + pad) / stride + 1;
    r.hi = r.hi < out ? r.hi : out;
    r.lo = (pad + stride - 1) / stride;
    r.lo = r.lo < r.hi ? r.lo : r.hi;
    return r;
}

/* One tap of four neighbouring output pixels (lanes) times its weight, added to acc. */
#define TAP(base, taps, weight)                                                             \
    acc = vmlaq_n_s32(acc, tail ? vldrbq_gather_offset_z_s32((base), (taps), lanes)        \
                                : vldrbq_gather_offset_s32((base), (taps)),                \
                      (weight))

/* One channel's 3x3 window sums for four neighbouring output pixels (lanes): `row` points at
 * the window's top left tap of the first pixel, `taps` are the lanes' offsets from there for
 * each column of the window, w the channel's nine weights; unrolled, so that each tap is a
 * gather and a multiply-accumulate. */
static inline int32x4_t four_windows(const int8_t *row, int32_t row_step, const uint32x4_t *taps,
                                     const int32_t *w, int32x4_t acc, int tail,
                                     mve_pred16_t lanes)
{
    const int8_t *middle = row + row_step;
    const int8_t *bottom = middle + row_step;
    TAP(row, taps[0], w[0]);
    TAP(row, taps[1], w[1]);
    TAP(row, taps[2], w[2]);
    TAP(middle, taps[0], w[3]);
    TAP(middle, taps[1], w[4]);
    TAP(middle, taps[2], w[5]);
    TAP(bottom, taps[0], w[6]);
    TAP(bottom, taps[1], w[7]);
    TAP(bottom, taps[2], w[8]);
    return acc;
}
#undef TAP

/* Channel c of the output pixels whose windows lie inside the input, four per vector along a
 * row: the nine weights are scalars, the inputs of four pixels one gather each. */
static void channel_inside(const aot_dwconv_s8_mve_params *p, const int8_t *image, int8_t *out,
                           int32_t c, interval ys, interval xs, int32x4_t lo, int32x4_t hi)
{
    const aot_geometry *g = &p->g;
    const int32_t channels = g->in_c;
    const int32_t pixel_step = g->stride_w * channels;
    const int32_t row_step = g->in_w * channels;
    const int8_t *weights = p->weights + (c >> 2) * 36 + (c & 3);
    const int32_t *record = p->channels + (c >> 2) * RECORD + (c & 3);
    const int32x4_t bias = vdupq_n_s32(record[0]);
    const int32x4_t multiplier = vdupq_n_s32(record[4]);
    const int32x4_t left = vdupq_n_s32(record[8]);
    const int32x4_t right = vdupq_n_s32(record[12]);
    const int32x4_t offset = vdupq_n_s32(record[16]);
    uint32x4_t taps[3];
    uint32x4_t scatter_at;
    uint32_t lane[4];
    int32_t w[9];
    int32_t i;
    int32_t k;
    int32_t oy;
    for (k = 0; k < 9; ++k) {
        w[k] = weights[4 * k];
    }
    for (k = 0; k < 3; ++k) {
        for (i = 0; i < 4; ++i) {
            lane[i] = (uint32_t)(i * pixel_step + k * channels);
        }
        taps[k] = vldrwq_u32(lane);
    }
    for (i = 0; i < 4; ++i) {
        lane[i] = (uint32_t)(i * channels);
    }
    scatter_at = vldrwq_u32(lane);
    for (oy = ys.lo; oy < ys.hi; ++oy) {
        const int8_t *row = image + ((oy * g->stride_h - g->pad_top) * g->in_w
                                     + xs.lo * g->stride_w - g->pad_left) * channels + c;
        int8_t *o = out + (oy * g->out_w + xs.lo) * channels + c;
        int32_t n;
        for (n = xs.hi - xs.lo; n > 0; n -= 4, row += 4 * pixel_step, o += 4 * channels) {
            const mve_pred16_t lanes = vctp32q((uint32_t)n);
            const int tail = n < 4;
            const int32x4_t acc = tail ? four_windows(row, row_step, taps, w, bias, 1, lanes)
                                       : four_windows(row, row_step, taps, w, bias, 0, 0);
            const int32x4_t x = vqrdmulhq_s32(vshlq_s32(acc, left), multiplier);
            const int32x4_t y = vaddq_s32(aot_mve_divide_pot(x, right), offset);
            const int32x4_t value = vminq_s32(vmaxq_s32(y, lo), hi);
            if (tail) {
                vstrbq_scatter_offset_p_s32(o, scatter_at, value, lanes);
            } else {
                vstrbq_scatter_offset_s32(o, scatter_at, value);
            }
        }
    }
}

/* The pixels of output row oy in [x0, x1), every channel, per pixel. */
static void row_pixels(const aot_dwconv_s8_mve_params *p, const int8_t *image, int8_t *out,
                       int32_t oy, int32_t x0, int32_t x1, int32x4_t lo, int32x4_t hi)
{
    const aot_geometry *g = &p->g;
    int32_t ox;
    for (ox = x0; ox < x1; ++ox) {
        depthwise_at(p, image, oy, ox, out + (oy * g->out_w + ox) * g->in_c, lo, hi);
    }
}

void aot_dwconv3x3_s8_mve(const aot_dwconv_s8_mve_params *p, const int8_t *input,
                          int8_t *output)
{
    const aot_geometry *g = &p->g;
    const int32x4_t lo = vdupq_n_s32(p->act_min);
    const int32x4_t hi = vdupq_n_s32(p->act_max);
    const interval ys = inside(g->pad_top, g->stride_h, g->in_h, g->out_h);
    const interval xs = inside(g->pad_left, g->stride_w, g->in_w, g->out_w);
    int32_t b;
    int32_t oy;
    int32_t c;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        int8_t *out = output + b * g->out_h * g->out_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            const int border = oy < ys.lo || oy >= ys.hi || xs.lo == xs.hi;
            row_pixels(p, image, out, oy, 0, border ? g->out_w : xs.lo, lo, hi);
            if (!border) {
                row_pixels(p, image, out, oy, xs.hi, g->out_w, lo, hi);
            }
        }
        if (xs.lo < xs.hi) {
            for (c = 0; c < g->in_c; ++c) {
                channel_inside(p, image, out, c, ys, xs, lo, hi);
            }
        }
    }
}
#endif
