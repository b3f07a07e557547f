/* Consistent Overhead Byte Stuffing: a frame body re-coded without zero bytes, so 0x00 can
 * delimit frames. Decoding is incremental and lives in the frame decoder (hil_frame.c). */
#ifndef HIL_COBS_H
#define HIL_COBS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Receives output in pieces; `context` is passed through unchanged. */
typedef void (*hil_sink)(void *context, const uint8_t *data, size_t length);

/* Streams the COBS encoding of `data` (without the 0x00 delimiter) into `sink`, in pieces that
 * point into `data` itself, so no second buffer is needed. */
void hil_cobs_encode(const uint8_t *data, size_t length, hil_sink sink, void *context);

#ifdef __cplusplus
}
#endif

#endif
