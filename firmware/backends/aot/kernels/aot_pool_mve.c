/* AVERAGE_POOL_2D and MAX_POOL_2D on Helium (AOT_USE_MVE); windows are clipped to the input
 * (padding never counts), as TFLM's are.
 *
 * MAX_POOL_2D keeps 16 channels in the int8 lanes of a vector (VMAX.S8 per tap).
 * AVERAGE_POOL_2D sums four channels in int32 lanes, then divides as TFLM does, rounding half
 * away from zero: |sum| + count / 2, times ceil(2^30 / count) from the reciprocal table, high
 * half of the product (VMULH) of that times 4, sign restored. The reciprocal's error is below
 * 2^-30 per unit, too little to cross an integer for the sums of at most 256 int8 taps
 * (the generator checks every sum a window can make). */
#include "aot_internal.h"
#include "aot_mve.h"

#ifdef AOT_MVE
/* The window of output (oy, ox) clipped to the input: rows [y0, y1), columns [x0, x1). */
typedef struct {
    int32_t y0, y1, x0, x1;
} clipped;

static clipped pool_window(const aot_geometry *g, int32_t oy, int32_t ox)
{
    const int32_t top = oy * g->stride_h - g->pad_top;
    const int32_t left = ox * g->stride_w - g->pad_left;
    clipped w;
    w.y0 = top < 0 ? 0 : top;
    w.x0 = left < 0 ? 0 : left;
    w.y1 = top + g->k_h < g->in_h ? top + g->k_h : g->in_h;
    w.x1 = left + g->k_w < g->in_w ? left + g->k_w : g->in_w;
    return w;
}

/* The largest value of 16 channels (lanes beyond `lanes` are not read) over the window. */
static int8x16_t window_max(const aot_geometry *g, const int8_t *corner, clipped w,
                            int whole, mve_pred16_t lanes)
{
    const int32_t row_step = g->in_w * g->in_c;
    int8x16_t best = vdupq_n_s8(INT8_MIN);
    int32_t y;
    int32_t x;
    for (y = w.y0; y < w.y1; ++y, corner += row_step) {
        const int8_t *tap = corner;
        for (x = w.x0; x < w.x1; ++x, tap += g->in_c) {
            best = vmaxq_s8(best, whole ? vldrbq_s8(tap) : vldrbq_z_s8(tap, lanes));
        }
    }
    return best;
}

void aot_maxpool_s8_mve(const aot_pool_s8_params *p, const int8_t *input, int8_t *output)
{
    const aot_geometry *g = &p->g;
    const int8x16_t lo = vdupq_n_s8((int8_t)p->act_min);
    const int8x16_t hi = vdupq_n_s8((int8_t)p->act_max);
    const int32_t whole = g->in_c & ~15;
    const mve_pred16_t tail = vctp8q((uint32_t)(g->in_c - whole));
    int32_t b, oy, ox, c;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            for (ox = 0; ox < g->out_w; ++ox, output += g->in_c) {
                const clipped w = pool_window(g, oy, ox);
                const int8_t *corner = image + (w.y0 * g->in_w + w.x0) * g->in_c;
                for (c = 0; c < whole; c += 16) {
                    const int8x16_t best = window_max(g, corner + c, w, 1, 0);
                    vstrbq_s8(output + c, vminq_s8(vmaxq_s8(best, lo), hi));
                }
                if (c < g->in_c) {
                    const int8x16_t best = window_max(g, corner + c, w, 0, tail);
                    vstrbq_p_s8(output + c, vminq_s8(vmaxq_s8(best, lo), hi), tail);
                }
            }
        }
    }
}

/* The sums of four channels (lanes beyond `lanes` are not read) over the window. */
static int32x4_t window_sum(const aot_geometry *g, const int8_t *corner, clipped w, int whole,
                            mve_pred16_t lanes)
{
    const int32_t row_step = g->in_w * g->in_c;
    int32x4_t sum = vdupq_n_s32(0);
    int32_t y;
    int32_t x;
    for (y = w.y0; y < w.y1; ++y, corner += row_step) {
        const int8_t *tap = corner;
        for (x = w.x0; x < w.x1; ++x, tap += g->in_c) {
            sum = vaddq_s32(sum, whole ? vldrbq_s32(tap) : vldrbq_z_s32(tap, lanes));
        }
    }
    return sum;
}

/* TFLM's (sum +- count / 2) / count, truncating, through the reciprocal of count. */
static inline int32x4_t average(int32x4_t sum, int32x4_t half, int32x4_t reciprocal)
{
    const int32x4_t magnitude = vaddq_s32(vabsq_s32(sum), half);
    const int32x4_t quotient = vmulhq_s32(vshlq_n_s32(magnitude, 2), reciprocal);
    return vnegq_m_s32(quotient, quotient, vcmpltq_n_s32(sum, 0));
}

void aot_avgpool_s8_mve(const aot_avgpool_s8_mve_params *p, const int8_t *input,
                        int8_t *output)
{
    const aot_geometry *g = &p->g;
    const int32x4_t lo = vdupq_n_s32(p->act_min);
    const int32x4_t hi = vdupq_n_s32(p->act_max);
    const int32_t whole = g->in_c & ~3;
    const mve_pred16_t tail = vctp32q((uint32_t)(g->in_c - whole));
    int32_t b, oy, ox, c;
    for (b = 0; b < g->batches; ++b) {
        const int8_t *image = input + b * g->in_h * g->in_w * g->in_c;
        for (oy = 0; oy < g->out_h; ++oy) {
            for (ox = 0; ox < g->out_w; ++ox, output += g->in_c) {
                const clipped w = pool_window(g, oy, ox);
                const int32_t count = (w.y1 - w.y0) * (w.x1 - w.x0);
                const int32x4_t half = vdupq_n_s32(count / 2);
                const int32x4_t reciprocal = vdupq_n_s32(p->reciprocals[count]);
                const int8_t *corner = image + (w.y0 * g->in_w + w.x0) * g->in_c;
                for (c = 0; c < whole; c += 4) {
                    const int32x4_t mean = average(window_sum(g, corner + c, w, 1, 0), half,
                                                   reciprocal);
                    vstrbq_s32(output + c, vminq_s32(vmaxq_s32(mean, lo), hi));
                }
                if (c < g->in_c) {
                    const int32x4_t mean = average(window_sum(g, corner + c, w, 0, tail), half,
                                                   reciprocal);
                    vstrbq_p_s32(output + c, vminq_s32(vmaxq_s32(mean, lo), hi), tail);
                }
            }
        }
    }
}
#endif
