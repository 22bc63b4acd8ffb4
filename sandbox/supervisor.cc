// The parent's side of an isolated run (supervisor.h).
#include "sandbox/supervisor.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/pidfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>

#include "sandbox/result_protocol.h"
#include "sandbox/seccomp_policy.h"
#include "vm/str_util.h"

namespace moat::sandbox {

namespace {

using Clock = std::chrono::steady_clock;

// How often the host's cancel flag is looked at while the child runs.
constexpr int kCancelPollMs = 20;

void DefaultWriteOutput(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

void DefaultWriteError(std::string_view text) {
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
}

std::string SignalName(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  return abbrev != nullptr ? StrCat("SIG", abbrev) : StrCat("signal ", sig);
}

// Kills and reaps the child if the supervisor leaves early (a host
// callback that throws), and closes the fds it was given.
class ChildGuard {
 public:
  explicit ChildGuard(ChildHandle& child) : child_(child) {}
  ~ChildGuard() {
    if (!reaped_) {
      Kill();
      child_.reap();
    }
    if (child_.pidfd >= 0) close(child_.pidfd);
    if (child_.result_fd >= 0) close(child_.result_fd);
  }
  void Kill() {
    if (killed_) return;
    killed_ = true;
    // Through the pidfd, which cannot name a recycled pid.
    if (syscall(SYS_pidfd_send_signal, child_.pidfd, SIGKILL, nullptr, 0) != 0) {
      kill(child_.pid, SIGKILL);
    }
  }
  int Reap() {
    reaped_ = true;
    return child_.reap();
  }

 private:
  ChildHandle& child_;
  bool killed_ = false;
  bool reaped_ = false;
};

// What the frames said so far.
struct Transcript {
  bool ready = false;
  uint32_t layers = 0;
  std::optional<std::string> setup_failed;
  std::optional<RunResult> result;
  std::optional<BlockedSyscall> blocked;
  std::string protocol_error;  // the first violation, "" if none
  uint64_t output_bytes = 0;
};

// The most output a child may send: the budget, plus one traceback of its
// own (RunProgram in isolate.cc), saturating.
uint64_t OutputAllowance(const Limits& limits) {
  uint64_t max = limits.max_output_bytes;
  return max > UINT64_MAX - kMaxResultText ? UINT64_MAX : max + kMaxResultText;
}

class FrameHandler {
 public:
  FrameHandler(const IsolatedOptions& options, Transcript& t)
      : options_(options),
        t_(t),
        write_output_(options.write_output ? options.write_output : DefaultWriteOutput),
        write_error_(options.write_error ? options.write_error : DefaultWriteError) {}

  // Handles one frame; sets t_.protocol_error on a violation.
  void Handle(const Frame& frame) {
    if (!t_.protocol_error.empty()) return;
    auto violate = [&](std::string what) { t_.protocol_error = std::move(what); };
    if (!t_.ready && !t_.setup_failed && frame.type != FrameType::kReady &&
        frame.type != FrameType::kSetupFailed && frame.type != FrameType::kBlockedSyscall) {
      return violate(StrCat("the child sent a frame of type ", static_cast<uint32_t>(frame.type),
                            " before it was ready"));
    }
    if (t_.result && frame.type != FrameType::kBlockedSyscall) {
      return violate("the child sent a frame after its result");
    }
    switch (frame.type) {
      case FrameType::kReady: {
        absl::StatusOr<uint32_t> layers = DecodeReady(frame.payload);
        if (!layers.ok() || t_.ready || t_.setup_failed) return violate("a misplaced ready frame");
        if ((*layers & ~kAllLayers) != 0 || (*layers & kRequiredLayers) != kRequiredLayers) {
          return violate("the child reported ready without its required walls");
        }
        t_.ready = true;
        t_.layers = *layers;
        return;
      }
      case FrameType::kSetupFailed:
        if (t_.ready || t_.setup_failed) return violate("a misplaced set-up failure");
        t_.setup_failed = frame.payload;
        return;
      case FrameType::kOutput:
      case FrameType::kErrorOutput:
        t_.output_bytes += frame.payload.size();
        if (t_.output_bytes > OutputAllowance(options_.limits)) {
          return violate(StrCat("the child wrote ", t_.output_bytes,
                                " bytes of output, more than the limit of ",
                                options_.limits.max_output_bytes));
        }
        (frame.type == FrameType::kOutput ? write_output_ : write_error_)(frame.payload);
        return;
      case FrameType::kResult: {
        absl::StatusOr<RunResult> result = DecodeResult(frame.payload);
        if (!result.ok()) return violate(std::string(result.status().message()));
        t_.result = std::move(*result);
        return;
      }
      case FrameType::kBlockedSyscall: {
        absl::StatusOr<BlockedSyscall> call = DecodeBlockedSyscall(frame.payload);
        if (!call.ok()) return violate(std::string(call.status().message()));
        if (!t_.blocked) t_.blocked = *call;
        return;
      }
    }
    violate("a frame of unknown type");
  }

 private:
  const IsolatedOptions& options_;
  Transcript& t_;
  std::function<void(std::string_view)> write_output_;
  std::function<void(std::string_view)> write_error_;
};

// The deadline of the whole child, or nullopt for none.
std::optional<Clock::time_point> DeadlineOf(const IsolatedOptions& options,
                                            Clock::time_point start) {
  std::chrono::milliseconds span = options.deadline;
  if (span == Limits::kNoTimeout) return std::nullopt;
  if (span.count() <= 0) {
    if (options.limits.timeout == Limits::kNoTimeout) return std::nullopt;
    span = options.limits.timeout + options.deadline_grace;
  }
  // Beyond a few centuries is no deadline (and would overflow the clock).
  if (span > std::chrono::hours(24 * 365 * 100)) return std::nullopt;
  return start + span;
}

uint64_t MsSince(Clock::time_point start) {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
}

ScriptError TimeLimitError(uint64_t used_ms, uint64_t limit_ms, std::string_view message) {
  ScriptError e;
  e.type_name = "LimitExceeded";
  e.message = std::string(message);
  e.traceback = StrCat("LimitExceeded: ", message, "\n");
  e.exit_status = kExitLimit;
  e.limit = LimitKind::kTime;
  e.limit_used = used_ms;
  e.limit_value = limit_ms;
  return e;
}

}  // namespace

// ---------------------------------------------------------------------------

absl::StatusOr<SharedCancelFlag> SharedCancelFlag::Create(bool as_memfd) {
  int memfd = -1;
  void* page;
  if (as_memfd) {
    memfd = memfd_create("moat-cancel", MFD_CLOEXEC);
    if (memfd < 0 || ftruncate(memfd, sizeof(std::atomic<bool>)) != 0) {
      int err = errno;
      if (memfd >= 0) close(memfd);
      return absl::InternalError(StrCat("memfd_create failed: ", std::strerror(err)));
    }
    page = mmap(nullptr, sizeof(std::atomic<bool>), PROT_READ | PROT_WRITE, MAP_SHARED, memfd, 0);
  } else {
    page = mmap(nullptr, sizeof(std::atomic<bool>), PROT_READ | PROT_WRITE,
                MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  }
  if (page == MAP_FAILED) {
    int err = errno;
    if (memfd >= 0) close(memfd);
    return absl::InternalError(StrCat("mmap failed: ", std::strerror(err)));
  }
  return SharedCancelFlag(new (page) std::atomic<bool>(false), memfd);
}

absl::StatusOr<SharedCancelFlag> SharedCancelFlag::Map(int memfd) {
  void* page =
      mmap(nullptr, sizeof(std::atomic<bool>), PROT_READ | PROT_WRITE, MAP_SHARED, memfd, 0);
  if (page == MAP_FAILED) {
    return absl::InternalError(StrCat("mmap failed: ", std::strerror(errno)));
  }
  return SharedCancelFlag(static_cast<std::atomic<bool>*>(page), memfd);
}

SharedCancelFlag::SharedCancelFlag(SharedCancelFlag&& other) noexcept
    : flag_(other.flag_), memfd_(other.memfd_) {
  other.flag_ = nullptr;
  other.memfd_ = -1;
}

SharedCancelFlag::~SharedCancelFlag() {
  if (flag_ != nullptr) munmap(flag_, sizeof(std::atomic<bool>));
  if (memfd_ >= 0) close(memfd_);
}

absl::StatusOr<IsolatedResult> Supervise(ChildHandle child, const IsolatedOptions& options) {
  const Clock::time_point start = Clock::now();
  ChildGuard guard(child);
  std::optional<Clock::time_point> deadline = DeadlineOf(options, start);
  fcntl(child.result_fd, F_SETFL, fcntl(child.result_fd, F_GETFL) | O_NONBLOCK);

  Transcript t;
  FrameHandler handler(options, t);
  FrameReader reader;
  std::vector<Frame> frames;
  bool pipe_open = true;
  bool exited = false;
  bool deadline_hit = false;
  bool cancel_sent = false;
  bool cut_short = false;  // killed for a protocol violation
  char buffer[64 << 10];

  // Reads what the pipe holds now; false at EOF.
  auto drain = [&]() {
    while (true) {
      ssize_t n = read(child.result_fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return true;  // EAGAIN: nothing more for now
      if (n == 0) return false;
      if (!t.protocol_error.empty()) continue;  // discard after a violation
      frames.clear();
      absl::Status fed = reader.Feed(std::string_view(buffer, static_cast<size_t>(n)), &frames);
      for (const Frame& f : frames) handler.Handle(f);
      if (!fed.ok() && t.protocol_error.empty()) t.protocol_error = std::string(fed.message());
    }
  };

  while (!exited) {
    if (!t.protocol_error.empty() && !cut_short) {
      guard.Kill();
      cut_short = true;
    }
    if (!cancel_sent && options.limits.cancel != nullptr &&
        options.limits.cancel->load(std::memory_order_relaxed)) {
      // The child's VM stops at its next poll, with a traceback; a child
      // that does not is killed after the grace period.
      cancel_sent = true;
      child.cancel->store(true, std::memory_order_relaxed);
      Clock::time_point by = Clock::now() + options.deadline_grace;
      if (!deadline || by < *deadline) deadline = by;
    }
    int timeout_ms = -1;
    if (deadline) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - Clock::now());
      if (left.count() <= 0 && !deadline_hit) {
        deadline_hit = true;
        guard.Kill();
      }
      timeout_ms = static_cast<int>(std::clamp<int64_t>(left.count() + 1, 0, 1 << 30));
    }
    if (options.limits.cancel != nullptr && !cancel_sent) {
      timeout_ms = timeout_ms < 0 ? kCancelPollMs : std::min(timeout_ms, kCancelPollMs);
    }
    if (deadline_hit) timeout_ms = -1;  // killed: only the exit is left
    struct pollfd fds[2] = {{child.pidfd, POLLIN, 0}, {child.result_fd, POLLIN, 0}};
    int n = poll(fds, pipe_open ? 2 : 1, timeout_ms);
    if (n < 0 && errno != EINTR && t.protocol_error.empty()) {
      t.protocol_error = StrCat("poll failed: ", std::strerror(errno));
    }
    if (n <= 0) continue;
    if (pipe_open && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) pipe_open = drain();
    if (fds[0].revents & POLLIN) {
      exited = true;
      // Whatever the child wrote before it ended is in the pipe already.
      if (pipe_open) pipe_open = drain();
    }
  }
  int status = guard.Reap();

  IsolatedResult r;
  r.stats.output_bytes = t.output_bytes;
  r.stats.wall_ms = MsSince(start);
  r.layers = LayersFromBits(t.layers);
  if (t.setup_failed && !deadline_hit) {
    return absl::FailedPreconditionError(
        StrCat("the isolated run was refused: ", *t.setup_failed));
  }
  if (cancel_sent && deadline_hit) {
    r.verdict = IsolatedVerdict::kLimit;
    r.error = TimeLimitError(0, 0, "the run was cancelled by the host");
    r.error.limit = LimitKind::kCancelled;
    r.stats.limit = LimitKind::kCancelled;
    r.detail = "the child did not stop when cancelled and was killed";
    return r;
  }
  if (deadline_hit) {
    uint64_t limit_ms = static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - start).count());
    r.verdict = IsolatedVerdict::kDeadline;
    r.error = TimeLimitError(r.stats.wall_ms, limit_ms,
                             StrCat("wall-clock deadline passed: the isolated run was killed after ",
                                    r.stats.wall_ms, " ms, the deadline is ", limit_ms, " ms"));
    r.stats.limit = LimitKind::kTime;
    r.detail = StrCat("the child was still running at its wall-clock deadline of ", limit_ms,
                      " ms and was killed");
    return r;
  }
  if (t.blocked) {
    r.verdict = IsolatedVerdict::kKilled;
    r.signal = SIGSYS;
    r.blocked_syscall = SyscallName(t.blocked->arch, t.blocked->number);
    r.detail = StrCat("the child made the system call '", r.blocked_syscall,
                      "', which the isolated run does not allow, and was killed");
    return r;
  }
  if (status != -1 && WIFSIGNALED(status) && !cut_short) {
    r.verdict = IsolatedVerdict::kKilled;
    r.signal = WTERMSIG(status);
    r.detail = StrCat("the child was killed by ", SignalName(r.signal),
                      r.signal == SIGXCPU ? " (it used up its CPU-time limit)" : "");
    return r;
  }
  r.verdict = IsolatedVerdict::kBrokenProtocol;
  if (!t.protocol_error.empty()) {
    r.detail = StrCat("the child broke the result protocol: ", t.protocol_error);
  } else if (status == -1) {
    r.detail = "the child's exit status could not be collected (was it reaped elsewhere?)";
  } else if (reader.MidFrame()) {
    r.detail = "the child's result stream ended inside a frame";
  } else if (!t.result) {
    r.detail = WIFEXITED(status)
                   ? StrCat("the child exited with status ", WEXITSTATUS(status),
                            " without a result")
                   : "the child ended without a result";
  } else if (!WIFEXITED(status) || WEXITSTATUS(status) != kChildExitDone) {
    r.detail = StrCat("the child sent its result but exited with status ",
                      WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  } else {
    RunResult& result = *t.result;
    r.verdict = result.outcome == RunOutcome::kOk      ? IsolatedVerdict::kOk
                : result.outcome == RunOutcome::kError ? IsolatedVerdict::kError
                                                       : IsolatedVerdict::kLimit;
    if (result.outcome != RunOutcome::kOk) r.error = std::move(result.error);
    r.report_written = result.report_streamed;
    r.stats = result.stats;
  }
  return r;
}

absl::StatusOr<IsolatedResult> RunForked(const Program& program, const IsolatedOptions& options,
                                         const ChildHooks* hooks) {
  std::string unavailable = SeccompUnavailableReason();
  if (!unavailable.empty()) {
    return absl::FailedPreconditionError(
        StrCat("the isolated run was refused: ", unavailable));
  }
  absl::StatusOr<SharedCancelFlag> cancel = SharedCancelFlag::Create(/*as_memfd=*/false);
  if (!cancel.ok()) return cancel.status();
  ChildSpec spec = SpecFor(program, options);
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
    return absl::InternalError(StrCat("pipe failed: ", std::strerror(errno)));
  }
  std::fflush(nullptr);  // nothing buffered may be written twice
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    int err = errno;
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    return absl::InternalError(StrCat("fork failed: ", std::strerror(err)));
  }
  if (pid == 0) RunChild(spec, pipe_fds[1], cancel->flag(), parent, hooks);
  close(pipe_fds[1]);
  int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (pidfd < 0) {
    int err = errno;
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    close(pipe_fds[0]);
    return absl::InternalError(StrCat("pidfd_open failed: ", std::strerror(err)));
  }
  ChildHandle child;
  child.pid = pid;
  child.pidfd = pidfd;
  child.result_fd = pipe_fds[0];
  child.cancel = cancel->flag();
  child.reap = [pid]() {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
      if (errno != EINTR) return -1;
    }
    return status;
  };
  return Supervise(std::move(child), options);
}

}  // namespace moat::sandbox
