// The parent's side of an isolated run: reads the child's frames, passes
// its output to the host, enforces the wall-clock deadline and the host's
// cancel flag, reaps the child and decides the verdict. Nothing the child
// writes or does can crash or hang it: every frame is bounds-checked
// (result_protocol.h), the deadline holds whatever the child does, and the
// child is killed and reaped even if a host callback throws.
#ifndef MOAT_SANDBOX_SUPERVISOR_H_
#define MOAT_SANDBOX_SUPERVISOR_H_

#include <sys/types.h>

#include <atomic>
#include <functional>

#include "absl/status/statusor.h"
#include "moat/isolated.h"
#include "sandbox/isolate.h"

namespace moat::sandbox {

// One page of memory shared with the child, holding its cancel flag.
class SharedCancelFlag {
 public:
  // An anonymous shared mapping (inherited by a direct fork), or, with
  // `as_memfd`, one backed by a memfd that can be sent to the fork server.
  static absl::StatusOr<SharedCancelFlag> Create(bool as_memfd);
  // Maps the memfd another process sent.
  static absl::StatusOr<SharedCancelFlag> Map(int memfd);
  SharedCancelFlag(SharedCancelFlag&& other) noexcept;
  SharedCancelFlag& operator=(SharedCancelFlag&&) = delete;
  ~SharedCancelFlag();
  std::atomic<bool>* flag() const { return flag_; }
  int memfd() const { return memfd_; }

 private:
  SharedCancelFlag(std::atomic<bool>* flag, int memfd) : flag_(flag), memfd_(memfd) {}
  std::atomic<bool>* flag_;
  int memfd_;
};

// A running child as the supervisor sees it.
struct ChildHandle {
  pid_t pid = -1;
  int pidfd = -1;      // readable when the child has exited
  int result_fd = -1;  // the read end of its pipe
  std::atomic<bool>* cancel = nullptr;
  // Waits for the exited child and returns its wait status (or -1 when it
  // cannot be had, e.g. someone else reaped it).
  std::function<int()> reap;
};

// Supervises `child` until it has exited and been reaped; takes ownership
// of its fds. A run refused during set-up gives kFailedPrecondition.
absl::StatusOr<IsolatedResult> Supervise(ChildHandle child, const IsolatedOptions& options);

// Forks the calling process into a child (with test `hooks`, may be null)
// and supervises it.
absl::StatusOr<IsolatedResult> RunForked(const Program& program, const IsolatedOptions& options,
                                         const ChildHooks* hooks);

}  // namespace moat::sandbox

#endif  // MOAT_SANDBOX_SUPERVISOR_H_
