/* TRANSPOSE_CONV as stride-1 convolutions, one per output phase (aot_ops.h): every output
 * pixel of a phase gathers the window of input pixels that reach it, so each output value is
 * one dot product instead of TFLM's scatter into an int32 buffer of the whole output. The
 * int32 sums are the same (integer addition does not depend on the order). */
#include "aot_dsp.h"

AOT_HOT_LOOPS

/* The first output coordinate of a phase: the smallest y >= 0 with (y + pad) % stride == phase. */
static int32_t first_output(int32_t phase, int32_t pad, int32_t stride)
{
    return ((phase - pad) % stride + stride) % stride;
}

/* Packs int16 values into words, low halfword first (SMLAD's pairing). */
typedef struct {
    uint32_t *word;
    uint32_t low;
    int odd;
} packer;

static inline void put(packer *k, int32_t value)
{
    if (k->odd) {
        *k->word++ = k->low | ((uint32_t)value << 16);
    } else {
        k->low = (uint32_t)value & 0xFFFFu;
    }
    k->odd = !k->odd;
}

/* Gathers the window of output pixel (oy, ox) as int16 words (input value + offset, 0 outside
 * the input), zero-padded to `depth` values. */
static void gather_s8(const aot_tconv_s8_params *p, const int8_t *image, int32_t oy, int32_t ox,
                      uint32_t *column)
{
    const aot_geometry *g = &p->g;
    const int32_t top = (oy + g->pad_top) / g->stride_h - p->taps_h + 1;
    const int32_t left = (ox + g->pad_left) / g->stride_w - p->taps_w + 1;
    packer k = {column, 0u, 0};
    int32_t a;
    int32_t b;
    int32_t c;
    for (a = 0; a < p->taps_h; ++a) {
        for (b = 0; b < p->taps_w; ++b) {
            if (aot_inside(g, top + a, left + b)) {
                const int8_t *pixel = image + ((top + a) * g->in_w + left + b) * g->in_c;
                for (c = 0; c < g->in_c; ++c) {
                    put(&k, pixel[c] + p->input_offset);
                }
            } else {
                for (c = 0; c < g->in_c; ++c) {
                    put(&k, 0);
                }
            }
        }
    }
    for (c = p->taps_h * p->taps_w * g->in_c; c < p->depth; ++c) {
        put(&k, 0);
    }
}

#ifdef AOT_SIMD
/* Four channels' sums over the column: per step one LDRD of four column values, four LDRDs
 * of the channels' weights and eight SMLADs. */
static AOT_INLINE void block4(const uint32_t *x, const int16_t *weights, int32_t steps,
                              int32_t *acc)
{
    const uint32_t *w = (const uint32_t *)(const void *)weights; /* word-aligned rows */
    int32_t a0 = acc[0];
    int32_t a1 = acc[1];
    int32_t a2 = acc[2];
    int32_t a3 = acc[3];
    for (; steps > 0; --steps) {
        uint32_t c01;
        uint32_t c23;
        uint32_t w0;
        uint32_t w1;
        aot_ld2(&x, &c01, &c23);
        aot_ld2(&w, &w0, &w1);
        a0 = __smlad(c23, w1, __smlad(c01, w0, a0));
        aot_ld2(&w, &w0, &w1);
        a1 = __smlad(c23, w1, __smlad(c01, w0, a1));
        aot_ld2(&w, &w0, &w1);
        a2 = __smlad(c23, w1, __smlad(c01, w0, a2));
        aot_ld2(&w, &w0, &w1);
        a3 = __smlad(c23, w1, __smlad(c01, w0, a3));
    }
    acc[0] = a0;
    acc[1] = a1;
    acc[2] = a2;
    acc[3] = a3;
}

static AOT_INLINE int32_t row_dot(const uint32_t *x, const int16_t *weights, int32_t words,
                                  int32_t acc)
{
    const uint32_t *w = (const uint32_t *)(const void *)weights;
    for (; words > 0; --words) {
        acc = __smlad(*x++, *w++, acc);
    }
    return acc;
}
#else
static int32_t word_dot(uint32_t column, const int16_t *weights, int32_t acc)
{
    return acc + (int16_t)(column & 0xFFFFu) * weights[0] + (int16_t)(column >> 16) * weights[1];
}

static void block4(const uint32_t *x, const int16_t *w, int32_t steps, int32_t *acc)
{
    int32_t ch;
    for (; steps > 0; --steps, x += 2) {
        for (ch = 0; ch < 4; ++ch, w += 4) {
            acc[ch] = word_dot(x[1], w + 2, word_dot(x[0], w, acc[ch]));
        }
    }
}

static int32_t row_dot(const uint32_t *x, const int16_t *w, int32_t words, int32_t acc)
{
    for (; words > 0; --words, w += 2) {
        acc = word_dot(*x++, w, acc);
    }
    return acc;
}
#endif

/* All output channels of one pixel from its gathered column. */
static void pixel_s8(const aot_tconv_s8_params *p, const uint32_t *column, int8_t *out)
{
    const int32_t out_c = p->g.out_c;
    const int32_t blocks = out_c >> 2;
    const int16_t *w = p->weights;
    const int32_t words = p->depth >> 1;
    int32_t m;
    int32_t j;
    for (m = 0; m < blocks; ++m, w += 4 * p->depth) {
        int32_t acc[4];
        for (j = 0; j < 4; ++j) {
            acc[j] = p->bias ? p->bias[4 * m + j] : 0;
        }
        block4(column, w, p->depth >> 2, acc);
        for (j = 0; j < 4; ++j) {
            out[4 * m + j] = aot_requantize(&p->q, acc[j], 4 * m + j);
        }
    }
    for (m = blocks << 2; m < out_c; ++m, w += p->depth) {
        const int32_t acc = row_dot(column, w, words, p->bias ? p->bias[m] : 0);
        out[m] = aot_requantize(&p->q, acc, m);
    }
}

void aot_tconv_s8(const aot_tconv_s8_params *p, const int8_t *input, int8_t *output,
                  uint32_t *scratch)
{
    const aot_geometry *g = &p->g;
    int32_t batch;
    int32_t y;
    int32_t x;
    for (batch = 0; batch < g->batches; ++batch) {
        const int8_t *image = input + batch * g->in_h * g->in_w * g->in_c;
        int8_t *result = output + batch * g->out_h * g->out_w * g->out_c;
        for (y = first_output(p->phase_y, g->pad_top, g->stride_h); y < g->out_h;
             y += g->stride_h) {
            for (x = first_output(p->phase_x, g->pad_left, g->stride_w); x < g->out_w;
                 x += g->stride_w) {
                gather_s8(p, image, y, x, scratch);
                pixel_s8(p, scratch, result + (y * g->out_w + x) * g->out_c);
            }
        }
    }
}

void aot_tconv_f32(const aot_tconv_f32_params *p, const float *input, float *output,
                   uint32_t *scratch)
{
    const aot_geometry *g = &p->g;
    float *column = (float *)(void *)scratch;
    int32_t batch;
    int32_t y;
    int32_t x;
    int32_t a;
    int32_t b;
    int32_t c;
    for (batch = 0; batch < g->batches; ++batch) {
        const float *image = input + batch * g->in_h * g->in_w * g->in_c;
        float *result = output + batch * g->out_h * g->out_w * g->out_c;
        for (y = first_output(p->phase_y, g->pad_top, g->stride_h); y < g->out_h;
             y += g->stride_h) {
            for (x = first_output(p->phase_x, g->pad_left, g->stride_w); x < g->out_w;
                 x += g->stride_w) {
                const int32_t top = (y + g->pad_top) / g->stride_h - p->taps_h + 1;
                const int32_t left = (x + g->pad_left) / g->stride_w - p->taps_w + 1;
                float *out = result + (y * g->out_w + x) * g->out_c;
                float *col = column;
                for (a = 0; a < p->taps_h; ++a) {
                    for (b = 0; b < p->taps_w; ++b) {
                        const int inside = aot_inside(g, top + a, left + b);
                        const int32_t at = inside ? ((top + a) * g->in_w + left + b) * g->in_c : 0;
                        for (c = 0; c < g->in_c; ++c) {
                            *col++ = inside ? image[at + c] : 0.0f;
                        }
                    }
                }
                for (c = 0; c < g->out_c; ++c) {
                    const float sum = aot_dot_f32(column, p->weights + c * p->depth,
                                                  p->taps_h * p->taps_w * g->in_c, 0.0f);
                    const float total = p->bias ? sum + p->bias[c] : sum;
                    out[c] = aot_clamp_float(total, p->act_min, p->act_max);
                }
            }
        }
    }
}
