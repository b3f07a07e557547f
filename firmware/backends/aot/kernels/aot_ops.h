/* Kernels for the ops Keras models bring beyond the core set in aot_kernels.h: element-wise
 * ops (SUB, MAXIMUM, MINIMUM, PRELU, float ABS/HARD_SWISH/LEAKY_RELU/SQUARE/RSQRT), data
 * movement (STRIDED_SLICE, SPLIT, TRANSPOSE, TILE, SPACE_TO_BATCH_ND, BATCH_TO_SPACE_ND,
 * RESIZE_NEAREST_NEIGHBOR as strided block copies), TRANSPOSE_CONV and L2_NORMALIZATION. Same
 * conventions as aot_kernels.h (which includes this header): every parameter is computed by the
 * generator. */
#ifndef AOT_OPS_H
#define AOT_OPS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* SUB: TFLM's ADD arithmetic with the second input subtracted (the struct of ADD). */
void aot_sub_s8(const aot_add_s8_params *p, const int8_t *input1, const int8_t *input2,
                int8_t *output);
void aot_sub_f32(const aot_binary_f32_params *p, const float *input1, const float *input2,
                 float *output);

/* MAXIMUM and MINIMUM compare stored values (int8: TFLM does not rescale). */
typedef struct {
    aot_binary_shape s;
} aot_minmax_params;

void aot_maximum_s8(const aot_minmax_params *p, const int8_t *input1, const int8_t *input2,
                    int8_t *output);
void aot_minimum_s8(const aot_minmax_params *p, const int8_t *input1, const int8_t *input2,
                    int8_t *output);
void aot_maximum_f32(const aot_minmax_params *p, const float *input1, const float *input2,
                     float *output);
void aot_minimum_f32(const aot_minmax_params *p, const float *input1, const float *input2,
                     float *output);

/* PRELU: x >= 0 ? x : x * alpha, alpha broadcast against x. int8: TFLM's two rescalings
 * (identity for x >= 0, x * alpha otherwise). */
typedef struct {
    aot_binary_shape s;
    int32_t input_offset, alpha_offset, output_offset;
    int32_t multiplier_identity, shift_identity;
    int32_t multiplier_alpha, shift_alpha;
} aot_prelu_s8_params;

void aot_prelu_s8(const aot_prelu_s8_params *p, const int8_t *input, const int8_t *alpha,
                  int8_t *output);
void aot_prelu_f32(const aot_minmax_params *p, const float *input, const float *alpha,
                   float *output);

/* float32 element-wise ops (their int8 versions are aot_lut_s8 tables). */
typedef struct {
    int32_t size;
    float alpha;
} aot_leaky_relu_f32_params;

void aot_abs_f32(const aot_unary_f32_params *p, const float *input, float *output);
void aot_hard_swish_f32(const aot_unary_f32_params *p, const float *input, float *output);
void aot_leaky_relu_f32(const aot_leaky_relu_f32_params *p, const float *input, float *output);
void aot_square_f32(const aot_unary_f32_params *p, const float *input, float *output);
void aot_rsqrt_f32(const aot_unary_f32_params *p, const float *input, float *output);

/* A block copy over an N-d index space: for every index i of `dims` (row-major), block_bytes
 * bytes go from input + in_offset + i . in_strides to output + out_offset + i . out_strides
 * (strides in bytes, negative allowed). Slices, splits, transposes and the phases of
 * space/batch rearrangements are each one such copy. */
typedef struct {
    int32_t dims[AOT_MAX_DIMS];
    int32_t in_strides[AOT_MAX_DIMS];
    int32_t out_strides[AOT_MAX_DIMS];
    int32_t in_offset, out_offset;
    int32_t block_bytes;
} aot_strided_copy_params;

void aot_strided_copy(const aot_strided_copy_params *p, const void *input, void *output);

/* Fills `count` elements of `element_bytes` bytes each with `pattern` (its low bytes). */
typedef struct {
    int32_t count;
    int32_t element_bytes;
    uint32_t pattern;
} aot_fill_params;

void aot_fill(const aot_fill_params *p, void *output);

/* RESIZE_NEAREST_NEIGHBOR (NHWC): output pixel (y, x) copies input pixel (rows[y], cols[x]);
 * a pixel is `block_bytes` (channels * element size). */
typedef struct {
    int32_t batches, in_h, in_w, out_h, out_w;
    int32_t block_bytes;
    const int32_t *rows; /* [out_h] */
    const int32_t *cols; /* [out_w] */
} aot_resize_nearest_params;

void aot_resize_nearest(const aot_resize_nearest_params *p, const void *input, void *output);

/* TRANSPOSE_CONV, one call per output phase (phase_y, phase_x): the output pixels (y, x) with
 * (y + pad_top) % stride_h == phase_y (same for x) each take a taps_h x taps_w window of input
 * pixels ending at ((y + pad_top) / stride_h, (x + pad_left) / stride_w). For every such pixel
 * the window (input offset added, 0 outside the input) is gathered into `scratch` as int16,
 * `depth` values padded with zeros, then multiplied with each channel's weight row.
 * Weights: int16, [out_c / 4 blocks][depth / 4 steps][4 channels][4 values], then the
 * remaining out_c % 4 channels as rows of `depth` values. On a core with the DSP extension
 * each step is one LDRD of the column and four of weights for 8 SMLADs. */
typedef struct {
    aot_geometry g; /* k_h, k_w, stride, pad as in the .tflite; dilation unused */
    int32_t phase_y, phase_x;
    int32_t taps_h, taps_w;
    int32_t depth; /* taps_h * taps_w * in_c rounded up to a multiple of 4 */
    int32_t input_offset;
    const int16_t *weights;
    const int32_t *bias;
    aot_requant q;
} aot_tconv_s8_params;

void aot_tconv_s8(const aot_tconv_s8_params *p, const int8_t *input, int8_t *output,
                  uint32_t *scratch);

/* TRANSPOSE_CONV on the DSP extension, one call per output phase: `conv` is the phase as a
 * stride-1 CONV_2D (aot_conv_s8_dsp, one batch) of the input with the phase's taps, flipped, as
 * OHWI weights; its output is the phase's out_h x out_w pixels, which are output pixels
 * (first_y + i * stride_h, first_x + j * stride_w) of the out_h x out_w output of this struct.
 * Scratch: conv_words words for the convolution, then (stride above 1) the phase's pixels. */
typedef struct {
    aot_conv_s8_dsp_params conv;
    int32_t batches, out_h, out_w;
    int32_t first_y, first_x, stride_h, stride_w;
    int32_t conv_words;
} aot_tconv_s8_dsp_params;

void aot_tconv_s8_dsp(const aot_tconv_s8_dsp_params *p, const int8_t *input, int8_t *output,
                      uint32_t *scratch);

/* float32: the same phases; weights [out_c][depth] float, the window gathered as floats. */
typedef struct {
    aot_geometry g;
    int32_t phase_y, phase_x;
    int32_t taps_h, taps_w;
    int32_t depth;
    const float *weights;
    const float *bias; /* NULL when the model has none */
    float act_min, act_max;
} aot_tconv_f32_params;

void aot_tconv_f32(const aot_tconv_f32_params *p, const float *input, float *output,
                   uint32_t *scratch);

/* REDUCE_MAX (take_max = 1) and REDUCE_MIN over the `inner` walk for each `outer` index. */
typedef struct {
    aot_walk outer;
    aot_walk inner;
    int32_t take_max;
} aot_reduce_minmax_params;

void aot_reduce_minmax_s8(const aot_reduce_minmax_params *p, const int8_t *input,
                          int8_t *output);
void aot_reduce_minmax_f32(const aot_reduce_minmax_params *p, const float *input,
                           float *output);

/* L2_NORMALIZATION over the last dimension. int8: TFLM's integer inverse square root, output
 * scale 1/128 and zero point 0. */
typedef struct {
    int32_t outer, depth;
    int32_t input_zero_point;
} aot_l2norm_s8_params;

typedef struct {
    int32_t outer, depth;
} aot_l2norm_f32_params;

void aot_l2norm_s8(const aot_l2norm_s8_params *p, const int8_t *input, int8_t *output);
void aot_l2norm_f32(const aot_l2norm_f32_params *p, const float *input, float *output);

#ifdef __cplusplus
}
#endif

#endif
