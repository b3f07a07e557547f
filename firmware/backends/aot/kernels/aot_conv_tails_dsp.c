/* aot_conv_tails_s8_dsp: aot_conv_dsp.c's kernel in tail mode, in a unit of its own. */
#define AOT_CONV_TAILS 1
#include "aot_conv_dsp.c"
