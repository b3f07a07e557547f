/* FULLY_CONNECTED on the DSP extension: the input row is expanded once into int16 pairs (the
 * even and odd bytes of each 4-byte chunk, as SXTB16 and SXTB16-ROR8 produce them), then four
 * output features per pass share each loaded pair of input words.
 *
 * In a block of four rows, each weight word holds two rows (r, r + 1) for one input pair: its
 * halfwords are u + 256 w', u the first row's weight + 128 (unsigned), w' the second row's.
 * One SMLAD of the raw word gives sum(x u) + 256 sum(x w'), a SXTB16-ROR8 and a SMLAD give
 * sum(x w'): three instructions per four MACs instead of four. The +128 costs 128 sum(x),
 * taken off once per row (mod 2^32, like everything here, so that the sum stays exact). */
#include "aot_dsp.h"

AOT_HOT_LOOPS

#ifdef AOT_SIMD
/* acc += the dot product of one 4-byte chunk of weights (raw) with the matching input pairs. */
static AOT_INLINE int32_t chunk(int32_t acc, uint32_t raw, uint32_t even, uint32_t odd)
{
    acc = __smlad(even, __sxtb16(raw), acc);
    return __smlad(odd, aot_sxtb16_ror8(raw), acc);
}

/* acc (rows r, r + 1 packed) and second (row r + 1) += one packed word times an input pair. */
#define PACKED(acc, second, word, pair)                                                     \
    do {                                                                                    \
        (acc) = __smlad((word), (pair), (acc));                                             \
        (second) = __smlad(aot_sxtb16_ror8(word), (pair), (second));                        \
    } while (0)

/* One chunk of a block (16 bytes of weights at w, word-aligned): rows 0 and 1 into a01 and
 * a1, rows 2 and 3 into a23 and a3. */
#define BLOCK_CHUNK()                                                                       \
    do {                                                                                    \
        uint32_t even;                                                                      \
        uint32_t odd;                                                                       \
        uint32_t r[4];                                                                      \
        aot_ld2(&x, &even, &odd);                                                           \
        aot_ld4(&w, r);                                                                     \
        PACKED(a01, a1, r[0], even);                                                        \
        PACKED(a23, a3, r[1], even);                                                        \
        PACKED(a01, a1, r[2], odd);                                                         \
        PACKED(a23, a3, r[3], odd);                                                         \
    } while (0)

/* The first row of a packed pair: acc less 256 times the second's (which started at its
 * bias: the first's start holds 256 times that bias too). */
static AOT_INLINE int32_t unpacked(int32_t acc, int32_t second)
{
    return (int32_t)((uint32_t)acc - ((uint32_t)second << 8));
}

/* The output of a layer that clamps or has exact channels: out of line, one copy. */
AOT_NOINLINE static int32_t general_output(int32_t acc, const int32_t *channel,
                                           const aot_activation *act)
{
    const int32_t value = aot_is_exact(channel) ? aot_output_exact_s8(acc, channel)
                                                : aot_output_s8(acc << 1, channel);
    return aot_activate(value, act);
}

static AOT_INLINE int32_t feature_output(int32_t acc, const int32_t *channel,
                                         const aot_activation *act, int general)
{
    return general ? general_output(acc, channel, act) : aot_output_s8(acc << 1, channel);
}

static AOT_INLINE void row(const aot_fc_s8_dsp_params *p, const uint32_t *columns,
                           int32_t unsigned_sum, int8_t *out, int general)
{
    const aot_activation act = p->act;
    const uint32_t *w = (const uint32_t *)(const void *)p->weights; /* word-aligned rows */
    const int32_t *channel = p->channels;
    const int32_t blocks = p->out_features >> 2;
    const int32_t chunks = p->chunks;
    int32_t m;
    int32_t j;
    for (m = 0; m < blocks; ++m, channel += 16, out += 4) {
        const uint32_t *x = columns;
        int32_t a01 = (int32_t)((uint32_t)channel[0] - (uint32_t)unsigned_sum);
        int32_t a1 = channel[4];
        int32_t a23 = (int32_t)((uint32_t)channel[8] - (uint32_t)unsigned_sum);
        int32_t a3 = channel[12];
        if (chunks & 1) {
            BLOCK_CHUNK();
        }
        for (j = chunks >> 1; j > 0; --j) {
            BLOCK_CHUNK();
            BLOCK_CHUNK();
        }
        out[0] = (int8_t)feature_output(unpacked(a01, a1), channel, &act, general);
        out[1] = (int8_t)feature_output(a1, channel + 4, &act, general);
        out[2] = (int8_t)feature_output(unpacked(a23, a3), channel + 8, &act, general);
        out[3] = (int8_t)feature_output(a3, channel + 12, &act, general);
    }
    for (m = blocks << 2; m < p->out_features; ++m, channel += 4) {
        const uint32_t *x = columns;
        int32_t acc = channel[0];
        for (j = chunks; j > 0; --j) {
            uint32_t even;
            uint32_t odd;
            uint32_t raw;
            aot_ld2(&x, &even, &odd);
            memcpy(&raw, w++, sizeof(raw));
            acc = chunk(acc, raw, even, odd);
        }
        *out++ = (int8_t)feature_output(acc, channel, &act, general);
    }
}

/* The input row as int16 pairs, and when `summed` 128 times the sum of its values (the bytes
 * read beyond its end meet zero weights: 128 in the packed words, whose sum this takes off);
 * a layer of fewer than four rows has no packed words and skips the sum. */
static AOT_INLINE int32_t expand(const int8_t *in, int32_t chunks, uint32_t *columns,
                                 int summed)
{
    const uint32_t ones = 0x00010001u;
    int32_t sum = 0;
    int32_t j;
    for (j = 0; j < chunks; ++j, in += 4) {
        const uint32_t raw = aot_load4(in);
        const uint32_t even = __sxtb16(raw);
        const uint32_t odd = aot_sxtb16_ror8(raw);
        if (summed) {
            sum = __smlad(even, ones, __smlad(odd, ones, sum));
        }
        AOT_ST2_STEP(columns, even, odd, 2);
    }
    return (int32_t)((uint32_t)sum << 7);
}

void aot_fc_s8_dsp(const aot_fc_s8_dsp_params *p, const int8_t *input, int8_t *output,
                   uint32_t *scratch)
{
    int32_t b;
    for (b = 0; b < p->batches; ++b) {
        int8_t *out = output + b * p->out_features;
        const int8_t *in = input + b * p->in_features;
        const int32_t unsigned_sum = p->out_features >= 4 ? expand(in, p->chunks, scratch, 1)
                                                          : expand(in, p->chunks, scratch, 0);
        /* Two copies of the loop, neither keeping a flag in its registers; a full int8
         * range clamps nothing. */
        if (p->act.clamp || p->exact) {
            row(p, scratch, unsigned_sum, out, 1);
        } else {
            row(p, scratch, unsigned_sum, out, 0);
        }
    }
}
#endif
