/* MLPerf Tiny's DUT API (docs/mlperf.md) over hil_board.h's byte stream and the model behind
 * hil_model.h; implements hil_protocol.h. The per-model settings come from the generated
 * hil_mlperf_config.h, whose values name the constants below. */
#ifndef MLPERF_SERVER_H
#define MLPERF_SERVER_H

/* How the bytes a host loads with `db` become the model's input tensor. */
#define HIL_MLPERF_INPUT_RAW 0            /* the tensor's own bytes (kws01: int8) */
#define HIL_MLPERF_INPUT_UINT8_OFFSET 1   /* uint8 pixels, minus 128 into int8 (vww01, ic01) */
#define HIL_MLPERF_INPUT_FLOAT_QUANTIZE 2 /* float32 values, quantized into int8 (ad01) */

/* What `results` prints. */
#define HIL_MLPERF_RESULTS_OUTPUTS 0 /* output 0, dequantized, one value per element */
#define HIL_MLPERF_RESULTS_MSE 1     /* ad01: mean squared error of output 0 to the input */

#endif
