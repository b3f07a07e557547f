/* DEPTHWISE_CONV_2D (depth multiplier 1) on the DSP extension, four channels per pass: one
 * word of input holds four channels, SXTAB16 sign-extends its even and odd bytes and adds the
 * input offset in one instruction, and SMLABB / SMLATT multiply each halfword with the matching
 * weight (stored as int16 pairs in the same even/odd order). Taps outside the input are
 * skipped, so their (input + offset) of zero needs no work. */
#include "aot_dsp.h"

AOT_HOT_LOOPS

#ifdef AOT_SIMD
typedef struct {
    int32_t a0, a1, a2, a3; /* channels 0, 1, 2, 3 of the group */
} accumulators;

static AOT_INLINE void tap(accumulators *acc, const int8_t *in, const uint32_t **w,
                           uint32_t offset)
{
    const uint32_t raw = aot_load4(in);
    const uint32_t even = __sxtab16(offset, raw);
    const uint32_t odd = aot_sxtab16_ror8(offset, raw);
    uint32_t we;
    uint32_t wo;
    aot_ld2(w, &we, &wo);
    acc->a0 = __smlabb(even, we, acc->a0);
    acc->a2 = __smlatt(even, we, acc->a2);
    acc->a1 = __smlabb(odd, wo, acc->a1);
    acc->a3 = __smlatt(odd, wo, acc->a3);
}

/* What the taps of one output pixel need, the same for all its channel groups. */
typedef struct {
    int32_t rows, cols;      /* taps inside the input */
    int32_t step;            /* bytes from one tap to the next along a row */
    int32_t row_jump;        /* bytes from a row's last tap to the next row's first */
    int32_t w_skip;          /* weight words skipped per row (taps outside the input) */
    uint32_t offset;         /* the input offset in both halfwords */
    int32_t clamp;
    int32_t act_min, act_max;
} window;

/* First tap index whose coordinate origin + k * dilation is in [0, size), and how many are. */
static void tap_range(int32_t origin, int32_t dilation, int32_t taps, int32_t size,
                      int32_t *first, int32_t *count)
{
    const int32_t lo = origin < 0 ? (-origin + dilation - 1) / dilation : 0;
    const int32_t hi = size - origin <= 0 ? 0 : (size - origin + dilation - 1) / dilation;
    *first = lo;
    *count = (hi < taps ? hi : taps) - lo;
}

static AOT_INLINE int32_t lane_output(int32_t acc, const int32_t *group, int32_t lane)
{
    return __ssat(aot_requantize_fast(acc, group[lane + 4], group[lane + 8], group[lane + 12]),
                  8);
}

/* One group of four channels of one output pixel: `in` is the window's first tap inside the
 * input, `w` its weights, `group` the four channel records, `lanes` the channels to store.
 * A function of its own: its few live values then all fit in registers. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static void group_pixel(const int8_t *in, const uint32_t *w, const int32_t *group, int8_t *out,
                        const window *win, int32_t lanes)
{
    const uint32_t offset = win->offset;
    accumulators acc;
    int32_t r;
    int32_t k;
    acc.a0 = group[0];
    acc.a1 = group[1];
    acc.a2 = group[2];
    acc.a3 = group[3];
    if (win->rows == 3 && win->cols == 3 && win->w_skip == 0) {
        const int32_t step = win->step;
        const int32_t row_jump = win->row_jump;
        tap(&acc, in, &w, offset);
        tap(&acc, in + step, &w, offset);
        in += 2 * step;
        tap(&acc, in, &w, offset);
        in += row_jump;
        tap(&acc, in, &w, offset);
        tap(&acc, in + step, &w, offset);
        in += 2 * step;
        tap(&acc, in, &w, offset);
        in += row_jump;
        tap(&acc, in, &w, offset);
        tap(&acc, in + step, &w, offset);
        tap(&acc, in + 2 * step, &w, offset);
    } else {
        for (r = 0; r < win->rows; ++r, in += win->row_jump, w += win->w_skip) {
            for (k = 0; k < win->cols; ++k, in += win->step) {
                tap(&acc, in, &w, offset);
            }
            in -= win->step;
        }
    }
    {
        int32_t v0 = lane_output(acc.a0, group, 0);
        int32_t v1 = lane_output(acc.a1, group, 1);
        int32_t v2 = lane_output(acc.a2, group, 2);
        int32_t v3 = lane_output(acc.a3, group, 3);
        if (win->clamp) {
            v0 = aot_clamp_i32(v0, win->act_min, win->act_max);
            v1 = aot_clamp_i32(v1, win->act_min, win->act_max);
            v2 = aot_clamp_i32(v2, win->act_min, win->act_max);
            v3 = aot_clamp_i32(v3, win->act_min, win->act_max);
        }
        out[0] = (int8_t)v0;
        if (lanes >= 4) {
            out[1] = (int8_t)v1;
            out[2] = (int8_t)v2;
            out[3] = (int8_t)v3;
        } else if (lanes > 1) {
            out[1] = (int8_t)v1;
            if (lanes > 2) {
                out[2] = (int8_t)v2;
            }
        }
    }
}

/* Every channel group of one output pixel, whose window starts at (y0, x0). */
static void pixel(const aot_dwconv_s8_dsp_params *p, const int8_t *image, int32_t y0,
                  int32_t x0, int8_t *out, window *win)
{
    const aot_geometry *g = &p->g;
    const int32_t group_words = 2 * g->k_h * g->k_w;
    const int32_t *group = p->channels;
    const uint32_t *weights = (const uint32_t *)(const void *)p->weights;
    const int8_t *in;
    int32_t ky0;
    int32_t kx0;
    int32_t c;
    tap_range(y0, g->dilation_h, g->k_h, g->in_h, &ky0, &win->rows);
    tap_range(x0, g->dilation_w, g->k_w, g->in_w, &kx0, &win->cols);
    win->row_jump = g->dilation_h * g->in_w * g->in_c - (win->cols - 1) * win->step;
    win->w_skip = 2 * (g->k_w - win->cols);
    in = image + ((y0 + ky0 * g->dilation_h) * g->in_w + x0 + kx0 * g->dilation_w) * g->in_c;
    weights += 2 * (ky0 * g->k_w + kx0);
    for (c = 0; c < g->in_c; c += 4, group += 16, weights += group_words) {
        group_pixel(in + c, weights, group, out + c, win, g->in_c - c);
    }
}

void aot_dwconv_s8_dsp(const aot_dwconv_s8_dsp_params *p, const int8_t *input, int8_t *output)
{
    const aot_geometry *g = &p->g;
    window win;
    int32_t b;
    int32_t oy;
    int32_t ox;
    win.step = g->dilation_w * g->in_c;
    win.offset = p->offset_word;
    win.clamp = p->act.clamp;
    win.act_min = p->act.act_min;
    win.act_max = p->act.act_max;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            for (ox = 0; ox < g->out_w; ++ox) {
                pixel(p, image, oy * g->stride_h - g->pad_top, ox * g->stride_w - g->pad_left,
                      output, &win);
                output += g->out_c;
            }
        }
    }
}
#endif
