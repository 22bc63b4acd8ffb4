// time's native init (see time_module.h).
#include "stdlib_safe/time_module.h"

#include "stdlib_safe/datetime_module.h"

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

}  // namespace

bool InitTimeModule(vm::Interp& vm, vm::ModuleObject* module) {
  module->withheld = kTimeWithheld;
  return InitFrozenModuleWithTypeNames(vm, module);
}

}  // namespace moat::stdlib
