/* DEPTHWISE_CONV_2D with a 3x3 kernel, stride 1 or 2, no dilation and depth multiplier 1 on
 * the DSP extension, one channel at a time: the channel is first copied into a plane of int16
 * values (input offset added, 0 for padding), so that two horizontal neighbours share one
 * word and SMLAD multiplies both with their weights. For a kernel row with plane words
 * A = (q0, q1), B = (q2, q3), C = (q4, q5), two adjacent outputs take 4 multiplies for 6 MACs:
 *   stride 1: out0 = SMLAD(A, (w0, w1)) + SMLABT(B, (w1, w2))   = w0 q0 + w1 q1 + w2 q2
 *             out1 = SMLATB(A, (w0, w1)) + SMLAD(B, (w1, w2))   = w0 q1 + w1 q2 + w2 q3
 *   stride 2: out0 = SMLAD(A, (w0, w1)) + SMLABB(B, (w2, 0))    = w0 q0 + w1 q1 + w2 q2
 *             out1 = SMLAD(B, (w0, w1)) + SMLABB(C, (w2, 0))    = w0 q2 + w1 q3 + w2 q4
 * Planes are filled two channels at a time (SXTAB16 splits a pair of channels of two pixels
 * into one word of each plane). A row of outputs is accumulated into int32 words first and
 * requantized in a second pass: each loop then keeps its values in registers. Tall, narrow
 * images are processed transposed (the planes' rows are the input's columns). */
#include "aot_dsp.h"

AOT_HOT_LOOPS

#ifdef AOT_SIMD
/* The image as the planes see it: rows of `cols` pixels, `col_step` bytes apart in the input
 * and `out_col_step` in the output. With `transposed`, the planes hold the input's columns
 * as rows (narrow, tall images: fewer, longer rows). */
typedef struct {
    int32_t in_rows, in_cols, out_rows, out_cols, pad_rows, pad_cols;
    int32_t row_step, col_step, out_row_step, out_col_step;
} layout;

static layout layout_of(const aot_dwconv3x3_s8_dsp_params *p)
{
    const aot_geometry *g = &p->g;
    const int32_t pixel = g->in_c;
    const int32_t line = g->in_w * g->in_c;
    const int32_t out_line = g->out_w * g->out_c;
    layout l;
    if (p->transposed) {
        l = (layout){g->in_w, g->in_h, g->out_w, g->out_h, g->pad_left, g->pad_top,
                     pixel, line, g->out_c, out_line};
    } else {
        l = (layout){g->in_h, g->in_w, g->out_h, g->out_w, g->pad_top, g->pad_left,
                     line, pixel, out_line, g->out_c};
    }
    return l;
}

/* Two bytes from any address. */
static AOT_INLINE uint32_t load2(const int8_t *p)
{
    uint16_t half;
    memcpy(&half, p, sizeof(half));
    return half;
}

/* Eight pixels of channels c and c + 1 into a word pair of each plane row, with `step` a
 * compile-time constant where the caller can make it one (immediate load offsets). */
#define FILL8(src, step, w0, w1, offset_word)                                               \
    do {                                                                                    \
        const int8_t *half = (src) + 4 * (step); /* two bases: fewer offsets to hold */     \
        const uint32_t p01 = load2(src) | (load2((src) + (step)) << 16);                    \
        const uint32_t p23 = load2((src) + 2 * (step)) | (load2((src) + 3 * (step)) << 16); \
        const uint32_t p45 = load2(half) | (load2(half + (step)) << 16);                    \
        const uint32_t p67 = load2(half + 2 * (step)) | (load2(half + 3 * (step)) << 16);   \
        AOT_ST2_STEP(w0, __sxtab16(offset_word, p01), __sxtab16(offset_word, p23), 2);      \
        AOT_ST2_STEP(w0, __sxtab16(offset_word, p45), __sxtab16(offset_word, p67), 2);      \
        AOT_ST2_STEP(w1, aot_sxtab16_ror8(offset_word, p01),                                \
                     aot_sxtab16_ror8(offset_word, p23), 2);                                \
        AOT_ST2_STEP(w1, aot_sxtab16_ror8(offset_word, p45),                                \
                     aot_sxtab16_ror8(offset_word, p67), 2);                                \
    } while (0)

/* Channels c and c + 1 of one input row into halfword columns from `column` on of the rows
 * at dst0 and dst1 (one halfword column per input pixel), input offset added. */
static AOT_INLINE void fill_row(const int8_t *src, int32_t step, int32_t pixels, int32_t column,
                                int16_t *dst0, int16_t *dst1, int32_t offset, int by8)
{
    const uint32_t offset_word = ((uint32_t)offset & 0xFFFFu) * 0x00010001u;
    uint32_t *w0;
    uint32_t *w1;
    if (column & 1) { /* the first pixel fills the second half of a word */
        const uint32_t v = load2(src);
        dst0[column] = (int16_t)((int8_t)v + offset);
        dst1[column] = (int16_t)((int8_t)(v >> 8) + offset);
        src += step;
        ++column;
        --pixels;
    }
    w0 = (uint32_t *)(void *)(dst0 + column);
    w1 = (uint32_t *)(void *)(dst1 + column);
    for (; by8 && pixels >= 8; pixels -= 8, src += 8 * step) {
        FILL8(src, step, w0, w1, offset_word);
    }
    for (; pixels >= 4; pixels -= 4, src += 4 * step) {
        const uint32_t both = load2(src) | (load2(src + step) << 16);
        const uint32_t next = load2(src + 2 * step) | (load2(src + 3 * step) << 16);
        AOT_ST2_STEP(w0, __sxtab16(offset_word, both), __sxtab16(offset_word, next), 2);
        AOT_ST2_STEP(w1, aot_sxtab16_ror8(offset_word, both), aot_sxtab16_ror8(offset_word, next),
                     2);
    }
    if (pixels >= 2) {
        const uint32_t both = load2(src) | (load2(src + step) << 16);
        *w0++ = __sxtab16(offset_word, both);
        *w1++ = aot_sxtab16_ror8(offset_word, both);
        src += 2 * step;
        pixels -= 2;
    }
    if (pixels > 0) {
        const uint32_t v = load2(src);
        *(int16_t *)(void *)w0 = (int16_t)((int8_t)v + offset);
        *(int16_t *)(void *)w1 = (int16_t)((int8_t)(v >> 8) + offset);
    }
}

/* Rows of whole 8-pixel blocks that start on a word of the planes: one loop over the rows
 * with nothing to work out per row (rows of a small image are many and short). */
static AOT_INLINE void fill_blocks(const int8_t *src, int32_t step, int32_t rows,
                                   int32_t blocks, int32_t src_gap, uint32_t *w0, uint32_t *w1,
                                   int32_t word_gap, int32_t offset)
{
    const uint32_t offset_word = ((uint32_t)offset & 0xFFFFu) * 0x00010001u;
    for (; rows > 0; --rows, src += src_gap, w0 += word_gap, w1 += word_gap) {
        int32_t n;
        for (n = blocks; n > 0; --n, src += 8 * step) {
            FILL8(src, step, w0, w1, offset_word);
        }
    }
}

/* fill_planes' rows with `step` a compile-time constant where `by8`. */
static AOT_INLINE void fill_rows(const aot_dwconv3x3_s8_dsp_params *p, const layout *l,
                                 const int8_t *src, int32_t step, int16_t *plane0,
                                 int16_t *plane1, int by8)
{
    const int32_t row_halves = 2 * p->plane_words;
    int32_t y;
    if (by8 && (l->in_cols & 7) == 0 && (l->pad_cols & 1) == 0) {
        const int32_t blocks = l->in_cols >> 3;
        fill_blocks(src, step, l->in_rows, blocks, l->row_step - l->in_cols * step,
                    (uint32_t *)(void *)(plane0 + l->pad_cols),
                    (uint32_t *)(void *)(plane1 + l->pad_cols), p->plane_words - 4 * blocks,
                    p->input_offset);
        return;
    }
    for (y = 0; y < l->in_rows; ++y, src += l->row_step) {
        fill_row(src, step, l->in_cols, l->pad_cols, plane0, plane1, p->input_offset, by8);
        plane0 += row_halves;
        plane1 += row_halves;
    }
}

/* Channels c and c + 1 (c + 1 < in_c, or c + 1 == in_c: then plane1 takes the next image
 * byte, never read) of the input into their planes, from row pad_top and column pad_left
 * on. The planes' borders (padding) stay as zeroed before the first channel. Copies with the
 * pixel step a constant, and one for any, each its own function (the generated code names
 * one): as one function, their register allocation slowed the general case. Defined in the
 * unit of aot_dwconv3x3_s8_dsp only; aot_dwconv3x3_rows_s8_dsp's unit shares them. */
#ifndef AOT_DWCONV_ROWS
#define FILL_PLANES(name, step, by8)                                                        \
    void name(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *image, int32_t c,         \
              int16_t *plane0, int16_t *plane1)                                             \
    {                                                                                       \
        const layout l = layout_of(p);                                                      \
        const int32_t skip = l.pad_rows * 2 * p->plane_words;                               \
        fill_rows(p, &l, image + c, (step), plane0 + skip, plane1 + skip, (by8));           \
    }
FILL_PLANES(aot_dwconv3x3_fill_c8, 8, 1)
FILL_PLANES(aot_dwconv3x3_fill_c16, 16, 1)
FILL_PLANES(aot_dwconv3x3_fill_c32, 32, 1)
FILL_PLANES(aot_dwconv3x3_fill_c64, 64, 1)
FILL_PLANES(aot_dwconv3x3_fill_any, l.col_step, 0)
#endif

/* One kernel row's contribution to two adjacent outputs; `row` advances to the next pair. */
#define ROW_PAIR(row, k, stride)                                                            \
    do {                                                                                    \
        uint32_t a;                                                                         \
        uint32_t b;                                                                         \
        uint32_t w01;                                                                       \
        uint32_t w2;                                                                        \
        AOT_LD2_STEP(row, a, b, stride);                                                    \
        w01 = w[2 * (k)];                                                                   \
        w2 = w[2 * (k) + 1];                                                                \
        acc0 = __smlad(a, w01, acc0);                                                       \
        if ((stride) == 1) {                                                                \
            acc0 = __smlabt(b, w2, acc0);                                                   \
            acc1 = __smlatb(a, w01, acc1);                                                  \
            acc1 = __smlad(b, w2, acc1);                                                    \
        } else {                                                                            \
            acc0 = __smlabb(b, w2, acc0);                                                   \
            acc1 = __smlad(b, w01, acc1);                                                   \
            acc1 = __smlabb((row)[0], w2, acc1);                                            \
        }                                                                                   \
    } while (0)

/* Stride 2: one kernel row's contribution to four adjacent outputs, whose plane words A..E
 * are each loaded once (pairs load C twice); `row` advances to the next four, `taps` (the
 * weights) to the next kernel row's. */
#define ROW_QUAD(row, taps)                                                                 \
    do {                                                                                    \
        uint32_t a;                                                                         \
        uint32_t b;                                                                         \
        uint32_t w01;                                                                       \
        uint32_t w2;                                                                        \
        aot_ld2(&(taps), &w01, &w2);                                                        \
        AOT_LD2_STEP(row, a, b, 2);                                                         \
        acc0 = __smlad(a, w01, acc0);                                                       \
        acc0 = __smlabb(b, w2, acc0);                                                       \
        acc1 = __smlad(b, w01, acc1);                                                       \
        AOT_LD2_STEP(row, a, b, 2);                                                         \
        acc1 = __smlabb(a, w2, acc1);                                                       \
        acc2 = __smlad(a, w01, acc2);                                                       \
        acc2 = __smlabb(b, w2, acc2);                                                       \
        acc3 = __smlad(b, w01, acc3);                                                       \
        acc3 = __smlabb((row)[0], w2, acc3);                                                \
    } while (0)

/* Stride 2: the sums of four outputs at a time from the plane rows r0, r1, r2 into `quad`
 * until it reaches `end`. */
#define QUADS(quad, end)                                                                    \
    while ((quad) != (end)) {                                                               \
        int32_t acc0 = bias;                                                                \
        int32_t acc1 = bias;                                                                \
        int32_t acc2 = bias;                                                                \
        int32_t acc3 = bias;                                                                \
        const uint32_t *taps = w; /* one pointer through the three rows' weights */         \
        ROW_QUAD(r0, taps);                                                                 \
        ROW_QUAD(r1, taps);                                                                 \
        ROW_QUAD(r2, taps);                                                                 \
        AOT_ST2_STEP(quad, (uint32_t)acc0, (uint32_t)acc1, 2);                              \
        AOT_ST2_STEP(quad, (uint32_t)acc2, (uint32_t)acc3, 2);                              \
    }

/* The accumulators of `pairs` output pairs of one row, from the plane rows r0, r1, r2. */
static AOT_INLINE void row_sums(const uint32_t *r0, const uint32_t *r1, const uint32_t *r2,
                                const uint32_t *w, int32_t bias, int32_t *sums, int32_t pairs,
                                int stride)
{
    const int32_t *end = sums + 2 * pairs;
    if (stride == 2) {
        uint32_t *quad = (uint32_t *)(void *)sums;
        const uint32_t *quads_end = quad + 4 * (pairs >> 1);
        QUADS(quad, quads_end);
        sums = (int32_t *)(void *)quad;
    }
    while (sums != end) {
        int32_t acc0 = bias;
        int32_t acc1 = bias;
        ROW_PAIR(r0, 0, stride);
        ROW_PAIR(r1, 1, stride);
        ROW_PAIR(r2, 2, stride);
        aot_st2((uint32_t *)(void *)sums, (uint32_t)acc0, (uint32_t)acc1);
        sums += 2;
    }
}

#ifdef AOT_DWCONV_ROWS
/* The accumulators of `rows` output rows, each of `pairs` pairs, one after the other. */
static AOT_INLINE void rows_sums(const uint32_t *plane, int32_t row_words, const uint32_t *w,
                                 int32_t bias, int32_t *sums, int32_t pairs, int32_t rows,
                                 int stride)
{
    if (stride == 2 && (pairs & 1) == 0) {
        /* Whole quads: one loop, the plane rows stepping to the next output row's. */
        const uint32_t *r0 = plane;
        const uint32_t *r1 = r0 + row_words;
        const uint32_t *r2 = r1 + row_words;
        const int32_t gap = 2 * row_words - 2 * pairs;
        uint32_t *quad = (uint32_t *)(void *)sums;
        for (; rows > 0; --rows, r0 += gap, r1 += gap, r2 += gap) {
            const uint32_t *row_end = quad + 2 * pairs;
            QUADS(quad, row_end);
        }
        return;
    }
    for (; rows > 0; --rows, plane += stride * row_words, sums += 2 * pairs) {
        const uint32_t *r1 = plane + row_words;
        row_sums(plane, r1, r1 + row_words, w, bias, sums, pairs, stride);
    }
}
#endif

static AOT_INLINE int32_t output_value(int32_t acc, const int32_t *channel,
                                       const aot_activation *act, int clamp)
{
    const int32_t value = __ssat(aot_requantize_fast(acc, channel[1], channel[2], channel[3]),
                                 8);
    return clamp ? aot_clamp_i32(value, act->act_min, act->act_max) : value;
}

/* The row's outputs, `step` bytes apart, from its accumulators. With `by4` (the step a
 * constant: each store advances by an immediate) four at a time, else two at a time (the
 * second store's offset a register). */
static AOT_INLINE void row_outputs(const int32_t *sums, int8_t *out, int32_t count,
                                   int32_t step, const int32_t *channel,
                                   const aot_activation *act, int clamp, int by4)
{
    const int32_t record[4] = {0, channel[1], channel[2], channel[3]};
    const aot_activation range = *act;
    const uint32_t *sum = (const uint32_t *)(const void *)sums;
    int32_t n;
    for (n = by4 ? count >> 2 : 0; n > 0; --n) {
        uint32_t s0;
        uint32_t s1;
        uint32_t s2;
        uint32_t s3;
        AOT_LD2_STEP(sum, s0, s1, 2);
        AOT_LD2_STEP(sum, s2, s3, 2);
        *out = (int8_t)output_value((int32_t)s0, record, &range, clamp);
        out += step;
        *out = (int8_t)output_value((int32_t)s1, record, &range, clamp);
        out += step;
        *out = (int8_t)output_value((int32_t)s2, record, &range, clamp);
        out += step;
        *out = (int8_t)output_value((int32_t)s3, record, &range, clamp);
        out += step;
    }
    for (n = (by4 ? count & 3 : count) >> 1; n > 0; --n, out += 2 * step) {
        uint32_t first;
        uint32_t second;
        AOT_LD2_STEP(sum, first, second, 2);
        out[0] = (int8_t)output_value((int32_t)first, record, &range, clamp);
        out[step] = (int8_t)output_value((int32_t)second, record, &range, clamp);
    }
    if (count & 1) {
        out[0] = (int8_t)output_value((int32_t)sum[0], record, &range, clamp);
    }
}

/* Copies of the output pass with the step between outputs (the channel count) a constant,
 * four at a time, and one for any step, two at a time; the generated code names one. */
#ifndef AOT_DWCONV_ROWS
#define OUTPUTS(name, step, clamp, by4)                                                     \
    void name(const int32_t *sums, int8_t *out, int32_t count, int32_t any_step,            \
              const int32_t *channel, const aot_activation *act)                            \
    {                                                                                       \
        (void)any_step;                                                                     \
        row_outputs(sums, out, count, (step), channel, act, (clamp), (by4));                \
    }
OUTPUTS(aot_dwconv3x3_outputs_c8, 8, 0, 1)
OUTPUTS(aot_dwconv3x3_outputs_c16, 16, 0, 1)
OUTPUTS(aot_dwconv3x3_outputs_c32, 32, 0, 1)
OUTPUTS(aot_dwconv3x3_outputs_c64, 64, 0, 1)
OUTPUTS(aot_dwconv3x3_outputs_c128, 128, 0, 1)
OUTPUTS(aot_dwconv3x3_outputs_any, any_step, 0, 0)
OUTPUTS(aot_dwconv3x3_outputs_clamped, any_step, 1, 0)
#endif

/* Exact channels are rare: one output at a time, out of line. */
static void outputs_exact(const int32_t *sums, int8_t *out, int32_t count, int32_t step,
                          const int32_t *channel, const aot_activation *act)
{
    for (; count > 0; --count, out += step) {
        const int32_t value = aot_exact_s8(*sums++, channel[1], channel[2], channel[3]);
        *out = (int8_t)aot_clamp_i32(value, act->act_min, act->act_max);
    }
}

#ifndef AOT_DWCONV_ROWS
/* Every output of one channel from its plane. Weights: three rows of two words. */
static void channel_outputs(const aot_dwconv3x3_s8_dsp_params *p, const layout *l,
                            const uint32_t *plane, const uint32_t *w, const int32_t *channel,
                            int8_t *out, int32_t *sums)
{
    const int32_t row_words = p->plane_words;
    const int32_t pairs = (l->out_cols + 1) >> 1;
    const int32_t stride = p->g.stride_w;
    const aot_dwconv3x3_outputs_fn outputs = p->exact && aot_is_exact(channel) ? outputs_exact
                                                                                 : p->outputs;
    int32_t oy;
    for (oy = 0; oy < l->out_rows; ++oy, plane += stride * row_words, out += l->out_row_step) {
        const uint32_t *r1 = plane + row_words;
        if (stride == 1) {
            row_sums(plane, r1, r1 + row_words, w, channel[0], sums, pairs, 1);
        } else {
            row_sums(plane, r1, r1 + row_words, w, channel[0], sums, pairs, 2);
        }
        outputs(sums, out, l->out_cols, l->out_col_step, channel, &p->act);
    }
}
#else
/* Every output of one channel from its plane, `sum_rows` output rows per output pass: rows
 * of an even length that follow each other in the output (not transposed), so that their
 * outputs are one evenly spaced run with no unused last accumulator. Short rows (small
 * planes) save most: each pass costs about 35 instructions of setup. */
static void channel_outputs(const aot_dwconv3x3_s8_dsp_params *p, const layout *l,
                            const uint32_t *plane, const uint32_t *w, const int32_t *channel,
                            int8_t *out, int32_t *sums)
{
    const int32_t row_words = p->plane_words;
    const int32_t pairs = l->out_cols >> 1;
    const int32_t stride = p->g.stride_w;
    const aot_dwconv3x3_outputs_fn outputs = p->exact && aot_is_exact(channel) ? outputs_exact
                                                                                 : p->outputs;
    int32_t oy;
    for (oy = 0; oy < l->out_rows; oy += p->sum_rows) {
        const int32_t rows = l->out_rows - oy < p->sum_rows ? l->out_rows - oy : p->sum_rows;
        if (stride == 1) {
            rows_sums(plane, row_words, w, channel[0], sums, pairs, rows, 1);
        } else {
            rows_sums(plane, row_words, w, channel[0], sums, pairs, rows, 2);
        }
        outputs(sums, out, rows * l->out_cols, l->out_col_step, channel, &p->act);
        plane += rows * stride * row_words;
        out += rows * l->out_row_step;
    }
}
#endif

/* aot_dwconv3x3_rows_s8_dsp is this file compiled again with AOT_DWCONV_ROWS
 * (aot_dwconv3x3_rows_dsp.c): one kernel per unit keeps each one's code as if alone. */
#ifndef AOT_DWCONV_ROWS
void aot_dwconv3x3_s8_dsp(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *input,
                          int8_t *output, uint32_t *scratch)
#else
void aot_dwconv3x3_rows_s8_dsp(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *input,
                               int8_t *output, uint32_t *scratch)
#endif
{
    const aot_geometry *g = &p->g;
    const layout l = layout_of(p);
    const int32_t plane_size = p->plane_words * p->plane_rows;
    uint32_t *plane0 = scratch;
    uint32_t *plane1 = scratch + plane_size;
    int32_t *sums = (int32_t *)(void *)(plane1 + plane_size);
    int32_t b;
    int32_t c;
    memset(scratch, 0, 2 * 4 * (size_t)plane_size);
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        int8_t *out = output + b * g->out_h * g->out_w * g->out_c;
        const uint32_t *w = (const uint32_t *)(const void *)p->weights;
        const int32_t *channel = p->channels;
        for (c = 0; c < g->in_c; c += 2, w += 12, channel += 8) {
            p->fill(p, image, c, (int16_t *)(void *)plane0, (int16_t *)(void *)plane1);
            channel_outputs(p, &l, plane0, w, channel, out + c, sums);
            if (c + 1 < g->in_c) {
                channel_outputs(p, &l, plane1, w + 6, channel + 4, out + c + 1, sums);
            }
        }
    }
}
#endif
