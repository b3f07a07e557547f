/* hil_model.h implemented around tflite::MicroInterpreter.
 *
 * The model array, the arena size and the op resolver come from the generated hil_tflm_model.h.
 * Every object lives in static storage (placement new, no heap); nothing is ever destroyed, so
 * no destructor is registered with atexit. */
#include <new>

#include "hil_board.h"
#include "hil_model.h"
#include "hil_tflm_model.h"
#include "tensorflow/lite/micro/compatibility.h"
#include "tensorflow/lite/micro/micro_interpreter.h"
#include "tensorflow/lite/micro/micro_profiler_interface.h"
#include "tensorflow/lite/schema/schema_generated.h"

namespace {

/* Times each operator of one inference with the board's timer. TFLM's graph emits one event
 * around every operator of subgraph 0, in order, so the n-th top-level event is operator n of the
 * .tflite. Events inside an operator (the operators of a subgraph that IF, WHILE or CALL_ONCE
 * runs, a kernel's own scoped events) are not entries of their own: their time counts towards
 * the operator around them. */
class OpProfiler : public tflite::MicroProfilerInterface {
 public:
  uint32_t BeginEvent(const char *tag) override {
    if (depth_++ > 0 || count_ >= HIL_TFLM_OPERATOR_COUNT) return kNotRecorded;
    tags_[count_] = tag;
    ticks_[count_] = 0;
    starts_[count_] = hil_board_timer_ticks();
    return count_++;
  }
  void EndEvent(uint32_t handle) override {
    if (handle < count_) ticks_[handle] = hil_board_timer_ticks() - starts_[handle];
    if (depth_ > 0) depth_--;
  }
  void Reset() {
    count_ = 0;
    depth_ = 0;
  }
  uint16_t count() const { return count_; }
  const char *tag(uint16_t i) const { return i < count_ ? tags_[i] : nullptr; }
  /* Entry i is the i-th operator of subgraph 0 (see above). */
  uint16_t operator_index(uint16_t i) const { return i < count_ ? i : 0xffffu; }
  uint32_t ticks(uint16_t i) const { return i < count_ ? ticks_[i] : 0; }

 private:
  static constexpr uint32_t kNotRecorded = 0xffffffffu;
  const char *tags_[HIL_TFLM_OPERATOR_COUNT] = {};
  uint32_t starts_[HIL_TFLM_OPERATOR_COUNT] = {};
  uint32_t ticks_[HIL_TFLM_OPERATOR_COUNT] = {};
  uint16_t count_ = 0;
  uint16_t depth_ = 0;
  TF_LITE_REMOVE_VIRTUAL_DELETE
};

alignas(16) uint8_t arena[HIL_TFLM_ARENA_BYTES];
alignas(HilTflmOpResolver) uint8_t resolver_storage[sizeof(HilTflmOpResolver)];
alignas(OpProfiler) uint8_t profiler_storage[sizeof(OpProfiler)];
alignas(tflite::MicroInterpreter) uint8_t interpreter_storage[sizeof(tflite::MicroInterpreter)];

tflite::MicroInterpreter *interpreter = nullptr;
OpProfiler *profiler = nullptr;
hil_tensor inputs[HIL_TFLM_INPUT_COUNT];
hil_tensor outputs[HIL_TFLM_OUTPUT_COUNT];

uint8_t dtype_of(TfLiteType type) {
  switch (type) {
    case kTfLiteFloat32: return HIL_DTYPE_FLOAT32;
    case kTfLiteInt8: return HIL_DTYPE_INT8;
    case kTfLiteUInt8: return HIL_DTYPE_UINT8;
    case kTfLiteInt16: return HIL_DTYPE_INT16;
    case kTfLiteInt32: return HIL_DTYPE_INT32;
    default: return 0;
  }
}

/* Returns false for a tensor the protocol cannot describe. */
bool describe(const TfLiteTensor *tensor, hil_tensor *out) {
  if (tensor == nullptr || tensor->dims == nullptr || tensor->dims->size > HIL_MAX_DIMS) {
    return false;
  }
  out->dtype = dtype_of(tensor->type);
  out->ndims = static_cast<uint8_t>(tensor->dims->size);
  for (int i = 0; i < tensor->dims->size; ++i) {
    out->dims[i] = static_cast<uint16_t>(tensor->dims->data[i]);
  }
  out->scale = tensor->params.scale;
  out->zero_point = tensor->params.zero_point;
  out->bytes = static_cast<uint32_t>(tensor->bytes);
  out->data = tensor->data.uint8;
  return out->dtype != 0;
}

bool describe_io() {
  if (interpreter->inputs_size() != HIL_TFLM_INPUT_COUNT ||
      interpreter->outputs_size() != HIL_TFLM_OUTPUT_COUNT) {
    return false;
  }
  for (size_t i = 0; i < HIL_TFLM_INPUT_COUNT; ++i) {
    if (!describe(interpreter->input(i), &inputs[i])) return false;
  }
  for (size_t i = 0; i < HIL_TFLM_OUTPUT_COUNT; ++i) {
    if (!describe(interpreter->output(i), &outputs[i])) return false;
  }
  return true;
}

}  // namespace

extern "C" {

const char *hil_model_backend(void) { return "tflm"; }

int hil_model_init(void) {
  const tflite::Model *model = tflite::GetModel(hil_tflm_model_data);
  if (model->version() != TFLITE_SCHEMA_VERSION) return 1;
  auto *resolver = new (resolver_storage) HilTflmOpResolver();
  if (hil_tflm_add_ops(*resolver) != kTfLiteOk) return 2;
  profiler = new (profiler_storage) OpProfiler();
  interpreter = new (interpreter_storage) tflite::MicroInterpreter(
      model, *resolver, arena, sizeof(arena), nullptr, profiler);
  if (interpreter->AllocateTensors() != kTfLiteOk) {
    interpreter = nullptr;
    return 3;
  }
  if (!describe_io()) {
    interpreter = nullptr;
    return 4;
  }
  return 0;
}

uint8_t hil_model_input_count(void) { return interpreter ? HIL_TFLM_INPUT_COUNT : 0; }
uint8_t hil_model_output_count(void) { return interpreter ? HIL_TFLM_OUTPUT_COUNT : 0; }

const hil_tensor *hil_model_input(uint8_t index) {
  return interpreter && index < HIL_TFLM_INPUT_COUNT ? &inputs[index] : nullptr;
}

const hil_tensor *hil_model_output(uint8_t index) {
  return interpreter && index < HIL_TFLM_OUTPUT_COUNT ? &outputs[index] : nullptr;
}

int hil_model_invoke(void) {
  if (interpreter == nullptr) return 1;
  profiler->Reset();
  return interpreter->Invoke() == kTfLiteOk ? 0 : 2;
}

uint32_t hil_model_activation_bytes(void) { return HIL_TFLM_ARENA_BYTES; }

uint32_t hil_model_activation_bytes_used(void) {
  return interpreter ? static_cast<uint32_t>(interpreter->arena_used_bytes()) : 0;
}

uint16_t hil_model_profile_count(void) { return profiler ? profiler->count() : 0; }

uint16_t hil_model_profile_operator(uint16_t index) {
  return profiler ? profiler->operator_index(index) : 0xffffu;
}

const char *hil_model_profile_op(uint16_t index) { return profiler ? profiler->tag(index) : nullptr; }
uint32_t hil_model_profile_ticks(uint16_t index) { return profiler ? profiler->ticks(index) : 0; }

}  /* extern "C" */
