// The resource limits an isolated child sets on itself before its filter
// goes up (sandbox/isolate.cc). The VM's own budgets are exact and come
// first; these are the backstop if the VM were wrong or subverted.
#ifndef MOAT_SANDBOX_RLIMITS_H_
#define MOAT_SANDBOX_RLIMITS_H_

#include <cstdint>
#include <string>

#include "moat/limits.h"

namespace moat::sandbox {

struct RlimitPlan {
  // 0: leave RLIMIT_AS alone (unlimited memory budget, or a sanitizer build).
  uint64_t address_space_bytes = 0;
  // 0: leave RLIMIT_CPU alone (no timeout). Otherwise the soft limit in
  // seconds (SIGXCPU); the hard limit, a second later, is SIGKILL.
  uint64_t cpu_seconds = 0;
  // The highest fd number the child keeps, plus one.
  uint64_t max_fds = 0;
};

// The plan for a child whose address space is `current_address_space` bytes
// at set-up. `address_space_allowed` is false in sanitizer builds.
RlimitPlan PlanRlimits(const Limits& limits, uint64_t current_address_space,
                       uint64_t margin_bytes, uint64_t max_fds, bool address_space_allowed);

// The calling process's address-space size (VmSize), read from
// /proc/self/statm without allocating; 0 if unreadable.
uint64_t CurrentAddressSpace();

// Applies the plan plus the fixed ones: RLIMIT_FSIZE 0, RLIMIT_CORE 0,
// RLIMIT_NPROC 0, RLIMIT_MEMLOCK 0, RLIMIT_MSGQUEUE 0. Returns "" or the
// first failure, as a sentence. Lowers soft and hard limits alike, so the
// child can never raise them again.
std::string ApplyRlimits(const RlimitPlan& plan);

}  // namespace moat::sandbox

#endif  // MOAT_SANDBOX_RLIMITS_H_
