/* Pieces shared by the DSP kernels (AOT_USE_DSP): the int8 output of a channel record. */
#ifndef AOT_DSP_H
#define AOT_DSP_H

#include "aot_internal.h"

/* GCC's register-pressure-blind first scheduling pass hoists every load of an unrolled SIMD
 * loop to its top and then spills the loaded values; the DSP kernels are compiled without it
 * (placed once at the top of each of their files). */
#if defined(__GNUC__) && !defined(__clang__)
#define AOT_HOT_LOOPS _Pragma("GCC optimize (\"no-schedule-insns\")")
#else
#define AOT_HOT_LOOPS
#endif

#ifdef AOT_SIMD
/* A channel record is {bias, multiplier, shift, offset} (aot_kernels.h); acc2 is twice the
 * accumulator. Saturates to int8; the activation clamp, if any, is the caller's. */
static inline int32_t aot_output_s8(int32_t acc2, const int32_t *channel)
{
    return __ssat(aot_requantize_fast(acc2, channel[1], channel[2], channel[3]), 8);
}

static inline int32_t aot_activate(int32_t value, const aot_activation *act)
{
    return aot_clamp_i32(value, act->act_min, act->act_max);
}
#endif

#endif
