/* The AOT backend's kernels: plain C99, no allocation, no flatbuffer parsing.
 *
 * The code generator computes every parameter on the host (requantization multipliers and
 * shifts, folded biases, lookup tables, padding) and places them in `const` structs in flash;
 * a generated model calls these functions in order on buffers inside one planned arena.
 * Integer kernels reproduce TFLM's reference kernels bit for bit.
 *
 * Convention for int8 requantization: `multiplier` is a Q31 value, `shift` follows TFLM
 * (> 0 shifts left, < 0 shifts right), one entry per output channel. */
#ifndef AOT_KERNELS_H
#define AOT_KERNELS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define AOT_ALIGN(n) __attribute__((aligned(n)))
#else
#define AOT_ALIGN(n)
#endif

#define AOT_MAX_DIMS 6

/* Spatial geometry shared by convolutions and pooling (NHWC tensors). */
typedef struct {
    int32_t batches;
    int32_t in_h, in_w, in_c;
    int32_t out_h, out_w, out_c;
    int32_t k_h, k_w;
    int32_t stride_h, stride_w;
    int32_t dilation_h, dilation_w;
    int32_t pad_top, pad_left;
} aot_geometry;

/* int32 accumulator -> int8 output, per output channel. */
typedef struct {
    int32_t output_offset;
    int32_t act_min, act_max;
    const int32_t *multiplier;
    const int32_t *shift;
} aot_requant;

/* An N-d walk over a tensor in row-major order of `dims` (unused leading dims are 1). */
typedef struct {
    int32_t dims[AOT_MAX_DIMS];
    int32_t strides[AOT_MAX_DIMS];
} aot_walk;

/* FULLY_CONNECTED. bias[c] already includes input_offset * sum(weights[c][:]). */
typedef struct {
    int32_t batches, in_features, out_features;
    const int8_t *weights; /* [out_features][in_features] */
    const int32_t *bias;
    aot_requant q;
} aot_fc_s8_params;

typedef struct {
    int32_t batches, in_features, out_features;
    const float *weights;
    const float *bias; /* NULL when the model has none */
    float act_min, act_max;
} aot_fc_f32_params;

/* CONV_2D, weights [out_c][k_h][k_w][in_c / groups]. Positions outside the input read as
 * input_zero_point, which is exact because bias[c] includes input_offset * sum(weights[c]). */
typedef struct {
    aot_geometry g;
    int32_t groups;
    int32_t input_zero_point;
    const int8_t *weights;
    const int32_t *bias;
    aot_requant q;
} aot_conv_s8_params;

typedef struct {
    aot_geometry g;
    int32_t groups;
    const float *weights;
    const float *bias;
    float act_min, act_max;
} aot_conv_f32_params;

/* DEPTHWISE_CONV_2D, weights [k_h][k_w][out_c], out_c = in_c * depth_multiplier. */
typedef struct {
    aot_geometry g;
    int32_t depth_multiplier;
    int32_t input_zero_point;
    const int8_t *weights;
    const int32_t *bias;
    aot_requant q;
} aot_dwconv_s8_params;

typedef struct {
    aot_geometry g;
    int32_t depth_multiplier;
    const float *weights;
    const float *bias;
    float act_min, act_max;
} aot_dwconv_f32_params;

/* AVERAGE_POOL_2D and MAX_POOL_2D (in_c == out_c; dilation unused). */
typedef struct {
    aot_geometry g;
    int32_t act_min, act_max;
} aot_pool_s8_params;

typedef struct {
    aot_geometry g;
    float act_min, act_max;
} aot_pool_f32_params;

/* Element-wise binary ops. With broadcast == 0 both inputs have `size` elements; otherwise
 * the output is walked in row-major order over `dims` and each input's offset follows its own
 * strides (0 along a broadcast dimension). */
typedef struct {
    int32_t size;
    int32_t broadcast;
    int32_t dims[AOT_MAX_DIMS];
    int32_t strides1[AOT_MAX_DIMS];
    int32_t strides2[AOT_MAX_DIMS];
} aot_binary_shape;

typedef struct {
    aot_binary_shape s;
    int32_t input1_offset, input2_offset, left_shift;
    int32_t input1_multiplier, input1_shift;
    int32_t input2_multiplier, input2_shift;
    int32_t output_multiplier, output_shift;
    int32_t output_offset, act_min, act_max;
} aot_add_s8_params;

typedef struct {
    aot_binary_shape s;
    int32_t input1_offset, input2_offset;
    int32_t output_multiplier, output_shift;
    int32_t output_offset, act_min, act_max;
} aot_mul_s8_params;

typedef struct {
    aot_binary_shape s;
    float act_min, act_max;
} aot_binary_f32_params;

/* SOFTMAX over the last dimension. exp_table[d] is TFLM's fixed-point exp of the input
 * difference -d (0 where the difference is below TFLM's diff_min). */
typedef struct {
    int32_t outer, depth;
    const int32_t *exp_table; /* [256] */
} aot_softmax_s8_params;

typedef struct {
    int32_t outer, depth;
    float beta;
} aot_softmax_f32_params;

/* Any int8 -> int8 function of one element (RELU, RELU6, LOGISTIC, TANH, requantize). */
typedef struct {
    int32_t size;
    const int8_t *table; /* [256], indexed by input + 128 */
} aot_lut_s8_params;

/* DEQUANTIZE int8 -> float32 as a table of the 256 possible results. */
typedef struct {
    int32_t size;
    const float *table;
} aot_dequantize_s8_params;

/* QUANTIZE float32 -> int8: round(x / scale) + zero_point, saturated. */
typedef struct {
    int32_t size;
    float scale;
    int32_t zero_point;
} aot_quantize_f32_params;

typedef struct {
    int32_t size;
    float lo, hi;
} aot_clamp_f32_params;

typedef struct {
    int32_t size;
} aot_unary_f32_params;

/* MEAN: outputs walk `outer` (kept dims), each averaging the `inner` walk (reduced dims). */
typedef struct {
    aot_walk outer;
    aot_walk inner;
    int32_t count;                 /* elements per output */
    int32_t sum_offset;            /* -input_zero_point * count */
    int32_t multiplier, shift;     /* input/output scale folded with 1/count, as TFLM does */
    int32_t output_offset;
} aot_mean_s8_params;
typedef aot_mean_s8_params aot_mean_s16_params; /* int16: the same fields */

typedef struct {
    aot_walk outer;
    aot_walk inner;
    int32_t count;
} aot_mean_f32_params;

/* PAD: the output is filled with the pad value, then each input row is copied in place. */
typedef struct {
    aot_walk rows;        /* walks the input's rows (all dims but the last), output strides */
    int32_t row_elements; /* input elements per row */
    int32_t out_start;    /* output element offset of the first input element */
    int32_t out_size;
} aot_pad_geometry;

typedef struct {
    aot_pad_geometry p;
    int8_t value;
} aot_pad_s8_params;

typedef struct {
    aot_pad_geometry p;
    float value;
} aot_pad_f32_params;

/* A strided copy of `outer` blocks (CONCATENATION: one call per input). */
typedef struct {
    int32_t outer;
    int32_t block_bytes;
    int32_t out_stride_bytes;
    int32_t out_offset_bytes;
} aot_copy_params;

/* The DSP kernels (AOT_USE_DSP). Their constants are laid out at generation time for the
 * SIMD inner loops. `channels` holds four int32 per output channel, in one of two forms:
 * - fast: {bias (input offset folded in), multiplier, right shift (>= 1), offset} for
 *   aot_requantize_fast (aot_simd.h), on twice the accumulator; a constant channel is a fast
 *   one with multiplier 0, shift 1 and offset 2 * value + 1;
 * - exact: {bias, multiplier, TFLM's shift - AOT_EXACT_SHIFT_BIAS (< 0), output zero point},
 *   TFLM's requantization through a 64-bit product on the plain accumulator (aot_dsp.h), for
 *   left shifts, a shift of 0, accumulators near 2^31 and offsets beyond the fast stage.
 * The output is saturated to int8, then clamped to [act_min, act_max] when clamp != 0. */
typedef struct {
    int32_t clamp, act_min, act_max;
} aot_activation;

/* CONV_2D with a 1x1 kernel over 4 or 8 input channels (no padding, any stride), for the
 * narrow pointwise layers of small MobileNets, where a GEMM's per-pass set-up outweighs the
 * 8 MACs of each output: a pixel's inputs are widened once into registers, then every output
 * channel reads one record of `stream`: {doubled bias, the weights doubled as int16 pairs
 * (per 4-byte chunk: bytes 0 and 2, then 1 and 3, as SXTB16 splits the input), multiplier,
 * right shift, offset}, 8 words (over 4 channels the last two weight words are 0). Every
 * channel is fast (see above). */
typedef struct {
    aot_geometry g;
    aot_activation act;
    const int32_t *stream; /* [out_c][8] */
} aot_pointwise_s8_dsp_params;

/* CONV_2D (groups == 1) as im2col into `scratch` (int16 values) and a GEMM computing four
 * output pixels per pass over a channel's weights. Row mode (window_chunks == 0): weights
 * [live][k_h][row_chunks * 4], each kernel row (k_w * in_c bytes) zero-padded to whole
 * 4-byte chunks. Window mode: weights [live][window_chunks * 4], the whole window padded once.
 * Tail mode (`tails`, window_chunks chunks; no dilation, kernel rows of 4n + 1 bytes, at most
 * 4 rows): weights [live][k_h * 4n + 4], each row's first 4n bytes, then the rows' last bytes
 * zero-padded to a chunk.
 * Scratch: 32 bytes per chunk of a column, then a stage of 4 * max(row_chunks, window_chunks)
 * + 4 bytes (tail mode: 4 * k_h * row_chunks + 4) for windows that leave the input. With `doubled` (only when every channel is
 * fast), the bias in `channels` is twice the folded bias (the kernel doubles the columns
 * instead of each accumulator). With `slots`, record n is output channel slots[n] (records may
 * be exact), and `fill`, when not NULL, holds every output channel's constant value: the
 * channels without a record are constant and never computed. */
typedef struct {
    aot_geometry g;
    int32_t row_chunks;
    int32_t window_chunks;
    int32_t input_zero_point; /* the value of padding */
    int32_t doubled;          /* columns hold twice the inputs, bias is doubled */
    int32_t live;             /* channel records (computed channels) */
    aot_activation act;
    const int8_t *weights;
    const int32_t *channels; /* [live][4] */
    const uint16_t *slots;   /* [live] output channel of each record, or NULL: in order */
    const int8_t *fill;      /* [out_c] constant channels' values, or NULL: none skipped */
    int32_t tails;           /* tail mode (aot_conv_tails_s8_dsp) */
} aot_conv_s8_dsp_params;

/* DEPTHWISE_CONV_2D with depth_multiplier 1, four channels per pass. Weights: int16, doubled
 * on fast channels, [ceil(in_c / 4)][k_h][k_w][4] holding channels 0, 2, 1, 3 of each group of four (zero for
 * channels beyond in_c); bias in `channels` doubled and without the input offset, which is
 * added to every input value instead (taps outside the input are skipped, as TFLM does). */
typedef struct {
    aot_geometry g;
    int32_t exact;        /* some channel record is exact (its weights are not doubled) */
    uint32_t offset_word; /* -input_zero_point in both halfwords */
    aot_activation act;
    const int16_t *weights;
    const int32_t *channels; /* [ceil(in_c / 4)][4 fields][4 lanes] */
} aot_dwconv_s8_dsp_params;

/* ADD of two same-shape int8 tensors: table1[x + 128] and table2[x + 128] are twice TFLM's
 * rescaled inputs (offset added, shifted left, multiplied down); their sum goes through the
 * fast output stage (multiplier, right shift, offset as in a channel record). */
typedef struct {
    int32_t size;
    const int32_t *table1;
    const int32_t *table2;
    int32_t multiplier, shift, offset;
    aot_activation act;
} aot_add_s8_dsp_params;

/* MEAN of an NHWC tensor over height and width (global average pooling), as aot_mean_s8
 * computes it; at most 256 pixels (aot_avgpool_s8_dsp takes aot_pool_s8_params, windows of
 * at most 256 taps). */
typedef struct {
    int32_t batches, pixels, channels;
    int32_t sum_offset;        /* -input_zero_point * pixels */
    int32_t multiplier, shift; /* input/output scale folded with 1/pixels, as TFLM does */
    int32_t output_offset;
} aot_mean_hw_s8_params;

struct aot_dwconv3x3_s8_dsp_params;
/* The planar kernel's two inner passes (aot_dwconv3x3_dsp.c): widening channels c and c + 1
 * of the image into their planes, and requantizing a run of accumulators into outputs `step`
 * bytes apart. The generated code names the copies made for the layer's channel count (the
 * step between a channel's pixels), so a firmware links only the copies its layers use. */
typedef void (*aot_dwconv3x3_fill_fn)(const struct aot_dwconv3x3_s8_dsp_params *p,
                                      const int8_t *image, int32_t c, int16_t *plane0,
                                      int16_t *plane1);
typedef void (*aot_dwconv3x3_outputs_fn)(const int32_t *sums, int8_t *out, int32_t count,
                                         int32_t step, const int32_t *channel,
                                         const aot_activation *act);

/* DEPTHWISE_CONV_2D with a 3x3 kernel, stride 1 or 2 (the same both ways), no dilation, depth
 * multiplier 1, one channel at a time through int16 planes (input offset added, padding 0).
 * Scratch: two planes of plane_rows * plane_words words, then 4 bytes per output of
 * `sum_rows` rows, each rounded up to an even count. With `transposed`, plane rows are the input's columns (and
 * the weights are those of the transposed kernel). Weights: int16, doubled on fast channels, per channel three
 * rows of (w0, w1), (w1, w2) (stride 1) or (w0, w1), (w2, 0) (stride 2); bias in `channels`
 * doubled on fast channels and without the input offset (padding is 0 in the plane, as TFLM
 * skips it). */
typedef struct aot_dwconv3x3_s8_dsp_params {
    aot_geometry g;
    int32_t exact;        /* some channel record is exact (its weights are not doubled) */
    int32_t input_offset; /* -input_zero_point */
    int32_t plane_words;  /* words per plane row */
    int32_t plane_rows;
    int32_t transposed;   /* plane rows are input columns; weights transposed too */
    int32_t sum_rows;     /* aot_dwconv3x3_rows_s8_dsp: output rows requantized per pass (rows
                           * of even length whose outputs are evenly spaced) */
    aot_activation act;
    const int16_t *weights;  /* [in_c][12] */
    const int32_t *channels; /* [in_c][4] */
    aot_dwconv3x3_fill_fn fill;
    aot_dwconv3x3_outputs_fn outputs; /* every channel's but exact ones' */
} aot_dwconv3x3_s8_dsp_params;

/* FULLY_CONNECTED: the input row expanded into `scratch` (8 bytes per chunk), then four output
 * features per pass. Weights: blocks of four rows [out / 4][chunks][4 rows][4 bytes], then the
 * remaining rows [out % 4][chunks * 4], each row zero-padded to `chunks` 4-byte chunks. */
typedef struct {
    int32_t batches, in_features, out_features;
    int32_t chunks;
    int32_t exact; /* some channel record is exact */
    aot_activation act;
    const int8_t *weights;
    const int32_t *channels; /* [out_features][4] */
} aot_fc_s8_dsp_params;

/* The Helium kernels (AOT_USE_MVE, aot_mve.c). Output channels go in groups of four, each
 * with a record of seven int32 vectors: bias (the input offset folded in), multiplier, left
 * shift, right shift (<= 0, as VRSHL takes it), output offset, the bias alone (for
 * depthwise windows at the input's edges) and the channels' output slots (the matrix
 * kernels compute only channels whose output can change: `live` records, the others come
 * from `fill`, all the output channels' constant values, or there are none when NULL); the output stage is TFLM's
 * MultiplyByQuantizedMultiplier on four lanes at once (exact for every channel), then the
 * activation clamp. Records beyond the layer's channels are zero. Matrix weights:
 * [ceil(out / 4)][ceil(taps / 16)][4 rows][16 bytes], zero-padded. */
typedef struct {
    int32_t batches, in_features, out_features;
    int32_t live; /* computed channels (records) */
    int32_t act_min, act_max;
    const int8_t *weights;
    const int32_t *channels; /* [ceil(live / 4)][7][4] */
    const int8_t *fill;      /* [out_features] or NULL */
} aot_fc_s8_mve_params;

/* CONV_2D (groups == 1): each output pixel's window (k_h * k_w * in_c bytes) gathered into
 * `scratch`, padding taps holding the input zero point (a zero term once the folded bias
 * takes it off), or read in place when `direct` (1x1 without padding). */
typedef struct {
    aot_geometry g;
    int32_t input_zero_point;
    int32_t direct;
    int32_t live; /* computed channels (records) */
    int32_t act_min, act_max;
    const int8_t *weights;
    const int32_t *channels;
    const int8_t *fill; /* [out_c] or NULL */
} aot_conv_s8_mve_params;

/* DEPTHWISE_CONV_2D with depth multiplier 1, four channels per vector; windows at the
 * input's edges skip the taps outside it, as TFLM does, with the input offset added to each
 * input. Weights: [ceil(C / 4)][k_h * k_w][4], zero-padded. */
typedef struct {
    aot_geometry g;
    int32_t input_zero_point;
    int32_t act_min, act_max;
    const int8_t *weights;
    const int32_t *channels;
} aot_dwconv_s8_mve_params;

/* ADD of two same-shape int8 tensors on Helium: table1[b] and table2[b], b an input's raw byte
 * (x & 0xFF), are TFLM's rescaled inputs (offset added, shifted left, multiplied down); their
 * sum takes TFLM's output stage (multiplier, right shift <= 0, output offset, clamp). */
typedef struct {
    int32_t size;
    const int32_t *table1; /* [256] */
    const int32_t *table2; /* [256] */
    int32_t multiplier, shift;
    int32_t output_offset, act_min, act_max;
} aot_add_s8_mve_params;

/* AVERAGE_POOL_2D on Helium: reciprocals[n] = ceil(2^30 / n) for every tap count n a window
 * can have (reciprocals[0] = 0), which makes TFLM's rounded division a multiply. */
typedef struct {
    aot_geometry g;
    int32_t act_min, act_max;
    const int32_t *reciprocals; /* [k_h * k_w + 1] */
} aot_avgpool_s8_mve_params;

void aot_fc_s8(const aot_fc_s8_params *p, const int8_t *input, int8_t *output);
void aot_fc_f32(const aot_fc_f32_params *p, const float *input, float *output);
void aot_conv_s8(const aot_conv_s8_params *p, const int8_t *input, int8_t *output);
void aot_conv_f32(const aot_conv_f32_params *p, const float *input, float *output);
void aot_dwconv_s8(const aot_dwconv_s8_params *p, const int8_t *input, int8_t *output);
void aot_dwconv_f32(const aot_dwconv_f32_params *p, const float *input, float *output);
void aot_avgpool_s8(const aot_pool_s8_params *p, const int8_t *input, int8_t *output);
void aot_maxpool_s8(const aot_pool_s8_params *p, const int8_t *input, int8_t *output);
void aot_avgpool_f32(const aot_pool_f32_params *p, const float *input, float *output);
void aot_maxpool_f32(const aot_pool_f32_params *p, const float *input, float *output);
void aot_add_s8(const aot_add_s8_params *p, const int8_t *input1, const int8_t *input2,
                int8_t *output);
void aot_mul_s8(const aot_mul_s8_params *p, const int8_t *input1, const int8_t *input2,
                int8_t *output);
void aot_add_f32(const aot_binary_f32_params *p, const float *input1, const float *input2,
                 float *output);
void aot_mul_f32(const aot_binary_f32_params *p, const float *input1, const float *input2,
                 float *output);
void aot_softmax_s8(const aot_softmax_s8_params *p, const int8_t *input, int8_t *output);
void aot_softmax_f32(const aot_softmax_f32_params *p, const float *input, float *output);
void aot_lut_s8(const aot_lut_s8_params *p, const int8_t *input, int8_t *output);
void aot_dequantize_s8(const aot_dequantize_s8_params *p, const int8_t *input, float *output);
void aot_quantize_f32(const aot_quantize_f32_params *p, const float *input, int8_t *output);
void aot_clamp_f32(const aot_clamp_f32_params *p, const float *input, float *output);
void aot_logistic_f32(const aot_unary_f32_params *p, const float *input, float *output);
void aot_tanh_f32(const aot_unary_f32_params *p, const float *input, float *output);
void aot_mean_s8(const aot_mean_s8_params *p, const int8_t *input, int8_t *output);
void aot_mean_s16(const aot_mean_s16_params *p, const int16_t *input, int16_t *output);
void aot_mean_f32(const aot_mean_f32_params *p, const float *input, float *output);
void aot_pad_s8(const aot_pad_s8_params *p, const int8_t *input, int8_t *output);
void aot_pad_f32(const aot_pad_f32_params *p, const float *input, float *output);
void aot_copy(const aot_copy_params *p, const void *input, void *output);

void aot_conv_s8_dsp(const aot_conv_s8_dsp_params *p, const int8_t *input, int8_t *output,
                     uint32_t *scratch);
void aot_conv_tails_s8_dsp(const aot_conv_s8_dsp_params *p, const int8_t *input,
                           int8_t *output, uint32_t *scratch);
void aot_pointwise_s8_dsp(const aot_pointwise_s8_dsp_params *p, const int8_t *input,
                          int8_t *output);
void aot_dwconv_s8_dsp(const aot_dwconv_s8_dsp_params *p, const int8_t *input, int8_t *output);
void aot_fc_s8_dsp(const aot_fc_s8_dsp_params *p, const int8_t *input, int8_t *output,
                   uint32_t *scratch);
void aot_add_s8_dsp(const aot_add_s8_dsp_params *p, const int8_t *input1, const int8_t *input2,
                    int8_t *output);
void aot_dwconv3x3_s8_dsp(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *input,
                          int8_t *output, uint32_t *scratch);
void aot_dwconv3x3_rows_s8_dsp(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *input,
                               int8_t *output, uint32_t *scratch);
/* The copies of its inner passes: the pixel step (fill) or output step (outputs) a constant
 * 8 to 128, or any; `clamped` for a narrower activation range than int8's. */
void aot_dwconv3x3_fill_c8(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *image,
                           int32_t c, int16_t *plane0, int16_t *plane1);
void aot_dwconv3x3_fill_c16(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *image,
                            int32_t c, int16_t *plane0, int16_t *plane1);
void aot_dwconv3x3_fill_c32(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *image,
                            int32_t c, int16_t *plane0, int16_t *plane1);
void aot_dwconv3x3_fill_c64(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *image,
                            int32_t c, int16_t *plane0, int16_t *plane1);
void aot_dwconv3x3_fill_any(const aot_dwconv3x3_s8_dsp_params *p, const int8_t *image,
                            int32_t c, int16_t *plane0, int16_t *plane1);
void aot_dwconv3x3_outputs_c8(const int32_t *sums, int8_t *out, int32_t count, int32_t step,
                              const int32_t *channel, const aot_activation *act);
void aot_dwconv3x3_outputs_c16(const int32_t *sums, int8_t *out, int32_t count, int32_t step,
                               const int32_t *channel, const aot_activation *act);
void aot_dwconv3x3_outputs_c32(const int32_t *sums, int8_t *out, int32_t count, int32_t step,
                               const int32_t *channel, const aot_activation *act);
void aot_dwconv3x3_outputs_c64(const int32_t *sums, int8_t *out, int32_t count, int32_t step,
                               const int32_t *channel, const aot_activation *act);
void aot_dwconv3x3_outputs_c128(const int32_t *sums, int8_t *out, int32_t count, int32_t step,
                                const int32_t *channel, const aot_activation *act);
void aot_dwconv3x3_outputs_any(const int32_t *sums, int8_t *out, int32_t count, int32_t step,
                               const int32_t *channel, const aot_activation *act);
void aot_dwconv3x3_outputs_clamped(const int32_t *sums, int8_t *out, int32_t count,
                                   int32_t step, const int32_t *channel,
                                   const aot_activation *act);
void aot_avgpool_s8_dsp(const aot_pool_s8_params *p, const int8_t *input, int8_t *output);
void aot_mean_hw_s8_dsp(const aot_mean_hw_s8_params *p, const int8_t *input, int8_t *output);

void aot_fc_s8_mve(const aot_fc_s8_mve_params *p, const int8_t *input, int8_t *output);
void aot_conv_s8_mve(const aot_conv_s8_mve_params *p, const int8_t *input, int8_t *output,
                     uint32_t *scratch);
void aot_dwconv_s8_mve(const aot_dwconv_s8_mve_params *p, const int8_t *input, int8_t *output);
void aot_dwconv3x3_s8_mve(const aot_dwconv_s8_mve_params *p, const int8_t *input,
                          int8_t *output);
void aot_add_s8_mve(const aot_add_s8_mve_params *p, const int8_t *input1, const int8_t *input2,
                    int8_t *output);
void aot_avgpool_s8_mve(const aot_avgpool_s8_mve_params *p, const int8_t *input,
                        int8_t *output);
void aot_maxpool_s8_mve(const aot_pool_s8_params *p, const int8_t *input, int8_t *output);

#ifdef __cplusplus
}
#endif

#include "aot_ops.h" /* the kernels of the further ops (Keras layers beyond the core set) */
#include "aot_s16.h" /* the int16x8 kernels (16-bit activations, 8-bit weights) */

#endif
