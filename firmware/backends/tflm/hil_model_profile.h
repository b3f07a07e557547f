/* Per-op timing of the last inference (proposed addition to hil_model.h for a GET_PROFILE
 * request). Entries follow the order the ops ran in; a backend without a profiler has none. */
#ifndef HIL_MODEL_PROFILE_H
#define HIL_MODEL_PROFILE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

uint16_t hil_model_profile_count(void);
/* The op's name (e.g. "CONV_2D"), or NULL for an index out of range. */
const char *hil_model_profile_op(uint16_t index);
/* Board timer ticks the op took, or 0 for an index out of range. */
uint32_t hil_model_profile_ticks(uint16_t index);

#ifdef __cplusplus
}
#endif

#endif
