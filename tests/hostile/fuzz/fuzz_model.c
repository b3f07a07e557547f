/* A small model behind hil_model.h for fuzzing the request server on the host: tensors of
 * several types and odd sizes, so out-of-range offsets and indices land next to real data
 * (AddressSanitizer puts red zones between these globals). Invoke is cheap and total. */
#include <stdint.h>
#include <string.h>

#include "hil_model.h"

#define IMAGE_BYTES 35u

static int8_t image_in[IMAGE_BYTES];
static float gains_in[3];
static int8_t image_out[IMAGE_BYTES];
static int16_t sums_out[2];

static const hil_tensor inputs[2] = {
    {HIL_DTYPE_INT8, 3, {1, 5, 7}, 0.5f, -3, IMAGE_BYTES, (uint8_t *)image_in},
    {HIL_DTYPE_FLOAT32, 2, {1, 3}, 0.0f, 0, sizeof gains_in, (uint8_t *)gains_in},
};
static const hil_tensor outputs[2] = {
    {HIL_DTYPE_INT8, 3, {1, 5, 7}, 0.25f, 5, IMAGE_BYTES, (uint8_t *)image_out},
    {HIL_DTYPE_INT16, 2, {1, 2}, 1.0f, 0, sizeof sums_out, (uint8_t *)sums_out},
};

const char *hil_model_backend(void)
{
    return "fuzz";
}

int hil_model_init(void)
{
    return 0;
}

uint8_t hil_model_input_count(void)
{
    return 2;
}

uint8_t hil_model_output_count(void)
{
    return 2;
}

const hil_tensor *hil_model_input(uint8_t index)
{
    return index < 2 ? &inputs[index] : NULL;
}

const hil_tensor *hil_model_output(uint8_t index)
{
    return index < 2 ? &outputs[index] : NULL;
}

int hil_model_invoke(void)
{
    int32_t sum = 0;
    for (uint32_t i = 0; i < IMAGE_BYTES; i++) {
        image_out[i] = (int8_t)(image_in[i] ^ 0x55);
        sum += image_in[i];
    }
    if (gains_in[0] != gains_in[0]) {
        return -1; /* NaN: the model "fails", as a backend may */
    }
    sums_out[0] = (int16_t)sum;
    sums_out[1] = (int16_t)(sum * 3);
    return 0;
}

uint32_t hil_model_activation_bytes(void)
{
    return sizeof image_in + sizeof gains_in + sizeof image_out + sizeof sums_out;
}

uint32_t hil_model_activation_bytes_used(void)
{
    return hil_model_activation_bytes();
}
