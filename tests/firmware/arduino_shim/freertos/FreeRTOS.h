/* Included first by every FreeRTOS user (compile checks only). */
#ifndef SHIM_FREERTOS_H
#define SHIM_FREERTOS_H
#endif
