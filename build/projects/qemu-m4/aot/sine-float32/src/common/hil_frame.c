#include "hil_frame.h"

#include "hil_crc32.h"

static uint16_t get_u16(const uint8_t *p)
{
    return (uint16_t)(p[0] | (p[1] << 8));
}

static uint32_t get_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) |
           ((uint32_t)p[3] << 24);
}

static void put_u16(uint8_t *p, uint16_t value)
{
    p[0] = (uint8_t)value;
    p[1] = (uint8_t)(value >> 8);
}

static void put_u32(uint8_t *p, uint32_t value)
{
    put_u16(p, (uint16_t)value);
    put_u16(p + 2, (uint16_t)(value >> 16));
}

void hil_frame_decoder_init(hil_frame_decoder *decoder, uint8_t *buffer, size_t capacity)
{
    decoder->buffer = buffer;
    decoder->capacity = capacity;
    decoder->length = 0;
    decoder->remaining = 0;
    decoder->zero_pending = 0;
    decoder->started = 0;
    decoder->overflow = 0;
}

static void keep(hil_frame_decoder *decoder, uint8_t byte)
{
    if (decoder->length < decoder->capacity) {
        decoder->buffer[decoder->length++] = byte;
    } else {
        decoder->overflow = 1;
    }
}

static void accept_cobs_byte(hil_frame_decoder *decoder, uint8_t byte)
{
    decoder->started = 1;
    if (decoder->remaining > 0) {
        keep(decoder, byte);
        decoder->remaining--;
        return;
    }
    /* A code byte. The previous block, if shorter than the maximum, stood for its data and a
     * zero; that zero is written only now that another block follows (the delimiter cuts the
     * last one). */
    if (decoder->zero_pending) {
        keep(decoder, 0);
    }
    decoder->remaining = (uint8_t)(byte - 1);
    decoder->zero_pending = byte != 0xffu;
}

static int check_body(const hil_frame_decoder *decoder, hil_frame *frame)
{
    const uint8_t *body = decoder->buffer;
    size_t size = decoder->length;
    if (decoder->overflow) {
        return HIL_REJECT_TOO_LONG;
    }
    if (decoder->remaining > 0) {
        return HIL_REJECT_COBS;
    }
    if (size < HIL_FRAME_OVERHEAD) {
        return HIL_REJECT_SHORT;
    }
    uint16_t length = get_u16(body + 4);
    if (size != (size_t)length + HIL_FRAME_OVERHEAD) {
        return HIL_REJECT_LENGTH;
    }
    if (hil_crc32(0, body, size - 4) != get_u32(body + size - 4)) {
        return HIL_REJECT_CRC;
    }
    frame->type = body[0];
    frame->flags = body[1];
    frame->seq = get_u16(body + 2);
    frame->length = length;
    frame->payload = body + HIL_FRAME_HEADER;
    return 0;
}

static void describe(const hil_frame_decoder *decoder, int reason, hil_rejection *rejection)
{
    rejection->reason = (uint8_t)reason;
    rejection->type = decoder->length >= 1 ? decoder->buffer[0] : 0;
    rejection->seq = decoder->length >= 4 ? get_u16(decoder->buffer + 2) : 0;
}

int hil_frame_decoder_feed(hil_frame_decoder *decoder, uint8_t byte, hil_frame *frame,
                           hil_rejection *rejection)
{
    if (byte != 0) {
        accept_cobs_byte(decoder, byte);
        return HIL_FEED_MORE;
    }
    int result = HIL_FEED_MORE;
    if (decoder->started) {
        int reason = check_body(decoder, frame);
        if (reason != 0) {
            describe(decoder, reason, rejection);
        }
        result = reason == 0 ? HIL_FEED_FRAME : HIL_FEED_REJECTED;
    }
    hil_frame_decoder_init(decoder, decoder->buffer, decoder->capacity);
    return result;
}

void hil_frame_send(uint8_t *body, uint16_t payload_length, uint8_t type, uint16_t seq,
                    hil_sink sink, void *context)
{
    static const uint8_t delimiter = 0;
    size_t size = (size_t)payload_length + HIL_FRAME_HEADER;
    body[0] = type;
    body[1] = 0;
    put_u16(body + 2, seq);
    put_u16(body + 4, payload_length);
    put_u32(body + size, hil_crc32(0, body, size));
    hil_cobs_encode(body, size + 4, sink, context);
    sink(context, &delimiter, 1);
}
