/* Shared by the files of the Arduino board family: the link, and what each core adds. */
#ifndef ARDUINO_BOARD_H
#define ARDUINO_BOARD_H

#if !defined(ARDUINO_ARCH_MBED) && !defined(ARDUINO_ARCH_ESP32)
#error "firmware/boards/arduino supports the Arduino mbed core (Nano 33 BLE) and Arduino-ESP32"
#endif

/* The ESP32's UART runs at the rate the board record names (platformio.ini sets it); USB CDC
 * and Renode's socket ignore it. */
#ifndef HIL_BAUD
#define HIL_BAUD 115200
#endif

/* USB CDC (Serial) on the Nano 33 BLE, UART0 behind the USB bridge (Serial) on the ESP32.
 * Renode models no USB device, so its build talks on the nRF52840's UART0 (Serial1). */
#if defined(HIL_RENODE)
#define HIL_LINK Serial1
#else
#define HIL_LINK Serial
#endif

/* Starts the core's cycle counter and keeps the core's own messages off the link. Called once,
 * after the link has begun. (arduino_mbed.cpp, arduino_esp32.cpp) */
void arduino_core_init(void);

#endif
