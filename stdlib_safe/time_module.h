// File: stdlib_safe/time_module.h
//
// The native part of `time` (stdlib_safe/py/time.py: struct_time, gmtime,
// asctime and strftime without the host's clock). The module's init adds the
// interval clocks, perf_counter(), monotonic(), process_time(),
// thread_time() and their _ns forms, which read the interpreter's virtual
// clock (Interp::VirtualClockNs: 10 ns per instruction charged), and
// sleep(), which checks its argument as CPython does and moves that clock
// forward without waiting. It withholds, by name, what CPython 3.11's time
// has that only means something with the host's clock or local time zone
// and is a value rather than a function (`timezone`, `altzone`, `daylight`,
// `tzname`, the CLOCK_* ids), the clock_* functions, and `strptime`, so
// that reading one raises "AttributeError: 'time.timezone' is not available
// in the sandbox" and `from time import timezone` an ImportError naming
// that refusal (docs/SECURITY.md); the wall-clock functions (time(),
// localtime()...) are defined in py/time.py and raise NotImplementedError
// when called. It also gives struct_time CPython's type name
// ('time.struct_time') through _set_type_name (datetime_module.h).
#ifndef MOAT_STDLIB_SAFE_TIME_MODULE_H_
#define MOAT_STDLIB_SAFE_TIME_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `time`. False with the body's exception pending.
bool InitTimeModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_TIME_MODULE_H_
