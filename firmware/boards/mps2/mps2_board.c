/* hil_board.h for QEMU's mps2-an386: CMSDK UART0 for the link, CMSDK timer 0 for timing.
 *
 * Timing: QEMU runs this board with `-icount shift=7`, so virtual time advances exactly 128 ns
 * per instruction, and timer 0 counts the 25 MHz peripheral clock (40 ns per tick) in that
 * virtual time: 3.2 ticks per instruction, instructions = ticks * 5 / 16. One tick is 0.3125
 * instructions, so a difference of two readings rounds to the exact instruction count. Timer 0
 * is a 32-bit down-counter that runs free without an interrupt: no handler adds instructions
 * to a measurement, and one measurement may last up to 2^32 ticks (1.34e9 instructions). */
#include <stdint.h>

#include "hil_board.h"

#define UART0_BASE 0x40004000u
#define UART_DATA (*(volatile uint32_t *)(UART0_BASE + 0x00u))
#define UART_STATE (*(volatile uint32_t *)(UART0_BASE + 0x04u))
#define UART_CTRL (*(volatile uint32_t *)(UART0_BASE + 0x08u))
#define UART_INTSTATUS (*(volatile uint32_t *)(UART0_BASE + 0x0cu))
#define UART_BAUDDIV (*(volatile uint32_t *)(UART0_BASE + 0x10u))
#define UART_STATE_TX_FULL (1u << 0)
#define UART_STATE_RX_FULL (1u << 1)
#define UART_CTRL_TX_EN (1u << 0)
#define UART_CTRL_RX_EN (1u << 1)
#define UART_CTRL_RX_INTEN (1u << 3)
#define UART_INT_RX (1u << 1)
#define UART0_RX_IRQ 0u

#define TIMER0_BASE 0x40000000u
#define TIMER_CTRL (*(volatile uint32_t *)(TIMER0_BASE + 0x00u))
#define TIMER_VALUE (*(volatile uint32_t *)(TIMER0_BASE + 0x04u))
#define TIMER_RELOAD (*(volatile uint32_t *)(TIMER0_BASE + 0x08u))
#define TIMER_CTRL_EN (1u << 0)

#define NVIC_ISER0 (*(volatile uint32_t *)0xe000e100u)

#define SYSCLK_HZ 25000000u
#define BAUD 115200u /* QEMU ignores it, but refuses a divider below 16 */

extern uint8_t __stack_low[];
extern uint8_t __stack_top[];

void mps2_uart0_rx_handler(void);

void hil_board_init(void)
{
    UART_BAUDDIV = SYSCLK_HZ / BAUD;
    UART_CTRL = UART_CTRL_TX_EN | UART_CTRL_RX_EN | UART_CTRL_RX_INTEN;
    NVIC_ISER0 = 1u << UART0_RX_IRQ;

    TIMER_CTRL = 0;
    TIMER_RELOAD = 0xffffffffu;
    TIMER_VALUE = 0xffffffffu;
    TIMER_CTRL = TIMER_CTRL_EN;
}

/* The interrupt only wakes the core from hil_board_idle(); the byte stays in the UART, and QEMU
 * delivers the next one only after it has been read, so nothing is lost. */
void mps2_uart0_rx_handler(void)
{
    UART_INTSTATUS = UART_INT_RX;
}

int hil_board_read_byte(void)
{
    return (UART_STATE & UART_STATE_RX_FULL) ? (int)(UART_DATA & 0xffu) : -1;
}

void hil_board_write(const uint8_t *data, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        while (UART_STATE & UART_STATE_TX_FULL) {
        }
        UART_DATA = data[i];
    }
}

void hil_board_idle(void)
{
    /* With interrupts masked, a byte that arrives between the check and the WFI still wakes
     * it (a pending interrupt ends WFI whatever PRIMASK says). */
    __asm__ volatile("cpsid i" ::: "memory");
    if (!(UART_STATE & UART_STATE_RX_FULL)) {
        __asm__ volatile("wfi" ::: "memory");
    }
    __asm__ volatile("cpsie i" ::: "memory");
}

uint32_t hil_board_timer_ticks(void)
{
    return ~TIMER_VALUE;
}

uint32_t hil_board_cpu_hz(void)
{
    return SYSCLK_HZ;
}

uint32_t hil_board_timer_hz(void)
{
    return SYSCLK_HZ;
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
