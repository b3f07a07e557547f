/* Helpers shared by the kernels: TFLM's fixed-point arithmetic (gemmlowp's rounding rules),
 * requantization, the int8 dot product and N-d index walking.
 *
 * aot_dot_s8 is the single place where an int8 inner product is computed, so a core with
 * DSP instructions can get a faster version here without any generated call site changing. */
#ifndef AOT_INTERNAL_H
#define AOT_INTERNAL_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>

#include "aot_kernels.h"
#include "aot_simd.h"

/* Round-to-nearest high half of the doubled product (ARM VQRDMULH), saturating MIN*MIN. */
static inline int32_t aot_srdhm(int32_t a, int32_t b)
{
    int64_t ab;
    int64_t nudge;
    if (a == b && a == INT32_MIN) {
        return INT32_MAX;
    }
    ab = (int64_t)a * (int64_t)b;
    nudge = ab >= 0 ? (1 << 30) : (1 - (1 << 30));
    return (int32_t)((ab + nudge) / ((int64_t)1 << 31));
}

/* Division by 2^exponent rounding to nearest, ties away from zero. */
static inline int32_t aot_rdbpot(int32_t x, int exponent)
{
    const int32_t mask = (int32_t)(((int64_t)1 << exponent) - 1);
    const int32_t remainder = x & mask;
    const int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
    return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

/* Left shift with two's-complement wrap-around (what TFLM's x * (1 << n) does in practice). */
static inline int32_t aot_shl(int32_t x, int n)
{
    return (int32_t)((uint32_t)x << n);
}

/* TFLM's MultiplyByQuantizedMultiplier (double rounding). */
static inline int32_t aot_mbqm(int32_t x, int32_t multiplier, int32_t shift)
{
    const int left = shift > 0 ? shift : 0;
    const int right = shift > 0 ? 0 : -shift;
    return aot_rdbpot(aot_srdhm(aot_shl(x, left), multiplier), right);
}

static inline int32_t aot_clamp_i32(int32_t x, int32_t lo, int32_t hi)
{
    return x < lo ? lo : (x > hi ? hi : x);
}

static inline float aot_clamp_float(float x, float lo, float hi)
{
    return x < lo ? lo : (x > hi ? hi : x);
}

static inline int8_t aot_requantize(const aot_requant *q, int32_t acc, int32_t channel)
{
    const int32_t scaled = aot_mbqm(acc, q->multiplier[channel], q->shift[channel]);
    return (int8_t)aot_clamp_i32(scaled + q->output_offset, q->act_min, q->act_max);
}

static inline int32_t aot_dot_s8(const int8_t *a, const int8_t *b, int32_t n)
{
    int32_t acc = 0;
    int32_t i = 0;
#ifdef AOT_SIMD
    for (; i + 4 <= n; i += 4) {
        acc = aot_dot4(aot_load4(a + i), aot_load4(b + i), acc);
    }
#endif
    for (; i < n; ++i) {
        acc += (int32_t)a[i] * (int32_t)b[i];
    }
    return acc;
}

/* total + a[0]*b[0] + ... + a[n-1]*b[n-1] in that order, each step one fused multiply-add (one
 * VFMA instruction on an FPU core, and as exact as float arithmetic gets: within the float
 * tolerance of the reference interpreter, which rounds every product), unrolled by four. */
static inline float aot_dot_f32(const float *a, const float *b, int32_t n, float total)
{
    for (; n >= 4; n -= 4, a += 4, b += 4) {
        total = fmaf(a[0], b[0], total);
        total = fmaf(a[1], b[1], total);
        total = fmaf(a[2], b[2], total);
        total = fmaf(a[3], b[3], total);
    }
    for (; n > 0; --n) {
        total = fmaf(*a++, *b++, total);
    }
    return total;
}

static inline int32_t aot_sum_s8(const int8_t *a, int32_t n)
{
    int32_t acc = 0;
    int32_t i;
    for (i = 0; i < n; ++i) {
        acc += a[i];
    }
    return acc;
}

static inline int aot_inside(const aot_geometry *g, int32_t y, int32_t x)
{
    return y >= 0 && y < g->in_h && x >= 0 && x < g->in_w;
}

/* Advances a row-major index over dims[0..count); returns 0 once every index was visited. */
static inline int aot_next_index(const int32_t *dims, int32_t *index, int count)
{
    int d;
    for (d = count - 1; d >= 0; --d) {
        if (++index[d] < dims[d]) {
            return 1;
        }
        index[d] = 0;
    }
    return 0;
}

static inline int32_t aot_offset(const int32_t *strides, const int32_t *index, int count)
{
    int32_t offset = 0;
    int d;
    for (d = 0; d < count; ++d) {
        offset += strides[d] * index[d];
    }
    return offset;
}

/* Computes n outputs from inputs read with element strides sa and sb. */
typedef void (*aot_binary_row)(const void *params, const void *a, int32_t sa, const void *b,
                               int32_t sb, void *out, int32_t n);

/* Calls `row` on each innermost row of a two-input op's output, reading the inputs with
 * their broadcast strides (once over the whole tensor when neither is broadcast). */
void aot_binary_rows(const aot_binary_shape *s, size_t element, const void *params,
                     const void *in1, const void *in2, void *out, aot_binary_row row);

#endif
