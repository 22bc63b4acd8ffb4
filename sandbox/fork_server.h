// The fork server behind IsolatedRunner: a small process forked from the
// host once, which forks each isolated child on the host's behalf. A host
// with a large or threaded address space then pays for neither in each
// run, and no child inherits locks other host threads held.
//
// Protocol on a Unix stream socket (host <-> server), one run at a time:
//   host:   u64le length, then the ChildSpec bytes (EncodeChildSpec); the
//           first byte carries SCM_RIGHTS [result pipe write end, memfd of
//           the shared cancel flag]
//   server: u32le 0 and i32le child pid with SCM_RIGHTS [pidfd], or
//           u32le 1 and u32le length + text when the child could not be
//           started; then, once the child has exited, i32le wait status
// The server reaps its children (they are not the host's), so the host
// kills through the pidfd and learns the exit status from the socket. The
// server exits when the host's end of the socket closes; its children die
// with it (PR_SET_PDEATHSIG).
#ifndef MOAT_SANDBOX_FORK_SERVER_H_
#define MOAT_SANDBOX_FORK_SERVER_H_

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <mutex>

#include "absl/status/statusor.h"
#include "moat/isolated.h"

namespace moat::sandbox {

class ForkServer {
 public:
  // Forks the server from the calling process.
  static absl::StatusOr<std::unique_ptr<ForkServer>> Start();
  ~ForkServer();
  ForkServer(const ForkServer&) = delete;
  ForkServer& operator=(const ForkServer&) = delete;

  // One isolated run through the server; runs wait for each other. A
  // request larger than kMaxRequestBytes is refused here (kInvalidArgument)
  // and the server keeps serving.
  absl::StatusOr<IsolatedResult> Run(const Program& program, const IsolatedOptions& options);

  // The largest run request (program, input and settings, encoded) the
  // server accepts; bounded so a confused peer cannot make it allocate
  // without end. The server quits on a larger one, since it cannot skip it.
  static constexpr uint64_t kMaxRequestBytes = uint64_t{1} << 30;

  pid_t pid() const { return pid_; }

 private:
  ForkServer(pid_t pid, int socket) : pid_(pid), socket_(socket) {}
  pid_t pid_;
  int socket_;
  std::mutex mu_;
};

}  // namespace moat::sandbox

#endif  // MOAT_SANDBOX_FORK_SERVER_H_
