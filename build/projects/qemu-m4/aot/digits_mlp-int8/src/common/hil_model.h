/* The interface every backend implements: the AOT code generator emits it for one model, the
 * TFLM runner implements it around the interpreter. The protocol code only sees this. */
#ifndef HIL_MODEL_H
#define HIL_MODEL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum hil_dtype {
    HIL_DTYPE_FLOAT32 = 1,
    HIL_DTYPE_INT8 = 2,
    HIL_DTYPE_UINT8 = 3,
    HIL_DTYPE_INT16 = 4,
    HIL_DTYPE_INT32 = 5,
};

#define HIL_MAX_DIMS 6

typedef struct {
    uint8_t dtype;
    uint8_t ndims;
    uint16_t dims[HIL_MAX_DIMS];
    float scale;
    int32_t zero_point;
    uint32_t bytes;
    uint8_t *data;
} hil_tensor;

/* Generated per model (hil_model_meta.c), the same for every backend. */
extern const char hil_model_name[];
extern const uint8_t hil_model_sha256[32];

const char *hil_model_backend(void);
/* Returns 0 when the model is ready to run. */
int hil_model_init(void);
uint8_t hil_model_input_count(void);
uint8_t hil_model_output_count(void);
/* NULL for an index out of range. */
const hil_tensor *hil_model_input(uint8_t index);
const hil_tensor *hil_model_output(uint8_t index);
/* Returns 0 on success. */
int hil_model_invoke(void);
/* Bytes reserved for activations (arena) and the bytes actually used after init. */
uint32_t hil_model_activation_bytes(void);
uint32_t hil_model_activation_bytes_used(void);

/* Per-operator timing of the last invoke, in the order the operators ran. Optional: a backend
 * without a profiler links the weak defaults (no entries). Entry i names the .tflite operator it
 * timed (its index in the subgraph, and its op name such as "CONV_2D"), so the host can join it
 * with the model's per-layer MACs. */
uint16_t hil_model_profile_count(void);
/* The .tflite operator index of entry i (0xFFFF for an index out of range). */
uint16_t hil_model_profile_operator(uint16_t index);
/* The op's name, or NULL for an index out of range. */
const char *hil_model_profile_op(uint16_t index);
/* Board timer ticks the operator took (0 for an index out of range). */
uint32_t hil_model_profile_ticks(uint16_t index);

#ifdef __cplusplus
}
#endif

#endif
