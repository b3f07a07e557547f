/* Arduino-ESP32 (ESP32-DevKitC, Xtensa LX6): CCOUNT for timing, and the stack of the core's
 * loop task, where setup() and loop() run. */
#if defined(ARDUINO_ARCH_ESP32)

#if !defined(__XTENSA__)
#error "CCOUNT timing needs an Xtensa ESP32 (ESP32, -S2, -S3), not a RISC-V one"
#endif

#include <Arduino.h>
#include <esp_log.h>
#include <freertos/FreeRTOS.h>
#include <freertos/task.h>
#if __has_include(<freertos/idf_additions.h>)
#include <freertos/idf_additions.h> /* pxTaskGetStackStart() moved here in ESP-IDF 5 */
#endif

#include "arduino_board.h"
#include "hil_board.h"

/* The core's default (8 KiB) is tight for an interpreter; the ESP32 has the RAM to spare. */
#ifndef HIL_LOOP_STACK_BYTES
#define HIL_LOOP_STACK_BYTES (16u * 1024u)
#endif
/* Left unpainted at the bottom of the stack: FreeRTOS's overflow canary lives there, and
 * ESP-IDF can put a watchpoint on it. */
#define STACK_GUARD_BYTES 32u

/* Defines getArduinoLoopTaskStackSize(), which the core asks before it creates the loop task. */
SET_LOOP_TASK_STACK_SIZE(HIL_LOOP_STACK_BYTES)

void arduino_core_init(void)
{
    /* UART0 is the console too: the core's and ESP-IDF's log messages would land in the
     * middle of frames. (The ROM's boot messages come before any of this; the harness skips
     * them as damaged frames.) */
    HIL_LINK.setDebugOutput(false);
    esp_log_level_set("*", ESP_LOG_NONE);
}

/* Cycles of the core the loop task is pinned to (each core has its own CCOUNT). */
uint32_t hil_board_timer_ticks(void)
{
    uint32_t cycles;
    __asm__ volatile("rsr %0, ccount" : "=a"(cycles));
    return cycles;
}

uint32_t hil_board_cpu_hz(void)
{
    return getCpuFrequencyMhz() * 1000000u;
}

uint32_t hil_board_timer_hz(void)
{
    return hil_board_cpu_hz();
}

uint8_t hil_board_timer_kind(void)
{
    return HIL_TIMER_CYCLES;
}

/* ESP-IDF sizes task stacks in bytes and allocates them in one block starting at
 * pxTaskGetStackStart(), the lowest address. */
void hil_board_stack_bounds(uint8_t **low, uint8_t **high)
{
    uint8_t *start = pxTaskGetStackStart(xTaskGetCurrentTaskHandle());
    *low = start + STACK_GUARD_BYTES;
    *high = start + getArduinoLoopTaskStackSize();
}

#endif
