// File: moat/moat.h
//
// The embedding API of moat, a restricted Python 3.11 interpreter.
//
// Compile source once with moat::Compile (this uses CPython's own compiler and
// executes nothing), then run the resulting Program in a moat::Interpreter as
// often as you like. Nothing crosses this API as a C++ exception or a crash:
// every failure is an absl::Status.
//
// Example:
//
//   absl::StatusOr<moat::Program> program =
//       moat::Compile("print(6 * 7)\n", "answer.py");
//   if (!program.ok()) { ... }      // SyntaxError: see GetScriptError
//   moat::Interpreter interp;        // output goes to stdout by default
//   absl::Status status = interp.Run(*program);
//   if (auto error = moat::GetScriptError(status)) {
//     std::cerr << error->traceback;  // as CPython would print it
//   }
//
// Status codes:
//   kInvalidArgument   the source does not compile (SyntaxError payload), or
//                      the code image is malformed / uses an opcode moat does
//                      not implement (message names the opcode and line).
//   kAborted           the script raised an exception nobody caught
//                      (ScriptError payload with the traceback).
//   kResourceExhausted a limit ended the run (ScriptError payload: `limit`
//                      names it, with the amount used and a traceback to
//                      the line that was running). See moat/limits.h.
//
// Thread safety: Compile may be called from any thread. An Interpreter is
// used by one thread at a time; different Interpreters are independent.
#ifndef MOAT_MOAT_H_
#define MOAT_MOAT_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "moat/code_image.h"
#include "moat/input.h"
#include "moat/limits.h"

namespace moat {

namespace vm {
class Interp;
}  // namespace vm

inline constexpr std::string_view kVersion = "0.1.0";

// Exit statuses of `moat run`, also given as ScriptError::exit_status. All
// stay below 100: 124 and 128+N belong to timeout(1) and signals.
inline constexpr int kExitOk = 0;
inline constexpr int kExitException = 1;  // uncaught exception or SyntaxError
inline constexpr int kExitUsage = 2;      // bad command line, unreadable file
inline constexpr int kExitLimit = 3;      // a limit ended the run

// How CPython's compile() should read the source.
enum class CompileMode {
  kExec,    // a module: statements
  kEval,    // a single expression; running it yields its value
  kSingle,  // one interactive statement: expression values are printed
};

// A compiled, immutable, shareable program. Cheap to copy.
class Program {
 public:
  explicit Program(std::shared_ptr<const CompiledModule> module)
      : module_(std::move(module)) {}
  const CompiledModule& module() const { return *module_; }
  const std::shared_ptr<const CompiledModule>& shared() const {
    return module_;
  }

 private:
  std::shared_ptr<const CompiledModule> module_;
};

// Compiles `source` with CPython 3.11's compiler. `filename` is what
// tracebacks show. On a syntax error returns kInvalidArgument carrying a
// ScriptError whose traceback reads exactly as CPython prints it.
absl::StatusOr<Program> Compile(std::string_view source,
                                std::string_view filename,
                                CompileMode mode = CompileMode::kExec);

// The Python-level description of a failure.
struct ScriptError {
  std::string type_name;  // e.g. "ZeroDivisionError"
  std::string message;    // e.g. "division by zero" (may be empty)
  std::string traceback;  // full text CPython would print to stderr
  // The process exit status CPython would end with: 1 for an uncaught
  // exception; for SystemExit, its code (0 for None, the int, or 1 with the
  // message as `traceback`); kExitLimit when a limit ended the run.
  int exit_status = kExitException;
  // Whether the exception is exactly the built-in KeyboardInterrupt (not a
  // subclass, nor a class of the script's that has its name), after which
  // CPython ends by SIGINT: the `moat` command does the same.
  bool keyboard_interrupt = false;
  // When a limit ended the run: which, how much was used when it fired, and
  // the limit (instructions, bytes or milliseconds; 0 for kCancelled).
  LimitKind limit = LimitKind::kNone;
  uint64_t limit_used = 0;
  uint64_t limit_value = 0;
};

// Returns the ScriptError carried by `status`, if any.
std::optional<ScriptError> GetScriptError(const absl::Status& status);

// Configuration of an Interpreter.
struct InterpreterOptions {
  // Receives everything the script prints. Default: write to stdout.
  std::function<void(std::string_view)> write_output;
  // Receives what the script writes to sys.stderr (its error output).
  // Default: flush stdout, then write to stderr. Counted in the same output
  // budget as write_output (Limits::max_output_bytes).
  std::function<void(std::string_view)> write_error;
  // What the script sees as sys.argv (the `moat` command gives the script
  // as named on its command line, then the arguments after it). Empty:
  // [''], as an embedded CPython shows. Only what the host puts here is
  // visible; nothing else about the host's files is.
  std::vector<std::string> argv;
  // The script's standard input, which input() and sys.stdin (text) and
  // sys.stdin.buffer (bytes) read: pulled from only when the script needs
  // more, and never again after kEnd (moat/input.h has the contract). What
  // is buffered is charged to the memory limit; while the source answers
  // kWaiting the timeout and cancel flag still end the run. Unset: an
  // empty input (input() raises EOFError, sys.stdin.read() is ''), as
  // CPython with stdin at end of file. It is read across the runs of one
  // Interpreter: what one run leaves unread, the next reads.
  InputSource read_input;
  // Seed for str/bytes hashing (deterministic per interpreter).
  uint64_t hash_seed = 0;
  // The budgets of every Run (moat/limits.h): the defaults suit untrusted
  // code; Limits::None() lifts them.
  Limits limits;
};

// One isolated Python world: its own heap, globals and modules.
class Interpreter {
 public:
  Interpreter();
  explicit Interpreter(InterpreterOptions options);
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Verifies and runs `program` as the __main__ module. Globals persist
  // between runs on the same Interpreter. For kEval programs the value's
  // repr is returned through EvalToRepr instead. The code loaded for the
  // last few Programs is kept, so running one again skips its loading;
  // older ones are released, and the heap does not grow with the number of
  // runs or of different Programs run.
  absl::Status Run(const Program& program);

  // Runs a kEval program and returns repr() of its value.
  absl::StatusOr<std::string> EvalToRepr(const Program& program);

  // Ends the script as CPython's interpreter exit does: the generators it
  // left suspended are closed, so their `finally` blocks run (and may
  // print). Call once after the last Run, whether it succeeded or not (the
  // `moat` command does). Runs under the same limits as a Run; returns the
  // limit's error if one stops it (and then last_run_stats() describes the
  // closing). Other errors of the closing are dropped, as CPython's
  // "Exception ignored" reports are not errors of the script.
  absl::Status Finish();

  // The budgets of the next runs. Each Run starts its counters from zero;
  // memory is the heap in use, which globals kept from earlier runs share.
  void set_limits(const Limits& limits) { limits_ = limits; }
  const Limits& limits() const { return limits_; }
  // What the last Run (or EvalToRepr) used, successful or not.
  const RunStats& last_run_stats() const { return last_run_stats_; }

 private:
  std::unique_ptr<vm::Interp> impl_;
  Limits limits_;
  RunStats last_run_stats_;
};

}  // namespace moat

#endif  // MOAT_MOAT_H_
