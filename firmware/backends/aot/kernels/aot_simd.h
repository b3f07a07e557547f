/* Cortex-M DSP-extension (SIMD) building blocks, behind the AOT_USE_DSP feature flag.
 *
 * With AOT_USE_DSP defined on a core with the DSP extension (Cortex-M4/M7/M33...), the
 * kernels use ACLE intrinsics from arm_acle.h. AOT_EMULATE_ACLE provides the same intrinsics
 * in portable C so the host build can run (and test) exactly the code paths a board runs. */
#ifndef AOT_SIMD_H
#define AOT_SIMD_H

#include <stdint.h>
#include <string.h>

#if defined(AOT_USE_DSP) && defined(__ARM_FEATURE_DSP)
#include <arm_acle.h>
#define AOT_SIMD 1
#elif defined(AOT_USE_DSP) && defined(AOT_EMULATE_ACLE)
#define AOT_SIMD 1

/* Two halfwords from bytes 0 and 2, sign-extended (SXTB16). */
static inline uint32_t __sxtb16(uint32_t x)
{
    const uint32_t low = (uint32_t)(int32_t)(int8_t)(x & 0xFFu) & 0xFFFFu;
    const uint32_t high = (uint32_t)(int32_t)(int8_t)((x >> 16) & 0xFFu) & 0xFFFFu;
    return low | (high << 16);
}

/* acc + x.lo * y.lo + x.hi * y.hi on signed halfwords (SMLAD), wrapping. */
static inline int32_t __smlad(uint32_t x, uint32_t y, int32_t acc)
{
    const int32_t lo = (int32_t)(int16_t)(x & 0xFFFFu) * (int32_t)(int16_t)(y & 0xFFFFu);
    const int32_t hi = (int32_t)(int16_t)(x >> 16) * (int32_t)(int16_t)(y >> 16);
    return (int32_t)((uint32_t)acc + (uint32_t)lo + (uint32_t)hi);
}
#endif

#ifdef AOT_SIMD
/* Rotate right by 8 (GCC emits ROR; arm_acle.h's __ror is missing from GCC 12). */
static inline uint32_t aot_ror8(uint32_t x)
{
    return (x >> 8) | (x << 24);
}

/* Four int8 values from any address (Cortex-M4 LDR tolerates unaligned words). */
static inline uint32_t aot_load4(const int8_t *p)
{
    uint32_t word;
    memcpy(&word, p, sizeof(word));
    return word;
}

/* Sum of a[i] * b[i] over four bytes, added to acc: two SMLADs on the even and odd bytes. */
static inline int32_t aot_dot4(uint32_t a, uint32_t b, int32_t acc)
{
    acc = __smlad(__sxtb16(a), __sxtb16(b), acc);
    return __smlad(__sxtb16(aot_ror8(a)), __sxtb16(aot_ror8(b)), acc);
}
#endif

#endif
