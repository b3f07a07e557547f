/* TRANSPOSE_CONV on the DSP extension (aot_ops.h): each output phase is a stride-1
 * convolution of the input with the phase's taps, run by the CONV_2D kernel
 * (aot_conv_s8_dsp: im2col, four pixels per pass of SMLADs, the fast output stage) into
 * scratch, then placed at the phase's output pixels. With stride 1 the one phase is the whole
 * output, written in place. */
#include "aot_dsp.h"

#ifdef AOT_SIMD
/* Copies one pixel's `channels` bytes, a word at a time while a whole word remains (never
 * past the pixel: its neighbours belong to other phases). */
static void copy_pixel(int8_t *dst, const int8_t *src, int32_t channels)
{
    for (; channels >= 4; channels -= 4, src += 4, dst += 4) {
        const uint32_t word = aot_load4(src);
        memcpy(dst, &word, sizeof(word));
    }
    for (; channels > 0; --channels) {
        *dst++ = *src++;
    }
}

/* The phase's pixels (rows x cols, dense in `phase`) to their output pixels. */
static void place(const aot_tconv_s8_dsp_params *p, const int8_t *phase, int8_t *output)
{
    const aot_geometry *g = &p->conv.g;
    const int32_t step = p->stride_w * g->out_c;
    int32_t i;
    int32_t j;
    for (i = 0; i < g->out_h; ++i) {
        const int32_t y = p->first_y + i * p->stride_h;
        int8_t *dst = output + (y * p->out_w + p->first_x) * g->out_c;
        for (j = 0; j < g->out_w; ++j, dst += step, phase += g->out_c) {
            copy_pixel(dst, phase, g->out_c);
        }
    }
}

void aot_tconv_s8_dsp(const aot_tconv_s8_dsp_params *p, const int8_t *input, int8_t *output,
                      uint32_t *scratch)
{
    const aot_geometry *g = &p->conv.g;
    const int32_t in_size = g->in_h * g->in_w * g->in_c;
    const int32_t out_size = p->out_h * p->out_w * g->out_c;
    const int in_place = p->stride_h == 1 && p->stride_w == 1;
    int8_t *phase = (int8_t *)(void *)(scratch + p->conv_words);
    int32_t b;
    for (b = 0; b < p->batches; ++b, input += in_size, output += out_size) {
        if (p->conv.tails) {
            aot_conv_tails_s8_dsp(&p->conv, input, in_place ? output : phase, scratch);
        } else {
            aot_conv_s8_dsp(&p->conv, input, in_place ? output : phase, scratch);
        }
        if (!in_place) {
            place(p, phase, output);
        }
    }
}
#endif
