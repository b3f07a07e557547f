#include "hil_cobs.h"

#define COBS_MAX_RUN 254u /* code 0xFF: 254 data bytes and no implied zero */

void hil_cobs_encode(const uint8_t *data, size_t length, hil_sink sink, void *context)
{
    size_t start = 0;
    for (;;) {
        size_t end = start;
        while (end < length && data[end] != 0 && end - start < COBS_MAX_RUN) {
            end++;
        }
        uint8_t code = (uint8_t)(end - start + 1);
        sink(context, &code, 1);
        sink(context, data + start, end - start);
        if (end == length) {
            return;
        }
        /* A full run implies no zero; a shorter one ended at a zero, which the code stands for. */
        start = (end - start == COBS_MAX_RUN) ? end : end + 1;
    }
}
