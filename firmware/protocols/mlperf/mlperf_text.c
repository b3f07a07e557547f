#include "mlperf_text.h"

#include <string.h>

/* Scaled values stay below this, so value * 10^decimals + 0.5 fits a uint64_t exactly. */
#define FIXED_LIMIT 1e18

size_t mlperf_format_u64(char *out, uint64_t value)
{
    char digits[20];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + value % 10u);
        value /= 10u;
    } while (value != 0);
    for (size_t i = 0; i < n; i++) {
        out[i] = digits[n - 1 - i];
    }
    out[n] = '\0';
    return n;
}

size_t mlperf_format_fixed(char *out, double value, unsigned decimals)
{
    if (value != value) {
        memcpy(out, "nan", 4);
        return 3;
    }
    size_t n = 0;
    if (value < 0) {
        out[n++] = '-';
        value = -value;
    }
    if (value > FIXED_LIMIT) {
        memcpy(out + n, "inf", 4);
        return n + 3;
    }
    decimals = decimals > 9u ? 9u : decimals;
    uint64_t scale = 1;
    for (unsigned i = 0; i < decimals; i++) {
        scale *= 10u;
    }
    while (decimals > 0 && value * (double)scale > FIXED_LIMIT) {
        decimals--;
        scale /= 10u;
    }
    uint64_t scaled = (uint64_t)(value * (double)scale + 0.5);
    if (n == 1 && scaled == 0) {
        n = 0; /* no "-0.000" */
    }
    n += mlperf_format_u64(out + n, scaled / scale);
    if (decimals > 0) {
        out[n++] = '.';
        uint64_t fraction = scaled % scale;
        for (uint64_t digit = scale / 10u; digit > 0; digit /= 10u) {
            out[n++] = (char)('0' + (fraction / digit) % 10u);
        }
    }
    out[n] = '\0';
    return n;
}

void mlperf_format_hex8(char *out, uint8_t value)
{
    static const char digits[] = "0123456789abcdef";
    out[0] = digits[value >> 4];
    out[1] = digits[value & 0xfu];
}
