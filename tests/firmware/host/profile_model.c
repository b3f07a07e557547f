/* A model for the host build with a long per-operator profile and no tensors, to test how
 * GET_PROFILE fills and pages its replies (test_profile_host.py computes the same entries):
 *   entry i: operator (7 * i) % ENTRIES, ticks 1000003 * i, a name of i % 61 letters (so some
 *   are empty and some longer than the 48 bytes a reply carries). */
#include <stddef.h>
#include <stdint.h>

#include "hil_model.h"

#define ENTRIES 300u

static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

const char *hil_model_backend(void)
{
    return "p";
}

int hil_model_init(void)
{
    return 0;
}

uint8_t hil_model_input_count(void)
{
    return 0;
}

uint8_t hil_model_output_count(void)
{
    return 0;
}

const hil_tensor *hil_model_input(uint8_t index)
{
    (void)index;
    return NULL;
}

const hil_tensor *hil_model_output(uint8_t index)
{
    (void)index;
    return NULL;
}

int hil_model_invoke(void)
{
    return 0;
}

uint32_t hil_model_activation_bytes(void)
{
    return 0;
}

uint32_t hil_model_activation_bytes_used(void)
{
    return 0;
}

uint16_t hil_model_profile_count(void)
{
    return ENTRIES;
}

uint16_t hil_model_profile_operator(uint16_t index)
{
    return index < ENTRIES ? (uint16_t)(7u * index % ENTRIES) : 0xffffu;
}

const char *hil_model_profile_op(uint16_t index)
{
    return index < ENTRIES ? letters + (sizeof letters - 1u) - index % 61u : NULL;
}

uint32_t hil_model_profile_ticks(uint16_t index)
{
    return index < ENTRIES ? 1000003u * index : 0;
}
