/* The frame codec on the host, for golden tests against the Python codec.
 *   frame_tool decode CAPACITY  < stream   one line per result: "frame TYPE SEQ FLAGS HEX" or
 *                                          "reject REASON TYPE SEQ"
 *   frame_tool encode           < records  records of u8 type, u16 seq, u16 length, payload;
 *                                          writes each as a frame on the wire */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hil_frame.h"

#define LIMIT 70000u

static void file_sink(void *context, const uint8_t *data, size_t length)
{
    fwrite(data, 1, length, (FILE *)context);
}

static int decode(size_t capacity)
{
    static uint8_t buffer[LIMIT];
    hil_frame_decoder decoder;
    hil_frame frame;
    hil_rejection rejection;
    int c;
    if (capacity > LIMIT) {
        return 2;
    }
    hil_frame_decoder_init(&decoder, buffer, capacity);
    while ((c = getchar()) != EOF) {
        int result = hil_frame_decoder_feed(&decoder, (uint8_t)c, &frame, &rejection);
        if (result == HIL_FEED_FRAME) {
            printf("frame %u %u %u ", frame.type, frame.seq, frame.flags);
            for (uint16_t i = 0; i < frame.length; i++) {
                printf("%02x", frame.payload[i]);
            }
            printf("\n");
        } else if (result == HIL_FEED_REJECTED) {
            printf("reject %u %u %u\n", rejection.reason, rejection.type, rejection.seq);
        }
    }
    return 0;
}

static int encode(void)
{
    static uint8_t body[LIMIT];
    uint8_t header[5];
    while (fread(header, 1, sizeof header, stdin) == sizeof header) {
        uint16_t seq = (uint16_t)(header[1] | (header[2] << 8));
        uint16_t length = (uint16_t)(header[3] | (header[4] << 8));
        if (fread(body + HIL_FRAME_HEADER, 1, length, stdin) != length) {
            return 1;
        }
        hil_frame_send(body, length, header[0], seq, file_sink, stdout);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "decode") == 0) {
        return decode((size_t)strtoul(argv[2], NULL, 10));
    }
    if (argc == 2 && strcmp(argv[1], "encode") == 0) {
        return encode();
    }
    fprintf(stderr, "usage: frame_tool decode CAPACITY | frame_tool encode\n");
    return 2;
}
