/* Cortex-M DSP-extension (SIMD) building blocks, behind the AOT_USE_DSP feature flag.
 *
 * With AOT_USE_DSP defined on a core with the DSP extension (Cortex-M4/M7/M33...), the
 * kernels use ACLE intrinsics from arm_acle.h, plus a few one-instruction inline-assembly
 * helpers for forms GCC does not emit on its own (SXTB16 with a rotation, SMMULR, LDRD with
 * post-increment). AOT_EMULATE_ACLE provides all of them in portable C, so the host build runs
 * (and tests) exactly the code paths a board runs. */
#ifndef AOT_SIMD_H
#define AOT_SIMD_H

#include <stdint.h>
#include <string.h>

#if defined(AOT_USE_DSP) && defined(__ARM_FEATURE_DSP)
#include <arm_acle.h>
#define AOT_SIMD 1

/* SXTB16 Rd, Rm, ROR #8: bytes 1 and 3 as sign-extended halfwords. */
static inline uint32_t aot_sxtb16_ror8(uint32_t x)
{
    uint32_t r;
    __asm__("sxtb16 %0, %1, ror #8" : "=r"(r) : "r"(x));
    return r;
}

/* SXTAB16 Rd, Rn, Rm, ROR #8: a + bytes 1 and 3 of x, per halfword. */
static inline uint32_t aot_sxtab16_ror8(uint32_t a, uint32_t x)
{
    uint32_t r;
    __asm__("sxtab16 %0, %1, %2, ror #8" : "=r"(r) : "r"(a), "r"(x));
    return r;
}

/* SMMULR: the high word of a * b, rounded ((a * b + 2^31) >> 32). */
static inline int32_t aot_smmulr(int32_t a, int32_t b)
{
    int32_t r;
    __asm__("smmulr %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}

/* SMMLAR: c + the high word of a * b, rounded ((c * 2^32 + a * b + 2^31) >> 32). */
static inline int32_t aot_smmlar(int32_t a, int32_t b, int32_t c)
{
    int32_t r;
    __asm__("smmlar %0, %1, %2, %3" : "=r"(r) : "r"(a), "r"(b), "r"(c));
    return r;
}

/* Two words from *p (4-byte aligned) in one LDRD; p advances by two words. */
static inline void aot_ld2(const uint32_t **p, uint32_t *lo, uint32_t *hi)
{
    const uint32_t *q = *p;
    __asm__("ldrd %0, %1, [%2], #8" : "=r"(*lo), "=r"(*hi), "+r"(q)
            : "m"(*(const uint32_t(*)[2])q));
    *p = q;
}

/* Four words from *p (4-byte aligned) in one LDM; p advances by four words. LDM fills its
 * registers in ascending order, hence the four fixed ones (r8-r11: no frame pointer in
 * Thumb, and clear of the argument registers). */
static inline void aot_ld4(const uint32_t **p, uint32_t out[4])
{
    register uint32_t w0 __asm__("r8");
    register uint32_t w1 __asm__("r9");
    register uint32_t w2 __asm__("r10");
    register uint32_t w3 __asm__("r11");
    const uint32_t *q = *p;
    __asm__("ldmia %4!, {%0, %1, %2, %3}" : "=r"(w0), "=r"(w1), "=r"(w2), "=r"(w3), "+r"(q)
            : "m"(*(const uint32_t(*)[4])q));
    out[0] = w0;
    out[1] = w1;
    out[2] = w2;
    out[3] = w3;
    *p = q;
}

/* Two words to *p (4-byte aligned) in one STRD. */
static inline void aot_st2(uint32_t *p, uint32_t lo, uint32_t hi)
{
    __asm__("strd %2, %3, [%1]" : "=m"(*(uint32_t(*)[2])p) : "r"(p), "r"(lo), "r"(hi));
}

#ifdef __OPTIMIZE__
/* Two words from p (4-byte aligned) in one LDRD, then p advances by `words` (a compile-time
 * constant) in the same instruction. */
#define AOT_LD2_STEP(p, lo, hi, words)                                                      \
    __asm__("ldrd %0, %1, [%2], %4"                                                         \
            : "=r"(lo), "=r"(hi), "+r"(p)                                                   \
            : "m"(*(const uint32_t(*)[2])(p)), "i"(4 * (words)))

/* The same, then p advances by `words` (a compile-time constant) in the same instruction. */
#define AOT_ST2_STEP(p, lo, hi, words)                                                      \
    __asm__("strd %2, %3, [%0], %4"                                                         \
            : "+r"(p), "=m"(*(uint32_t(*)[2])(p))                                           \
            : "r"(lo), "r"(hi), "i"(4 * (words)))
#else
/* An unoptimised (debug) build cannot prove `words` constant, which the immediate needs. */
#define AOT_LD2_STEP(p, lo, hi, words)                                                      \
    do {                                                                                    \
        (lo) = (p)[0];                                                                      \
        (hi) = (p)[1];                                                                      \
        (p) += (words);                                                                     \
    } while (0)
#define AOT_ST2_STEP(p, lo, hi, words)                                                      \
    do {                                                                                    \
        aot_st2((p), (lo), (hi));                                                           \
        (p) += (words);                                                                     \
    } while (0)
#endif

#elif defined(AOT_USE_DSP) && defined(AOT_EMULATE_ACLE)
#define AOT_SIMD 1

static inline uint32_t aot_halves(int32_t low, int32_t high)
{
    return ((uint32_t)low & 0xFFFFu) | ((uint32_t)high << 16);
}

static inline int32_t aot_low(uint32_t x)
{
    return (int16_t)(x & 0xFFFFu);
}

static inline int32_t aot_high(uint32_t x)
{
    return (int16_t)(x >> 16);
}

/* Two halfwords from bytes 0 and 2, sign-extended (SXTB16). */
static inline uint32_t __sxtb16(uint32_t x)
{
    return aot_halves((int8_t)(x & 0xFFu), (int8_t)((x >> 16) & 0xFFu));
}

/* a + SXTB16(x), per halfword, wrapping (SXTAB16). */
static inline uint32_t __sxtab16(uint32_t a, uint32_t x)
{
    return aot_halves(aot_low(a) + (int8_t)(x & 0xFFu),
                      aot_high(a) + (int8_t)((x >> 16) & 0xFFu));
}

/* acc + x.lo * y.lo + x.hi * y.hi on signed halfwords (SMLAD), wrapping. */
static inline int32_t __smlad(uint32_t x, uint32_t y, int32_t acc)
{
    const int32_t lo = aot_low(x) * aot_low(y);
    const int32_t hi = aot_high(x) * aot_high(y);
    return (int32_t)((uint32_t)acc + (uint32_t)lo + (uint32_t)hi);
}

/* acc + x.lo * y.lo (SMLABB) and acc + x.hi * y.hi (SMLATT), wrapping. */
static inline int32_t __smlabb(uint32_t x, uint32_t y, int32_t acc)
{
    return (int32_t)((uint32_t)acc + (uint32_t)(aot_low(x) * aot_low(y)));
}

static inline int32_t __smlatt(uint32_t x, uint32_t y, int32_t acc)
{
    return (int32_t)((uint32_t)acc + (uint32_t)(aot_high(x) * aot_high(y)));
}

/* acc + x.lo * y.hi (SMLABT) and acc + x.hi * y.lo (SMLATB), wrapping. */
static inline int32_t __smlabt(uint32_t x, uint32_t y, int32_t acc)
{
    return (int32_t)((uint32_t)acc + (uint32_t)(aot_low(x) * aot_high(y)));
}

static inline int32_t __smlatb(uint32_t x, uint32_t y, int32_t acc)
{
    return (int32_t)((uint32_t)acc + (uint32_t)(aot_high(x) * aot_low(y)));
}

/* x + y per signed halfword, wrapping (SADD16; the GE flags are not modelled). */
static inline uint32_t __sadd16(uint32_t x, uint32_t y)
{
    return aot_halves(aot_low(x) + aot_low(y), aot_high(x) + aot_high(y));
}

/* Saturate to a signed `bits`-bit range (SSAT). */
static inline int32_t __ssat(int32_t x, int bits)
{
    const int32_t hi = (int32_t)((1u << (bits - 1)) - 1u);
    return x > hi ? hi : (x < -hi - 1 ? -hi - 1 : x);
}

static inline uint32_t aot_sxtb16_ror8(uint32_t x)
{
    return __sxtb16((x >> 8) | (x << 24));
}

static inline uint32_t aot_sxtab16_ror8(uint32_t a, uint32_t x)
{
    return __sxtab16(a, (x >> 8) | (x << 24));
}

static inline int32_t aot_smmulr(int32_t a, int32_t b)
{
    return (int32_t)(((int64_t)a * (int64_t)b + ((int64_t)1 << 31)) >> 32);
}

static inline int32_t aot_smmlar(int32_t a, int32_t b, int32_t c)
{
    return (int32_t)((uint32_t)c + (uint32_t)aot_smmulr(a, b));
}

static inline void aot_st2(uint32_t *p, uint32_t lo, uint32_t hi)
{
    p[0] = lo;
    p[1] = hi;
}

#define AOT_ST2_STEP(p, lo, hi, words)                                                      \
    do {                                                                                    \
        aot_st2((p), (lo), (hi));                                                           \
        (p) += (words);                                                                     \
    } while (0)

#define AOT_LD2_STEP(p, lo, hi, words)                                                      \
    do {                                                                                    \
        const uint32_t *aot_q = (p);                                                        \
        aot_ld2(&aot_q, &(lo), &(hi));                                                      \
        (p) += (words);                                                                     \
    } while (0)

static inline void aot_ld2(const uint32_t **p, uint32_t *lo, uint32_t *hi)
{
    memcpy(lo, *p, sizeof(*lo)); /* memcpy: the words may hold int8 or int16 data */
    memcpy(hi, *p + 1, sizeof(*hi));
    *p += 2;
}

static inline void aot_ld4(const uint32_t **p, uint32_t out[4])
{
    memcpy(out, *p, 4 * sizeof(*out));
    *p += 4;
}
#endif

#ifdef AOT_SIMD
#if defined(__GNUC__) || defined(__clang__)
#define AOT_INLINE inline __attribute__((always_inline))
#else
#define AOT_INLINE inline
#endif

/* The pointer, with GCC made to forget where it came from: keeps `table + 128` a base
 * register instead of an index computation folded into every access. */
static inline const int32_t *aot_opaque(const int32_t *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __asm__("" : "+r"(p));
#endif
    return p;
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
    return __smlad(aot_sxtb16_ror8(a), aot_sxtb16_ror8(b), acc);
}

/* The fast output stage: TFLM's MultiplyByQuantizedMultiplier for a right shift `shift` >= 1
 * plus the output offset, from a doubled accumulator (acc2 = 2 * acc, no overflow) and
 * offset = 2^(shift-1) + (output_offset << shift): SMMULR gives the gemmlowp doubling
 * high-multiply t exactly, and (t + (t >> 31) + offset) >> shift rounds half away from zero.
 * SMMLAR adds the offset for free; the sign of acc2 stands in for t's: they differ only when
 * t is 0, where taking 1 off the offset's 2^(shift-1) changes nothing after the shift. */
static inline int32_t aot_requantize_fast(int32_t acc2, int32_t multiplier, int32_t shift,
                                          int32_t offset)
{
    return (aot_smmlar(acc2, multiplier, offset) + (acc2 >> 31)) >> shift;
}
#endif

#endif
