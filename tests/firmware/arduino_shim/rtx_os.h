/* The RTX thread control block fields arduino_mbed.cpp reads (compile checks only). */
#ifndef SHIM_RTX_OS_H
#define SHIM_RTX_OS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void *osThreadId_t;
osThreadId_t osThreadGetId(void);

typedef struct osRtxThread_s {
  uint8_t id;
  void *stack_mem;
  uint32_t stack_size;
} osRtxThread_t;

#ifdef __cplusplus
}
#endif

#endif
