/* DEPTHWISE_CONV_2D with a 3x3 kernel, stride 1, no dilation and depth multiplier 1 on the
 * DSP extension, one channel at a time: the channel is first copied into a plane of int16
 * values (input offset added, 0 for padding), so that two horizontal neighbours share one
 * word. Two adjacent outputs then take 4 multiply instructions per kernel row for their 6
 * MACs: with A = (q, q+1) and B = (q+2, q+3) the plane words of a row,
 *     out(x)   = SMLAD(A, (w0, w1)) + SMLABT(B, (w1, w2))   = w0 q  + w1 q1 + w2 q2
 *     out(x+1) = SMLATB(A, (w0, w1)) + SMLAD(B, (w1, w2))   = w0 q1 + w1 q2 + w2 q3 */
#include "aot_dsp.h"

AOT_HOT_LOOPS

#ifdef AOT_SIMD
/* Copies channel c of the input into the plane: row y + pad_top, halfwords from pad_left on,
 * input offset added. The plane's borders (padding) stay as zeroed before the first channel. */
static void fill_plane(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *image, int32_t c,
                       int16_t *plane)
{
    const aot_geometry *g = &p->g;
    const int32_t step = g->in_c;
    const int32_t offset = p->input_offset;
    int16_t *row = plane + g->pad_top * 2 * p->plane_words + g->pad_left;
    const int8_t *src = image + c;
    int32_t y;
    int32_t x;
    for (y = 0; y < g->in_h; ++y, row += 2 * p->plane_words) {
        int16_t *dst = row;
        for (x = g->in_w >> 1; x > 0; --x, dst += 2, src += 2 * step) {
            dst[0] = (int16_t)(src[0] + offset);
            dst[1] = (int16_t)(src[step] + offset);
        }
        if (g->in_w & 1) {
            dst[0] = (int16_t)(src[0] + offset);
            src += step;
        }
    }
}

/* Two words at p + `words` (a compile-time constant), in one LDRD. */
static AOT_INLINE void pair_at(const uint32_t *p, int32_t words, uint32_t *lo, uint32_t *hi)
{
    const uint32_t *q = p + words;
    aot_ld2(&q, lo, hi);
}

/* One kernel row's contribution to two adjacent outputs; `row` advances by one word. */
#define ROW_PAIR(row, k)                                                                    \
    do {                                                                                    \
        uint32_t a;                                                                         \
        uint32_t b;                                                                         \
        uint32_t w01;                                                                       \
        uint32_t w12;                                                                       \
        AOT_LD2_STEP(row, a, b, 1);                                                         \
        pair_at(w, 2 * (k), &w01, &w12);                                                    \
        acc0 = __smlad(a, w01, acc0);                                                       \
        acc0 = __smlabt(b, w12, acc0);                                                      \
        acc1 = __smlatb(a, w01, acc1);                                                      \
        acc1 = __smlad(b, w12, acc1);                                                       \
    } while (0)

static AOT_INLINE int32_t output_value(int32_t acc, int32_t multiplier, int32_t shift,
                                       int32_t offset, const aot_activation *act, int clamp)
{
    const int32_t value = __ssat(aot_requantize_fast(acc, multiplier, shift, offset), 8);
    return clamp ? aot_activate(value, act) : value;
}

/* Every output of one channel from its plane. Weights: three rows of (w0, w1), (w1, w2). */
static AOT_INLINE void channel_outputs(const aot_dwconv3x3_s8_dsp_params *p,
                                       const uint32_t *plane, const uint32_t *w,
                                       const int32_t *channel, int8_t *out, int clamp)
{
    const aot_geometry *g = &p->g;
    const aot_activation act = p->act;
    const int32_t step = g->out_c;
    const int32_t row_words = p->plane_words;
    const int32_t bias = channel[0];
    const int32_t multiplier = channel[1];
    const int32_t shift = channel[2];
    const int32_t offset = channel[3];
    int32_t oy;
    int32_t x;
    for (oy = 0; oy < g->out_h; ++oy, plane += row_words) {
        const uint32_t *r0 = plane;
        const uint32_t *r1 = plane + row_words;
        const uint32_t *r2 = r1 + row_words;
        int8_t *o = out + oy * g->out_w * step;
        for (x = g->out_w >> 1; x > 0; --x) {
            int32_t acc0 = bias;
            int32_t acc1 = bias;
            ROW_PAIR(r0, 0);
            ROW_PAIR(r1, 1);
            ROW_PAIR(r2, 2);
            o[0] = (int8_t)output_value(acc0, multiplier, shift, offset, &act, clamp);
            o[step] = (int8_t)output_value(acc1, multiplier, shift, offset, &act, clamp);
            o += 2 * step;
        }
        if (g->out_w & 1) { /* the pair's second output would lie outside */
            int32_t acc0 = bias;
            int32_t acc1 = bias;
            ROW_PAIR(r0, 0);
            ROW_PAIR(r1, 1);
            ROW_PAIR(r2, 2);
            (void)acc1;
            o[0] = (int8_t)output_value(acc0, multiplier, shift, offset, &act, clamp);
        }
    }
}

void aot_dwconv3x3_s8_dsp(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *input,
                          int8_t *output, uint32_t *scratch)
{
    const aot_geometry *g = &p->g;
    const uint32_t *w = (const uint32_t *)(const void *)p->weights;
    int32_t b;
    int32_t c;
    memset(scratch, 0, 4 * (size_t)p->plane_words * (size_t)(g->out_h + 2));
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        int8_t *out = output + b * g->out_h * g->out_w * g->out_c;
        for (c = 0; c < g->in_c; ++c, w += 6) {
            fill_plane(p, image, c, (int16_t *)(void *)scratch);
            if (p->act.clamp) {
                channel_outputs(p, scratch, w, p->channels + 4 * c, out + c, 1);
            } else {
                channel_outputs(p, scratch, w, p->channels + 4 * c, out + c, 0);
            }
        }
    }
}
#endif
