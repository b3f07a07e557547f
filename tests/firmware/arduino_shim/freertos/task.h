/* The FreeRTOS task calls arduino_esp32.cpp makes, as ESP-IDF declares them (compile checks
 * only). */
#ifndef SHIM_FREERTOS_TASK_H
#define SHIM_FREERTOS_TASK_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tskTaskControlBlock *TaskHandle_t;
TaskHandle_t xTaskGetCurrentTaskHandle(void);
uint8_t *pxTaskGetStackStart(TaskHandle_t task);

#ifdef __cplusplus
}
#endif

#endif
