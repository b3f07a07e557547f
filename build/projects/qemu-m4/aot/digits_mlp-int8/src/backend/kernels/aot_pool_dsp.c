/* AVERAGE_POOL_2D and MEAN over height and width on the DSP extension: four channels per
 * word, summed in 16-bit lanes by SXTAB16 (exact while a window has at most 256 taps, which
 * the generator checks), then divided or rescaled per channel as TFLM does. */
#include "aot_dsp.h"

AOT_HOT_LOOPS

#ifdef AOT_SIMD
/* Lane sums of four channels over `rows` x `cols` pixels starting at `in`: even holds channels
 * 0 and 2, odd channels 1 and 3. */
static AOT_INLINE void window_sums(const int8_t *in, int32_t rows, int32_t cols,
                                   int32_t pixel_step, int32_t row_step, uint32_t *even,
                                   uint32_t *odd)
{
    uint32_t e = 0;
    uint32_t o = 0;
    int32_t r;
    int32_t k;
    for (r = 0; r < rows; ++r, in += row_step) {
        const int8_t *p = in;
        for (k = 0; k < cols; ++k, p += pixel_step) {
            const uint32_t raw = aot_load4(p);
            e = __sxtab16(e, raw);
            o = aot_sxtab16_ror8(o, raw);
        }
    }
    *even = e;
    *odd = o;
}

/* TFLM's rounded division of a window sum by its tap count. */
static AOT_INLINE int32_t average(int32_t sum, int32_t count)
{
    return sum > 0 ? (sum + count / 2) / count : (sum - count / 2) / count;
}

static void store_lanes(int8_t *out, const int32_t *v, int32_t lanes)
{
    int32_t i;
    for (i = 0; i < lanes; ++i) {
        out[i] = (int8_t)v[i];
    }
}

void aot_avgpool_s8_dsp(const aot_pool_s8_params *p, const int8_t *input, int8_t *output)
{
    const aot_geometry *g = &p->g;
    const int32_t pixel_step = g->in_c;
    const int32_t row_step = g->in_w * g->in_c;
    int32_t b, oy, ox, c, i;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * row_step;
        for (oy = 0; oy < g->out_h; ++oy) {
            const int32_t top = oy * g->stride_h - g->pad_top;
            const int32_t y0 = top < 0 ? 0 : top;
            const int32_t y1 = top + g->k_h < g->in_h ? top + g->k_h : g->in_h;
            for (ox = 0; ox < g->out_w; ++ox, output += g->out_c) {
                const int32_t left = ox * g->stride_w - g->pad_left;
                const int32_t x0 = left < 0 ? 0 : left;
                const int32_t x1 = left + g->k_w < g->in_w ? left + g->k_w : g->in_w;
                const int32_t count = (y1 - y0) * (x1 - x0);
                const int8_t *window = image + y0 * row_step + x0 * pixel_step;
                for (c = 0; c < g->in_c; c += 4) {
                    uint32_t even;
                    uint32_t odd;
                    int32_t v[4];
                    window_sums(window + c, y1 - y0, x1 - x0, pixel_step, row_step, &even,
                                &odd);
                    v[0] = (int16_t)(even & 0xFFFFu);
                    v[1] = (int16_t)(odd & 0xFFFFu);
                    v[2] = (int16_t)(even >> 16);
                    v[3] = (int16_t)(odd >> 16);
                    for (i = 0; i < 4; ++i) {
                        v[i] = aot_clamp_i32(count > 0 ? average(v[i], count) : v[i],
                                             p->act_min, p->act_max);
                    }
                    store_lanes(output + c, v, g->in_c - c < 4 ? g->in_c - c : 4);
                }
            }
        }
    }
}

void aot_mean_hw_s8_dsp(const aot_mean_hw_s8_params *p, const int8_t *input, int8_t *output)
{
    int32_t b, c, i;
    for (b = 0; b < p->batches; ++b, input += p->pixels * p->channels) {
        for (c = 0; c < p->channels; c += 4, output += 4) {
            uint32_t even;
            uint32_t odd;
            int32_t v[4];
            window_sums(input + c, 1, p->pixels, p->channels, 0, &even, &odd);
            v[0] = (int16_t)(even & 0xFFFFu);
            v[1] = (int16_t)(odd & 0xFFFFu);
            v[2] = (int16_t)(even >> 16);
            v[3] = (int16_t)(odd >> 16);
            for (i = 0; i < 4; ++i) {
                const int32_t scaled = aot_mbqm(v[i] + p->sum_offset, p->multiplier, p->shift);
                v[i] = aot_clamp_i32(scaled + p->output_offset, INT8_MIN, INT8_MAX);
            }
            store_lanes(output, v, p->channels - c < 4 ? p->channels - c : 4);
        }
        output -= (4 - p->channels % 4) % 4; /* the last group may hold fewer than four */
    }
}
#endif
