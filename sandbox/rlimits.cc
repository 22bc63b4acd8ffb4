// Resource limits of an isolated child (rlimits.h).
#include "sandbox/rlimits.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstring>

#include "vm/str_util.h"

namespace moat::sandbox {

RlimitPlan PlanRlimits(const Limits& limits, uint64_t current_address_space,
                       uint64_t margin_bytes, uint64_t max_fds, bool address_space_allowed) {
  RlimitPlan plan;
  plan.max_fds = max_fds;
  if (address_space_allowed && current_address_space != 0 &&
      limits.max_memory_bytes != Limits::kUnlimited) {
    uint64_t total = current_address_space;
    // Saturate rather than wrap: a huge budget means no practical cap.
    for (uint64_t add : {limits.max_memory_bytes, margin_bytes}) {
      total = add > UINT64_MAX - total ? UINT64_MAX : total + add;
    }
    plan.address_space_bytes = total == UINT64_MAX ? 0 : total;
  }
  if (limits.timeout != Limits::kNoTimeout && limits.timeout.count() >= 0) {
    // The VM stops at the timeout with a traceback; the CPU limit only
    // catches a child that got past it, a second later at the earliest.
    uint64_t ms = static_cast<uint64_t>(limits.timeout.count());
    plan.cpu_seconds = ms / 1000 + 2;
  }
  return plan;
}

uint64_t CurrentAddressSpace() {
  int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buf[128];
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return 0;
  // The first field is the total program size in pages.
  uint64_t pages = 0;
  for (ssize_t i = 0; i < n && buf[i] >= '0' && buf[i] <= '9'; ++i) {
    pages = pages * 10 + static_cast<uint64_t>(buf[i] - '0');
  }
  return pages * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

namespace {

bool SetBoth(int resource, uint64_t soft, uint64_t hard, const char* name, std::string* error) {
  struct rlimit r;
  r.rlim_cur = static_cast<rlim_t>(soft);
  r.rlim_max = static_cast<rlim_t>(hard);
  if (setrlimit(resource, &r) == 0) return true;
  *error = StrCat("setrlimit(", name, ") failed: ", std::strerror(errno));
  return false;
}

}  // namespace

std::string ApplyRlimits(const RlimitPlan& plan) {
  std::string error;
  bool ok = SetBoth(RLIMIT_FSIZE, 0, 0, "RLIMIT_FSIZE", &error) &&
            SetBoth(RLIMIT_CORE, 0, 0, "RLIMIT_CORE", &error) &&
            SetBoth(RLIMIT_NPROC, 0, 0, "RLIMIT_NPROC", &error) &&
            SetBoth(RLIMIT_MEMLOCK, 0, 0, "RLIMIT_MEMLOCK", &error) &&
            SetBoth(RLIMIT_MSGQUEUE, 0, 0, "RLIMIT_MSGQUEUE", &error) &&
            SetBoth(RLIMIT_NOFILE, plan.max_fds, plan.max_fds, "RLIMIT_NOFILE", &error);
  if (ok && plan.cpu_seconds != 0) {
    ok = SetBoth(RLIMIT_CPU, plan.cpu_seconds, plan.cpu_seconds + 1, "RLIMIT_CPU", &error);
  }
  if (ok && plan.address_space_bytes != 0) {
    ok = SetBoth(RLIMIT_AS, plan.address_space_bytes, plan.address_space_bytes, "RLIMIT_AS",
                 &error);
  }
  return ok ? std::string() : error;
}

}  // namespace moat::sandbox
