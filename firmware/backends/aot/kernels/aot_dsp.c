/* The DSP kernels' exact output stage (aot_dsp.h). */
#include "aot_dsp.h"

#ifdef AOT_SIMD
/* The doubling high multiply is (x * m + 2^30) >> 31 rounded down, which equals gemmlowp's
 * rounding for every x as the multiplier is never negative. */
int32_t aot_exact_s8(int32_t acc, int32_t multiplier, int32_t shift_field, int32_t zero_point)
{
    const int32_t shift = shift_field + AOT_EXACT_SHIFT_BIAS;
    const int32_t x = shift > 0 ? aot_shl(acc, shift) : acc;
    const int32_t high = (int32_t)(((int64_t)x * multiplier + ((int64_t)1 << 30)) >> 31);
    return __ssat((shift < 0 ? aot_rdbpot(high, -shift) : high) + zero_point, 8);
}
#endif
