/* Reset and exception handling for the Cortex-M0 (Armv6-M) of the nRF51822. Armv6-M has no
 * configurable fault status registers: every fault is a HardFault, reported with CFSR, HFSR and
 * the fault address as 0. */
#include <stdint.h>

#include "hil_protocol.h"

extern uint32_t __stack_top[];
extern uint32_t __data_start[];
extern uint32_t __data_end[];
extern uint32_t __data_load[];
extern uint32_t __bss_start__[];
extern uint32_t __bss_end__[];

extern int main(void);
extern void __libc_init_array(void);

void Reset_Handler(void);
void Fault_Handler(void);
void nrf51_uart0_handler(void);

typedef void (*vector)(void);

#define FAULT4 Fault_Handler, Fault_Handler, Fault_Handler, Fault_Handler

/* Initial stack pointer, the 15 system exceptions, the 32 interrupts. Every exception but reset
 * and UART0's interrupt (2) is unexpected: it is reported as a fault. */
__attribute__((section(".isr_vector"), used)) static const vector vectors[16 + 32] = {
    (vector)__stack_top, Reset_Handler, Fault_Handler, Fault_Handler, 0, 0, 0, 0, 0, 0, 0,
    Fault_Handler, 0, 0, Fault_Handler, Fault_Handler,
    Fault_Handler, Fault_Handler, nrf51_uart0_handler, Fault_Handler,
    FAULT4, FAULT4, FAULT4, FAULT4, FAULT4, FAULT4, FAULT4,
};

void Reset_Handler(void)
{
    for (uint32_t *src = __data_load, *dst = __data_start; dst < __data_end;) {
        *dst++ = *src++;
    }
    for (uint32_t *dst = __bss_start__; dst < __bss_end__;) {
        *dst++ = 0;
    }
    __libc_init_array();
    main();
    for (;;) {
    }
}

/* Called by Fault_Handler with the stacked registers r0-r3, r12, lr, pc, xpsr. */
__attribute__((used)) static void report_fault(const uint32_t *frame)
{
    hil_protocol_report_fault(frame[6], frame[5], 0, 0, 0);
    for (;;) {
    }
}

/* Finds the exception frame (main or process stack, by EXC_RETURN bit 2) and reports it, in
 * Armv6-M's instructions (no IT blocks; a branch through a register reaches any address). */
__attribute__((naked)) void Fault_Handler(void)
{
    __asm__ volatile(
        "movs r0, #4\n\t"
        "mov r1, lr\n\t"
        "tst r0, r1\n\t"
        "bne 1f\n\t"
        "mrs r0, msp\n\t"
        "b 2f\n"
        "1:\n\t"
        "mrs r0, psp\n"
        "2:\n\t"
        "ldr r1, =report_fault\n\t"
        "bx r1\n\t"
        ".ltorg\n\t");
}
