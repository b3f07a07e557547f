/* CRC-32 (IEEE 802.3, reflected, as zlib.crc32): the frame check of the device protocol. */
#ifndef HIL_CRC32_H
#define HIL_CRC32_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Continue a CRC: start with crc = 0, pass the previous result to extend it. */
uint32_t hil_crc32(uint32_t crc, const uint8_t *data, size_t length);

#ifdef __cplusplus
}
#endif

#endif
