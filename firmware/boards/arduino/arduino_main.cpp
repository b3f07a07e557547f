/* hil_board.h for boards with an Arduino core: the link is an Arduino serial port, and setup()
 * and loop() run the protocol server. The timer and the stack's bounds depend on the core
 * (arduino_mbed.cpp, arduino_esp32.cpp). */
#include <Arduino.h>
#include <string.h>

#include "arduino_board.h"
#include "hil_board.h"
#include "hil_protocol.h"
#include "hil_stack.h"

/* The ESP32 UART driver's receive buffer: a whole request frame, so none is lost while the
 * firmware is busy (USB CDC holds the host back by itself). */
#define HIL_RX_BUFFER_BYTES 2048u
#define HIL_DEBUG_LOG_BYTES 256u

void setup()
{
    hil_stack_paint();
    hil_board_init();
    hil_protocol_init();
}

void loop()
{
    hil_protocol_poll();
    hil_board_idle();
}

void hil_board_init(void)
{
#if defined(ARDUINO_ARCH_MBED) && !defined(HIL_RENODE)
    /* The core's main() has begun the USB serial port, with the 1200-baud touch that resets the
     * board into its bootloader for the next upload. Bytes written before the host opens the
     * port (sets DTR) are dropped, so wait for it: the boot announcement then reaches the
     * harness. Testing the port sleeps 1 ms, so the USB threads keep running. */
    while (!HIL_LINK) {
    }
#else
#if defined(ARDUINO_ARCH_ESP32)
    HIL_LINK.setRxBufferSize(HIL_RX_BUFFER_BYTES);
#endif
    HIL_LINK.begin(HIL_BAUD);
#endif
    arduino_core_init();
}

int hil_board_read_byte(void)
{
    int byte = HIL_LINK.read();
    return byte < 0 ? -1 : (byte & 0xff);
}

void hil_board_write(const uint8_t *data, size_t length)
{
    HIL_LINK.write(data, length);
}

/* Both cores run setup() and loop() in an RTOS thread: yielding lets other threads of the same
 * priority run; the link is polled again at once. */
void hil_board_idle(void)
{
    yield();
}

/* TFLM's log sink (tensorflow/lite/micro/debug_log.h). The registry TFLM library prints its log
 * to Serial, which carries the protocol here; platformio.ini compiles that code out
 * (-DARDUINO_EXCLUDE_CODE) and this sink keeps the latest messages in RAM for a debugger
 * (`x/s hil_debug_log`), starting over when full. Weak: a TFLM tree with its own DebugLog wins. */
extern "C" {
char hil_debug_log[HIL_DEBUG_LOG_BYTES];
__attribute__((weak)) void DebugLog(const char *text);
}

static size_t debug_log_length;

void DebugLog(const char *text)
{
    size_t length = strnlen(text, sizeof(hil_debug_log) - 1);
    if (debug_log_length + length >= sizeof(hil_debug_log)) {
        debug_log_length = 0;
    }
    memcpy(hil_debug_log + debug_log_length, text, length);
    debug_log_length += length;
    hil_debug_log[debug_log_length] = '\0';
}
