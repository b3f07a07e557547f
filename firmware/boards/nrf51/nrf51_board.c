/* hil_board.h for QEMU's microbit (BBC micro:bit, Nordic nRF51822: Cortex-M0 at 16 MHz): UART0
 * for the link, TIMER0 for timing.
 *
 * Timing: QEMU runs this board with `-icount shift=7`, so virtual time advances exactly 128 ns
 * per instruction, and TIMER0 counts its 16 MHz clock (62.5 ns per tick) in that virtual time:
 * 2.048 ticks per instruction, so a difference of two readings rounds to the exact instruction
 * count. TIMER0 runs free as a 32-bit counter without an interrupt; a reading is a capture
 * task and a load, the same instructions every time. */
#include <stdint.h>

#include "hil_board.h"

#define UART0_BASE 0x40002000u
#define UART_REG(offset) (*(volatile uint32_t *)(UART0_BASE + (offset)))
#define UART_TASKS_STARTRX UART_REG(0x000u)
#define UART_TASKS_STARTTX UART_REG(0x008u)
#define UART_EVENTS_RXDRDY UART_REG(0x108u)
#define UART_EVENTS_TXDRDY UART_REG(0x11cu)
#define UART_INTENSET UART_REG(0x304u)
#define UART_INTENCLR UART_REG(0x308u)
#define UART_ENABLE UART_REG(0x500u)
#define UART_RXD UART_REG(0x518u)
#define UART_TXD UART_REG(0x51cu)
#define UART_INT_RXDRDY (1u << 2)
#define UART_ENABLE_ON 4u
#define UART0_IRQ 2u

#define TIMER0_BASE 0x40008000u
#define TIMER_REG(offset) (*(volatile uint32_t *)(TIMER0_BASE + (offset)))
#define TIMER_TASKS_START TIMER_REG(0x000u)
#define TIMER_TASKS_CAPTURE0 TIMER_REG(0x040u)
#define TIMER_MODE TIMER_REG(0x504u)
#define TIMER_BITMODE TIMER_REG(0x508u)
#define TIMER_PRESCALER TIMER_REG(0x510u)
#define TIMER_CC0 TIMER_REG(0x540u)
#define TIMER_MODE_TIMER 0u
#define TIMER_BITMODE_32 3u

#define NVIC_ISER0 (*(volatile uint32_t *)0xe000e100u)

#define CLOCK_HZ 16000000u

extern uint8_t __stack_low[];
extern uint8_t __stack_top[];

void nrf51_uart0_handler(void);

void hil_board_init(void)
{
    UART_ENABLE = UART_ENABLE_ON;
    UART_TASKS_STARTRX = 1u;
    UART_TASKS_STARTTX = 1u;
    NVIC_ISER0 = 1u << UART0_IRQ;

    TIMER_MODE = TIMER_MODE_TIMER;
    TIMER_BITMODE = TIMER_BITMODE_32;
    TIMER_PRESCALER = 0u; /* the full 16 MHz */
    TIMER_TASKS_START = 1u;
}

/* The RXDRDY event stays set until a byte is read, so the interrupt only wakes the core from
 * hil_board_idle() and masks itself; idle unmasks it again before it sleeps. */
void nrf51_uart0_handler(void)
{
    UART_INTENCLR = UART_INT_RXDRDY;
}

int hil_board_read_byte(void)
{
    if (!UART_EVENTS_RXDRDY) {
        return -1;
    }
    /* Clear the event first: reading RXD raises it again when QEMU holds more bytes. */
    UART_EVENTS_RXDRDY = 0u;
    return (int)(UART_RXD & 0xffu);
}

void hil_board_write(const uint8_t *data, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        UART_EVENTS_TXDRDY = 0u;
        UART_TXD = data[i];
        while (!UART_EVENTS_TXDRDY) {
        }
    }
}

void hil_board_idle(void)
{
    /* With interrupts masked, a byte that arrives between the check and the WFI still wakes
     * it (a pending interrupt ends WFI whatever PRIMASK says). */
    __asm__ volatile("cpsid i" ::: "memory");
    UART_INTENSET = UART_INT_RXDRDY;
    if (!UART_EVENTS_RXDRDY) {
        __asm__ volatile("wfi" ::: "memory");
    }
    __asm__ volatile("cpsie i" ::: "memory");
}

uint32_t hil_board_timer_ticks(void)
{
    TIMER_TASKS_CAPTURE0 = 1u;
    return TIMER_CC0;
}

uint32_t hil_board_cpu_hz(void)
{
    return CLOCK_HZ;
}

uint32_t hil_board_timer_hz(void)
{
    return CLOCK_HZ;
}

uint8_t hil_board_timer_kind(void)
{
    return HIL_TIMER_EMULATOR_TICKS;
}

void hil_board_stack_bounds(uint8_t **low, uint8_t **high)
{
    *low = __stack_low;
    *high = __stack_top;
}
