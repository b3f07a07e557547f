/* CONV_2D 1x1 over 4 or 8 input channels on the DSP extension (aot_kernels.h). A pixel's
 * inputs fit in registers once widened (SXTB16: two or four halfword pairs), so each output
 * costs its SMLADs, two loads of its channel's record (LDM) and the output stage, with no
 * column buffer to write and read back. The weights are stored doubled, so the accumulator
 * is already the doubled one the fast output stage takes. */
#include "aot_dsp.h"

AOT_HOT_LOOPS

#ifdef AOT_SIMD
/* Every output channel of the pixel at src into out; `chunks` (1 or 2) words of input. Each
 * channel's record is two LDMs: {bias, weights of chunk 0 (even, odd), of chunk 1 (even)} and
 * {weights of chunk 1 (odd), multiplier, shift, offset}, the second a channel record's fields
 * after its bias (with one chunk, the chunk 1 words are zero and unused). */
static AOT_INLINE int8_t *pixel_outputs(const aot_pointwise_s8_dsp_params *p,
                                        const int8_t *src, int8_t *out, int chunks,
                                        int clamp)
{
    const aot_activation act = p->act;
    const uint32_t *record = (const uint32_t *)(const void *)p->stream;
    int8_t *const end = out + p->g.out_c;
    const uint32_t raw0 = aot_load4(src);
    const uint32_t raw1 = chunks == 2 ? aot_load4(src + 4) : 0;
    const uint32_t e0 = __sxtb16(raw0);
    const uint32_t o0 = aot_sxtb16_ror8(raw0);
    const uint32_t e1 = __sxtb16(raw1);
    const uint32_t o1 = aot_sxtb16_ror8(raw1);
    for (; out != end; ++out) {
        uint32_t head[4];
        uint32_t tail[4];
        int32_t acc;
        int32_t value;
        aot_ld4(&record, head);
        acc = __smlad(e0, head[1], head[0]);
        acc = __smlad(o0, head[2], acc);
        if (chunks == 2) {
            acc = __smlad(e1, head[3], acc);
        }
        aot_ld4(&record, tail);
        if (chunks == 2) {
            acc = __smlad(o1, tail[0], acc);
        }
        value = aot_output_s8(acc, (const int32_t *)(const void *)tail);
        *out = (int8_t)(clamp ? aot_activate(value, &act) : value);
    }
    return out;
}

static AOT_INLINE void run(const aot_pointwise_s8_dsp_params *p, const int8_t *input,
                           int8_t *output, int chunks, int clamp)
{
    const aot_geometry *g = &p->g;
    const int32_t pixel_step = g->stride_w * g->in_c;
    const int32_t row_step = g->stride_h * g->in_w * g->in_c;
    int32_t b;
    int32_t oy;
    int32_t ox;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *row = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy, row += row_step) {
            const int8_t *src = row;
            for (ox = 0; ox < g->out_w; ++ox, src += pixel_step) {
                output = pixel_outputs(p, src, output, chunks, clamp);
            }
        }
    }
}

void aot_pointwise_s8_dsp(const aot_pointwise_s8_dsp_params *p, const int8_t *input,
                          int8_t *output)
{
    const int chunks = p->g.in_c >> 2;
    if (chunks == 1) {
        if (p->act.clamp) {
            run(p, input, output, 1, 1);
        } else {
            run(p, input, output, 1, 0);
        }
    } else if (p->act.clamp) {
        run(p, input, output, 2, 1);
    } else {
        run(p, input, output, 2, 0);
    }
}
#endif
