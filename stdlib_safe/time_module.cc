// time's native init (see time_module.h).
#include "stdlib_safe/time_module.h"

#include <cmath>
#include <cstdint>

#include "stdlib_safe/datetime_module.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"

namespace moat::stdlib {

namespace {

// What CPython 3.11's time has on Linux beyond py/time.py: the local zone's
// values, the clock ids and clock_* functions, and strptime (whose exact
// locale-driven parsing moat does not reproduce).
constexpr const char* kTimeWithheld[] = {
    "timezone", "altzone", "daylight", "tzname", "strptime", "clock_gettime",
    "clock_gettime_ns", "clock_settime", "clock_settime_ns", "clock_getres",
    "pthread_getcpuclockid", "CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW",
    "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_REALTIME", "CLOCK_TAI", "CLOCK_THREAD_CPUTIME_ID",
    nullptr,
};

using vm::CallArgs;
using vm::Interp;
using vm::Value;

constexpr double kNsPerSecond = 1e9;

// The virtual clock's reading as float seconds, as CPython converts its
// nanosecond clocks (an exact division when the count is whole seconds).
Value VirtualSeconds(Interp& vm) {
  return vm::NewFloat(vm, static_cast<double>(vm.VirtualClockNs()) / kNsPerSecond);
}

// The four clocks CPython has on Linux all read moat's one virtual clock:
// with one thread and no host time, process and thread CPU time are the
// time the script has run.
template <const char* kQualname>
Value ClockSeconds(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, kQualname)) return Value::Null();
  return VirtualSeconds(vm);
}

template <const char* kQualname>
Value ClockNanoseconds(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, kQualname)) return Value::Null();
  return vm::IntFromInt64(vm, vm.VirtualClockNs());
}

// A sleep length as CPython's _PyTime_FromSecondsObject(ROUND_TIMEOUT)
// reads it: floats (NaN refused) rounded up to the nanosecond, anything
// else through __index__; either must fit in int64 nanoseconds.
bool SleepNanoseconds(Interp& vm, Value secs, int64_t* out) {
  constexpr const char* kTooLarge = "timestamp too large to convert to C _PyTime_t";
  if (vm::IsFloat(secs)) {
    double d = vm::FloatValue(secs);
    if (std::isnan(d)) {
      vm.RaiseValueError("Invalid value NaN (not a number)");
      return false;
    }
    double ns = d * kNsPerSecond;
    ns = ns >= 0 ? std::ceil(ns) : std::floor(ns);
    // 2^63 is the first double past int64.
    if (!(ns >= -9223372036854775808.0 && ns < 9223372036854775808.0)) {
      vm.RaiseOverflowError(kTooLarge);
      return false;
    }
    *out = static_cast<int64_t>(ns);
    return true;
  }
  Value whole = vm::NumberIndex(vm, secs);
  if (whole.is_null()) return false;
  int64_t seconds = 0;
  if (!vm::IntToInt64(whole, &seconds) ||
      __builtin_mul_overflow(seconds, static_cast<int64_t>(kNsPerSecond), out)) {
    vm.RaiseOverflowError(kTooLarge);
    return false;
  }
  return true;
}

// sleep(seconds): waits no wall-clock time; the virtual clock moves on.
Value Sleep(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "time.sleep")) return Value::Null();
  int64_t ns = 0;
  if (!SleepNanoseconds(vm, args.args[0], &ns)) return Value::Null();
  if (ns < 0) return vm.RaiseValueError("sleep length must be non-negative");
  vm.AdvanceVirtualClock(ns);
  return Value::None();
}

constexpr char kPerfCounter[] = "time.perf_counter";
constexpr char kPerfCounterNs[] = "time.perf_counter_ns";
constexpr char kMonotonic[] = "time.monotonic";
constexpr char kMonotonicNs[] = "time.monotonic_ns";
constexpr char kProcessTime[] = "time.process_time";
constexpr char kProcessTimeNs[] = "time.process_time_ns";
constexpr char kThreadTime[] = "time.thread_time";
constexpr char kThreadTimeNs[] = "time.thread_time_ns";

const vm::MethodDef kClockFunctions[] = {
    {"perf_counter", ClockSeconds<kPerfCounter>, vm::MethodKind::kMethod,
     "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", ClockNanoseconds<kPerfCounterNs>, vm::MethodKind::kMethod,
     "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"monotonic", ClockSeconds<kMonotonic>, vm::MethodKind::kMethod,
     "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", ClockNanoseconds<kMonotonicNs>, vm::MethodKind::kMethod,
     "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", ClockSeconds<kProcessTime>, vm::MethodKind::kMethod,
     "process_time() -> float\n\n"
     "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", ClockNanoseconds<kProcessTimeNs>, vm::MethodKind::kMethod,
     "process_time() -> int\n\nProcess time for profiling as nanoseconds:\n"
     "sum of the kernel and user-space CPU time."},
    {"thread_time", ClockSeconds<kThreadTime>, vm::MethodKind::kMethod,
     "thread_time() -> float\n\n"
     "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", ClockNanoseconds<kThreadTimeNs>, vm::MethodKind::kMethod,
     "thread_time() -> int\n\nThread time for profiling as nanoseconds:\n"
     "sum of the kernel and user-space CPU time."},
    {"sleep", Sleep, vm::MethodKind::kMethod,
     "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\n"
     "a floating point number for subsecond precision."},
};

}  // namespace

bool InitTimeModule(vm::Interp& vm, vm::ModuleObject* module) {
  module->withheld = kTimeWithheld;
  for (const vm::MethodDef& def : kClockFunctions) {
    if (!vm::ModuleAddFunction(vm, module, &def)) return false;
  }
  return InitFrozenModuleWithTypeNames(vm, module);
}

}  // namespace moat::stdlib
