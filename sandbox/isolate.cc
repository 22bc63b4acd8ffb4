// The isolated child (isolate.h): set-up, the run, and its output stream.
#include "sandbox/isolate.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/time.h>
#include <unistd.h>

#include <csignal>
#include <cstring>

#include "sandbox/result_protocol.h"
#include "sandbox/rlimits.h"
#include "sandbox/seccomp_policy.h"
#include "vm/code_image_bytes.h"
#include "vm/str_util.h"

namespace moat::sandbox {

namespace {

// ---------------------------------------------------------------------------
// The output stream. Writes from the script are gathered in one buffer and
// sent as kOutput/kErrorOutput frames when it fills, when the stream
// changes, at the end, and from a 10 ms interval timer: output reaches the
// parent promptly without a system call per print(). The timer's handler
// flushes only when the main path is not inside Write (`busy`), so frames
// never interleave.

constexpr size_t kOutputBuffer = 16 << 10;
constexpr long kFlushIntervalUs = 10'000;

struct OutputStream {
  int fd = -1;
  volatile sig_atomic_t busy = 0;
  FrameType type = FrameType::kOutput;
  size_t length = 0;
  // The frame header sits right before the bytes, so a flush is one write.
  unsigned char frame[kFrameHeaderBytes + kOutputBuffer];
};

OutputStream g_out;

// While Finish runs after an uncaught exception: the error's report, which
// the first text Finish writes to the error stream must follow, as CPython
// prints a traceback before its exit cleanup's unraisable reports.
const std::string* g_report_before_exit_errors = nullptr;
bool g_report_streamed = false;

void StoreHeader(unsigned char* p, uint32_t type, uint32_t length) {
  for (int i = 0; i < 4; ++i) {
    p[i] = static_cast<unsigned char>((type >> (8 * i)) & 0xff);
    p[4 + i] = static_cast<unsigned char>((length >> (8 * i)) & 0xff);
  }
}

// Sends what is buffered. Async-signal-safe.
void FlushBuffered() {
  if (g_out.length == 0) return;
  StoreHeader(g_out.frame, static_cast<uint32_t>(g_out.type), static_cast<uint32_t>(g_out.length));
  WriteAll(g_out.fd, g_out.frame, kFrameHeaderBytes + g_out.length);
  g_out.length = 0;
}

void OnFlushTimer(int) {
  if (g_out.busy) return;
  int saved = errno;
  FlushBuffered();
  errno = saved;
}

void WriteStream(FrameType type, std::string_view text) {
  g_out.busy = 1;
  std::atomic_signal_fence(std::memory_order_seq_cst);
  if (g_out.length != 0 && g_out.type != type) FlushBuffered();
  g_out.type = type;
  while (!text.empty()) {
    if (g_out.length == kOutputBuffer) FlushBuffered();
    size_t take = std::min(text.size(), kOutputBuffer - g_out.length);
    std::memcpy(g_out.frame + kFrameHeaderBytes + g_out.length, text.data(), take);
    g_out.length += take;
    text.remove_prefix(take);
  }
  std::atomic_signal_fence(std::memory_order_seq_cst);
  g_out.busy = 0;
}

void FlushStream() {
  g_out.busy = 1;
  std::atomic_signal_fence(std::memory_order_seq_cst);
  FlushBuffered();
  std::atomic_signal_fence(std::memory_order_seq_cst);
  g_out.busy = 0;
}

bool StartFlushTimer() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = OnFlushTimer;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGALRM, &sa, nullptr) != 0) return false;
  struct itimerval every;
  every.it_interval.tv_sec = 0;
  every.it_interval.tv_usec = kFlushIntervalUs;
  every.it_value = every.it_interval;
  return setitimer(ITIMER_REAL, &every, nullptr) == 0;
}

// ---------------------------------------------------------------------------
// Set-up.

[[noreturn]] void SetupFailed(int fd, std::string_view why) {
  std::string frame = EncodeFrame(FrameType::kSetupFailed, why.substr(0, kMaxSetupMessage));
  WriteAll(fd, frame.data(), frame.size());
  _exit(kChildExitSetupFailed);
}

void ResetSignals() {
  for (int sig = 1; sig < NSIG; ++sig) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    signal(sig, SIG_DFL);
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
}

// Puts the pipe at kResultFd and closes every other fd (stdin, stdout and
// stderr included). Returns "" or why not.
std::string KeepOnlyResultFd(int result_fd) {
  if (result_fd != kResultFd) {
    if (dup2(result_fd, kResultFd) < 0) return StrCat("dup2 failed: ", std::strerror(errno));
    close(result_fd);
  }
  if (close_range(0, kResultFd - 1, 0) != 0 ||
      close_range(kResultFd + 1, ~0u, 0) != 0) {
    return StrCat("close_range failed: ", std::strerror(errno));
  }
  return "";
}

uint32_t UnshareNamespaces() {
  uint32_t bits = 0;
  if (unshare(CLONE_NEWUSER) == 0) bits |= kLayerUserNamespace;
  const struct {
    int flag;
    uint32_t bit;
  } kSpaces[] = {{CLONE_NEWNET, kLayerNetworkNamespace},
                 {CLONE_NEWIPC, kLayerIpcNamespace},
                 {CLONE_NEWUTS, kLayerUtsNamespace},
                 {CLONE_NEWNS, kLayerMountNamespace}};
  for (const auto& space : kSpaces) {
    if (unshare(space.flag) == 0) bits |= space.bit;
  }
  return bits;
}

// The error stream of the child's interpreter.
void WriteErrorStream(std::string_view text) {
  if (const std::string* report = g_report_before_exit_errors) {
    g_report_before_exit_errors = nullptr;
    g_report_streamed = true;
    WriteStream(FrameType::kErrorOutput, *report);
  }
  WriteStream(FrameType::kErrorOutput, text);
}

// How the run ended, as `moat run` reports it: Run, then Finish unless a
// limit stopped the run. After an error, the error's report goes to the
// error stream before anything Finish writes there or before Finish's own
// error, where CPython prints it before its exit cleanup; otherwise the
// parent prints it from the result.
RunResult RunProgram(Interpreter& interp, const Program& program, bool finish) {
  auto to_result = [](const absl::Status& status, const RunStats& stats) {
    RunResult r;
    r.stats = stats;
    if (status.ok()) return r;
    std::optional<ScriptError> error = GetScriptError(status);
    if (error) {
      r.error = std::move(*error);
    } else {
      r.error.message = std::string(status.message());
    }
    r.outcome = r.error.limit != LimitKind::kNone ? RunOutcome::kLimit : RunOutcome::kError;
    return r;
  };
  absl::Status status = interp.Run(program);
  RunResult result = to_result(status, interp.last_run_stats());
  if (finish && result.outcome != RunOutcome::kLimit) {
    std::string report;
    if (result.outcome == RunOutcome::kError) {
      report = result.error.type_name.empty() ? StrCat("moat: ", result.error.message, "\n")
                                              : result.error.traceback;
      g_report_before_exit_errors = &report;
    }
    absl::Status finished = interp.Finish();
    g_report_before_exit_errors = nullptr;
    if (!finished.ok()) {
      if (result.outcome == RunOutcome::kError && !g_report_streamed) {
        WriteStream(FrameType::kErrorOutput, report);
      }
      result = to_result(finished, interp.last_run_stats());
    } else {
      result.report_streamed = g_report_streamed;
    }
  }
  result.error.type_name = ResultTextLimit(std::move(result.error.type_name));
  result.error.message = ResultTextLimit(std::move(result.error.message));
  result.error.traceback = ResultTextLimit(std::move(result.error.traceback));
  return result;
}

#ifdef MOAT_SANITIZED_BUILD
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

}  // namespace

void RunChild(const ChildSpec& spec, int result_fd, const std::atomic<bool>* cancel,
              pid_t parent, const ChildHooks* hooks) {
  ResetSignals();
  // A child whose supervisor is gone has no one to report to.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(kChildExitSetupFailed);

  std::string problem = KeepOnlyResultFd(result_fd);
  if (!problem.empty()) SetupFailed(result_fd, problem);
  const int fd = kResultFd;
  g_out.fd = fd;
  uint32_t layers = kLayerFdsClosed;

  // Built now, while allocation and one-time initialization may still
  // make any system call they like. Never destroyed: the child _exits.
  InterpreterOptions options;
  options.write_output = [](std::string_view text) { WriteStream(FrameType::kOutput, text); };
  options.write_error = WriteErrorStream;
  options.argv = spec.argv;
  options.read_input = InputFromString(spec.input);
  options.hash_seed = spec.hash_seed;
  options.limits = spec.limits;
  options.limits.cancel = cancel;
  auto* interp = new Interpreter(std::move(options));
  Program program(spec.module);

  RlimitPlan plan = PlanRlimits(spec.limits, CurrentAddressSpace(),
                                spec.address_space_margin_bytes, kResultFd + 1, !kSanitized);
  problem = ApplyRlimits(plan);
  if (!problem.empty()) SetupFailed(fd, problem);
  layers |= kLayerRlimits;
  if (plan.address_space_bytes != 0) layers |= kLayerAddressSpace;

  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    SetupFailed(fd, StrCat("prctl(PR_SET_NO_NEW_PRIVS) failed: ", std::strerror(errno)));
  }
  layers |= kLayerNoNewPrivs;
  if (spec.unshare_namespaces) layers |= UnshareNamespaces();

  if (hooks != nullptr && hooks->before_filter) hooks->before_filter(fd);

  if (!StartFlushTimer()) {
    SetupFailed(fd, StrCat("the output timer could not be started: ", std::strerror(errno)));
  }
  InstallBlockedSyscallReporter(fd);
  problem = SeccompUnavailableReason();
  if (problem.empty()) problem = InstallSeccompFilter(fd);
  if (!problem.empty()) SetupFailed(fd, StrCat("no seccomp filter: ", problem));
  layers |= kLayerSeccomp;

  unsigned char ready[kFrameHeaderBytes + 4];
  StoreHeader(ready, static_cast<uint32_t>(FrameType::kReady), 4);
  for (int i = 0; i < 4; ++i) ready[kFrameHeaderBytes + i] = (layers >> (8 * i)) & 0xff;
  WriteAll(fd, ready, sizeof ready);

  if (hooks != nullptr && hooks->after_filter) hooks->after_filter(fd);

  RunResult result = RunProgram(*interp, program, spec.finish);
  FlushStream();
  std::string frame = EncodeFrame(FrameType::kResult, EncodeResult(result));
  g_out.busy = 1;  // the timer has nothing left to send
  WriteAll(fd, frame.data(), frame.size());
  _exit(kChildExitDone);
}

// ---------------------------------------------------------------------------
// The spec as bytes, for the fork server.

namespace {

void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutBytes(std::string* out, std::string_view bytes) {
  PutU64(out, bytes.size());
  out->append(bytes);
}

struct SpecReader {
  std::string_view in;
  bool ok = true;
  uint64_t U64() {
    if (in.size() < 8) {
      ok = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t{static_cast<unsigned char>(in[i])} << (8 * i);
    in.remove_prefix(8);
    return v;
  }
  std::string_view Bytes() {
    uint64_t n = U64();
    if (!ok || n > in.size()) {
      ok = false;
      return {};
    }
    std::string_view b = in.substr(0, n);
    in.remove_prefix(n);
    return b;
  }
};

}  // namespace

ChildSpec SpecFor(const Program& program, const IsolatedOptions& options) {
  ChildSpec spec;
  spec.module = program.shared();
  spec.argv = options.argv;
  spec.input = options.input;
  spec.hash_seed = options.hash_seed;
  spec.limits = options.limits;
  spec.limits.cancel = nullptr;
  spec.finish = options.finish;
  spec.address_space_margin_bytes = options.address_space_margin_bytes;
  spec.unshare_namespaces = options.unshare_namespaces;
  return spec;
}

std::string EncodeChildSpec(const ChildSpec& spec) {
  std::string out;
  PutBytes(&out, vm::CompiledModuleToBytes(*spec.module));
  PutU64(&out, spec.argv.size());
  for (const std::string& arg : spec.argv) PutBytes(&out, arg);
  PutBytes(&out, spec.input);
  PutU64(&out, spec.hash_seed);
  PutU64(&out, spec.limits.max_instructions);
  PutU64(&out, spec.limits.max_memory_bytes);
  PutU64(&out, static_cast<uint64_t>(spec.limits.max_depth));
  PutU64(&out, static_cast<uint64_t>(spec.limits.max_recursion_limit));
  PutU64(&out, spec.limits.max_output_bytes);
  PutU64(&out, static_cast<uint64_t>(spec.limits.timeout.count()));
  PutU64(&out, spec.finish);
  PutU64(&out, spec.address_space_margin_bytes);
  PutU64(&out, spec.unshare_namespaces);
  return out;
}

absl::StatusOr<ChildSpec> DecodeChildSpec(std::string_view bytes) {
  SpecReader in{bytes};
  ChildSpec spec;
  absl::StatusOr<CompiledModule> module = vm::CompiledModuleFromBytes(in.Bytes());
  if (!in.ok || !module.ok()) return absl::InvalidArgumentError("a malformed run request");
  spec.module = std::make_shared<const CompiledModule>(std::move(*module));
  uint64_t argc = in.U64();
  for (uint64_t i = 0; in.ok && i < argc; ++i) spec.argv.emplace_back(in.Bytes());
  spec.input = in.Bytes();
  spec.hash_seed = in.U64();
  spec.limits.max_instructions = in.U64();
  spec.limits.max_memory_bytes = in.U64();
  spec.limits.max_depth = static_cast<int>(in.U64());
  spec.limits.max_recursion_limit = static_cast<int>(in.U64());
  spec.limits.max_output_bytes = in.U64();
  spec.limits.timeout = std::chrono::milliseconds(static_cast<int64_t>(in.U64()));
  spec.finish = in.U64() != 0;
  spec.address_space_margin_bytes = in.U64();
  spec.unshare_namespaces = in.U64() != 0;
  if (!in.ok || !in.in.empty()) return absl::InvalidArgumentError("a malformed run request");
  return spec;
}

IsolationLayers LayersFromBits(uint32_t bits) {
  IsolationLayers l;
  l.fds_closed = bits & kLayerFdsClosed;
  l.rlimits = bits & kLayerRlimits;
  l.address_space = bits & kLayerAddressSpace;
  l.no_new_privs = bits & kLayerNoNewPrivs;
  l.seccomp = bits & kLayerSeccomp;
  l.user_namespace = bits & kLayerUserNamespace;
  l.network_namespace = bits & kLayerNetworkNamespace;
  l.ipc_namespace = bits & kLayerIpcNamespace;
  l.uts_namespace = bits & kLayerUtsNamespace;
  l.mount_namespace = bits & kLayerMountNamespace;
  return l;
}

}  // namespace moat::sandbox
