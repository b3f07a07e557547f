/* FULLY_CONNECTED on the DSP extension: the input row is expanded once into int16 pairs (the
 * even and odd bytes of each 4-byte chunk, as SXTB16 and SXTB16-ROR8 produce them), then four
 * output features per pass share each loaded pair of input words. */
#include "aot_dsp.h"

AOT_HOT_LOOPS

#ifdef AOT_SIMD
/* acc += the dot product of one 4-byte chunk of weights (raw) with the matching input pairs. */
static AOT_INLINE int32_t chunk(int32_t acc, uint32_t raw, uint32_t even, uint32_t odd)
{
    acc = __smlad(even, __sxtb16(raw), acc);
    return __smlad(odd, aot_sxtb16_ror8(raw), acc);
}

/* One chunk of four rows (16 bytes of weights at w, word-aligned) into a0..a3. */
#define BLOCK_CHUNK()                                                                       \
    do {                                                                                    \
        uint32_t even;                                                                      \
        uint32_t odd;                                                                       \
        uint32_t r0;                                                                        \
        uint32_t r1;                                                                        \
        aot_ld2(&x, &even, &odd);                                                           \
        aot_ld2(&w, &r0, &r1);                                                              \
        a0 = chunk(a0, r0, even, odd);                                                      \
        a1 = chunk(a1, r1, even, odd);                                                      \
        aot_ld2(&w, &r0, &r1);                                                              \
        a2 = chunk(a2, r0, even, odd);                                                      \
        a3 = chunk(a3, r1, even, odd);                                                      \
    } while (0)

static AOT_INLINE int32_t feature_output(int32_t acc, const int32_t *channel,
                                         const aot_activation *act, int clamp)
{
    const int32_t value = aot_output_s8(acc << 1, channel);
    return clamp ? aot_activate(value, act) : value;
}

static AOT_INLINE void row(const aot_fc_s8_dsp_params *p, const uint32_t *columns,
                           int8_t *out, int clamp)
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
        int32_t a0 = channel[0];
        int32_t a1 = channel[4];
        int32_t a2 = channel[8];
        int32_t a3 = channel[12];
        if (chunks & 1) {
            BLOCK_CHUNK();
        }
        for (j = chunks >> 1; j > 0; --j) {
            BLOCK_CHUNK();
            BLOCK_CHUNK();
        }
        out[0] = (int8_t)feature_output(a0, channel, &act, clamp);
        out[1] = (int8_t)feature_output(a1, channel + 4, &act, clamp);
        out[2] = (int8_t)feature_output(a2, channel + 8, &act, clamp);
        out[3] = (int8_t)feature_output(a3, channel + 12, &act, clamp);
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
        *out++ = (int8_t)feature_output(acc, channel, &act, clamp);
    }
}

/* The input row as int16 pairs (the bytes read beyond its end meet zero weights). */
static void expand(const int8_t *in, int32_t chunks, uint32_t *columns)
{
    int32_t j;
    for (j = 0; j < chunks; ++j, in += 4, columns += 2) {
        const uint32_t raw = aot_load4(in);
        columns[0] = __sxtb16(raw);
        columns[1] = aot_sxtb16_ror8(raw);
    }
}

void aot_fc_s8_dsp(const aot_fc_s8_dsp_params *p, const int8_t *input, int8_t *output,
                   uint32_t *scratch)
{
    int32_t b;
    for (b = 0; b < p->batches; ++b) {
        expand(input + b * p->in_features, p->chunks, scratch);
        if (p->act.clamp) {
            row(p, scratch, output + b * p->out_features, 1);
        } else {
            row(p, scratch, output + b * p->out_features, 0);
        }
    }
}
#endif
