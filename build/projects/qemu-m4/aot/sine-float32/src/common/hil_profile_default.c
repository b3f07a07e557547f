/* Weak defaults of hil_model.h's per-operator profile, for backends without a profiler: no
 * entries (GET_PROFILE then reports a total of 0). A backend's own definitions are strong and
 * replace these at link time.
 *
 * A strong definition wins only when its object file is in the link: a source of the firmware
 * (as every backend's files are) or an archive member pulled in for another symbol. A linker does
 * not search an archive for a symbol a weak definition has already resolved, so a backend that
 * ships its profiler alone in a static library must link it with --whole-archive. */
#include "hil_model.h"

#if defined(__GNUC__) || defined(__clang__)
#define HIL_WEAK __attribute__((weak))
#else
#error "hil_profile_default.c needs weak symbols (__attribute__((weak)))"
#endif

HIL_WEAK uint16_t hil_model_profile_count(void)
{
    return 0;
}

HIL_WEAK uint16_t hil_model_profile_operator(uint16_t index)
{
    (void)index;
    return 0xffffu;
}

HIL_WEAK const char *hil_model_profile_op(uint16_t index)
{
    (void)index;
    return NULL;
}

HIL_WEAK uint32_t hil_model_profile_ticks(uint16_t index)
{
    (void)index;
    return 0;
}
