/* Frames of the device protocol (docs/protocol.md): COBS body + 0x00; the body is
 * type, flags, seq (u16), length (u16), payload, CRC-32. Pure code: no I/O, no globals, so the
 * host builds and tests it as it is. */
#ifndef HIL_FRAME_H
#define HIL_FRAME_H

#include <stddef.h>
#include <stdint.h>

#include "hil_cobs.h"

#ifdef __cplusplus
extern "C" {
#endif

#define HIL_FRAME_HEADER 6u
#define HIL_FRAME_OVERHEAD 10u /* header + CRC-32 */

typedef struct {
    uint8_t type;
    uint8_t flags;
    uint16_t seq;
    uint16_t length;
    const uint8_t *payload; /* points into the decoder's buffer until the next byte is fed */
} hil_frame;

enum hil_rejection_reason {
    HIL_REJECT_COBS = 1,     /* the delimiter cut a COBS block short */
    HIL_REJECT_SHORT = 2,    /* fewer bytes than a header and a CRC */
    HIL_REJECT_LENGTH = 3,   /* body size is not length + 10 */
    HIL_REJECT_CRC = 4,      /* CRC mismatch */
    HIL_REJECT_TOO_LONG = 5, /* larger than the decoder's buffer */
};

typedef struct {
    uint8_t reason;
    uint8_t type; /* as received; 0 when not even that arrived */
    uint16_t seq; /* as received; 0 when not even that arrived */
} hil_rejection;

enum hil_feed_result {
    HIL_FEED_MORE = 0,     /* byte consumed, no frame complete yet */
    HIL_FEED_FRAME = 1,    /* *frame is a valid frame */
    HIL_FEED_REJECTED = 2, /* *rejection says why the frame that just ended is invalid */
};

typedef struct {
    uint8_t *buffer;
    size_t capacity;
    size_t length;     /* decoded bytes kept so far */
    uint8_t remaining; /* data bytes left in the current COBS block; 0: a code byte is next */
    uint8_t zero_pending;
    uint8_t started;   /* any byte since the last delimiter */
    uint8_t overflow;
} hil_frame_decoder;

/* `capacity` = HIL_FRAME_OVERHEAD + the largest payload to accept. */
void hil_frame_decoder_init(hil_frame_decoder *decoder, uint8_t *buffer, size_t capacity);

/* Feeds one received byte. A lone delimiter (an empty frame) is ignored, so a host may send
 * 0x00 at any time to resynchronise. */
int hil_frame_decoder_feed(hil_frame_decoder *decoder, uint8_t byte, hil_frame *frame,
                           hil_rejection *rejection);

/* Completes the frame whose payload the caller wrote at body + HIL_FRAME_HEADER (header in
 * front, CRC behind; `body` needs payload_length + HIL_FRAME_OVERHEAD bytes) and streams it,
 * COBS-encoded and delimited, into `sink`. */
void hil_frame_send(uint8_t *body, uint16_t payload_length, uint8_t type, uint16_t seq,
                    hil_sink sink, void *context);

#ifdef __cplusplus
}
#endif

#endif
