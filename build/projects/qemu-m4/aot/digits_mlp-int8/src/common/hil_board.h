/* What the protocol code needs from a board: a byte stream, a timer, and the stack's bounds.
 * One implementation per board family (firmware/boards/<family>/). */
#ifndef HIL_BOARD_H
#define HIL_BOARD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum hil_timer_kind {
    HIL_TIMER_CYCLES = 0,
    HIL_TIMER_EMULATOR_TICKS = 1,
    HIL_TIMER_MICROSECONDS = 2,
};

void hil_board_init(void);
/* Next received byte, or -1 when none is waiting. Never blocks. */
int hil_board_read_byte(void);
/* Blocks until every byte is handed to the link. */
void hil_board_write(const uint8_t *data, size_t length);
/* Sleeps until a byte may have arrived (a board without a sleep mode returns at once). */
void hil_board_idle(void);
/* Free-running; differences are exact modulo 2^32. */
uint32_t hil_board_timer_ticks(void);

/* The board's name in the harness's registry: generated per build (hil_model_meta.c), since one
 * board family (firmware/boards/<family>/) serves several boards. */
const char *hil_board_name(void);
uint32_t hil_board_cpu_hz(void);
uint32_t hil_board_timer_hz(void);
uint8_t hil_board_timer_kind(void);

/* The stack occupies [*low, *high); it grows down from high. */
void hil_board_stack_bounds(uint8_t **low, uint8_t **high);

#ifdef __cplusplus
}
#endif

#endif
