// File: moat/isolated.h
//
// Isolated runs: a compiled moat::Program run in a child process behind a
// second wall, for whole untrusted programs (online judges, AI-agent tool
// calls) and hosts that want an operating-system wall behind the language
// one. Link the `moat_sandbox` library (Linux only; needs seccomp-BPF).
//
// The parent (the caller) compiles; CPython's compiler never runs in the
// child. The child closes every fd but its result pipe, sets rlimits
// (address space from the memory limit plus a margin, CPU time from the
// timeout, no file size, a handful of fds, no processes, no core dumps),
// sets PR_SET_NO_NEW_PRIVS, unshares the user, network, IPC, UTS and mount
// namespaces where the kernel allows, installs a seccomp-BPF filter that
// allows only the memory, clock and exit calls the VM makes plus writes to
// its pipe, and then runs the program in a moat::Interpreter. Everything the
// script prints reaches the host's callbacks as it is produced, at most
// about 10 ms late. The parent enforces a wall-clock deadline with SIGKILL.
//
// Example:
//
//   absl::StatusOr<moat::Program> program = moat::Compile(source, "sol.py");
//   if (!program.ok()) { ... }                  // SyntaxError, as for Run
//   absl::StatusOr<std::unique_ptr<moat::IsolatedRunner>> runner =
//       moat::IsolatedRunner::Create();        // early: starts the fork server
//   moat::IsolatedOptions options;
//   options.limits.timeout = std::chrono::seconds(2);
//   options.write_output = [&](std::string_view s) { out += s; };
//   absl::StatusOr<moat::IsolatedResult> r = (*runner)->Run(*program, options);
//   if (!r.ok()) { ... }        // the run could not be started (see Run)
//   switch (r->verdict) { case moat::IsolatedVerdict::kOk: ... }
//
// Thread safety: an IsolatedRunner runs one program at a time; concurrent
// Run calls on one runner wait for each other. Use one runner per thread
// for parallel runs. The host must not reap children it did not start
// (a SIGCHLD handler calling waitpid(-1) would take the child's status).
#ifndef MOAT_ISOLATED_H_
#define MOAT_ISOLATED_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "moat/limits.h"
#include "moat/moat.h"

namespace moat {

// Exit status of `moat run --isolated` when the operating-system wall ended
// the run (a signal, a blocked system call, a broken result protocol).
inline constexpr int kExitKilled = 4;

// Settings of one isolated run: those of InterpreterOptions, plus the wall's.
struct IsolatedOptions {
  // Receive, in the parent, what the script writes to sys.stdout and
  // sys.stderr, in order, as it is produced. Defaults as InterpreterOptions:
  // stdout; and stdout flushed, then stderr.
  std::function<void(std::string_view)> write_output;
  std::function<void(std::string_view)> write_error;
  // sys.argv and the hash seed, as in InterpreterOptions.
  std::vector<std::string> argv;
  uint64_t hash_seed = 0;
  // The script's whole standard input (input(), sys.stdin), handed to the
  // child with the program: the child can read no fd, so the input is not
  // streamed (an isolated run cannot answer prompts interactively). Empty:
  // an empty input, as InterpreterOptions::read_input unset.
  std::string input;
  // The budgets, enforced by the VM in the child as in Interpreter::Run;
  // the output budget is also checked by the parent. `cancel` is read by the
  // parent: once set, the child's VM is told to stop (a kLimit verdict with
  // kCancelled and a traceback), and is killed if it has not within
  // `deadline_grace`.
  Limits limits;
  // Run Interpreter::Finish after the program, as `moat run` does (closing
  // suspended generators, finalizers), under the same limits.
  bool finish = true;
  // Wall-clock deadline of the child, from fork to exit; past it the child
  // is killed (kDeadline). Zero: limits.timeout plus deadline_grace, or no
  // deadline when the timeout is Limits::kNoTimeout.
  std::chrono::milliseconds deadline{0};
  std::chrono::milliseconds deadline_grace{2000};
  // RLIMIT_AS is the child's address space at set-up plus
  // limits.max_memory_bytes plus this margin (the VM's own allocations
  // around the heap it counts: frames, allocator slack, big-int scratch).
  // No RLIMIT_AS when the memory limit is unlimited.
  uint64_t address_space_margin_bytes = uint64_t{256} << 20;
  // Try to unshare namespaces (never fatal; see IsolationLayers).
  bool unshare_namespaces = true;
};

// How an isolated run ended.
enum class IsolatedVerdict {
  kOk,              // the program ran to the end (exit status 0)
  kError,           // an uncaught exception or SystemExit: `error`
  kLimit,           // a budget ended the run: `error.limit`, used, value
  kKilled,          // a signal ended the child: `signal`; on a system call
                    // the filter blocked, SIGSYS and `blocked_syscall`
  kDeadline,        // the wall-clock deadline passed; the child was killed
  kBrokenProtocol,  // the child wrote malformed frames or ended without a
                    // result; `detail` says what was wrong
};

// "ok", "error", "limit", "killed", "deadline", "broken-protocol".
std::string_view IsolatedVerdictName(IsolatedVerdict verdict);

// Which walls the child put up. seccomp, rlimits, no_new_privs and
// fds_closed are always true in a result (a run without them is refused);
// the others depend on the kernel and the settings (address_space is off
// when the memory budget is unlimited, and under AddressSanitizer, whose
// shadow memory needs terabytes of address space).
struct IsolationLayers {
  bool fds_closed = false;
  bool rlimits = false;
  bool address_space = false;
  bool no_new_privs = false;
  bool seccomp = false;
  bool user_namespace = false;
  bool network_namespace = false;
  bool ipc_namespace = false;
  bool uts_namespace = false;
  bool mount_namespace = false;
  // The applied layers by name, space-separated: "fds rlimits ...".
  std::string ToString() const;
};

struct IsolatedResult {
  IsolatedVerdict verdict = IsolatedVerdict::kOk;
  // kError and kLimit: as GetScriptError would give for Interpreter::Run
  // (an error without a ScriptError, e.g. a code image the verifier refused,
  // has an empty type_name and the reason in `message`). kDeadline: a
  // LimitExceeded of the time limit without a traceback line.
  ScriptError error;
  // kKilled: the signal number; for a blocked system call SIGSYS, with its
  // name ("openat", or "syscall 1234" when unknown to libseccomp).
  int signal = 0;
  std::string blocked_syscall;
  // For kKilled, kDeadline and kBrokenProtocol: one sentence saying what
  // happened, for people.
  std::string detail;
  // The child's last_run_stats() (of Finish if Finish hit a limit). When
  // the child was killed, only output_bytes and wall_ms are known.
  RunStats stats;
  IsolationLayers layers;
  // kError: the error's report (its traceback, or for an error without a
  // ScriptError "moat: " and its message) already went to write_error,
  // before what the exit cleanup wrote there (an unraisable exception in a
  // generator's cleanup), which is CPython's order; `error` still holds it.
  // A host that prints the traceback itself skips it then.
  bool report_written = false;

  // The status `moat run --isolated` exits with: kExitOk, error.exit_status,
  // kExitLimit (limits and the deadline) or kExitKilled.
  int exit_status() const;
};

// Owns the parent side of isolated runs and a fork server: a small process,
// forked when the runner is created, which forks each run's child. A host
// that runs many programs pays neither its own (possibly large, threaded)
// address space in each fork nor a fresh set-up. Create it early, before
// the host starts threads: the fork server is a copy of the process as it
// is then.
class IsolatedRunner {
 public:
  // Checks that the kernel has seccomp filters (kFailedPrecondition if not:
  // an isolated run is refused rather than run without its wall) and starts
  // the fork server (kInternal if it cannot be started).
  static absl::StatusOr<std::unique_ptr<IsolatedRunner>> Create();
  ~IsolatedRunner();
  IsolatedRunner(const IsolatedRunner&) = delete;
  IsolatedRunner& operator=(const IsolatedRunner&) = delete;

  // Runs `program` in a new child. The verdict says how the program ended;
  // a non-OK status means the run never started: kFailedPrecondition when
  // the child could not put up a wall that is not optional (seccomp,
  // rlimits, no_new_privs; the message says which and why), kInternal when
  // fork or pipe failed or the fork server is gone, kInvalidArgument when
  // the program, input and settings together pass 1 GiB (the runner stays
  // usable).
  absl::StatusOr<IsolatedResult> Run(const Program& program, const IsolatedOptions& options);

  struct Impl;

 private:
  explicit IsolatedRunner(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// One run without a fork server: forks the calling process directly.
// Simple for a CLI or a single-threaded host; a threaded host should use an
// IsolatedRunner created early (a fork of a threaded process inherits the
// state of locks other threads held).
absl::StatusOr<IsolatedResult> RunIsolated(const Program& program,
                                           const IsolatedOptions& options);

}  // namespace moat

#endif  // MOAT_ISOLATED_H_
