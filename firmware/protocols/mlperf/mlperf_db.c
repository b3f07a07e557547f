#include "mlperf_db.h"

void mlperf_db_init(mlperf_db *db, uint8_t *storage, uint32_t capacity)
{
    db->data = storage;
    db->capacity = capacity;
    db->expected = 0;
    db->received = 0;
}

void mlperf_db_load(mlperf_db *db, uint32_t bytes)
{
    db->expected = bytes <= db->capacity ? bytes : 0;
    db->received = 0;
}

static int nibble(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

mlperf_db_status mlperf_db_write(mlperf_db *db, const char *hex, size_t length, size_t *bad)
{
    if (length % 2u != 0) {
        return MLPERF_DB_ODD;
    }
    for (size_t i = 0; i < length; i += 2) {
        if (nibble(hex[i]) < 0 || nibble(hex[i + 1]) < 0) {
            *bad = i;
            return MLPERF_DB_BAD_DIGIT;
        }
    }
    if (db->expected == 0) {
        return MLPERF_DB_NOT_LOADING;
    }
    if (length / 2u > (size_t)(db->expected - db->received)) {
        return MLPERF_DB_TOO_MANY;
    }
    for (size_t i = 0; i < length; i += 2) {
        db->data[db->received++] = (uint8_t)(nibble(hex[i]) << 4 | nibble(hex[i + 1]));
    }
    return db->received == db->expected ? MLPERF_DB_DONE : MLPERF_DB_MORE;
}
