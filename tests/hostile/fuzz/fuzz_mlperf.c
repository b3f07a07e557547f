/* Fuzz target for the mlperf firmware (firmware/protocols/mlperf/) on the host, over
 * fuzz_model.c and a generated hil_mlperf_config.h (35 bytes of raw int8 input). One input is
 * the byte stream a host sends; the target checks that every command (every '%') got exactly
 * one m-ready, that every reply line is printable text ending in \r\n, and traps otherwise.
 * AddressSanitizer and UBSan catch any access out of bounds on the way.
 *
 * Two builds, as fuzz_server.c: with HIL_FUZZ_MAIN (gcc; tests/hostile/test_mlperf_fuzz.py)
 * stdin is one input and the replies go to stdout; with libFuzzer
 * (tests/hostile/test_libfuzzer.py) for a coverage-guided run. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hil_board.h"
#include "hil_model.h"
#include "hil_protocol.h"

#define STACK_BYTES 4096u
#define MAX_INPUT (1u << 22)
#define READY "m-ready"

const char hil_model_name[] = "fuzz";
const uint8_t hil_model_sha256[32] = {0xab};

static const uint8_t *input;
static size_t input_length;
static size_t input_position;
static uint8_t fake_stack[STACK_BYTES];
static char reply_line[4096];
static size_t reply_length;
static size_t readies;
static size_t bad_lines;
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

/* Reply lines are checked as they end: printable, \r before \n, not overlong. */
static void reply_byte(uint8_t byte)
{
    if (byte == '\n') {
        int ends_in_cr = reply_length > 0 && reply_line[reply_length - 1] == '\r';
        bad_lines += !ends_in_cr;
        readies += ends_in_cr && reply_length == sizeof READY &&
                   memcmp(reply_line, READY, sizeof READY - 1) == 0;
        reply_length = 0;
        return;
    }
    int printable = byte == '\r' || (byte >= 0x20 && byte < 0x7f);
    bad_lines += !printable || reply_length == sizeof reply_line;
    if (reply_length < sizeof reply_line) {
        reply_line[reply_length++] = (char)byte;
    }
}

void hil_board_write(const uint8_t *data, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        reply_byte(data[i]);
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
    return ticks += 0x10000001u; /* wraps often: the 64-bit lap clock must not care */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    input = data;
    input_length = size;
    input_position = 0;
    readies = 0;
    bad_lines = 0;
    reply_length = 0;
    hil_protocol_init();
    hil_protocol_poll();
    size_t commands = 0;
    for (size_t i = 0; i < size; i++) {
        commands += data[i] == '%';
    }
    if (readies != commands + 1 || bad_lines != 0 || reply_length != 0) {
        fprintf(stderr, "fuzz_mlperf: %zu m-ready for %zu commands, %zu bad lines\n", readies,
                commands, bad_lines);
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
        fprintf(stderr, "fuzz_mlperf: input longer than %u bytes\n", MAX_INPUT);
        return 2;
    }
    echo_output = stdout;
    return LLVMFuzzerTestOneInput(stream, size);
}
#endif
