/* ADD (same shapes) for the DSP-extension build: each input's rescaling is a function of one
 * byte, so it comes from a 256-entry table computed at generation time; the sum goes through
 * the fast output stage. */
#include "aot_dsp.h"

AOT_HOT_LOOPS

#ifdef AOT_SIMD
static AOT_INLINE void add(const aot_add_s8_dsp_params *p, const int8_t *input1,
                           const int8_t *input2, int8_t *output, int clamp)
{
    /* Locals: the int8 stores could alias *p, which would make GCC reload it per element. */
    const int32_t *table1 = aot_opaque(p->table1 + 128);
    const int32_t *table2 = aot_opaque(p->table2 + 128);
    const int32_t multiplier = p->multiplier;
    const int32_t shift = p->shift;
    const int32_t offset = p->offset;
    const aot_activation act = p->act;
    const int8_t *end = input1 + p->size;
    while (input1 != end) {
        const int32_t sum = table1[*input1++] + table2[*input2++];
        const int32_t value = __ssat(aot_requantize_fast(sum, multiplier, shift, offset), 8);
        *output++ = (int8_t)(clamp ? aot_activate(value, &act) : value);
    }
}

void aot_add_s8_dsp(const aot_add_s8_dsp_params *p, const int8_t *input1, const int8_t *input2,
                    int8_t *output)
{
    if (p->act.clamp) {
        add(p, input1, input2, output, 1);
    } else {
        add(p, input1, input2, output, 0);
    }
}
#endif
