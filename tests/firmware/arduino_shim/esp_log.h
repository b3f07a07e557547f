/* The ESP-IDF log call arduino_esp32.cpp makes (compile checks only). */
#ifndef SHIM_ESP_LOG_H
#define SHIM_ESP_LOG_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum { ESP_LOG_NONE, ESP_LOG_ERROR, ESP_LOG_WARN, ESP_LOG_INFO } esp_log_level_t;
void esp_log_level_set(const char *tag, esp_log_level_t level);

#ifdef __cplusplus
}
#endif

#endif
