#include "hil_server.h"

#include <string.h>

#include "hil_board.h"
#include "hil_fault_injection.h"
#include "hil_frame.h"
#include "hil_model.h"
#include "hil_stack.h"

#if HIL_MAX_PAYLOAD > 65535u || HIL_MAX_PAYLOAD < 64u
#error "HIL_MAX_PAYLOAD must fit the u16 length field and hold an INFO reply"
#endif

#define MAX_RUNS ((HIL_MAX_PAYLOAD - 2u) / 4u)
#define SET_INPUT_HEADER 5u   /* u8 tensor, u32 offset */
#define GET_OUTPUT_PAYLOAD 7u /* u8 tensor, u32 offset, u16 length */
#define FAULT_PAYLOAD 22u     /* code, request type, five u32 */
#define PROFILE_ENTRY_FIXED 7u /* u16 operator, u32 ticks, u8 name length */
#define PROFILE_HEADER 9u      /* u32 invoke, u16 total, u16 first, u8 count */

#if HIL_MAX_PAYLOAD < PROFILE_HEADER + PROFILE_ENTRY_FIXED + HIL_PROFILE_NAME_MAX
#error "HIL_MAX_PAYLOAD must hold a PROFILE reply with one entry"
#endif

/* Builds a response payload in place, at the front of the send buffer. */
typedef struct {
    uint8_t *data;
    uint16_t length;
    uint8_t overflow;
} writer;

static uint8_t receive_buffer[HIL_FRAME_OVERHEAD + HIL_MAX_PAYLOAD];
static uint8_t send_buffer[HIL_FRAME_OVERHEAD + HIL_MAX_PAYLOAD];
static hil_frame_decoder decoder;
static int model_ready;
static uint32_t invokes;
static uint32_t profiled_invoke; /* the inference the backend's profile is of; 0 for none */
static uint32_t frames_rejected;
static uint8_t current_type; /* the request being served, for a fault report */
static uint16_t current_seq;

static void put_bytes(writer *w, const void *data, size_t length)
{
    if (w->overflow || length > HIL_MAX_PAYLOAD - w->length) {
        w->overflow = 1;
        return;
    }
    memcpy(w->data + w->length, data, length);
    w->length = (uint16_t)(w->length + length);
}

static void put_u8(writer *w, uint8_t value)
{
    put_bytes(w, &value, 1);
}

static void put_u16(writer *w, uint16_t value)
{
    uint8_t bytes[2] = {(uint8_t)value, (uint8_t)(value >> 8)};
    put_bytes(w, bytes, sizeof bytes);
}

static void put_u32(writer *w, uint32_t value)
{
    put_u16(w, (uint16_t)value);
    put_u16(w, (uint16_t)(value >> 16));
}

static void put_f32(writer *w, float value)
{
    uint32_t bits;
    memcpy(&bits, &value, sizeof bits);
    put_u32(w, bits);
}

static void put_text(writer *w, const char *text)
{
    size_t length = strlen(text);
    length = length > 255u ? 255u : length;
    put_u8(w, (uint8_t)length);
    put_bytes(w, text, length);
}

static uint16_t get_u16(const uint8_t *p)
{
    return (uint16_t)(p[0] | (p[1] << 8));
}

static uint32_t get_u32(const uint8_t *p)
{
    return (uint32_t)get_u16(p) | ((uint32_t)get_u16(p + 2) << 16);
}

static void board_sink(void *context, const uint8_t *data, size_t length)
{
    (void)context;
    hil_board_write(data, length);
}

static void send(uint8_t *body, uint8_t type, uint16_t seq, uint16_t length)
{
    hil_frame_send(body, length, type, seq, board_sink, NULL);
}

static void send_error(uint8_t code, uint8_t request_type, uint16_t seq)
{
    send_buffer[HIL_FRAME_HEADER] = code;
    send_buffer[HIL_FRAME_HEADER + 1] = request_type;
    send(send_buffer, HIL_ERROR_TYPE, seq, 2);
}

static void put_tensor(writer *w, const hil_tensor *t)
{
    put_u8(w, t->dtype);
    put_u8(w, t->ndims);
    for (uint8_t i = 0; i < t->ndims && i < HIL_MAX_DIMS; i++) {
        put_u16(w, t->dims[i]);
    }
    put_f32(w, t->scale);
    put_u32(w, (uint32_t)t->zero_point);
    put_u32(w, t->bytes);
}

typedef const hil_tensor *(*tensor_getter)(uint8_t index);

/* A model that failed to initialise may have no tensor descriptors: list those that exist. */
static void put_tensors(writer *w, uint8_t count, tensor_getter get)
{
    uint8_t present = 0;
    for (uint8_t i = 0; i < count; i++) {
        present = (uint8_t)(present + (get(i) != NULL));
    }
    put_u8(w, present);
    for (uint8_t i = 0; i < count; i++) {
        if (get(i) != NULL) {
            put_tensor(w, get(i));
        }
    }
}

static int write_info(writer *w)
{
    put_u8(w, HIL_PROTOCOL_VERSION);
    put_u8(w, hil_board_timer_kind());
    put_u16(w, HIL_MAX_PAYLOAD);
    put_u32(w, hil_board_cpu_hz());
    put_u32(w, hil_board_timer_hz());
    put_u32(w, hil_model_activation_bytes());
    put_bytes(w, hil_model_sha256, 32);
    put_text(w, hil_board_name());
    put_text(w, hil_model_backend());
    put_text(w, hil_model_name);
    put_tensors(w, hil_model_input_count(), hil_model_input);
    put_tensors(w, hil_model_output_count(), hil_model_output);
    return 0;
}

static int handle_hello(const hil_frame *frame, writer *w)
{
    return frame->length != 0 ? HIL_ERROR_BAD_PAYLOAD : write_info(w);
}

static int handle_set_input(const hil_frame *frame, writer *w)
{
    if (frame->length < SET_INPUT_HEADER) {
        return HIL_ERROR_BAD_PAYLOAD;
    }
    if (!model_ready) {
        return HIL_ERROR_NOT_READY;
    }
    const hil_tensor *tensor = hil_model_input(frame->payload[0]);
    if (tensor == NULL) {
        return HIL_ERROR_BAD_TENSOR;
    }
    uint32_t offset = get_u32(frame->payload + 1);
    uint32_t count = frame->length - SET_INPUT_HEADER;
    if (offset > tensor->bytes || count > tensor->bytes - offset) {
        return HIL_ERROR_OUT_OF_RANGE;
    }
    memcpy(tensor->data + offset, frame->payload + SET_INPUT_HEADER, count);
    put_u32(w, offset + count);
    return 0;
}

static int handle_invoke(const hil_frame *frame, writer *w)
{
    if (frame->length != 2) {
        return HIL_ERROR_BAD_PAYLOAD;
    }
    uint16_t runs = get_u16(frame->payload);
    if (runs == 0) {
        return HIL_ERROR_BAD_PAYLOAD;
    }
    if (runs > MAX_RUNS) {
        return HIL_ERROR_TOO_LARGE;
    }
    if (!model_ready) {
        return HIL_ERROR_NOT_READY;
    }
#ifdef HIL_FAULT_INJECTION
    hil_fault_injection_strike();
#endif
    put_u16(w, runs);
    profiled_invoke = 0; /* a failed run leaves a partial profile behind: never report it */
    for (uint16_t run = 0; run < runs; run++) {
        uint32_t start = hil_board_timer_ticks();
        int status = hil_model_invoke();
        uint32_t ticks = hil_board_timer_ticks() - start;
        if (status != 0) {
            return HIL_ERROR_INVOKE_FAILED;
        }
        invokes++;
        profiled_invoke = invokes;
        put_u32(w, ticks);
    }
    return 0;
}

static int handle_get_output(const hil_frame *frame, writer *w)
{
    if (frame->length != GET_OUTPUT_PAYLOAD) {
        return HIL_ERROR_BAD_PAYLOAD;
    }
    if (!model_ready) {
        return HIL_ERROR_NOT_READY;
    }
    const hil_tensor *tensor = hil_model_output(frame->payload[0]);
    if (tensor == NULL) {
        return HIL_ERROR_BAD_TENSOR;
    }
    uint32_t offset = get_u32(frame->payload + 1);
    uint16_t count = get_u16(frame->payload + 5);
    if (offset > tensor->bytes || count > tensor->bytes - offset) {
        return HIL_ERROR_OUT_OF_RANGE;
    }
    if (count > HIL_MAX_PAYLOAD) {
        return HIL_ERROR_TOO_LARGE;
    }
    put_bytes(w, tensor->data + offset, count);
    return 0;
}

static int handle_get_stats(const hil_frame *frame, writer *w)
{
    if (frame->length != 0) {
        return HIL_ERROR_BAD_PAYLOAD;
    }
    put_u32(w, hil_stack_used());
    put_u32(w, hil_stack_size());
    put_u32(w, hil_model_activation_bytes_used());
    put_u32(w, invokes);
    put_u32(w, frames_rejected);
    return 0;
}

static int handle_echo(const hil_frame *frame, writer *w)
{
    put_bytes(w, frame->payload, frame->length);
    return 0;
}

static uint8_t bounded_length(const char *text, uint8_t limit)
{
    uint8_t length = 0;
    while (length < limit && text[length] != '\0') {
        length++;
    }
    return length;
}

/* Returns 0 when the entry does not fit in what is left of the reply. */
static int put_profile_entry(writer *w, uint16_t index)
{
    const char *name = hil_model_profile_op(index);
    name = name != NULL ? name : "";
    uint8_t length = bounded_length(name, HIL_PROFILE_NAME_MAX);
    if (PROFILE_ENTRY_FIXED + length > HIL_MAX_PAYLOAD - w->length) {
        return 0;
    }
    put_u16(w, hil_model_profile_operator(index));
    put_u32(w, hil_model_profile_ticks(index));
    put_u8(w, length);
    put_bytes(w, name, length);
    return 1;
}

static int handle_get_profile(const hil_frame *frame, writer *w)
{
    if (frame->length != 2) {
        return HIL_ERROR_BAD_PAYLOAD;
    }
    if (!model_ready) {
        return HIL_ERROR_NOT_READY;
    }
    uint16_t total = profiled_invoke != 0 ? hil_model_profile_count() : 0;
    uint16_t first = get_u16(frame->payload);
    if (first > total) {
        return HIL_ERROR_OUT_OF_RANGE;
    }
    put_u32(w, profiled_invoke);
    put_u16(w, total);
    put_u16(w, first);
    uint16_t count_at = w->length;
    uint8_t count = 0;
    put_u8(w, count);
    while (first + count < total && count < UINT8_MAX &&
           put_profile_entry(w, (uint16_t)(first + count))) {
        count++;
    }
    w->data[count_at] = count;
    return 0;
}

#ifdef HIL_FAULT_INJECTION
static int handle_inject_fault(const hil_frame *frame, writer *w)
{
    (void)w;
    return frame->length == 1 && hil_fault_injection_arm(frame->payload[0])
               ? 0
               : HIL_ERROR_BAD_PAYLOAD;
}
#endif

typedef int (*handler)(const hil_frame *frame, writer *w);

static handler handler_for(uint8_t type)
{
    switch (type) {
    case HIL_REQUEST_HELLO:
        return handle_hello;
    case HIL_REQUEST_SET_INPUT:
        return handle_set_input;
    case HIL_REQUEST_INVOKE:
        return handle_invoke;
    case HIL_REQUEST_GET_OUTPUT:
        return handle_get_output;
    case HIL_REQUEST_GET_STATS:
        return handle_get_stats;
    case HIL_REQUEST_ECHO:
        return handle_echo;
    case HIL_REQUEST_GET_PROFILE:
        return handle_get_profile;
#ifdef HIL_FAULT_INJECTION
    case HIL_REQUEST_INJECT_FAULT:
        return handle_inject_fault;
#endif
    default:
        return NULL;
    }
}

static void serve(const hil_frame *frame)
{
    handler handle = handler_for(frame->type);
    writer w = {send_buffer + HIL_FRAME_HEADER, 0, 0};
    current_type = frame->type;
    current_seq = frame->seq;
    int error = handle == NULL ? HIL_ERROR_UNKNOWN_REQUEST : handle(frame, &w);
    if (error == 0 && w.overflow) {
        error = HIL_ERROR_TOO_LARGE;
    }
    if (error != 0) {
        send_error((uint8_t)error, frame->type, frame->seq);
    } else {
        send(send_buffer, (uint8_t)(frame->type | HIL_RESPONSE_FLAG), frame->seq, w.length);
    }
    current_type = 0;
    current_seq = 0;
}

void hil_server_init(void)
{
    hil_frame_decoder_init(&decoder, receive_buffer, sizeof receive_buffer);
    model_ready = hil_model_init() == 0;
    writer w = {send_buffer + HIL_FRAME_HEADER, 0, 0};
    write_info(&w);
    if (w.overflow) {
        send_error(HIL_ERROR_TOO_LARGE, HIL_REQUEST_HELLO, 0);
    } else {
        send(send_buffer, HIL_REQUEST_HELLO | HIL_RESPONSE_FLAG, 0, w.length);
    }
}

void hil_server_poll(void)
{
    int byte;
    while ((byte = hil_board_read_byte()) >= 0) {
        hil_frame frame;
        hil_rejection rejection;
        int result = hil_frame_decoder_feed(&decoder, (uint8_t)byte, &frame, &rejection);
        if (result == HIL_FEED_FRAME) {
            serve(&frame);
        } else if (result == HIL_FEED_REJECTED) {
            frames_rejected++;
            send_error(HIL_ERROR_BAD_FRAME, rejection.type, rejection.seq);
        }
    }
}

void hil_server_report_fault(uint32_t pc, uint32_t lr, uint32_t cfsr, uint32_t hfsr,
                             uint32_t address)
{
    /* Its own buffer: the fault may have struck while the send buffer was half written. */
    static uint8_t body[HIL_FRAME_OVERHEAD + FAULT_PAYLOAD];
    writer w = {body + HIL_FRAME_HEADER, 0, 0};
    put_u8(&w, HIL_ERROR_FAULT);
    put_u8(&w, current_type);
    put_u32(&w, pc);
    put_u32(&w, lr);
    put_u32(&w, cfsr);
    put_u32(&w, hfsr);
    put_u32(&w, address);
    send(body, HIL_ERROR_TYPE, current_seq, w.length);
}
