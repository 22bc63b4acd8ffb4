// The fork server (fork_server.h).
#include "sandbox/fork_server.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "sandbox/isolate.h"
#include "sandbox/seccomp_policy.h"
#include "sandbox/supervisor.h"
#include "vm/str_util.h"

namespace moat::sandbox {

namespace {

bool SendAll(int sock, const void* data, size_t size, const int* fds, int nfds) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    struct iovec iov = {const_cast<char*>(p), size};
    struct msghdr msg;
    std::memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    alignas(struct cmsghdr) char control[CMSG_SPACE(2 * sizeof(int))];
    if (nfds > 0) {
      msg.msg_control = control;
      msg.msg_controllen = CMSG_SPACE(nfds * sizeof(int));
      struct cmsghdr* c = CMSG_FIRSTHDR(&msg);
      c->cmsg_level = SOL_SOCKET;
      c->cmsg_type = SCM_RIGHTS;
      c->cmsg_len = CMSG_LEN(nfds * sizeof(int));
      std::memcpy(CMSG_DATA(c), fds, nfds * sizeof(int));
    }
    ssize_t n = sendmsg(sock, &msg, MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    nfds = 0;  // the fds went with the first byte
    p += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// Receives exactly `size` bytes; fds that came with them go to `fds` (up
// to `max_fds`, the count in *nfds; extras are closed).
bool RecvAll(int sock, void* data, size_t size, int* fds = nullptr, int max_fds = 0,
             int* nfds = nullptr) {
  char* p = static_cast<char*>(data);
  if (nfds != nullptr) *nfds = 0;
  while (size > 0) {
    struct iovec iov = {p, size};
    struct msghdr msg;
    std::memset(&msg, 0, sizeof msg);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    alignas(struct cmsghdr) char control[CMSG_SPACE(4 * sizeof(int))];
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    ssize_t n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    for (struct cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
      if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
      int count = static_cast<int>((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
      for (int i = 0; i < count; ++i) {
        int fd;
        std::memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
        if (nfds != nullptr && *nfds < max_fds) {
          fds[(*nfds)++] = fd;
        } else {
          close(fd);
        }
      }
    }
    p += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

void PutU32(char* p, uint32_t v) { std::memcpy(p, &v, 4); }  // x86-64 and arm64: little-endian

bool ReplyFailure(int sock, std::string_view why) {
  char head[8];
  PutU32(head, 1);
  PutU32(head + 4, static_cast<uint32_t>(why.size()));
  return SendAll(sock, head, sizeof head, nullptr, 0) &&
         SendAll(sock, why.data(), why.size(), nullptr, 0);
}

// Serves one request; false when the host is gone.
bool ServeOne(int sock) {
  uint64_t length = 0;
  int fds[2] = {-1, -1};
  int nfds = 0;
  if (!RecvAll(sock, &length, sizeof length, fds, 2, &nfds)) return false;
  auto close_fds = [&]() {
    for (int i = 0; i < nfds; ++i) close(fds[i]);
  };
  if (length > ForkServer::kMaxRequestBytes) {
    close_fds();
    return false;
  }
  std::string request(length, '\0');
  if (!RecvAll(sock, request.data(), request.size())) {
    close_fds();
    return false;
  }
  absl::StatusOr<ChildSpec> spec = DecodeChildSpec(request);
  if (nfds != 2 || !spec.ok()) {
    close_fds();
    return ReplyFailure(sock, "the fork server received a malformed run request");
  }
  absl::StatusOr<SharedCancelFlag> cancel = SharedCancelFlag::Map(fds[1]);
  if (!cancel.ok()) {
    close(fds[0]);
    return ReplyFailure(sock, std::string(cancel.status().message()));
  }
  pid_t self = getpid();
  pid_t pid = fork();
  if (pid == 0) RunChild(*spec, fds[0], cancel->flag(), self, nullptr);
  int err = errno;
  close(fds[0]);
  if (pid < 0) return ReplyFailure(sock, StrCat("fork failed: ", std::strerror(err)));
  int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (pidfd < 0) {
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    return ReplyFailure(sock, StrCat("pidfd_open failed: ", std::strerror(errno)));
  }
  char reply[8];
  PutU32(reply, 0);
  PutU32(reply + 4, static_cast<uint32_t>(pid));
  bool sent = SendAll(sock, reply, sizeof reply, &pidfd, 1);
  close(pidfd);
  if (!sent) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return sent && SendAll(sock, &status, sizeof status, nullptr, 0);
}

[[noreturn]] void ServerMain(int sock) {
  for (int sig = 1; sig < NSIG; ++sig) {
    if (sig != SIGKILL && sig != SIGSTOP) signal(sig, SIG_DFL);
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  // Keep only the socket: the host's fds are none of the server's business.
  int keep = dup2(sock, 3) < 0 ? sock : 3;
  if (keep == 3 && sock != 3) close(sock);
  close_range(0, 2, 0);
  close_range(4, ~0u, 0);
  while (ServeOne(keep)) {
  }
  _exit(0);
}

}  // namespace

absl::StatusOr<std::unique_ptr<ForkServer>> ForkServer::Start() {
  std::string unavailable = SeccompUnavailableReason();
  if (!unavailable.empty()) {
    return absl::FailedPreconditionError(StrCat("isolated runs are refused: ", unavailable));
  }
  int pair[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
    return absl::InternalError(StrCat("socketpair failed: ", std::strerror(errno)));
  }
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    int err = errno;
    close(pair[0]);
    close(pair[1]);
    return absl::InternalError(StrCat("fork failed: ", std::strerror(err)));
  }
  if (pid == 0) ServerMain(pair[1]);
  close(pair[1]);
  return std::unique_ptr<ForkServer>(new ForkServer(pid, pair[0]));
}

ForkServer::~ForkServer() {
  close(socket_);  // the server sees EOF and exits
  while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
  }
}

absl::StatusOr<IsolatedResult> ForkServer::Run(const Program& program,
                                               const IsolatedOptions& options) {
  std::lock_guard<std::mutex> lock(mu_);
  // The server would quit on an oversized request, so refuse it here; the
  // input is checked first so a huge one is not copied just to be refused.
  auto too_large = [](uint64_t size) {
    return absl::InvalidArgumentError(
        StrCat("the isolated run request (program, input and settings) is ", size,
               " bytes; an IsolatedRunner takes at most ", kMaxRequestBytes >> 20, " MiB"));
  };
  if (options.input.size() > kMaxRequestBytes) return too_large(options.input.size());
  absl::StatusOr<SharedCancelFlag> cancel = SharedCancelFlag::Create(/*as_memfd=*/true);
  if (!cancel.ok()) return cancel.status();
  std::string request = EncodeChildSpec(SpecFor(program, options));
  if (request.size() > kMaxRequestBytes) return too_large(request.size());
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
    return absl::InternalError(StrCat("pipe failed: ", std::strerror(errno)));
  }
  const int fds[2] = {pipe_fds[1], cancel->memfd()};
  uint64_t length = request.size();
  bool sent = SendAll(socket_, &length, sizeof length, fds, 2) &&
              SendAll(socket_, request.data(), request.size(), nullptr, 0);
  close(pipe_fds[1]);
  auto gone = [&]() {
    close(pipe_fds[0]);
    return absl::InternalError("the fork server is gone; create a new IsolatedRunner");
  };
  if (!sent) return gone();
  char head[8];
  int pidfd = -1;
  int nfds = 0;
  if (!RecvAll(socket_, head, sizeof head, &pidfd, 1, &nfds)) return gone();
  uint32_t kind, value;
  std::memcpy(&kind, head, 4);
  std::memcpy(&value, head + 4, 4);
  if (kind != 0) {
    std::string why(std::min<uint32_t>(value, 4096), '\0');
    close(pipe_fds[0]);
    if (!RecvAll(socket_, why.data(), why.size())) return gone();
    return absl::InternalError(why);
  }
  if (nfds != 1) return gone();
  ChildHandle child;
  child.pid = static_cast<pid_t>(value);
  child.pidfd = pidfd;
  child.result_fd = pipe_fds[0];
  child.cancel = cancel->flag();
  int sock = socket_;
  child.reap = [sock]() {
    int status = -1;
    return RecvAll(sock, &status, sizeof status) ? status : -1;
  };
  return Supervise(std::move(child), options);
}

}  // namespace moat::sandbox
