/* Helium (M-profile Vector Extension) building blocks, behind the AOT_USE_MVE feature flag.
 *
 * With AOT_USE_MVE on a core with MVE (Cortex-M55), the kernels use the ACLE intrinsics of
 * arm_mve.h. AOT_EMULATE_MVE provides the few they use in portable C over the same 16 int8
 * lanes, so the host build runs (and tests) exactly the code paths a board runs. */
#ifndef AOT_MVE_H
#define AOT_MVE_H

#include <stdint.h>
#include <string.h>

#if defined(AOT_USE_MVE) && defined(__ARM_FEATURE_MVE)
#include <arm_mve.h>
#define AOT_MVE 1

#elif defined(AOT_USE_MVE) && defined(AOT_EMULATE_MVE)
#define AOT_MVE 1

typedef struct {
    int8_t lane[16];
} int8x16_t;

typedef uint16_t mve_pred16_t; /* one bit per byte lane */

/* VCTP.8: lanes 0 .. n-1 active. */
static inline mve_pred16_t vctp8q(uint32_t n)
{
    return (mve_pred16_t)(n >= 16 ? 0xFFFFu : (1u << n) - 1u);
}

/* VLDRB.8: 16 bytes from any address. */
static inline int8x16_t vldrbq_s8(const int8_t *p)
{
    int8x16_t v;
    memcpy(v.lane, p, sizeof(v.lane));
    return v;
}

/* VLDRBT.8 with zeroing: inactive lanes are 0 and their bytes are not read. */
static inline int8x16_t vldrbq_z_s8(const int8_t *p, mve_pred16_t pred)
{
    int8x16_t v;
    int i;
    for (i = 0; i < 16; ++i) {
        v.lane[i] = (pred >> i) & 1u ? p[i] : 0;
    }
    return v;
}

/* VSTRB.8 predicated: only active lanes are written. */
static inline void vstrbq_p_s8(int8_t *p, int8x16_t v, mve_pred16_t pred)
{
    int i;
    for (i = 0; i < 16; ++i) {
        if ((pred >> i) & 1u) {
            p[i] = v.lane[i];
        }
    }
}

static inline void vstrbq_s8(int8_t *p, int8x16_t v)
{
    memcpy(p, v.lane, sizeof(v.lane));
}

/* VMLADAVA.S8: acc + the sum of a[i] * b[i] over the 16 lanes, wrapping. */
static inline int32_t vmladavaq_s8(int32_t acc, int8x16_t a, int8x16_t b)
{
    uint32_t sum = (uint32_t)acc;
    int i;
    for (i = 0; i < 16; ++i) {
        sum += (uint32_t)((int32_t)a.lane[i] * b.lane[i]);
    }
    return (int32_t)sum;
}

typedef struct {
    int32_t lane[4];
} int32x4_t;

/* VCTP.32: lanes 0 .. n-1 active (four predicate bits per lane). */
static inline mve_pred16_t vctp32q(uint32_t n)
{
    return (mve_pred16_t)(n >= 4 ? 0xFFFFu : (1u << (4 * n)) - 1u);
}

static inline int aot_lane_active32(mve_pred16_t pred, int i)
{
    return (pred >> (4 * i)) & 1u;
}

/* VLDRW.32: four words. */
static inline int32x4_t vldrwq_s32(const int32_t *p)
{
    int32x4_t v;
    memcpy(v.lane, p, sizeof(v.lane));
    return v;
}

/* VLDRB.S32: four bytes, sign-extended. */
static inline int32x4_t vldrbq_s32(const int8_t *p)
{
    int32x4_t v;
    int i;
    for (i = 0; i < 4; ++i) {
        v.lane[i] = p[i];
    }
    return v;
}

/* VLDRBT.S32 with zeroing: inactive lanes are 0 and their bytes are not read. */
static inline int32x4_t vldrbq_z_s32(const int8_t *p, mve_pred16_t pred)
{
    int32x4_t v;
    int i;
    for (i = 0; i < 4; ++i) {
        v.lane[i] = aot_lane_active32(pred, i) ? p[i] : 0;
    }
    return v;
}

/* VSTRB.32: the low byte of each lane. */
static inline void vstrbq_s32(int8_t *p, int32x4_t v)
{
    int i;
    for (i = 0; i < 4; ++i) {
        p[i] = (int8_t)v.lane[i];
    }
}

static inline void vstrbq_p_s32(int8_t *p, int32x4_t v, mve_pred16_t pred)
{
    int i;
    for (i = 0; i < 4; ++i) {
        if (aot_lane_active32(pred, i)) {
            p[i] = (int8_t)v.lane[i];
        }
    }
}

static inline int32x4_t vdupq_n_s32(int32_t x)
{
    int32x4_t v;
    int i;
    for (i = 0; i < 4; ++i) {
        v.lane[i] = x;
    }
    return v;
}

static inline int32x4_t vsetq_lane_s32(int32_t x, int32x4_t v, int lane)
{
    v.lane[lane] = x;
    return v;
}

/* Lane-wise operations, wrapping unless named saturating. */
#define AOT_LANEWISE(name, expr)                                                            \
    static inline int32x4_t name(int32x4_t a, int32x4_t b)                                  \
    {                                                                                       \
        int32x4_t r;                                                                        \
        int i;                                                                              \
        for (i = 0; i < 4; ++i) {                                                           \
            const int64_t x = a.lane[i];                                                    \
            const int64_t y = b.lane[i];                                                    \
            r.lane[i] = (int32_t)(uint32_t)(uint64_t)(expr);                                \
        }                                                                                   \
        return r;                                                                           \
    }

static inline int64_t aot_sat32(int64_t x)
{
    return x > INT32_MAX ? INT32_MAX : (x < INT32_MIN ? INT32_MIN : x);
}

/* VSHL (register): left by y, right (arithmetic, truncating) by -y. */
static inline int64_t aot_shift(int64_t x, int64_t y)
{
    return y >= 0 ? (int64_t)((uint64_t)x << (y > 32 ? 32 : y)) : x >> (-y > 32 ? 32 : -y);
}

/* VRSHL: right shifts by -y round half up, computed without overflow. */
static inline int64_t aot_rounding_shift(int64_t x, int64_t y)
{
    return y >= 0 ? aot_shift(x, y) : (x + ((int64_t)1 << (-y - 1))) >> -y;
}

AOT_LANEWISE(vaddq_s32, x + y)
AOT_LANEWISE(vsubq_s32, x - y)
AOT_LANEWISE(vmulq_s32, (uint64_t)x * (uint64_t)y)
AOT_LANEWISE(vandq_s32, x & y)
AOT_LANEWISE(vmaxq_s32, x > y ? x : y)
AOT_LANEWISE(vminq_s32, x < y ? x : y)
AOT_LANEWISE(vqaddq_s32, aot_sat32(x + y))
AOT_LANEWISE(vshlq_s32, aot_shift(x, (int8_t)y))
AOT_LANEWISE(vrshlq_s32, aot_rounding_shift(x, (int8_t)y))
/* VQRDMULH: (2 x y + 2^31) >> 32 as (x y + 2^30) >> 31, saturated (only INT32_MIN squared
 * saturates). */
AOT_LANEWISE(vqrdmulhq_s32, aot_sat32((x * y + ((int64_t)1 << 30)) >> 31))

typedef struct {
    uint32_t lane[4];
} uint32x4_t;

static inline uint32x4_t vldrwq_u32(const uint32_t *p)
{
    uint32x4_t v;
    memcpy(v.lane, p, sizeof(v.lane));
    return v;
}

/* VSTRB.32 scatter: the low byte of lane i to base + offset[i], for the active lanes. */
static inline void vstrbq_scatter_offset_p_s32(int8_t *base, uint32x4_t offset, int32x4_t v,
                                               mve_pred16_t pred)
{
    int i;
    for (i = 0; i < 4; ++i) {
        if (aot_lane_active32(pred, i)) {
            base[offset.lane[i]] = (int8_t)v.lane[i];
        }
    }
}

static inline void vstrbq_scatter_offset_s32(int8_t *base, uint32x4_t offset, int32x4_t v)
{
    vstrbq_scatter_offset_p_s32(base, offset, v, 0xFFFFu);
}

/* VSHR.S32 #n: arithmetic right shift by an immediate 1..32. */
static inline int32x4_t vshrq_n_s32(int32x4_t a, int n)
{
    int32x4_t r;
    int i;
    for (i = 0; i < 4; ++i) {
        r.lane[i] = (int32_t)((int64_t)a.lane[i] >> n);
    }
    return r;
}

/* VSHL.S32 #n: left shift by an immediate 0..31, wrapping. */
static inline int32x4_t vshlq_n_s32(int32x4_t a, int n)
{
    return vshlq_s32(a, vdupq_n_s32(n));
}

AOT_LANEWISE(vmulhq_s32, (x * y) >> 32) /* VMULH.S32: the high half of the product */

/* VABS.S32 (wrapping: INT32_MIN stays). */
static inline int32x4_t vabsq_s32(int32x4_t a)
{
    return vmaxq_s32(a, vsubq_s32(vdupq_n_s32(0), a));
}

/* VCMP.S32 LT against a scalar: the predicate of the lanes below b. */
static inline mve_pred16_t vcmpltq_n_s32(int32x4_t a, int32_t b)
{
    mve_pred16_t pred = 0;
    int i;
    for (i = 0; i < 4; ++i) {
        pred |= (mve_pred16_t)(a.lane[i] < b ? 0xFu << (4 * i) : 0u);
    }
    return pred;
}

/* VNEGT.S32: active lanes negated, inactive lanes from `inactive`. */
static inline int32x4_t vnegq_m_s32(int32x4_t inactive, int32x4_t a, mve_pred16_t pred)
{
    const int32x4_t negated = vsubq_s32(vdupq_n_s32(0), a);
    int i;
    for (i = 0; i < 4; ++i) {
        inactive.lane[i] = aot_lane_active32(pred, i) ? negated.lane[i] : inactive.lane[i];
    }
    return inactive;
}

/* VLDRB.U32: four bytes, zero-extended (with _z: inactive lanes 0, their bytes not read). */
static inline uint32x4_t vldrbq_z_u32(const uint8_t *p, mve_pred16_t pred)
{
    uint32x4_t v;
    int i;
    for (i = 0; i < 4; ++i) {
        v.lane[i] = aot_lane_active32(pred, i) ? p[i] : 0u;
    }
    return v;
}

static inline uint32x4_t vldrbq_u32(const uint8_t *p)
{
    return vldrbq_z_u32(p, 0xFFFFu);
}

/* VLDRW.32 gather: lane i from base[offset[i]]. */
static inline int32x4_t vldrwq_gather_shifted_offset_s32(const int32_t *base,
                                                         uint32x4_t offset)
{
    int32x4_t v;
    int i;
    for (i = 0; i < 4; ++i) {
        v.lane[i] = base[offset.lane[i]];
    }
    return v;
}

/* VLDRB.S32 gather: lane i from base[offset[i]], sign-extended (with _z: inactive lanes 0,
 * their bytes not read). */
static inline int32x4_t vldrbq_gather_offset_z_s32(const int8_t *base, uint32x4_t offset,
                                                   mve_pred16_t pred)
{
    int32x4_t v;
    int i;
    for (i = 0; i < 4; ++i) {
        v.lane[i] = aot_lane_active32(pred, i) ? base[offset.lane[i]] : 0;
    }
    return v;
}

static inline int32x4_t vldrbq_gather_offset_s32(const int8_t *base, uint32x4_t offset)
{
    return vldrbq_gather_offset_z_s32(base, offset, 0xFFFFu);
}

/* VMLA.I32 by a scalar: a + b * c, wrapping. */
static inline int32x4_t vmlaq_n_s32(int32x4_t a, int32x4_t b, int32_t c)
{
    return vaddq_s32(a, vmulq_s32(b, vdupq_n_s32(c)));
}

static inline int8x16_t vdupq_n_s8(int8_t x)
{
    int8x16_t v;
    memset(v.lane, x, sizeof(v.lane));
    return v;
}

static inline int8x16_t vmaxq_s8(int8x16_t a, int8x16_t b)
{
    int i;
    for (i = 0; i < 16; ++i) {
        a.lane[i] = a.lane[i] > b.lane[i] ? a.lane[i] : b.lane[i];
    }
    return a;
}

static inline int8x16_t vminq_s8(int8x16_t a, int8x16_t b)
{
    int i;
    for (i = 0; i < 16; ++i) {
        a.lane[i] = a.lane[i] < b.lane[i] ? a.lane[i] : b.lane[i];
    }
    return a;
}
#endif

#ifdef AOT_MVE
/* gemmlowp's RoundingDivideByPOT by 2^-right (right <= 0 in every lane), half away from
 * zero: VRSHL rounds half up, so negative values first lose 1 where there is a shift (x &
 * right has the sign bit exactly when both are negative). */
static inline int32x4_t aot_mve_divide_pot(int32x4_t x, int32x4_t right)
{
    return vrshlq_s32(vqaddq_s32(x, vshrq_n_s32(vandq_s32(x, right), 31)), right);
}
#endif

#endif
