#include "mlperf_command.h"

#include <string.h>

/* The reference firmware's replies for these refusals (mlcommons/tiny, benchmark/api), kept word
 * for word so a host sees the same text from this firmware as from a reference submission. */
#define E_UNKNOWN "Unknown command: "
#define E_DB_SUBCOMMAND "Command 'db' requires a subcommand"
#define E_DB_LOAD_COUNT "Command 'db load' requires the # of bytes"
#define E_DB_LOAD_ZERO "Command 'db load' must be >0 bytes"
#define E_ITERATIONS "Inference iterations must be >0"
#define E_WARMUPS "Inference warmup must be >=0"
/* This firmware's own. */
#define E_OVERLONG "Command longer than 80 characters"
#define E_EMPTY "Empty command"
#define E_TOO_LARGE "Count has more than 9 digits: "

typedef struct {
    const char *start;
    size_t length;
} token;

void mlperf_line_reset(mlperf_line *line)
{
    line->length = 0;
    line->overlong = 0;
    line->complete = 0;
    line->text[0] = '\0';
}

int mlperf_line_feed(mlperf_line *line, uint8_t byte)
{
    if (line->complete) {
        mlperf_line_reset(line);
    }
    if (byte == (uint8_t)MLPERF_TERMINATOR) {
        line->text[line->length] = '\0';
        line->complete = 1;
        return 1;
    }
    if (byte == '\r' || byte == '\n') {
        return 0;
    }
    if (line->length == MLPERF_COMMAND_MAX) {
        line->overlong = 1;
        return 0;
    }
    line->text[line->length++] = (char)byte;
    return 0;
}

/* The next space-separated token at or after *at; length 0 at the end. */
static token next_token(const char *text, size_t length, size_t *at)
{
    while (*at < length && text[*at] == ' ') {
        (*at)++;
    }
    token t = {text + *at, 0};
    while (*at < length && text[*at] != ' ') {
        (*at)++;
        t.length++;
    }
    return t;
}

static int is(token t, const char *word)
{
    return t.length == strlen(word) && memcmp(t.start, word, t.length) == 0;
}

/* 1 for a decimal count of at most MLPERF_COUNT_DIGITS digits, 0 for anything else, -1 for a
 * count with too many digits. */
static int parse_count(token t, uint32_t *value)
{
    if (t.length == 0) {
        return 0;
    }
    if (t.length > MLPERF_COUNT_DIGITS) {
        for (size_t i = 0; i < t.length; i++) {
            if (t.start[i] < '0' || t.start[i] > '9') {
                return 0;
            }
        }
        return -1;
    }
    uint32_t v = 0;
    for (size_t i = 0; i < t.length; i++) {
        if (t.start[i] < '0' || t.start[i] > '9') {
            return 0;
        }
        v = v * 10u + (uint32_t)(t.start[i] - '0');
    }
    *value = v;
    return 1;
}

static mlperf_command error(const char *message, token detail)
{
    mlperf_command c;
    memset(&c, 0, sizeof c);
    c.kind = MLPERF_ERROR;
    c.error = message;
    size_t n = detail.length < MLPERF_DETAIL_MAX ? detail.length : MLPERF_DETAIL_MAX;
    for (size_t i = 0; i < n; i++) {
        char ch = detail.start[i];
        /* The reply is one e-[...] line: nothing that would end or split it. */
        c.detail[i] = (ch < 0x20 || ch > 0x7e || ch == ']') ? '?' : ch;
    }
    c.detail[n] = '\0';
    return c;
}

static mlperf_command simple(mlperf_kind kind)
{
    mlperf_command c;
    memset(&c, 0, sizeof c);
    c.kind = kind;
    return c;
}

static const token NONE = {"", 0};

static mlperf_command parse_db(const char *text, size_t length, size_t at)
{
    token sub = next_token(text, length, &at);
    if (sub.length == 0) {
        return error(E_DB_SUBCOMMAND, NONE);
    }
    if (is(sub, "print")) {
        return simple(MLPERF_DB_PRINT);
    }
    mlperf_command c = simple(MLPERF_DB_DATA);
    if (is(sub, "load")) {
        token count = next_token(text, length, &at);
        if (count.length == 0) {
            return error(E_DB_LOAD_COUNT, NONE);
        }
        int parsed = parse_count(count, &c.count);
        if (parsed < 0) {
            return error(E_TOO_LARGE, count);
        }
        if (parsed == 0 || c.count == 0) {
            return error(E_DB_LOAD_ZERO, NONE);
        }
        c.kind = MLPERF_DB_LOAD;
        return c;
    }
    c.hex = sub.start;
    c.hex_length = sub.length;
    return c;
}

static mlperf_command parse_infer(const char *text, size_t length, size_t at)
{
    mlperf_command c = simple(MLPERF_INFER);
    c.count = 1;
    c.warmups = 10; /* the reference's defaults; the runner always sends both */
    token n = next_token(text, length, &at);
    if (n.length != 0) {
        int parsed = parse_count(n, &c.count);
        if (parsed < 0) {
            return error(E_TOO_LARGE, n);
        }
        if (parsed == 0 || c.count == 0) {
            return error(E_ITERATIONS, NONE);
        }
    }
    token w = next_token(text, length, &at);
    if (w.length != 0) {
        int parsed = parse_count(w, &c.warmups);
        if (parsed < 0) {
            return error(E_TOO_LARGE, w);
        }
        if (parsed == 0) {
            return error(E_WARMUPS, NONE);
        }
    }
    return c;
}

mlperf_command mlperf_parse(const mlperf_line *line)
{
    if (line->overlong) {
        return error(E_OVERLONG, NONE);
    }
    size_t at = 0;
    token first = next_token(line->text, line->length, &at);
    if (first.length == 0) {
        return error(E_EMPTY, NONE);
    }
    if (is(first, "name")) {
        return simple(MLPERF_NAME);
    }
    if (is(first, "timestamp")) {
        return simple(MLPERF_TIMESTAMP);
    }
    if (is(first, "profile")) {
        return simple(MLPERF_PROFILE);
    }
    if (is(first, "help")) {
        return simple(MLPERF_HELP);
    }
    if (is(first, "results")) {
        return simple(MLPERF_RESULTS);
    }
    if (is(first, "db")) {
        return parse_db(line->text, line->length, at);
    }
    if (is(first, "infer")) {
        return parse_infer(line->text, line->length, at);
    }
    return error(E_UNKNOWN, first);
}
