/* MLPerf Tiny's DUT commands (docs/mlperf.md) as a pure parser: bytes in, one command out.
 * No I/O and no state besides the line being assembled, so the host fuzzes it under
 * AddressSanitizer (tests/hostile/test_mlperf_fuzz.py). */
#ifndef MLPERF_COMMAND_H
#define MLPERF_COMMAND_H

#include <stddef.h>
#include <stdint.h>

/* The reference firmware's command buffer; the runner's longest command (`db ` and 31 bytes in
 * hex) takes 65. A longer line is refused as a whole, never cut and acted on. */
#define MLPERF_COMMAND_MAX 80u
#define MLPERF_TERMINATOR '%'
/* Counts (`infer N W`, `db load N`) have at most this many digits: no overflow. */
#define MLPERF_COUNT_DIGITS 9u
#define MLPERF_DETAIL_MAX 24u

typedef struct {
    char text[MLPERF_COMMAND_MAX + 1];
    size_t length;
    int overlong; /* more than MLPERF_COMMAND_MAX characters arrived before the terminator */
    int complete; /* the terminator arrived: the next byte starts a new command */
} mlperf_line;

typedef enum {
    MLPERF_NAME,
    MLPERF_TIMESTAMP,
    MLPERF_PROFILE,
    MLPERF_HELP,
    MLPERF_DB_LOAD,  /* count: bytes announced */
    MLPERF_DB_DATA,  /* hex, hex_length: the digits, still to be checked */
    MLPERF_DB_PRINT,
    MLPERF_INFER,    /* count: timed inferences, warmups */
    MLPERF_RESULTS,
    MLPERF_ERROR,    /* error, detail: the e-[...] reply */
} mlperf_kind;

typedef struct {
    mlperf_kind kind;
    uint32_t count;
    uint32_t warmups;
    const char *hex; /* points into the line */
    size_t hex_length;
    const char *error;                   /* the fixed part of the message */
    char detail[MLPERF_DETAIL_MAX + 1];  /* what it names (a token), printable, no ']' */
} mlperf_command;

void mlperf_line_reset(mlperf_line *line);
/* Adds one received byte; returns 1 when it ended a command (the line then holds it,
 * NUL-terminated, until the next feed resets it). CR and LF are dropped: a host that ends its
 * commands with a newline does not corrupt the next one. */
int mlperf_line_feed(mlperf_line *line, uint8_t byte);
/* The command in a completed line. Total: every line gives a command or an ERROR. */
mlperf_command mlperf_parse(const mlperf_line *line);

#endif
