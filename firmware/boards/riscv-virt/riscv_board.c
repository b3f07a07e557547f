/* hil_board.h for QEMU's riscv32 virt machine: the 16550 UART for the link, the CLINT's mtime
 * for timing.
 *
 * Timing: QEMU runs this board with `-icount shift=8`, so virtual time advances exactly 256 ns
 * per instruction, and mtime counts the CLINT's 10 MHz timebase (100 ns per tick) in that
 * virtual time: 2.56 ticks per instruction, so a difference of two readings rounds to the
 * exact instruction count. (At shift=7 a tick would be 0.78 instructions, too coarse to round.)
 * The low word of mtime wraps after 2^32 ticks, 1.68e9 instructions. */
#include <stdint.h>

#include "hil_board.h"

#define UART0_BASE 0x10000000u
#define UART_REG(offset) (*(volatile uint8_t *)(UART0_BASE + (offset)))
#define UART_RBR UART_REG(0u) /* read */
#define UART_THR UART_REG(0u) /* write */
#define UART_IER UART_REG(1u)
#define UART_FCR UART_REG(2u)
#define UART_LCR UART_REG(3u)
#define UART_LSR UART_REG(5u)
#define UART_IER_RX_DATA 0x01u
#define UART_LCR_8N1 0x03u
#define UART_LSR_DATA_READY 0x01u
#define UART_LSR_THR_EMPTY 0x20u
#define UART0_IRQ 10u

/* The PLIC's context 0 is hart 0 in machine mode. */
#define PLIC_BASE 0x0c000000u
#define PLIC_PRIORITY(source) (*(volatile uint32_t *)(PLIC_BASE + 4u * (source)))
#define PLIC_ENABLE0 (*(volatile uint32_t *)(PLIC_BASE + 0x2000u))
#define PLIC_THRESHOLD0 (*(volatile uint32_t *)(PLIC_BASE + 0x200000u))
#define PLIC_CLAIM0 (*(volatile uint32_t *)(PLIC_BASE + 0x200004u))
#define MIE_MEIE (1u << 11)

#define MTIME_LOW (*(volatile uint32_t *)0x0200bff8u)
#define TIMEBASE_HZ 10000000u

extern uint8_t __stack_low[];
extern uint8_t __stack_top[];

void hil_board_init(void)
{
    UART_LCR = UART_LCR_8N1;
    UART_FCR = 0u; /* no FIFO: QEMU delivers the next byte only after this one is read */
    UART_IER = UART_IER_RX_DATA;
    PLIC_PRIORITY(UART0_IRQ) = 1u;
    PLIC_ENABLE0 = 1u << UART0_IRQ;
    PLIC_THRESHOLD0 = 0u;
    __asm__ volatile("csrs mie, %0" : : "r"(MIE_MEIE));
}

int hil_board_read_byte(void)
{
    return (UART_LSR & UART_LSR_DATA_READY) ? (int)UART_RBR : -1;
}

void hil_board_write(const uint8_t *data, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        while (!(UART_LSR & UART_LSR_THR_EMPTY)) {
        }
        UART_THR = data[i];
    }
}

void hil_board_idle(void)
{
    /* A pending external interrupt ends WFI although none is ever taken, so a byte that arrives
     * between the check and the WFI still wakes it. */
    if (!(UART_LSR & UART_LSR_DATA_READY)) {
        __asm__ volatile("wfi" ::: "memory");
    }
    /* Claim and complete the UART's interrupt, so the PLIC forwards the next one. */
    uint32_t source = PLIC_CLAIM0;
    if (source != 0u) {
        PLIC_CLAIM0 = source;
    }
}

uint32_t hil_board_timer_ticks(void)
{
    return MTIME_LOW;
}

uint32_t hil_board_cpu_hz(void)
{
    return TIMEBASE_HZ; /* virt has no clock of its own; the timebase stands for it */
}

uint32_t hil_board_timer_hz(void)
{
    return TIMEBASE_HZ;
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
