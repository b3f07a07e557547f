/* The int16x8 kernels: 16-bit activations (zero point 0), int8 weights, 64-bit accumulators
 * and biases, as TFLM's reference kernels compute them. Same conventions as aot_kernels.h
 * (which includes this header); pooling and ADD take the int8 kernels' parameter structs. */
#ifndef AOT_S16_H
#define AOT_S16_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* int64 accumulator -> int16 output, per output channel: TFLM's 64-bit
 * MultiplyByQuantizedMultiplier with its 16-bit multiplier precomputed, i.e.
 * (acc * multiplier + 2^(shift - 1)) >> shift, then the activation clamp. */
typedef struct {
    int32_t act_min, act_max;
    const int32_t *multiplier; /* TFLM's Q31 multiplier rounded to 16 bits */
    const int32_t *shift;      /* 15 - TFLM's shift, 1..46 */
} aot_requant16;

/* FULLY_CONNECTED, weights [out_features][in_features]. */
typedef struct {
    int32_t batches, in_features, out_features;
    const int8_t *weights;
    const int64_t *bias; /* zeros when the model has none */
    aot_requant16 q;
} aot_fc_s16_params;

/* CONV_2D, weights [out_c][k_h][k_w][in_c / groups]; taps outside the input are skipped. */
typedef struct {
    aot_geometry g;
    int32_t groups;
    const int8_t *weights;
    const int64_t *bias;
    aot_requant16 q;
} aot_conv_s16_params;

/* DEPTHWISE_CONV_2D, weights [k_h][k_w][out_c], out_c = in_c * depth_multiplier. */
typedef struct {
    aot_geometry g;
    int32_t depth_multiplier;
    const int8_t *weights;
    const int64_t *bias;
    aot_requant16 q;
} aot_dwconv_s16_params;

/* SOFTMAX over the last dimension with TFLM's two 513-entry tables (exp on [-10, 0], and
 * 1 / (1 + x) on [0, 1]) interpolated between entries. */
typedef struct {
    int32_t outer, depth;
    int32_t input_multiplier, input_shift; /* the input difference to [-65535, 0] */
    const int16_t *exp_table;
    const int16_t *reciprocal_table;
} aot_softmax_s16_params;

void aot_fc_s16(const aot_fc_s16_params *p, const int16_t *input, int16_t *output);
void aot_conv_s16(const aot_conv_s16_params *p, const int16_t *input, int16_t *output);
void aot_dwconv_s16(const aot_dwconv_s16_params *p, const int16_t *input, int16_t *output);
void aot_avgpool_s16(const aot_pool_s8_params *p, const int16_t *input, int16_t *output);
void aot_maxpool_s16(const aot_pool_s8_params *p, const int16_t *input, int16_t *output);
void aot_add_s16(const aot_add_s8_params *p, const int16_t *input1, const int16_t *input2,
                 int16_t *output);
void aot_softmax_s16(const aot_softmax_s16_params *p, const int16_t *input, int16_t *output);

#ifdef __cplusplus
}
#endif

#endif
