/* The `db` input buffer of MLPerf Tiny's DUT API: `db load N` announces N bytes, `db <hex>`
 * commands deliver them. Pure (the caller owns the storage), so the host fuzzes it. */
#ifndef MLPERF_DB_H
#define MLPERF_DB_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint8_t *data;
    uint32_t capacity;
    uint32_t expected; /* bytes announced by the last `db load`; 0 before any */
    uint32_t received;
} mlperf_db;

typedef enum {
    MLPERF_DB_MORE,        /* stored; more bytes to come */
    MLPERF_DB_DONE,        /* stored; the announced count is complete */
    MLPERF_DB_ODD,         /* an odd number of hex digits */
    MLPERF_DB_BAD_DIGIT,   /* a pair that is not two hex digits (at *bad) */
    MLPERF_DB_NOT_LOADING, /* no `db load` announced these bytes */
    MLPERF_DB_TOO_MANY,    /* more bytes than announced */
} mlperf_db_status;

void mlperf_db_init(mlperf_db *db, uint8_t *storage, uint32_t capacity);
/* Starts a load of `bytes` (the caller has checked bytes <= capacity; larger is clamped to an
 * empty load, which refuses all data). */
void mlperf_db_load(mlperf_db *db, uint32_t bytes);
/* Decodes `length` hex digits and appends the bytes. A refused write stores nothing: the host
 * starts the load again rather than guess which bytes landed. */
mlperf_db_status mlperf_db_write(mlperf_db *db, const char *hex, size_t length, size_t *bad);

#endif
