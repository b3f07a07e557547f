/* Reset and exception handling for the Cortex-M cores of the MPS2/MPS3 images (mps2_machine.h).
 * The M33 and M55 start in the Secure state and stay there: every address the firmware uses is
 * Secure, so no security configuration is needed. */
#include <stdint.h>

#include "hil_server.h"
#include "mps2_machine.h"

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
void mps2_uart0_rx_handler(void);

#define CPACR (*(volatile uint32_t *)0xe000ed88u)
#define CPACR_CP10_CP11_FULL (0xfu << 20)
#define CFSR (*(volatile uint32_t *)0xe000ed28u)
#define HFSR (*(volatile uint32_t *)0xe000ed2cu)
#define MMFAR (*(volatile uint32_t *)0xe000ed34u)
#define BFAR (*(volatile uint32_t *)0xe000ed38u)
#define CFSR_MMARVALID (1u << 7)
#define CFSR_BFARVALID (1u << 15)

typedef void (*vector)(void);

/* Interrupt vectors in blocks of 32, up to UART0's second line. */
#if MPS2_UART0_IRQ + 1 < 32
#define IRQ_VECTORS 32u
#elif MPS2_UART0_IRQ + 1 < 64
#define IRQ_VECTORS 64u
#else
#error "the vector table is too short for UART0's interrupts"
#endif

/* Every interrupt but UART0's (mps2_machine.h) is unexpected: it is reported as a fault. */
#define IRQ(n) ((n) - MPS2_UART0_IRQ <= 1u ? mps2_uart0_rx_handler : Fault_Handler)
#define IRQ4(n) IRQ(n), IRQ((n) + 1u), IRQ((n) + 2u), IRQ((n) + 3u)
#define IRQ16(n) IRQ4(n), IRQ4((n) + 4u), IRQ4((n) + 8u), IRQ4((n) + 12u)
#define FAULT4 Fault_Handler, Fault_Handler, Fault_Handler, Fault_Handler

/* Initial stack pointer, the 15 system exceptions (SecureFault at 7 on Armv8-M), the
 * interrupts. */
__attribute__((section(".isr_vector"), used)) static const vector vectors[16 + IRQ_VECTORS] = {
    (vector)__stack_top, Reset_Handler, FAULT4, Fault_Handler, Fault_Handler, 0, 0, 0,
    Fault_Handler, Fault_Handler, 0, Fault_Handler, Fault_Handler,
    IRQ16(0u), IRQ16(16u),
#if IRQ_VECTORS > 32
    IRQ16(32u), IRQ16(48u),
#endif
};

void Reset_Handler(void)
{
#ifdef __ARM_FP
    /* Full access to CP10/CP11 before any code could use a float register: the FPU, and on
     * Armv8.1-M the M-profile Vector Extension (Helium) as well. */
    CPACR |= CPACR_CP10_CP11_FULL;
    __asm__ volatile("dsb\n\tisb" ::: "memory");
#endif
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

/* Called by Fault_Handler with the stacked registers r0-r3, r12, lr, pc, xpsr. An unexpected
 * interrupt arrives here too, with CFSR and HFSR clear. */
__attribute__((used)) static void report_fault(const uint32_t *frame)
{
    uint32_t cfsr = CFSR;
    uint32_t address = (cfsr & CFSR_BFARVALID) ? BFAR : (cfsr & CFSR_MMARVALID) ? MMFAR : 0;
    hil_server_report_fault(frame[6], frame[5], cfsr, HFSR, address);
    for (;;) {
    }
}

/* Finds the exception frame (main or process stack, by EXC_RETURN bit 2) and reports it. */
__attribute__((naked)) void Fault_Handler(void)
{
    __asm__ volatile(
        "tst lr, #4\n\t"
        "ite eq\n\t"
        "mrseq r0, msp\n\t"
        "mrsne r0, psp\n\t"
        "b report_fault\n\t");
}
