/* Data movement: PAD and the strided block copies CONCATENATION is made of. */
#include <string.h>

#include "aot_internal.h"

/* Copies each input row to its place in the (already filled) output. */
static void pad_rows(const aot_pad_geometry *p, const char *input, char *output, size_t element)
{
    const int dims = AOT_MAX_DIMS;
    const size_t row_bytes = (size_t)p->row_elements * element;
    int32_t index[AOT_MAX_DIMS] = {0};
    do {
        const int32_t at = p->out_start + aot_offset(p->rows.strides, index, dims);
        memcpy(output + (size_t)at * element, input, row_bytes);
        input += row_bytes;
    } while (aot_next_index(p->rows.dims, index, dims));
}

void aot_pad_s8(const aot_pad_s8_params *p, const int8_t *input, int8_t *output)
{
    memset(output, (unsigned char)p->value, (size_t)p->p.out_size);
    pad_rows(&p->p, (const char *)input, (char *)output, sizeof(int8_t));
}

void aot_pad_f32(const aot_pad_f32_params *p, const float *input, float *output)
{
    int32_t i;
    for (i = 0; i < p->p.out_size; ++i) {
        output[i] = p->value;
    }
    pad_rows(&p->p, (const char *)input, (char *)output, sizeof(float));
}

void aot_copy(const aot_copy_params *p, const void *input, void *output)
{
    const char *in = (const char *)input;
    char *out = (char *)output + p->out_offset_bytes;
    int32_t i;
    for (i = 0; i < p->outer; ++i) {
        memcpy(out + i * p->out_stride_bytes, in + i * p->block_bytes, (size_t)p->block_bytes);
    }
}
