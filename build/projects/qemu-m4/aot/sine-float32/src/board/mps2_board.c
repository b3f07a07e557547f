/* hil_board.h for QEMU's MPS2/MPS3 images (mps2_machine.h): CMSDK UART0 for the link, and a
 * free-running counter of the main clock for timing.
 *
 * Timing: QEMU runs these boards with `-icount shift=N`, so virtual time advances exactly 2^N ns
 * per instruction, and the counter counts the main clock in that virtual time: 2^N ns times the
 * clock per instruction (N = 7: 3.2 ticks at 25 MHz, 2.56 at 20 MHz, 4.096 at 32 MHz). With
 * more than two ticks per instruction, a difference of two readings rounds to the exact
 * instruction count. The counter runs without an interrupt, so no handler adds instructions to
 * a measurement; one measurement may last up to 2^32 ticks. */
#include <stdint.h>

#include "hil_board.h"
#include "mps2_machine.h"

#define UART_DATA (*(volatile uint32_t *)(MPS2_UART0_BASE + 0x00u))
#define UART_STATE (*(volatile uint32_t *)(MPS2_UART0_BASE + 0x04u))
#define UART_CTRL (*(volatile uint32_t *)(MPS2_UART0_BASE + 0x08u))
#define UART_INTSTATUS (*(volatile uint32_t *)(MPS2_UART0_BASE + 0x0cu))
#define UART_BAUDDIV (*(volatile uint32_t *)(MPS2_UART0_BASE + 0x10u))
#define UART_STATE_TX_FULL (1u << 0)
#define UART_STATE_RX_FULL (1u << 1)
#define UART_CTRL_TX_EN (1u << 0)
#define UART_CTRL_RX_EN (1u << 1)
#define UART_CTRL_RX_INTEN (1u << 3)
#define UART_INT_RX (1u << 1)

#define NVIC_ISER ((volatile uint32_t *)0xe000e100u)

#define BAUD 115200u /* QEMU ignores it, but refuses a divider below 16 */

extern uint8_t __stack_low[];
extern uint8_t __stack_top[];

void mps2_uart0_rx_handler(void);

#ifdef MPS2_CMSDK_TIMER0_BASE
/* CMSDK timer 0: a 32-bit down-counter, reloaded with its maximum, never interrupting. */
#define TIMER_CTRL (*(volatile uint32_t *)(MPS2_CMSDK_TIMER0_BASE + 0x00u))
#define TIMER_VALUE (*(volatile uint32_t *)(MPS2_CMSDK_TIMER0_BASE + 0x04u))
#define TIMER_RELOAD (*(volatile uint32_t *)(MPS2_CMSDK_TIMER0_BASE + 0x08u))
#define TIMER_CTRL_EN (1u << 0)

static void timer_start(void)
{
    TIMER_CTRL = 0;
    TIMER_RELOAD = 0xffffffffu;
    TIMER_VALUE = 0xffffffffu;
    TIMER_CTRL = TIMER_CTRL_EN;
}

uint32_t hil_board_timer_ticks(void)
{
    return ~TIMER_VALUE;
}
#else
/* The SSE-300 system counter: enabled through its (Secure-only) control frame, read through its
 * status frame; the low word of the 64-bit count. */
#define CNTCR (*(volatile uint32_t *)(MPS2_SYSCOUNTER_CONTROL + 0x00u))
#define CNTCV_LO (*(volatile uint32_t *)(MPS2_SYSCOUNTER_STATUS + 0x00u))
#define CNTCR_EN (1u << 0)

static void timer_start(void)
{
    CNTCR = CNTCR_EN;
}

uint32_t hil_board_timer_ticks(void)
{
    return CNTCV_LO;
}
#endif

void hil_board_init(void)
{
    UART_BAUDDIV = MPS2_CLOCK_HZ / BAUD;
    UART_CTRL = UART_CTRL_TX_EN | UART_CTRL_RX_EN | UART_CTRL_RX_INTEN;
    for (uint32_t irq = MPS2_UART0_IRQ; irq <= MPS2_UART0_IRQ + 1u; irq++) {
        NVIC_ISER[irq / 32u] = 1u << (irq % 32u);
    }
    timer_start();
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

uint32_t hil_board_cpu_hz(void)
{
    return MPS2_CLOCK_HZ;
}

uint32_t hil_board_timer_hz(void)
{
    return MPS2_CLOCK_HZ;
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
