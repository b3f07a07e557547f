#include "hil_fault_injection.h"

#ifdef HIL_FAULT_INJECTION

static volatile uint8_t armed;

int hil_fault_injection_arm(uint8_t kind)
{
    if (kind != HIL_INJECT_FAULT && kind != HIL_INJECT_HANG) {
        return 0;
    }
    armed = kind;
    return 1;
}

void hil_fault_injection_strike(void)
{
    uint8_t kind = armed;
    armed = 0;
    if (kind == HIL_INJECT_FAULT) {
        __builtin_trap(); /* an undefined instruction on Arm: the board's fault handler reports */
    }
    if (kind == HIL_INJECT_HANG) {
        for (;;) {
        }
    }
}

#endif
