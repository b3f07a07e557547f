#include "hil_stack.h"

#include "hil_board.h"

#define PAINT 0xa5u
/* Left unpainted below the painter's own frame: what the painting loop itself may use. */
#define SAFETY_MARGIN 128u

void hil_stack_paint(void)
{
    uint8_t *low;
    uint8_t *high;
    hil_board_stack_bounds(&low, &high);
    volatile uint8_t *limit = (uint8_t *)__builtin_frame_address(0) - SAFETY_MARGIN;
    for (volatile uint8_t *p = low; p < limit; p++) {
        *p = PAINT;
    }
}

uint32_t hil_stack_used(void)
{
    uint8_t *low;
    uint8_t *high;
    hil_board_stack_bounds(&low, &high);
    const volatile uint8_t *p = low;
    while (p < high && *p == PAINT) {
        p++;
    }
    return (uint32_t)(high - (const uint8_t *)p);
}

uint32_t hil_stack_size(void)
{
    uint8_t *low;
    uint8_t *high;
    hil_board_stack_bounds(&low, &high);
    return (uint32_t)(high - low);
}
