/* Stack high-water mark by painting: fill the unused stack with a pattern at boot, later find
 * the deepest byte that no longer holds it. */
#ifndef HIL_STACK_H
#define HIL_STACK_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Paints the stack below the caller's frame; call first thing in main(). */
void hil_stack_paint(void);
/* Bytes of stack used since painting (the high-water mark). */
uint32_t hil_stack_used(void);
/* Bytes reserved for the stack. */
uint32_t hil_stack_size(void);

#ifdef __cplusplus
}
#endif

#endif
