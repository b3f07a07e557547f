/* ADD (same shapes) on Helium (AOT_USE_MVE), four elements per vector: each input's rescaling
 * is a function of one byte, so a gather load takes it from a 256-entry table computed at
 * generation time (indexed by the raw byte); the sum takes TFLM's output stage, as
 * MultiplyByQuantizedMultiplierSmallerThanOneExp does it. */
#include "aot_internal.h"
#include "aot_mve.h"

#ifdef AOT_MVE
static inline int32x4_t rescaled_sum(const aot_add_s8_mve_params *p, uint32x4_t bytes1,
                                     uint32x4_t bytes2)
{
    return vaddq_s32(vldrwq_gather_shifted_offset_s32(p->table1, bytes1),
                     vldrwq_gather_shifted_offset_s32(p->table2, bytes2));
}

void aot_add_s8_mve(const aot_add_s8_mve_params *p, const int8_t *input1, const int8_t *input2,
                    int8_t *output)
{
    const uint8_t *a = (const uint8_t *)input1;
    const uint8_t *b = (const uint8_t *)input2;
    const int32x4_t multiplier = vdupq_n_s32(p->multiplier);
    const int32x4_t right = vdupq_n_s32(p->shift);
    const int32x4_t offset = vdupq_n_s32(p->output_offset);
    const int32x4_t lo = vdupq_n_s32(p->act_min);
    const int32x4_t hi = vdupq_n_s32(p->act_max);
    int32_t n;
    for (n = p->size; n > 0; n -= 4, a += 4, b += 4, output += 4) {
        /* Whole vectors unpredicated: a predicated load costs a VPST more. */
        const mve_pred16_t lanes = vctp32q((uint32_t)n);
        const uint32x4_t x1 = n >= 4 ? vldrbq_u32(a) : vldrbq_z_u32(a, lanes);
        const uint32x4_t x2 = n >= 4 ? vldrbq_u32(b) : vldrbq_z_u32(b, lanes);
        const int32x4_t sum = vqrdmulhq_s32(rescaled_sum(p, x1, x2), multiplier);
        const int32x4_t y = vaddq_s32(aot_mve_divide_pot(sum, right), offset);
        const int32x4_t value = vminq_s32(vmaxq_s32(y, lo), hi);
        if (n >= 4) {
            vstrbq_s32(output, value);
        } else {
            vstrbq_p_s32(output, value, lanes);
        }
    }
}
#endif
