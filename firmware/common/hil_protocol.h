/* The device protocol a firmware speaks, as the board's main loop sees it. Every protocol
 * (firmware/protocols/<name>/) implements these three functions; the harness copies exactly one
 * protocol folder into a project when it renders it (`--protocol`), so the board code never
 * knows which protocol runs. */
#ifndef HIL_PROTOCOL_H
#define HIL_PROTOCOL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Initialises the model and announces the boot on the link. */
void hil_protocol_init(void);
/* Handles every byte waiting on the link; returns when none is left. */
void hil_protocol_poll(void);
/* For a board's fault handler: tells the host the CPU faulted (the faulting pc, lr, fault
 * status registers and fault address) in the protocol's own way; the board then halts. */
void hil_protocol_report_fault(uint32_t pc, uint32_t lr, uint32_t cfsr, uint32_t hfsr,
                               uint32_t address);

#ifdef __cplusplus
}
#endif

#endif
