// The seccomp-BPF filter of an isolated child: the system calls the VM may
// still make once its set-up is done, and the SIGSYS handler that names a
// blocked one to the parent.
#ifndef MOAT_SANDBOX_SECCOMP_POLICY_H_
#define MOAT_SANDBOX_SECCOMP_POLICY_H_

#include <cstdint>
#include <string>

namespace moat::sandbox {

// Whether this kernel runs seccomp filters (prctl(PR_GET_SECCOMP) and the
// kernel's filter action list). "" when it does, else why not.
std::string SeccompUnavailableReason();

// Installs the SIGSYS handler that reports a trapped call as a
// kBlockedSyscall frame on `result_fd` and exits. Call before
// InstallSeccompFilter.
void InstallBlockedSyscallReporter(int result_fd);

// Loads the filter (result_protocol.h names the frames; the list and why
// each call is there is in seccomp_policy.cc). Any other call traps
// (SIGSYS, reported by the handler above); a call from another
// architecture kills the process. Returns "" or why it failed.
std::string InstallSeccompFilter(int result_fd);

// "openat" for (AUDIT_ARCH_X86_64, 257); "syscall N" when libseccomp does
// not know the number.
std::string SyscallName(uint32_t arch, int32_t number);

}  // namespace moat::sandbox

#endif  // MOAT_SANDBOX_SECCOMP_POLICY_H_
