// The isolated child: what it is given, the walls it puts up around itself,
// and the run (moat/isolated.h is the public face). The parent's side is
// sandbox/supervisor.h; the fork server, which forks children on a host's
// behalf, is sandbox/fork_server.h.
//
// Set-up order in the child, each step before the one that would forbid it:
//   1. default signal dispositions, nothing blocked; die with the parent
//   2. the result pipe moved to kResultFd, every other fd closed
//   3. the Interpreter built (everything lazy that would make a system call
//      later happens here: allocation of the builtins and module table)
//   4. rlimits (RLIMIT_AS from the address space now, plus budget, margin)
//   5. PR_SET_NO_NEW_PRIVS
//   6. namespaces: user first (it grants the rest to an unprivileged
//      host), then network, IPC, UTS, mount; each may fail
//   7. [test hook before_filter]
//   8. the output timer and the SIGSYS reporter, then the seccomp filter
//   9. kReady with the layers put up; [test hook after_filter]
//  10. Run (and Finish), output streamed; kResult; _exit.
// A step that may not fail (2, 4, 5, 8) ends the child with kSetupFailed.
#ifndef MOAT_SANDBOX_ISOLATE_H_
#define MOAT_SANDBOX_ISOLATE_H_

#include <sys/types.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "moat/isolated.h"

namespace moat::sandbox {

// The fd number of the result pipe in the child.
inline constexpr int kResultFd = 3;

// What a child needs to run, as plain data (the fork server receives it as
// bytes, EncodeChildSpec).
struct ChildSpec {
  std::shared_ptr<const CompiledModule> module;
  std::vector<std::string> argv;
  std::string input;  // the script's whole standard input
  uint64_t hash_seed = 0;
  Limits limits;  // `cancel` is ignored: the child is given a shared flag
  bool finish = true;
  uint64_t address_space_margin_bytes = 0;
  bool unshare_namespaces = true;
};

ChildSpec SpecFor(const Program& program, const IsolatedOptions& options);
std::string EncodeChildSpec(const ChildSpec& spec);
absl::StatusOr<ChildSpec> DecodeChildSpec(std::string_view bytes);

// Test-only: code run in the prepared child, given the result fd. Either
// may write frames, end the process, or return (the run then goes on).
struct ChildHooks {
  std::function<void(int result_fd)> before_filter;
  std::function<void(int result_fd)> after_filter;
};

// The child. `result_fd` is the write end of its pipe, `cancel` a flag in
// memory shared with the parent, `parent` the pid that must stay alive.
// Never returns.
[[noreturn]] void RunChild(const ChildSpec& spec, int result_fd,
                           const std::atomic<bool>* cancel, pid_t parent,
                           const ChildHooks* hooks);

// The bits of kReady's payload, one per IsolationLayers field.
enum LayerBit : uint32_t {
  kLayerFdsClosed = 1u << 0,
  kLayerRlimits = 1u << 1,
  kLayerAddressSpace = 1u << 2,
  kLayerNoNewPrivs = 1u << 3,
  kLayerSeccomp = 1u << 4,
  kLayerUserNamespace = 1u << 5,
  kLayerNetworkNamespace = 1u << 6,
  kLayerIpcNamespace = 1u << 7,
  kLayerUtsNamespace = 1u << 8,
  kLayerMountNamespace = 1u << 9,
};
inline constexpr uint32_t kRequiredLayers =
    kLayerFdsClosed | kLayerRlimits | kLayerNoNewPrivs | kLayerSeccomp;
inline constexpr uint32_t kAllLayers = (1u << 10) - 1;

IsolationLayers LayersFromBits(uint32_t bits);

}  // namespace moat::sandbox

#endif  // MOAT_SANDBOX_ISOLATE_H_
