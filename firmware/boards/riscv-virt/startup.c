/* Reset and traps for the RV32 hart of QEMU's virt machine. The firmware runs in machine mode
 * and takes no interrupt (mstatus.MIE stays clear; an enabled interrupt only ends WFI), so every
 * trap is unexpected: it is reported as a fault, with mepc and ra as pc and lr, mcause in place
 * of the CFSR and mtval as the fault address. */
#include <stdint.h>

#include "hil_protocol.h"

extern uint32_t __data_start[];
extern uint32_t __data_end[];
extern uint32_t __data_load[];
extern uint32_t __bss_start__[];
extern uint32_t __bss_end__[];
extern uint8_t __tls_base[];

extern int main(void);
extern void __libc_init_array(void);

void _start(void);
void riscv_reset(void);
void riscv_trap(void);

/* The global pointer, the stack, then C. Placed first in the flash: QEMU starts there. */
__attribute__((naked, section(".text.start"))) void _start(void)
{
    __asm__ volatile(
        ".option push\n\t"
        ".option norelax\n\t"
        "la gp, __global_pointer$\n\t"
        ".option pop\n\t"
        "la sp, __stack_top\n\t"
        "j riscv_reset\n\t");
}

void riscv_reset(void)
{
    __asm__ volatile("csrw mtvec, %0" : : "r"(riscv_trap));
    for (uint32_t *src = __data_load, *dst = __data_start; dst < __data_end;) {
        *dst++ = *src++;
    }
    for (uint32_t *dst = __bss_start__; dst < __bss_end__;) {
        *dst++ = 0;
    }
    /* The thread pointer addresses the thread-local block (.tdata, then .tbss) that the loops
     * above initialised: picolibc keeps errno there. */
    __asm__ volatile("mv tp, %0" : : "r"(__tls_base));
    __libc_init_array();
    main();
    for (;;) {
    }
}

__attribute__((used)) static void report_fault(uint32_t pc, uint32_t ra, uint32_t cause,
                                               uint32_t value)
{
    hil_protocol_report_fault(pc, ra, cause, 0, value);
    for (;;) {
    }
}

/* mtvec's direct mode needs a 4-byte aligned handler. The stack is reset: the fault may be a
 * stack overflow, and the handler never returns. */
__attribute__((naked, aligned(4))) void riscv_trap(void)
{
    __asm__ volatile(
        "csrr a0, mepc\n\t"
        "mv a1, ra\n\t"
        "csrr a2, mcause\n\t"
        "csrr a3, mtval\n\t"
        "la sp, __stack_top\n\t"
        "j report_fault\n\t");
}
