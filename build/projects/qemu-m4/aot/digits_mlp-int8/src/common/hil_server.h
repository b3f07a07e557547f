/* The request server of the device protocol (docs/protocol.md), over hil_board.h's byte stream
 * and the model behind hil_model.h. Static buffers only. */
#ifndef HIL_SERVER_H
#define HIL_SERVER_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HIL_PROTOCOL_VERSION 1u
#ifndef HIL_MAX_PAYLOAD
#define HIL_MAX_PAYLOAD 1024u /* announced in INFO; the receive and send buffers hold one */
#endif

enum hil_request_type {
    HIL_REQUEST_HELLO = 0x01,
    HIL_REQUEST_SET_INPUT = 0x02,
    HIL_REQUEST_INVOKE = 0x03,
    HIL_REQUEST_GET_OUTPUT = 0x04,
    HIL_REQUEST_GET_STATS = 0x05,
    HIL_REQUEST_ECHO = 0x06,
    HIL_REQUEST_GET_PROFILE = 0x07,
};

/* Op names in a PROFILE entry are cut to this many bytes, so one entry always fits a reply. */
#define HIL_PROFILE_NAME_MAX 48u

#define HIL_RESPONSE_FLAG 0x80u
#define HIL_ERROR_TYPE 0xffu

enum hil_error_code {
    HIL_ERROR_BAD_FRAME = 1,
    HIL_ERROR_UNKNOWN_REQUEST = 2,
    HIL_ERROR_BAD_PAYLOAD = 3,
    HIL_ERROR_BAD_TENSOR = 4,
    HIL_ERROR_OUT_OF_RANGE = 5,
    HIL_ERROR_INVOKE_FAILED = 6,
    HIL_ERROR_TOO_LARGE = 7,
    HIL_ERROR_NOT_READY = 8,
    HIL_ERROR_FAULT = 9,
};

/* Initialises the model and sends the boot announcement (INFO, seq 0). */
void hil_server_init(void);
/* Handles every byte waiting on the link; returns when none is left. */
void hil_server_poll(void);
/* For a board's fault handler: reports a CPU fault as an ERROR (code FAULT) for the request in
 * progress, with the faulting pc, lr, fault status registers and fault address. */
void hil_server_report_fault(uint32_t pc, uint32_t lr, uint32_t cfsr, uint32_t hfsr,
                             uint32_t address);

#ifdef __cplusplus
}
#endif

#endif
