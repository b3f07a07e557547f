/* Numbers as text for the DUT API's replies, without printf: newlib-nano's printf has no
 * floating point, and these are the only formats the replies need. Pure. */
#ifndef MLPERF_TEXT_H
#define MLPERF_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Longest text any function below writes, NUL included. */
#define MLPERF_NUMBER_MAX 32u

/* Decimal digits of `value`; returns the length. */
size_t mlperf_format_u64(char *out, uint64_t value);
/* `value` with exactly `decimals` digits after the point (at most 9), rounded half away from
 * zero, e.g. -0.0039 -> "-0.004" for 3. NaN and infinities as "nan", "inf", "-inf"; a value
 * too large for the digits asked for keeps fewer decimals. Returns the length. */
size_t mlperf_format_fixed(char *out, double value, unsigned decimals);
/* Two lowercase hex digits. */
void mlperf_format_hex8(char *out, uint8_t value);

#endif
