/* The Arduino mbed core (Nano 33 BLE, nRF52840): DWT CYCCNT for timing, and the stack of mbed's
 * main thread, where the core runs setup() and loop(). */
#if defined(ARDUINO_ARCH_MBED)

#include <Arduino.h>

#include "arduino_board.h"
#include "cmsis.h"
#include "hil_board.h"
#include "rtx_os.h"

/* RTX keeps a magic word at the bottom of every thread stack and stops the system as overflowed
 * when it changes: the painted stack starts above it (8 bytes keep the alignment). */
#define RTX_STACK_GUARD_BYTES 8u

void arduino_core_init(void)
{
    /* CYCCNT counts only once trace is enabled (DEMCR.TRCENA). mbed threads run privileged,
     * so the debug registers are writable from here. */
    CoreDebug->DEMCR |= CoreDebug_DEMCR_TRCENA_Msk;
    DWT->CYCCNT = 0;
    DWT->CTRL |= DWT_CTRL_CYCCNTENA_Msk;
}

/* Core clock cycles, interrupts included (USB, the RTOS tick). It stops while the core sleeps,
 * which it never does while a model runs. Wraps after 67 s at 64 MHz. */
uint32_t hil_board_timer_ticks(void)
{
    return DWT->CYCCNT;
}

uint32_t hil_board_cpu_hz(void)
{
    return SystemCoreClock;
}

uint32_t hil_board_timer_hz(void)
{
    return SystemCoreClock;
}

/* Renode's CYCCNT counts virtual time, in which the board record makes one tick one executed
 * instruction. */
uint8_t hil_board_timer_kind(void)
{
#if defined(HIL_RENODE)
    return HIL_TIMER_EMULATOR_TICKS;
#else
    return HIL_TIMER_CYCLES;
#endif
}

void hil_board_stack_bounds(uint8_t **low, uint8_t **high)
{
    const osRtxThread_t *thread = static_cast<const osRtxThread_t *>(osThreadGetId());
    uint8_t *base = static_cast<uint8_t *>(thread->stack_mem);
    *low = base + RTX_STACK_GUARD_BYTES;
    *high = base + thread->stack_size;
}

#endif
