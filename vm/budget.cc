// Budgets: the per-run limits of moat/limits.h and the uncatchable error a
// spent budget raises.
//
// How a limit stops a run: RaiseLimit records which limit fired, makes the
// LimitExceeded error pending and sets budget_check_at to 0. From then on
//   - the loop's unwinder skips every exception handler (no except, finally,
//     __exit__ or generator cleanup code runs), frame by frame, to the host;
//   - every safepoint fails (each code object starts with RESUME, which is
//     one), so a Python frame some native code still manages to start ends
//     before its first real instruction;
//   - ExceptionMatches is false for every type, so native code that would
//     swallow an AttributeError or StopIteration lets it through;
//   - CheckBudgets and RaiseMemoryError put the same error back if native
//     code replaced it.
// Only the timeout and cancel checks read anything outside the VM; the
// instruction count decides where they are polled, so everything else a run
// does is deterministic.
#include <algorithm>
#include <chrono>

#include "vm/bigint.h"
#include "vm/interp.h"
#include "vm/objects/codecs.h"
#include "vm/objects/exception.h"

namespace moat {

std::string_view LimitName(LimitKind kind) {
  switch (kind) {
    case LimitKind::kNone:
      return "";
    case LimitKind::kInstructions:
      return "instructions";
    case LimitKind::kMemory:
      return "memory";
    case LimitKind::kOutput:
      return "output";
    case LimitKind::kTime:
      return "time";
    case LimitKind::kCancelled:
      return "cancelled";
  }
  return "";
}

}  // namespace moat

namespace moat::vm {

namespace {

// How many instructions may pass between two polls of the clock and the
// cancel flag: a few hundred microseconds of the fastest code.
constexpr uint64_t kPollInterval = uint64_t{1} << 15;

// Memory a run may still use after its memory limit fired: the traceback is
// recorded while the error unwinds, one entry per frame.
constexpr size_t kReportReserve = size_t{1} << 20;

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::string LimitMessage(LimitKind kind, uint64_t used, uint64_t limit) {
  switch (kind) {
    case LimitKind::kInstructions:
      return StrCat("instruction limit reached: ", used,
                    " instructions executed, the limit is ", limit);
    case LimitKind::kMemory:
      if (used == UINT64_MAX) {
        return StrCat("memory limit reached: more bytes needed than can be counted, the limit is ",
                      limit, " bytes");
      }
      return StrCat("memory limit reached: ", used, " bytes needed, the limit is ", limit,
                    " bytes");
    case LimitKind::kOutput:
      return StrCat("output limit reached: the script tried to write ", used,
                    " bytes, the limit is ", limit, " bytes");
    case LimitKind::kTime:
      return StrCat("time limit reached: ran for ", used, " ms, the limit is ", limit, " ms");
    case LimitKind::kCancelled:
      return "the run was cancelled by the host";
    case LimitKind::kNone:
      break;
  }
  return "limit reached";
}

}  // namespace

void Interp::BeginRun(const Limits& limits) {
  limits_ = limits;
  limit_hit_ = LimitKind::kNone;
  limit_used_ = 0;
  limit_value_ = 0;
  limit_error_ = Value::Null();
  virtual_clock_base_ns = VirtualClockNs();
  instruction_count = 0;
  finalize_work = 0;
  finalize_charged = 0;
  output_bytes_ = 0;
  allocations_at_start_ = heap_.allocations();
  heap_.ResetPeak();
  constexpr uint64_t kHeapCeiling = std::numeric_limits<size_t>::max() / 2;
  heap_.set_limit_bytes(static_cast<size_t>(std::min(limits.max_memory_bytes, kHeapCeiling)));
  recursion_limit = std::max(1, limits.max_depth);
  reported_recursion_limit = recursion_limit;
  native_depth_limit = std::max(kNativeDepthLimit, recursion_limit);
  int_max_str_digits = kDefaultMaxStrDigits;
  AnchorNativeStack();
  run_start_ns_ = NowNs();
  deadline_ns_ = 0;
  if (limits.timeout != Limits::kNoTimeout) {
    int64_t ms = std::max<int64_t>(0, limits.timeout.count());
    // A timeout too long to represent is no timeout.
    if (ms < (INT64_MAX - run_start_ns_) / 1'000'000) deadline_ns_ = run_start_ns_ + ms * 1'000'000;
  }
  ScheduleBudgetCheck();
}

int64_t Interp::VirtualClockNs() const {
  // Both counts only grow, and a collection adds the same to each, so the
  // clock never goes backward.
  uint64_t counted = instruction_count - std::min(instruction_count, finalize_charged);
  uint64_t run_ns = 0;
  uint64_t total = 0;
  if (__builtin_mul_overflow(counted, kVirtualNsPerInstruction, &run_ns) ||
      __builtin_add_overflow(run_ns, static_cast<uint64_t>(virtual_clock_base_ns), &total) ||
      total > static_cast<uint64_t>(INT64_MAX)) {
    return INT64_MAX;
  }
  return static_cast<int64_t>(total);
}

void Interp::AdvanceVirtualClock(int64_t ns) {
  if (ns <= 0) return;
  int64_t advanced = 0;
  virtual_clock_base_ns = __builtin_add_overflow(virtual_clock_base_ns, ns, &advanced)
                              ? INT64_MAX
                              : advanced;
}

void Interp::ScheduleBudgetCheck() {
  // The limit fires when the count passes max_instructions.
  uint64_t at = limits_.max_instructions >= kCountCeiling ? kCountCeiling
                                                          : limits_.max_instructions + 1;
  if (deadline_ns_ != 0 || limits_.cancel != nullptr) {
    at = std::min(at, instruction_count + kPollInterval);
  }
  budget_check_at = at;
}

bool Interp::CheckBudgets() {
  if (limit_hit_ != LimitKind::kNone) {
    if (!limit_error_.is_null()) exception_ = limit_error_;
    return false;
  }
  instruction_count = std::min(instruction_count, kCountCeiling);
  if (instruction_count > limits_.max_instructions) {
    RaiseLimit(LimitKind::kInstructions, instruction_count, limits_.max_instructions);
    return false;
  }
  if (limits_.cancel != nullptr && limits_.cancel->load(std::memory_order_relaxed)) {
    RaiseLimit(LimitKind::kCancelled, 0, 0);
    return false;
  }
  if (deadline_ns_ != 0) {
    int64_t now = NowNs();
    if (now >= deadline_ns_) {
      RaiseLimit(LimitKind::kTime, static_cast<uint64_t>((now - run_start_ns_) / 1'000'000),
                 static_cast<uint64_t>(limits_.timeout.count()));
      return false;
    }
  }
  ScheduleBudgetCheck();
  return true;
}

Value Interp::RaiseLimit(LimitKind kind, uint64_t used, uint64_t limit) {
  if (limit_hit_ != LimitKind::kNone) {
    if (!limit_error_.is_null()) exception_ = limit_error_;
    return Value::Null();
  }
  limit_hit_ = kind;
  limit_used_ = used;
  limit_value_ = limit;
  budget_check_at = 0;
  size_t base = std::max(heap_.bytes_in_use(), heap_.limit_bytes());
  heap_.set_limit_bytes(base + kReportReserve);
  Raise(&kLimitExceededType, LimitMessage(kind, used, limit));
  limit_error_ = exception_;
  return Value::Null();
}

Value Interp::RaiseMemoryError() {
  return RaiseLimit(LimitKind::kMemory, heap_.bytes_in_use() + heap_.refused_bytes(),
                    heap_.limit_bytes());
}

// A request larger than the whole memory budget can never be granted,
// whatever the script frees, and nothing was allocated or changed for it:
// CPython's catchable MemoryError() at once, as CPython raises for a size
// it cannot allocate. One the budget could hold but that finds it used up
// is the memory limit, which ends the run.
Value Interp::RaiseMemoryErrorFor(uint64_t request_bytes) {
  uint64_t in_use = heap_.bytes_in_use();
  uint64_t limit = heap_.limit_bytes();
  if (request_bytes > limit) return RaiseEmpty(&kMemoryErrorType);
  if (in_use > limit || request_bytes > limit - in_use) {
    uint64_t needed = request_bytes > UINT64_MAX - in_use ? UINT64_MAX : in_use + request_bytes;
    return RaiseLimit(LimitKind::kMemory, needed, limit);
  }
  return Raise(&kMemoryErrorType,
               StrCat("cannot allocate ", request_bytes,
                      " bytes: more than one object may hold"));
}

namespace {

// Writes `text` to `sink` under the output budget `used` of `limit` bytes.
// False when it does not fit: the part that fits is written and the limit
// is returned through `*wanted`.
bool WriteCharged(const std::function<void(std::string_view)>& sink, std::string_view text,
                  uint64_t limit, uint64_t* used, uint64_t* wanted) {
  uint64_t room = limit - *used;
  if (text.size() > room) {
    if (room > 0 && sink) sink(text.substr(0, room));
    *wanted = *used + text.size();
    *used += room;
    return false;
  }
  *used += text.size();
  if (sink) sink(text);
  return true;
}

}  // namespace

bool Interp::WriteOutput(std::string_view text) {
  if (limit_hit_ != LimitKind::kNone) {
    CheckBudgets();  // puts the limit's error back
    return false;
  }
  uint64_t wanted = 0;
  if (WriteCharged(options_.write_output, text, limits_.max_output_bytes, &output_bytes_,
                   &wanted)) {
    return true;
  }
  RaiseLimit(LimitKind::kOutput, wanted, limits_.max_output_bytes);
  return false;
}

bool Interp::WriteError(std::string_view text) {
  // CPython's stderr writes a lone surrogate as its backslash escape.
  if (vm::HasLoneSurrogate(text)) return WriteErrorBytes(vm::BackslashReplaceSurrogates(text));
  return WriteErrorBytes(text);
}

bool Interp::WriteErrorBytes(std::string_view bytes) {
  if (limit_hit_ != LimitKind::kNone) {
    CheckBudgets();  // puts the limit's error back
    return false;
  }
  uint64_t wanted = 0;
  if (WriteCharged(options_.write_error, bytes, limits_.max_output_bytes, &output_bytes_,
                   &wanted)) {
    return true;
  }
  RaiseLimit(LimitKind::kOutput, wanted, limits_.max_output_bytes);
  return false;
}

RunStats Interp::RunFigures() const {
  RunStats s;
  s.instructions = std::min(instruction_count, kCountCeiling);
  s.peak_memory_bytes = heap_.peak_bytes();
  s.allocations = heap_.allocations() - allocations_at_start_;
  s.output_bytes = output_bytes_;
  s.wall_ms = static_cast<uint64_t>(std::max<int64_t>(0, NowNs() - run_start_ns_) / 1'000'000);
  s.limit = limit_hit_;
  return s;
}

}  // namespace moat::vm
