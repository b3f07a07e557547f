/* Declarations of the Arduino calls firmware/boards/arduino makes (compile checks only). */
#ifndef SHIM_ARDUINO_H
#define SHIM_ARDUINO_H

#include <stddef.h>
#include <stdint.h>

class ShimSerial {
 public:
  void begin(unsigned long baud);
  int read();
  size_t write(const uint8_t *data, size_t length);
  operator bool();
#if defined(ARDUINO_ARCH_ESP32)
  size_t setRxBufferSize(size_t size);
  void setDebugOutput(bool enable);
#endif
};

extern ShimSerial Serial;
extern ShimSerial Serial1;

void yield(void);

#if defined(ARDUINO_ARCH_ESP32)
uint32_t getCpuFrequencyMhz(void);
size_t getArduinoLoopTaskStackSize(void);
#define SET_LOOP_TASK_STACK_SIZE(sz) \
  size_t getArduinoLoopTaskStackSize() { return sz; }
#endif

#endif
