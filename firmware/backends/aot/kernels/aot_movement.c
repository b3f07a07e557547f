/* Data movement as block copies: strided N-d copies (slices, splits, transposes, the phases of
 * SPACE_TO_BATCH_ND / BATCH_TO_SPACE_ND), fills, nearest-neighbour resizing. */
#include <string.h>

#include "aot_internal.h"

/* One innermost row of blocks; blocks of one and four bytes are copied without memcpy. */
static void copy_row(const char *in, int32_t in_step, char *out, int32_t out_step, int32_t n,
                     int32_t block)
{
    int32_t i;
    if (block == 1) {
        for (i = 0; i < n; ++i, in += in_step, out += out_step) {
            *out = *in;
        }
    } else if (block == 4) {
        for (i = 0; i < n; ++i, in += in_step, out += out_step) {
            memcpy(out, in, 4);
        }
    } else {
        for (i = 0; i < n; ++i, in += in_step, out += out_step) {
            memcpy(out, in, (size_t)block);
        }
    }
}

void aot_strided_copy(const aot_strided_copy_params *p, const void *input, void *output)
{
    const int outer = AOT_MAX_DIMS - 1;
    const char *in = (const char *)input + p->in_offset;
    char *out = (char *)output + p->out_offset;
    int32_t index[AOT_MAX_DIMS - 1] = {0};
    do {
        copy_row(in + aot_offset(p->in_strides, index, outer), p->in_strides[outer],
                 out + aot_offset(p->out_strides, index, outer), p->out_strides[outer],
                 p->dims[outer], p->block_bytes);
    } while (aot_next_index(p->dims, index, outer));
}

void aot_fill(const aot_fill_params *p, void *output)
{
    char *out = (char *)output;
    int32_t i;
    if (p->element_bytes == 1) {
        memset(out, (int)(p->pattern & 0xFFu), (size_t)p->count);
        return;
    }
    for (i = 0; i < p->count; ++i) {
        memcpy(out + (size_t)i * (size_t)p->element_bytes, &p->pattern,
               (size_t)p->element_bytes);
    }
}

void aot_resize_nearest(const aot_resize_nearest_params *p, const void *input, void *output)
{
    const size_t block = (size_t)p->block_bytes;
    const size_t in_row = block * (size_t)p->in_w;
    const size_t out_row = block * (size_t)p->out_w;
    const char *in = (const char *)input;
    char *out = (char *)output;
    int32_t b;
    int32_t y;
    int32_t x;
    for (b = 0; b < p->batches; ++b, in += in_row * (size_t)p->in_h) {
        for (y = 0; y < p->out_h; ++y, out += out_row) {
            if (y > 0 && p->rows[y] == p->rows[y - 1]) {
                memcpy(out, out - out_row, out_row); /* the same source row again */
                continue;
            }
            for (x = 0; x < p->out_w; ++x) {
                memcpy(out + block * (size_t)x, in + in_row * (size_t)p->rows[y]
                       + block * (size_t)p->cols[x], block);
            }
        }
    }
}
