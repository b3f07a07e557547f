/* Test-only fault injection (docs/protocol.md, "Test-only request"). The request and its hook in
 * INVOKE exist only in firmware built with -DHIL_FAULT_INJECTION (the harness's fault matrix);
 * a normal build answers the request with UNKNOWN_REQUEST and has no trace of it. */
#ifndef HIL_FAULT_INJECTION_H
#define HIL_FAULT_INJECTION_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HIL_REQUEST_INJECT_FAULT 0x7eu

enum hil_injected_fault {
    HIL_INJECT_FAULT = 1, /* the CPU faults (a trap instruction) at the start of the next INVOKE */
    HIL_INJECT_HANG = 2,  /* the next INVOKE never returns */
};

/* Arms `kind` for the next INVOKE; returns 0 for an unknown kind. */
int hil_fault_injection_arm(uint8_t kind);
/* Called by INVOKE before the model runs: strikes the armed fault, if any, once. */
void hil_fault_injection_strike(void);

#ifdef __cplusplus
}
#endif

#endif
