/* CONV_2D on the DSP extension: im2col into int16 columns, then a GEMM that computes four
 * output pixels per pass over a channel's weights (SXTB16 expands four weights into two
 * halfword pairs, SMLAD multiplies each pair with the matching pair of every column).
 *
 * Column layout in the scratch buffer: for each 4-byte chunk of the im2col row, pixel p's
 * values v0..v3 sit in words 2p (v0, v2) and 2p + 1 (v1, v3), exactly what SXTB16 and
 * SXTB16-ROR8 make of four input bytes and of four weight bytes. With `doubled` the columns
 * hold twice the input values (SADD16), so the accumulators are already doubled for the
 * output stage: one instruction less per output, two more per chunk of a column. */
#include "aot_dsp.h"

AOT_HOT_LOOPS

#ifdef AOT_SIMD
enum { BLOCK = 4 };

/* Expands `chunks` 4-byte chunks from src (any alignment) into one pixel's column, whose
 * chunks are `stride` words apart (a constant); returns where the next chunk goes. */
static AOT_INLINE uint32_t *expand(const int8_t *src, int32_t chunks, uint32_t *dst,
                                   int32_t stride, int doubled)
{
    for (; chunks > 0; --chunks, src += 4) {
        const uint32_t raw = aot_load4(src);
        uint32_t even = __sxtb16(raw);
        uint32_t odd = aot_sxtb16_ror8(raw);
        if (doubled) {
            even = __sadd16(even, even);
            odd = __sadd16(odd, odd);
        }
        AOT_ST2_STEP(dst, even, odd, stride);
    }
    return dst;
}

static uint32_t *fill(uint32_t word, int32_t chunks, uint32_t *dst, int32_t stride)
{
    for (; chunks > 0; --chunks, dst += stride) {
        aot_st2(dst, word, word);
    }
    return dst;
}

/* Writes `bytes` bytes of `word` (one byte value repeated) from dst on, in words; may write
 * up to 3 bytes more. */
static AOT_INLINE void fill_bytes(uint8_t *dst, int32_t bytes, uint32_t word)
{
    for (; bytes > 0; bytes -= 4, dst += 4) {
        memcpy(dst, &word, sizeof(word));
    }
}

/* Copies `bytes` bytes in words; may write up to 3 bytes more. */
static AOT_INLINE void copy_bytes(uint8_t *dst, const int8_t *src, int32_t bytes)
{
    for (; bytes > 0; bytes -= 4, dst += 4, src += 4) {
        const uint32_t word = aot_load4(src);
        memcpy(dst, &word, sizeof(word));
    }
}

/* Writes the `k_w * in_c` bytes of the kernel row at input row y to `stage` (up to 3 more):
 * the zero point for taps outside the input (the bias holds its correction). Parts are
 * written left to right, so a part's overrun is overwritten by the next. */
static void stage_row(const aot_conv_s8_dsp_params *p, const int8_t *image, int32_t y,
                      int32_t x0, uint8_t *stage)
{
    const aot_geometry *g = &p->g;
    const uint32_t zero_bytes = (uint8_t)p->input_zero_point * 0x01010101u;
    const int32_t row_bytes = g->k_w * g->in_c;
    int32_t first;
    int32_t end;
    if (y < 0 || y >= g->in_h) {
        fill_bytes(stage, row_bytes, zero_bytes);
        return;
    }
    if (g->dilation_w != 1) {
        int32_t kx;
        int32_t c;
        for (kx = 0; kx < g->k_w; ++kx) {
            const int32_t x = x0 + kx * g->dilation_w;
            const int8_t *src = image + (y * g->in_w + x) * g->in_c;
            for (c = 0; c < g->in_c; ++c) {
                *stage++ = (uint8_t)(x >= 0 && x < g->in_w ? src[c] : p->input_zero_point);
            }
        }
        return;
    }
    first = x0 < 0 ? -x0 : 0;
    end = x0 + g->k_w > g->in_w ? g->in_w - x0 : g->k_w;
    if (end <= first) {
        fill_bytes(stage, row_bytes, zero_bytes);
        return;
    }
    fill_bytes(stage, first * g->in_c, zero_bytes);
    copy_bytes(stage + first * g->in_c, image + (y * g->in_w + x0 + first) * g->in_c,
               (end - first) * g->in_c);
    fill_bytes(stage + end * g->in_c, row_bytes - end * g->in_c, zero_bytes);
}

#ifdef AOT_CONV_TAILS
/* Tail layout (`tails`, no dilation, kernel rows of 4n + 1 bytes, at most 4 of them): each
 * kernel row's n whole words expanded straight from the input, then one chunk of the rows'
 * last bytes. As many chunks as window mode for a 3x3 window over 3 channels, without
 * staging the window. Windows that leave the input have their rows staged first. */
static AOT_INLINE void tails_window(const aot_conv_s8_dsp_params *p, const int8_t *image,
                                    int32_t y0, int32_t x0, uint32_t *dst, int32_t stride,
                                    uint8_t *stage, int doubled, int inside, int32_t k_h,
                                    int32_t words)
{
    const aot_geometry *g = &p->g;
    const int32_t slot = 4 * p->row_chunks; /* a staged row's bytes */
    const int32_t step = inside ? g->in_w * g->in_c : slot;
    const int8_t *src = inside ? image + (y0 * g->in_w + x0) * g->in_c : (const int8_t *)stage;
    uint32_t last = 0;
    int32_t ky;
    if (!inside) {
        for (ky = 0; ky < k_h; ++ky) {
            stage_row(p, image, y0 + ky, x0, stage + ky * slot);
        }
    }
    for (ky = 0; ky < k_h; ++ky, src += step) {
        dst = expand(src, words, dst, stride, doubled);
        last |= (uint32_t)(uint8_t)src[4 * words] << (8 * ky);
    }
    expand((const int8_t *)&last, 1, dst, stride, doubled);
}

/* A 3x3 window over 3 channels (the usual first layer) gets its own unrolled copy. */
static AOT_INLINE void im2col_tails(const aot_conv_s8_dsp_params *p, const int8_t *image,
                                    int32_t y0, int32_t x0, uint32_t *dst, int32_t stride,
                                    uint8_t *stage, int doubled)
{
    const aot_geometry *g = &p->g;
    const int32_t words = (g->k_w * g->in_c) >> 2;
    const int inside = x0 >= 0 && x0 + g->k_w <= g->in_w && y0 >= 0 && y0 + g->k_h <= g->in_h;
    if (g->k_h == 3 && words == 2) {
        tails_window(p, image, y0, x0, dst, stride, stage, doubled, inside, 3, 2);
    } else {
        tails_window(p, image, y0, x0, dst, stride, stage, doubled, inside, g->k_h, words);
    }
}
#endif

/* The column of the output pixel whose window starts at input (y0, x0). Row mode
 * (window_chunks == 0): each kernel row is its own row_chunks chunks, expanded straight from
 * the input when it lies inside. Window mode: the whole window is staged as one run of bytes
 * and expanded as window_chunks chunks (less padding when a row is not whole chunks). */
static AOT_INLINE void im2col_pixel(const aot_conv_s8_dsp_params *p, const int8_t *image,
                                    int32_t y0, int32_t x0, uint32_t *dst, int32_t stride,
                                    uint8_t *stage, int doubled)
{
    const aot_geometry *g = &p->g;
    const int32_t row_step = g->dilation_h * g->in_w * g->in_c;
    const int32_t row_bytes = g->k_w * g->in_c;
    const int sideways_inside = g->dilation_w == 1 && x0 >= 0 && x0 + g->k_w <= g->in_w;
    const int inside = sideways_inside && y0 >= 0 &&
                       y0 + (g->k_h - 1) * g->dilation_h < g->in_h;
    const int8_t *src = image + (y0 * g->in_w + x0) * g->in_c;
    int32_t ky;
    if (p->window_chunks != 0) {
        uint8_t *s = stage;
        for (ky = 0; ky < g->k_h; ++ky, s += row_bytes, src += row_step) {
            if (inside) {
                copy_bytes(s, src, row_bytes);
            } else {
                stage_row(p, image, y0 + ky * g->dilation_h, x0, s);
            }
        }
        expand((const int8_t *)stage, p->window_chunks, dst, stride, doubled);
        return;
    }
    for (ky = 0; ky < g->k_h; ++ky, src += row_step) {
        const int32_t y = y0 + ky * g->dilation_h;
        if (inside || (sideways_inside && y >= 0 && y < g->in_h)) {
            /* The bytes read beyond the row's end meet zero weights. */
            dst = expand(src, p->row_chunks, dst, stride, doubled);
        } else if (y < 0 || y >= g->in_h) {
            const int32_t zero_point = p->input_zero_point * (doubled ? 2 : 1);
            dst = fill(((uint32_t)zero_point & 0xFFFFu) * 0x00010001u, p->row_chunks, dst,
                       stride);
        } else {
            stage_row(p, image, y, x0, stage);
            dst = expand((const int8_t *)stage, p->row_chunks, dst, stride, doubled);
        }
    }
}

/* This unit's layouts: tail mode in aot_conv_tails_dsp.c's copy of this file, the others
 * here. One kernel per unit: sharing one moved GCC's register choices in the others' loops. */
#ifdef AOT_CONV_TAILS
#define TAILS 1
#define IM2COL im2col_tails
#else
#define TAILS 0
#define IM2COL im2col_pixel
#endif

/* One 4-byte chunk of weights (raw) times the matching chunk of the four columns at x. */
#define CHUNK4(raw)                                                                         \
    do {                                                                                    \
        const uint32_t we = __sxtb16(raw);                                                  \
        const uint32_t wo = aot_sxtb16_ror8(raw);                                           \
        uint32_t e;                                                                         \
        uint32_t o;                                                                         \
        aot_ld2(&x, &e, &o);                                                                \
        a0 = __smlad(e, we, a0);                                                            \
        a0 = __smlad(o, wo, a0);                                                            \
        aot_ld2(&x, &e, &o);                                                                \
        a1 = __smlad(e, we, a1);                                                            \
        a1 = __smlad(o, wo, a1);                                                            \
        aot_ld2(&x, &e, &o);                                                                \
        a2 = __smlad(e, we, a2);                                                            \
        a2 = __smlad(o, wo, a2);                                                            \
        aot_ld2(&x, &e, &o);                                                                \
        a3 = __smlad(e, we, a3);                                                            \
        a3 = __smlad(o, wo, a3);                                                            \
    } while (0)

/* How the GEMM treats the channels: DOUBLED columns (fast channels only, all computed), PLAIN
 * (the same with plain columns), GENERAL (plain columns, some channels exact or skipped as
 * constant: each record's output channel comes from `slots`). */
enum { PLAIN, DOUBLED, GENERAL };

/* The int8 output of the channel record at `channel`: the fast stage on the doubled
 * accumulator, or in GENERAL mode the exact one where the record asks for it. */
static AOT_INLINE int32_t channel_output(int32_t acc, const int32_t *channel, int mode)
{
    if (mode == GENERAL && aot_is_exact(channel)) {
        return aot_output_exact_s8(acc, channel);
    }
    return aot_output_s8(mode == DOUBLED ? acc : acc << 1, channel);
}

/* Four pixels' columns (stride 8 words) times every computed channel's weights. Parameters
 * are copied to locals: the int8 stores could alias *p, and GCC would reload it per channel. */
static AOT_INLINE void gemm4(const aot_conv_s8_dsp_params *p, const uint32_t *columns,
                             int32_t chunks, int8_t *out, int mode)
{
    const int32_t out_c = p->g.out_c;
    const aot_activation act = p->act;
    const uint32_t *w = (const uint32_t *)(const void *)p->weights; /* word-aligned rows */
    const int32_t *channel = p->channels;
    const int32_t *end = channel + 4 * (mode == GENERAL ? p->live : out_c);
    const uint16_t *slot = p->slots;
    const int32_t pairs = chunks >> 1;
    const int odd = chunks & 1;
    int8_t *const base = out;
    for (; channel != end; channel += 4, out += mode != GENERAL) {
        const uint32_t *x = columns;
        int32_t a0 = channel[0];
        int32_t a1 = a0;
        int32_t a2 = a0;
        int32_t a3 = a0;
        int32_t v0;
        int32_t v1;
        int32_t v2;
        int32_t v3;
        int32_t j;
        int8_t *o = mode == GENERAL ? base + *slot++ : out;
        if (odd) {
            uint32_t raw;
            memcpy(&raw, w++, sizeof(raw));
            CHUNK4(raw);
        }
        for (j = pairs; j > 0; --j) {
            uint32_t raw0;
            uint32_t raw1;
            aot_ld2(&w, &raw0, &raw1);
            CHUNK4(raw0);
            CHUNK4(raw1);
        }
        v0 = channel_output(a0, channel, mode);
        v1 = channel_output(a1, channel, mode);
        v2 = channel_output(a2, channel, mode);
        v3 = channel_output(a3, channel, mode);
        if (act.clamp) {
            v0 = aot_activate(v0, &act);
            v1 = aot_activate(v1, &act);
            v2 = aot_activate(v2, &act);
            v3 = aot_activate(v3, &act);
        }
        *o = (int8_t)v0;
        o += out_c;
        *o = (int8_t)v1;
        o += out_c;
        *o = (int8_t)v2;
        o += out_c;
        *o = (int8_t)v3;
    }
}

/* One pixel's column (stride 2 words) times every computed channel's weights. */
static AOT_INLINE void gemm1(const aot_conv_s8_dsp_params *p, const uint32_t *columns,
                             int32_t chunks, int8_t *out, int mode)
{
    const aot_activation act = p->act;
    const int8_t *w = p->weights;
    const int32_t *channel = p->channels;
    const int32_t *end = channel + 4 * p->live;
    const uint16_t *slot = p->slots;
    int8_t *next = out;
    int32_t j;
    for (; channel != end; channel += 4) {
        const uint32_t *x = columns;
        int32_t acc = channel[0];
        int32_t value;
        for (j = 0; j < chunks; ++j) {
            const uint32_t raw = aot_load4(w);
            uint32_t e;
            uint32_t o;
            w += 4;
            aot_ld2(&x, &e, &o);
            acc = __smlad(e, __sxtb16(raw), acc);
            acc = __smlad(o, aot_sxtb16_ror8(raw), acc);
        }
        value = channel_output(acc, channel, mode);
        value = act.clamp ? aot_activate(value, &act) : value;
        *(mode == GENERAL ? out + *slot++ : next++) = (int8_t)value;
    }
}

/* The constant channels' values into `pixels` output pixels (the computed channels are
 * written over them), a word at a time while a whole word remains. */
static void fill_constants(const aot_conv_s8_dsp_params *p, int8_t *out, int32_t pixels)
{
    const int32_t out_c = p->g.out_c;
    for (; pixels > 0; --pixels, out += out_c) {
        const int8_t *src = p->fill;
        int8_t *dst = out;
        int32_t left = out_c;
        for (; left >= 4; left -= 4, src += 4, dst += 4) {
            const uint32_t word = aot_load4(src);
            memcpy(dst, &word, sizeof(word));
        }
        for (; left > 0; --left) {
            *dst++ = *src++;
        }
    }
}

/* The output pixels in order, their window origins followed without division. */
typedef struct {
    int32_t ox, y0, x0;
} position;

static AOT_INLINE void advance(const aot_geometry *g, position *at)
{
    at->x0 += g->stride_w;
    if (++at->ox == g->out_w) {
        at->ox = 0;
        at->x0 = -g->pad_left;
        at->y0 += g->stride_h;
    }
}

static AOT_INLINE void run(const aot_conv_s8_dsp_params *p, const int8_t *input,
                           int8_t *output, uint32_t *scratch, int mode)
{
    const aot_geometry *g = &p->g;
    const int32_t chunks = p->window_chunks != 0 ? p->window_chunks : g->k_h * p->row_chunks;
    const int32_t pixels = g->out_h * g->out_w;
    const int doubled = mode == DOUBLED;
    const int general = !doubled && p->slots != NULL; /* only PLAIN columns have records */
    uint8_t *stage = (uint8_t *)(scratch + 2 * BLOCK * chunks);
    int32_t b;
    int32_t pixel;
    int32_t i;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        position at = {0, -g->pad_top, -g->pad_left};
        if (!TAILS && general && p->fill != NULL) { /* tail mode computes every channel */
            fill_constants(p, output, pixels);
        }
        for (pixel = 0; pixel + BLOCK <= pixels; pixel += BLOCK) {
            for (i = 0; i < BLOCK; ++i, advance(g, &at)) {
                IM2COL(p, image, at.y0, at.x0, scratch + 2 * i, 2 * BLOCK, stage, doubled);
            }
            /* Small fixed depths get their own fully unrolled copy: no loop to set up per
             * output channel (1x1 convolutions over 8 or 16 channels), doubled as such
             * layers nearly always are (more channels than twice their chunks). */
            if (general) {
                gemm4(p, scratch, chunks, output, GENERAL);
            } else if (TAILS && mode == PLAIN && chunks == 7) { /* 3x3 over 3 channels */
                gemm4(p, scratch, 7, output, PLAIN);
            } else if (TAILS || mode == PLAIN) {
                gemm4(p, scratch, chunks, output, mode);
            } else if (chunks == 2) {
                gemm4(p, scratch, 2, output, mode);
            } else if (chunks == 4) {
                gemm4(p, scratch, 4, output, mode);
            } else if (chunks == 8) {
                gemm4(p, scratch, 8, output, mode);
            } else {
                gemm4(p, scratch, chunks, output, mode);
            }
            output += BLOCK * g->out_c;
        }
        for (; pixel < pixels; ++pixel, advance(g, &at)) {
            IM2COL(p, image, at.y0, at.x0, scratch, 2, stage, doubled);
            if (general) {
                gemm1(p, scratch, chunks, output, GENERAL);
            } else {
                gemm1(p, scratch, chunks, output, mode);
            }
            output += g->out_c;
        }
    }
}

#ifndef AOT_CONV_TAILS
void aot_conv_s8_dsp(const aot_conv_s8_dsp_params *p, const int8_t *input, int8_t *output,
                     uint32_t *scratch)
{
    if (p->doubled) {
        run(p, input, output, scratch, DOUBLED);
    } else {
        run(p, input, output, scratch, PLAIN);
    }
}
#else
void aot_conv_tails_s8_dsp(const aot_conv_s8_dsp_params *p, const int8_t *input,
                           int8_t *output, uint32_t *scratch)
{
    if (p->doubled) {
        run(p, input, output, scratch, DOUBLED);
    } else {
        run(p, input, output, scratch, PLAIN);
    }
}
#endif
#endif
