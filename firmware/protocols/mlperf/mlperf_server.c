#include "mlperf_server.h"

#include <string.h>

#include "hil_board.h"
#include "hil_mlperf_config.h"
#include "hil_model.h"
#include "hil_protocol.h"
#include "mlperf_command.h"
#include "mlperf_db.h"
#include "mlperf_text.h"

#if HIL_MLPERF_DB_BYTES == 0u
#error "HIL_MLPERF_DB_BYTES must be the size of one input on the wire"
#endif

static uint8_t db_storage[HIL_MLPERF_DB_BYTES];
static mlperf_db db;
static mlperf_line line;
static int model_ready;
static int have_results; /* the output tensor holds the last completed inference's outputs */
static uint64_t lap_ticks; /* the board timer extended to 64 bits (it wraps every 2^32 ticks) */
static uint32_t lap_last;

static void say(const char *text)
{
    hil_board_write((const uint8_t *)text, strlen(text));
}

static void say_u64(uint64_t value)
{
    char text[MLPERF_NUMBER_MAX];
    mlperf_format_u64(text, value);
    say(text);
}

static void end_line(void)
{
    say("\r\n");
}

static void say_line(const char *text)
{
    say(text);
    end_line();
}

static void say_error(const char *message, const char *detail)
{
    say("e-[");
    say(message);
    say(detail);
    say("]\r\n");
}

static void say_count_line(const char *prefix, uint64_t value)
{
    say(prefix);
    say_u64(value);
    end_line();
}

/* Ticks since boot; called at least once per wrap of the 32-bit timer while it matters (every
 * inference of a timed loop calls it). */
static uint64_t lap_now(void)
{
    uint32_t now = hil_board_timer_ticks();
    lap_ticks += (uint32_t)(now - lap_last);
    lap_last = now;
    return lap_ticks;
}

/* m-lap-us-: microseconds on a real board; on an emulator, instructions (`name` says which). */
static void say_lap(uint64_t ticks)
{
    say_count_line("m-lap-us-", ticks * HIL_MLPERF_LAP_NUM / HIL_MLPERF_LAP_DEN);
}

static int8_t saturate_int8(float value)
{
    float rounded = value >= 0.0f ? value + 0.5f : value - 0.5f; /* half away from zero */
    return rounded >= 127.0f ? 127 : rounded <= -128.0f ? -128 : (int8_t)rounded;
}

static float db_float(uint32_t index)
{
    uint32_t bits = 0;
    for (uint32_t b = 0; b < 4u; b++) {
        bits |= (uint32_t)db_storage[4u * index + b] << (8u * b); /* little-endian */
    }
    float value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

static void load_tensor(const hil_tensor *input)
{
    int8_t *values = (int8_t *)input->data;
    switch (HIL_MLPERF_INPUT) {
    case HIL_MLPERF_INPUT_UINT8_OFFSET:
        for (uint32_t i = 0; i < input->bytes; i++) {
            values[i] = (int8_t)(db_storage[i] - 128);
        }
        break;
    case HIL_MLPERF_INPUT_FLOAT_QUANTIZE:
        for (uint32_t i = 0; i < input->bytes; i++) {
            values[i] = saturate_int8(db_float(i) / input->scale + (float)input->zero_point);
        }
        break;
    default:
        memcpy(input->data, db_storage, input->bytes);
        break;
    }
}

/* Does the model's input take exactly one db load, in the configured encoding? */
static int input_fits(const hil_tensor *input)
{
    if (input == NULL) {
        return 0;
    }
    switch (HIL_MLPERF_INPUT) {
    case HIL_MLPERF_INPUT_UINT8_OFFSET:
        return input->dtype == HIL_DTYPE_INT8 && input->bytes == HIL_MLPERF_DB_BYTES;
    case HIL_MLPERF_INPUT_FLOAT_QUANTIZE:
        return input->dtype == HIL_DTYPE_INT8 && 4u * input->bytes == HIL_MLPERF_DB_BYTES;
    default:
        return input->bytes == HIL_MLPERF_DB_BYTES;
    }
}

static uint32_t element_bytes(uint8_t dtype)
{
    return dtype == HIL_DTYPE_FLOAT32 || dtype == HIL_DTYPE_INT32 ? 4u
           : dtype == HIL_DTYPE_INT16                             ? 2u
                                                                  : 1u;
}

static float output_value(const hil_tensor *t, uint32_t i)
{
    const uint8_t *p = t->data + i * element_bytes(t->dtype);
    int32_t q;
    switch (t->dtype) {
    case HIL_DTYPE_FLOAT32: {
        float f;
        memcpy(&f, p, sizeof f);
        return f;
    }
    case HIL_DTYPE_INT8:
        q = (int8_t)p[0];
        break;
    case HIL_DTYPE_UINT8:
        q = p[0];
        break;
    case HIL_DTYPE_INT16: {
        int16_t v;
        memcpy(&v, p, sizeof v);
        q = v;
        break;
    }
    default: {
        memcpy(&q, p, sizeof q);
        break;
    }
    }
    return t->scale > 0.0f ? (float)(q - t->zero_point) * t->scale : (float)q;
}

static void say_value(double value)
{
    char text[MLPERF_NUMBER_MAX];
    mlperf_format_fixed(text, value, HIL_MLPERF_DECIMALS);
    say(text);
}

static void say_results(void)
{
    const hil_tensor *output = hil_model_output(0);
    uint32_t count = output->bytes / element_bytes(output->dtype);
    say("m-results-[");
    if (HIL_MLPERF_RESULTS == HIL_MLPERF_RESULTS_MSE) {
        float sum = 0.0f;
        for (uint32_t i = 0; i < count; i++) {
            float d = output_value(output, i) - db_float(i);
            sum += d * d;
        }
        say_value(sum / (float)count);
    } else {
        for (uint32_t i = 0; i < count; i++) {
            say(i == 0 ? "" : ",");
            say_value(output_value(output, i));
        }
    }
    say("]\r\n");
}

static int run(uint32_t times)
{
    for (uint32_t i = 0; i < times; i++) {
        if (hil_model_invoke() != 0) {
            return -1;
        }
        lap_now();
    }
    return 0;
}

static int ready_to_infer(void)
{
    if (!model_ready) {
        say_error("The model failed to initialise; see the boot messages", "");
        return 0;
    }
    if (db.expected == 0 || db.received != HIL_MLPERF_DB_BYTES) {
        char got[MLPERF_NUMBER_MAX];
        mlperf_format_u64(got, db.received);
        say("e-[Input db has ");
        say(got);
        say(" bytes, expected ");
        say_u64(HIL_MLPERF_DB_BYTES);
        say("]\r\n");
        return 0;
    }
    return 1;
}

/* The reference's sequence: warm-up, then N inferences between two timestamps. */
static void infer(uint32_t count, uint32_t warmups)
{
    if (!ready_to_infer()) {
        return;
    }
    have_results = 0;
    load_tensor(hil_model_input(0));
    say_count_line("m-warmup-start-", warmups);
    int status = run(warmups);
    say_line("m-warmup-done");
    say_count_line("m-infer-start-", count);
    uint64_t start = lap_now();
    status = status != 0 ? status : run(count);
    uint64_t end = lap_now();
    /* Both laps are printed after the loop, so the window holds the inferences and nothing of
     * the link; the lines keep the reference's order. */
    say_lap(start);
    say_lap(end);
    say_line("m-infer-done");
    if (status == 0 && count + warmups > 1u) {
        /* A backend may reuse the input's memory during an inference (TFLM's arena does): the
         * results come from one more run on the input as loaded, outside the window. */
        load_tensor(hil_model_input(0));
        status = run(1);
    }
    if (status != 0) {
        say_error("Inference failed", "");
        return;
    }
    have_results = 1;
    say_results();
}

/* A received character as it may appear inside an e-[...] reply. */
static char printable(char c)
{
    return c >= 0x20 && c < 0x7f && c != ']' ? c : '?';
}

static void db_data(const mlperf_command *command)
{
    size_t bad = 0;
    char pair[3] = {0, 0, 0};
    switch (mlperf_db_write(&db, command->hex, command->hex_length, &bad)) {
    case MLPERF_DB_DONE:
        say_line("m-load-done");
        break;
    case MLPERF_DB_ODD:
        say_error("Insufficent number of hex digits", ""); /* sic: the reference's text */
        break;
    case MLPERF_DB_BAD_DIGIT:
        pair[0] = printable(command->hex[bad]);
        pair[1] = printable(command->hex[bad + 1]);
        say("e-[Invalid hex digit '");
        say(pair);
        say("']\r\n");
        break;
    case MLPERF_DB_NOT_LOADING:
        say_error("No 'db load' announced these bytes", "");
        break;
    case MLPERF_DB_TOO_MANY:
        say_error("More bytes than 'db load' announced", "");
        break;
    default:
        break;
    }
}

static void db_load(uint32_t bytes)
{
    if (bytes > HIL_MLPERF_DB_BYTES) {
        say("e-[Supplied buffer size ");
        say_u64(bytes);
        say(" exceeds maximum of ");
        say_u64(HIL_MLPERF_DB_BYTES);
        say("]\r\n");
        mlperf_db_load(&db, 0);
        return;
    }
    mlperf_db_load(&db, bytes);
    say("m-[Expecting ");
    say_u64(bytes);
    say(" bytes]\r\n");
}

/* m-buffer- lines of 8 bytes: what has been received so far. */
static void db_print(void)
{
    for (uint32_t i = 0; i < db.received; i += 8u) {
        say("m-buffer");
        for (uint32_t j = i; j < db.received && j < i + 8u; j++) {
            char hex[4] = {'-', 0, 0, 0};
            mlperf_format_hex8(hex + 1, db_storage[j]);
            say(hex);
        }
        end_line();
    }
}

static void say_name(void)
{
    say("m-name-dut-[tinyml-hil ");
    say(hil_board_name());
    say(" ");
    say(hil_model_backend());
    say(", lap unit " HIL_MLPERF_LAP_UNIT "]\r\n");
}

static void say_help(void)
{
    static const char *const lines[] = {
        "tinyml-hil firmware, MLPerf Tiny DUT API (commands end with %)",
        "name              the device's name; its lap unit (us, or instructions on an emulator)",
        "profile           the profile and the benchmark (m-model-[...])",
        "timestamp         the timer now (m-lap-us-)",
        "db load N         expect N bytes of input (one inference's input)",
        "db HH..           up to 38 bytes of input as hex digits",
        "db print          the input bytes received so far",
        "infer N W         W warm-up inferences, then N timed between two m-lap-us- lines",
        "results           the last inference's results",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        say_line(lines[i]);
    }
    say_count_line("input bytes       ", HIL_MLPERF_DB_BYTES);
}

static void serve(const mlperf_command *command)
{
    switch (command->kind) {
    case MLPERF_NAME:
        say_name();
        break;
    case MLPERF_TIMESTAMP:
        say_lap(lap_now());
        break;
    case MLPERF_PROFILE:
        say_line("m-profile-[ULPMark for tinyML Firmware V0.0.1]");
        say_line("m-model-[" HIL_MLPERF_MODEL "]");
        break;
    case MLPERF_HELP:
        say_help();
        break;
    case MLPERF_DB_LOAD:
        db_load(command->count);
        break;
    case MLPERF_DB_DATA:
        db_data(command);
        break;
    case MLPERF_DB_PRINT:
        db_print();
        break;
    case MLPERF_INFER:
        infer(command->count, command->warmups);
        break;
    case MLPERF_RESULTS:
        if (have_results) {
            say_results();
        } else {
            say_error("No results: no inference has completed since the last infer began", "");
        }
        break;
    default:
        say_error(command->error, command->detail);
        break;
    }
    say_line("m-ready"); /* after every command, whatever it was */
}

void hil_protocol_init(void)
{
    mlperf_db_init(&db, db_storage, sizeof db_storage);
    mlperf_line_reset(&line);
    have_results = 0;
    lap_last = hil_board_timer_ticks();
    say_line("m-timestamp-mode-performance");
    say_lap(lap_now());
    model_ready = hil_model_init() == 0 && input_fits(hil_model_input(0)) &&
                  hil_model_output(0) != NULL;
    if (!model_ready) {
        say_error("The model failed to initialise, or its input does not match "
                  "hil_mlperf_config.h; rebuild the firmware", "");
    }
    say_line("m-init-done");
    say_line("m-ready");
}

void hil_protocol_poll(void)
{
    int byte;
    while ((byte = hil_board_read_byte()) >= 0) {
        if (mlperf_line_feed(&line, (uint8_t)byte)) {
            mlperf_command command = mlperf_parse(&line);
            serve(&command);
        }
    }
}

static void say_hex32(const char *name, uint32_t value)
{
    char hex[9];
    for (int i = 0; i < 4; i++) {
        mlperf_format_hex8(hex + 2 * i, (uint8_t)(value >> (24 - 8 * i)));
    }
    hex[8] = '\0';
    say(name);
    say(hex);
}

/* One e-[...] line; no m-ready follows: the board halts. */
void hil_protocol_report_fault(uint32_t pc, uint32_t lr, uint32_t cfsr, uint32_t hfsr,
                               uint32_t address)
{
    end_line(); /* the fault may have struck in the middle of a line */
    say_hex32("e-[CPU fault pc=0x", pc);
    say_hex32(" lr=0x", lr);
    say_hex32(" cfsr=0x", cfsr);
    say_hex32(" hfsr=0x", hfsr);
    say_hex32(" address=0x", address);
    say("]\r\n");
}
