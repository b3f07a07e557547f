/* The Arm MPS2/MPS3 FPGA images this family runs on, as QEMU 7.2 emulates them: where UART0 and
 * the timer sit, UART0's interrupts, and the main clock (the CPU's, which the timer counts). The
 * board manifest (firmware/platforms/qemu-cortexm/boards/<board>.json, build.extra_flags)
 * defines one of MPS2_AN385, MPS2_AN386, MPS2_AN500, MPS2_AN505, MPS3_AN547.
 *
 * MPS2_UART0_IRQ is the first of UART0's two adjacent interrupts, receive and transmit. QEMU 7.2
 * raises the receive interrupt on the first (checked on each machine); the mps2-tz source of
 * later QEMU releases lists the transmit interrupt first. The firmware enables both lines and
 * never the UART's transmit interrupt, so whichever line the receiver raises wakes it. */
#ifndef MPS2_MACHINE_H
#define MPS2_MACHINE_H

#if defined(MPS2_AN385) || defined(MPS2_AN386) || defined(MPS2_AN500)
/* Cortex-M3, M4 and M7 images share one memory map (QEMU hw/arm/mps2.c): CMSDK UART0 and
 * CMSDK timer 0 on the 25 MHz peripheral clock. */
#define MPS2_UART0_BASE 0x40004000u
#define MPS2_UART0_IRQ 0u
#define MPS2_CMSDK_TIMER0_BASE 0x40000000u
#define MPS2_CLOCK_HZ 25000000u
#elif defined(MPS2_AN505)
/* Cortex-M33 on the IoT Kit subsystem. The core boots in the Secure state, so the firmware uses
 * the Secure aliases (address bit 28 set) of the FPGA's UART0 and the IoT Kit's CMSDK timer 0;
 * both count the 20 MHz main clock. */
#define MPS2_UART0_BASE 0x50200000u
#define MPS2_UART0_IRQ 32u
#define MPS2_CMSDK_TIMER0_BASE 0x50000000u
#define MPS2_CLOCK_HZ 20000000u
#elif defined(MPS3_AN547)
/* Cortex-M55 on the SSE-300 subsystem, Secure state. The SSE-300 has no CMSDK timer on its main
 * clock; its system counter (the timestamp its system timers compare against) counts the
 * 32 MHz main clock as a free-running 64-bit up-counter. */
#define MPS2_UART0_BASE 0x59303000u
#define MPS2_UART0_IRQ 33u
#define MPS2_SYSCOUNTER_CONTROL 0x58100000u
#define MPS2_SYSCOUNTER_STATUS 0x58101000u
#define MPS2_CLOCK_HZ 32000000u
#else
#error "no MPS2/MPS3 image defined; the board manifest sets one (build.extra_flags)"
#endif

#endif
