/* hil_board.h on the host, for tests: the link is stdin (read whole at start) and stdout, the
 * timer advances 1000 ticks per reading, the "stack" is a painted array. */
#include <stdio.h>
#include <string.h>

#include "hil_board.h"

#define INPUT_LIMIT (1u << 22)
#define FAKE_STACK 4096u

static unsigned char input[INPUT_LIMIT];
static size_t input_length;
static size_t input_position;
static uint32_t ticks;
static uint8_t fake_stack[FAKE_STACK];

void hil_board_init(void)
{
    input_length = fread(input, 1, sizeof input, stdin);
    memset(fake_stack, 0xa5, sizeof fake_stack);
    memset(fake_stack + FAKE_STACK - 100, 0, 100); /* 100 bytes "used" */
}

int hil_board_read_byte(void)
{
    return input_position < input_length ? input[input_position++] : -1;
}

void hil_board_write(const uint8_t *data, size_t length)
{
    fwrite(data, 1, length, stdout);
}

void hil_board_idle(void)
{
}

uint32_t hil_board_timer_ticks(void)
{
    ticks += 1000u;
    return ticks;
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
    *high = fake_stack + FAKE_STACK;
}
