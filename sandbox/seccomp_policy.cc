// The seccomp-BPF policy of an isolated child (seccomp_policy.h).
//
// Once the filter is up the child only computes: everything it needs was
// set up before (the Interpreter is built, the fds closed, the output timer
// armed), so what remains is memory management, the clock, writes of
// frames to its one pipe, and exiting. The list below is what glibc's
// malloc, libstdc++, GMP, RE2, PCRE2, utf8proc and absl were seen calling
// (strace of runs of the conformance suite in the child) and nothing more.
// Every other call traps: SIGSYS, whose handler writes the call's number in
// a kBlockedSyscall frame and exits, so the parent can name it.
#include "sandbox/seccomp_policy.h"

#include <errno.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>

#include "sandbox/result_protocol.h"
#include "vm/str_util.h"

namespace moat::sandbox {

namespace {

// The handler's only state: set once before the filter goes up.
int g_report_fd = -1;

void OnBlockedSyscall(int, siginfo_t* info, void*) {
  unsigned char frame[kFrameHeaderBytes + 8];
  EncodeBlockedSyscallFrame(BlockedSyscall{info->si_syscall, info->si_arch}, frame);
  WriteAll(g_report_fd, frame, sizeof frame);
  // _exit, not exit: no atexit handler or sanitizer leak check may run in a
  // filtered process (they would make calls the filter traps).
  _exit(kBlockedSyscallExit);
}

// A comparison of argument `arg`. libseccomp's SCMP_A* macros build the
// struct from fewer initializers than it has fields (datum_b), which
// clang's -Wmissing-field-initializers reports; this names all four.
constexpr scmp_arg_cmp ArgCmp(unsigned int arg, scmp_compare op, scmp_datum_t datum_a,
                              scmp_datum_t datum_b = 0) {
  return scmp_arg_cmp{arg, op, datum_a, datum_b};
}

struct Rule {
  int syscall;
  const char* why;
};

// Allowed without conditions.
constexpr Rule kAllowed[] = {
    {SCMP_SYS(exit), "the end of the run"},
    {SCMP_SYS(exit_group), "the end of the run (_exit)"},
    {SCMP_SYS(rt_sigreturn), "return from the output timer's SIGALRM handler"},
    {SCMP_SYS(munmap), "malloc, the VM's arenas"},
    {SCMP_SYS(mremap), "realloc of large blocks"},
    {SCMP_SYS(brk), "malloc's main arena"},
    {SCMP_SYS(madvise), "malloc trimming freed memory"},
    {SCMP_SYS(futex), "libstdc++ once-initialization (std::call_once, static locals)"},
    {SCMP_SYS(clock_gettime), "the timeout check and stats, when the vDSO falls back"},
    {SCMP_SYS(getpid), "abort() (std::terminate, e.g. out of address space)"},
    {SCMP_SYS(gettid), "abort()"},
    {SCMP_SYS(rt_sigprocmask), "abort()"},
#ifdef MOAT_SANITIZED_BUILD
    // ASan/UBSan builds only, which exist to find VM bugs, not to run
    // untrusted code in production. UBSan's vptr check asks whether a
    // vtable is readable by writing it into a fresh pipe
    // (__sanitizer::IsAccessibleMemoryRange, on every cache miss), so it
    // needs pipe2, close and writes to any fd (below); the sanitizers'
    // spin locks yield, and a report asks for its thread's state. A report
    // goes to fd 2, which is closed: it is lost, and the child ends with
    // the sanitizer's exit code (a kBrokenProtocol verdict).
    {SCMP_SYS(pipe2), "UBSan's vptr check"},
    {SCMP_SYS(close), "UBSan's vptr check"},
    {SCMP_SYS(sched_yield), "sanitizer spin locks"},
    {SCMP_SYS(sigaltstack), "sanitizer reports"},
    {SCMP_SYS(prctl), "sanitizer reports"},
#endif
};

std::string Failed(const char* what, int rc) {
  return StrCat(what, " failed: ", std::strerror(-rc));
}

}  // namespace

std::string SeccompUnavailableReason() {
  if (prctl(PR_GET_SECCOMP, 0, 0, 0, 0) < 0) {
    return StrCat("this kernel has no seccomp (prctl(PR_GET_SECCOMP): ", std::strerror(errno),
                  ")");
  }
  // Seccomp of kernels without filters (CONFIG_SECCOMP_FILTER off) has
  // strict mode only.
  unsigned int action = SECCOMP_RET_TRAP;
  if (syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action) != 0) {
    return StrCat("this kernel cannot trap system calls with a seccomp filter (",
                  std::strerror(errno), ")");
  }
  return "";
}

void InstallBlockedSyscallReporter(int result_fd) {
  g_report_fd = result_fd;
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = OnBlockedSyscall;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSYS, &sa, nullptr);
}

std::string InstallSeccompFilter(int result_fd) {
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_TRAP);
  if (ctx == nullptr) return "seccomp_init failed";
  std::string error;
  auto add = [&](uint32_t action, int syscall, unsigned count,
                 const scmp_arg_cmp* args) -> bool {
    int rc = seccomp_rule_add_array(ctx, action, syscall, count, args);
    if (rc != 0) error = Failed("seccomp_rule_add", rc);
    return rc == 0;
  };
  bool ok = true;
  // Another architecture's calls (32-bit int 0x80, x32) kill outright.
  int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
  if (rc != 0) {
    error = Failed("seccomp_attr_set", rc);
    ok = false;
  }
  for (const Rule& rule : kAllowed) {
    ok = ok && add(SCMP_ACT_ALLOW, rule.syscall, 0, nullptr);
  }
  // Frames go to the result pipe. Any other fd is closed already; a write
  // to one (std::terminate's message to stderr) fails as it would anyway.
  const scmp_arg_cmp on_pipe[] = {ArgCmp(0, SCMP_CMP_EQ, static_cast<scmp_datum_t>(result_fd))};
  const scmp_arg_cmp off_pipe[] = {ArgCmp(0, SCMP_CMP_NE, static_cast<scmp_datum_t>(result_fd))};
#ifdef MOAT_SANITIZED_BUILD
  (void)on_pipe;
  (void)off_pipe;
  ok = ok && add(SCMP_ACT_ALLOW, SCMP_SYS(write), 0, nullptr);  // see kAllowed
#else
  ok = ok && add(SCMP_ACT_ALLOW, SCMP_SYS(write), 1, on_pipe) &&
       add(SCMP_ACT_ERRNO(EBADF), SCMP_SYS(write), 1, off_pipe);
#endif
  // Memory, never executable: no code the script could have written to
  // memory can be made runnable.
  const scmp_arg_cmp no_exec[] = {ArgCmp(2, SCMP_CMP_MASKED_EQ, PROT_EXEC, 0)};
  ok = ok && add(SCMP_ACT_ALLOW, SCMP_SYS(mmap), 1, no_exec) &&
       add(SCMP_ACT_ALLOW, SCMP_SYS(mprotect), 1, no_exec);
  // abort() signals itself with SIGABRT; no other signal, no other target.
  const scmp_arg_cmp self_abort[] = {
      ArgCmp(0, SCMP_CMP_EQ, static_cast<scmp_datum_t>(getpid())),
      ArgCmp(2, SCMP_CMP_EQ, static_cast<scmp_datum_t>(SIGABRT))};
  ok = ok && add(SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 2, self_abort);
  if (ok) {
    rc = seccomp_load(ctx);
    if (rc != 0) {
      error = Failed("seccomp_load", rc);
      ok = false;
    }
  }
  seccomp_release(ctx);
  return ok ? std::string() : error;
}

std::string SyscallName(uint32_t arch, int32_t number) {
  char* name = seccomp_syscall_resolve_num_arch(arch, number);
  if (name == nullptr) return StrCat("syscall ", number);
  std::string out(name);
  free(name);
  return out;
}

}  // namespace moat::sandbox
