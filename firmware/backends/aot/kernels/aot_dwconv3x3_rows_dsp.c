/* aot_dwconv3x3_rows_s8_dsp: aot_dwconv3x3_dsp.c's kernel requantizing several output rows
 * per pass (`sum_rows`), in a unit of its own. */
#define AOT_DWCONV_ROWS 1
#include "aot_dwconv3x3_dsp.c"
