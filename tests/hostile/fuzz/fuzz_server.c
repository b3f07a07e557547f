/* Fuzz target for the firmware's request server (firmware/protocols/binary/hil_server.c) on the host,
 * over fuzz_model.c. One input is the byte stream a host sends; the target checks that the
 * server answered every frame that ended in it with exactly one intact frame (a response or
 * an ERROR), besides the boot announcement, and traps otherwise. AddressSanitizer and UBSan
 * catch any access out of bounds on the way.
 *
 * Two builds:
 *   - with HIL_FUZZ_MAIN (gcc, what CI runs through tests/hostile/test_protocol_fuzz.py): stdin
 *     is one input, the server's output goes to stdout for the test's own checks;
 *   - with libFuzzer, for a coverage-guided run on a machine with clang:
 *       clang -g -O1 -fsanitize=fuzzer,address,undefined -Ifirmware/common \
 *           -Ifirmware/protocols/binary tests/hostile/fuzz/fuzz_server.c \
 *           tests/hostile/fuzz/fuzz_model.c firmware/protocols/binary/hil_server.c \
 *           firmware/common/hil_{stack,profile_default,cobs,crc32,frame}.c -o fuzz_server
 *       ./fuzz_server -max_len=4096 -runs=1000000
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hil_board.h"
#include "hil_frame.h"
#include "hil_model.h"
#include "hil_protocol.h"
#include "hil_server.h"
#include "hil_stack.h"

#define STACK_BYTES 4096u
#define MAX_INPUT (1u << 22)

const char hil_model_name[] = "fuzz";
const uint8_t hil_model_sha256[32] = {0xab};

static const uint8_t *input;
static size_t input_length;
static size_t input_position;
static uint8_t fake_stack[STACK_BYTES];
static uint8_t reply_buffer[HIL_FRAME_OVERHEAD + HIL_MAX_PAYLOAD];
static hil_frame_decoder replies;
static size_t reply_frames;
static size_t reply_rejections;
static FILE *echo_output;

const char *hil_board_name(void)
{
    return "fuzz";
}

void hil_board_init(void)
{
}

int hil_board_read_byte(void)
{
    return input_position < input_length ? input[input_position++] : -1;
}

/* Every byte the server sends is decoded again: its frames must all be intact. */
void hil_board_write(const uint8_t *data, size_t length)
{
    hil_frame frame;
    hil_rejection rejection;
    for (size_t i = 0; i < length; i++) {
        int result = hil_frame_decoder_feed(&replies, data[i], &frame, &rejection);
        reply_frames += result == HIL_FEED_FRAME;
        reply_rejections += result == HIL_FEED_REJECTED;
    }
    if (echo_output != NULL) {
        fwrite(data, 1, length, echo_output);
    }
}

void hil_board_idle(void)
{
}

uint32_t hil_board_timer_ticks(void)
{
    static uint32_t ticks;
    return ticks += 7u;
}

uint32_t hil_board_cpu_hz(void)
{
    return 1000000u;
}

uint32_t hil_board_timer_hz(void)
{
    return 1000000u;
}

uint8_t hil_board_timer_kind(void)
{
    return HIL_TIMER_MICROSECONDS;
}

void hil_board_stack_bounds(uint8_t **low, uint8_t **high)
{
    *low = fake_stack;
    *high = fake_stack + STACK_BYTES;
}

/* Frames that end in the input: runs of non-zero bytes closed by a zero. */
static size_t frames_ending(const uint8_t *data, size_t size)
{
    size_t count = 0;
    int open = 0;
    for (size_t i = 0; i < size; i++) {
        if (data[i] != 0) {
            open = 1;
        } else {
            count += (size_t)open;
            open = 0;
        }
    }
    return count;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    input = data;
    input_length = size;
    input_position = 0;
    reply_frames = 0;
    reply_rejections = 0;
    hil_frame_decoder_init(&replies, reply_buffer, sizeof reply_buffer);
    hil_protocol_init();
    hil_protocol_poll();
    if (reply_rejections != 0 || reply_frames != frames_ending(data, size) + 1) {
        fprintf(stderr, "fuzz_server: %zu replies (%zu damaged) to %zu frames\n", reply_frames,
                reply_rejections, frames_ending(data, size));
        abort();
    }
    return 0;
}

#ifdef HIL_FUZZ_MAIN
int main(void)
{
    static uint8_t stream[MAX_INPUT];
    size_t size = fread(stream, 1, sizeof stream, stdin);
    if (!feof(stdin)) {
        fprintf(stderr, "fuzz_server: input longer than %u bytes\n", MAX_INPUT);
        return 2;
    }
    echo_output = stdout;
    return LLVMFuzzerTestOneInput(stream, size);
}
#endif
