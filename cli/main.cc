// The `moat` command: runs Python scripts in the sandbox. Built on the
// public API (include/moat/) alone.
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <poll.h>
#include <sys/resource.h>
#include <unistd.h>

#include "moat/isolated.h"
#include "moat/moat.h"

namespace {

constexpr const char* kUsage =
    "usage: moat run [OPTIONS] FILE.py   run a script in the sandbox\n"
    "       moat run [OPTIONS] -c CODE   run CODE\n"
    "       moat run [OPTIONS] -         run the script read from standard input\n"
    "       moat --help | --version\n"
    "\n"
    "Limits (each also accepts 'none'):\n"
    "  --max-instructions N   bytecode instructions plus native work\n"
    "                         (default 1000000000)\n"
    "  --max-memory SIZE      heap bytes; suffixes K, M, G (default 256M)\n"
    "  --max-depth N          Python call depth before RecursionError (default 1000)\n"
    "  --max-recursion-limit N\n"
    "                         the most sys.setrecursionlimit() may raise that depth\n"
    "                         to (default 1000000)\n"
    "  --max-output SIZE      bytes the script may print (default 16M)\n"
    "  --timeout DURATION     wall clock; suffixes ms, s, m (default 10s)\n"
    "Isolation:\n"
    "  --isolated             run in a child process behind a second wall: closed\n"
    "                         fds, rlimits, namespaces where the kernel allows, and\n"
    "                         a seccomp filter that kills it on any system call\n"
    "                         beyond memory, clock and its output; killed at the\n"
    "                         timeout plus 2s of wall-clock time\n"
    "Reporting:\n"
    "  --stats                print the run's figures to stderr as one JSON line\n"
    "\n"
    "The script's output goes to stdout exactly as python3.11 prints it. It\n"
    "reads standard input (input(), sys.stdin) as it arrives, a prompt at a\n"
    "time; with --isolated, standard input is read whole before the run (none\n"
    "from a terminal), at most its memory limit. A script read from '-' gets\n"
    "an empty input.\n"
    "Exit status: 0 success; 1 uncaught exception or syntax error (traceback\n"
    "on stderr, as CPython prints it; SystemExit gives its own code, and an\n"
    "uncaught KeyboardInterrupt ends by SIGINT, as CPython does); 2 usage\n"
    "error or unreadable file; 3 a limit ended the run (traceback and the limit\n"
    "on stderr); 4 (--isolated) the child was killed by a signal or a blocked\n"
    "system call, broke its result protocol, or could not be isolated.\n";

int Usage(const std::string& problem) {
  if (!problem.empty()) std::fprintf(stderr, "moat: %s\n\n", problem.c_str());
  std::fputs(kUsage, problem.empty() ? stdout : stderr);
  return problem.empty() ? moat::kExitOk : moat::kExitUsage;
}

// A decimal count with an optional suffix from `units` (name, multiplier),
// or "none". Returns nullopt when malformed or out of range.
struct Unit {
  std::string_view suffix;
  uint64_t multiplier;
};

std::optional<uint64_t> ParseAmount(std::string_view text, const Unit* units, size_t nunits,
                                    uint64_t none_value) {
  if (text == "none") return none_value;
  uint64_t number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (ec != std::errc() || end == text.data()) return std::nullopt;
  std::string_view suffix(end, text.data() + text.size() - end);
  uint64_t multiplier = suffix.empty() ? 1 : 0;
  for (size_t i = 0; i < nunits && multiplier == 0; ++i) {
    if (suffix == units[i].suffix) multiplier = units[i].multiplier;
  }
  if (multiplier == 0) return std::nullopt;
  if (number > UINT64_MAX / multiplier) return std::nullopt;
  return number * multiplier;
}

std::optional<uint64_t> ParseCount(std::string_view text) {
  return ParseAmount(text, nullptr, 0, moat::Limits::kUnlimited);
}

std::optional<uint64_t> ParseSize(std::string_view text) {
  static const Unit kUnits[] = {{"K", 1ull << 10}, {"k", 1ull << 10}, {"M", 1ull << 20},
                                {"m", 1ull << 20}, {"G", 1ull << 30}, {"g", 1ull << 30},
                                {"KB", 1ull << 10}, {"MB", 1ull << 20}, {"GB", 1ull << 30},
                                {"B", 1}};
  return ParseAmount(text, kUnits, std::size(kUnits), moat::Limits::kUnlimited);
}

// Milliseconds; a bare number is seconds, as timeout(1) reads it.
std::optional<uint64_t> ParseDuration(std::string_view text) {
  static const Unit kUnits[] = {{"ms", 1}, {"s", 1000}, {"m", 60'000}};
  if (!text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos) {
    std::optional<uint64_t> seconds = ParseAmount(text, nullptr, 0, 0);
    if (!seconds || *seconds > UINT64_MAX / 1000) return std::nullopt;
    return *seconds * 1000;
  }
  return ParseAmount(text, kUnits, std::size(kUnits), UINT64_MAX);
}

struct Options {
  moat::Limits limits;
  bool stats = false;
  bool isolated = false;
  // sys.argv: the script as given on the command line ("-c", "-" or the
  // file name), then the arguments after it.
  std::vector<std::string> script_argv;
  // The script came from stdin (`-`), which leaves it none to read.
  bool script_from_stdin = false;
};

// The script's input, read from fd 0 as the script asks for it. A wait
// lasts at most kInputPollMs before the interpreter gets the chance to
// check its timeout, so a script blocked on input still ends on time.
constexpr int kInputPollMs = 50;

moat::InputStatus ReadStdin(std::string* chunk) {
  std::fflush(stdout);  // the prompt shows before the wait
  pollfd in{STDIN_FILENO, POLLIN, 0};
  int ready = poll(&in, 1, kInputPollMs);
  if (ready == 0 || (ready < 0 && errno == EINTR)) return moat::InputStatus::kWaiting;
  if (ready < 0) return moat::InputStatus::kEnd;
  char buf[1 << 16];
  ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
  if (n > 0) {
    chunk->append(buf, static_cast<size_t>(n));
    return moat::InputStatus::kData;
  }
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return moat::InputStatus::kWaiting;
  return moat::InputStatus::kEnd;  // end of file, or fd 0 is closed
}

// The most standard input an isolated run takes: its memory limit (the
// child holds the input whole), and never more than 1 GiB. Without a cap an
// endless input would never let the run start, and its timeout never fire.
uint64_t IsolatedInputCap(const moat::Limits& limits) {
  return std::min<uint64_t>(limits.max_memory_bytes, uint64_t{1} << 30);
}

// All of stdin, for an isolated run (whose child holds no fd but its
// result pipe): empty from a terminal, which has no end to wait for.
// False once it would be more than `cap` bytes.
bool ReadAllStdin(uint64_t cap, std::string* all) {
  if (isatty(STDIN_FILENO)) return true;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n > 0) {
      if (all->size() + static_cast<uint64_t>(n) > cap) return false;
      all->append(buf, static_cast<size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      return true;
    }
  }
}

// What to tell the user after a limit ended the run: the limit in words
// and the flag that raises it (none for a cancelled run).
struct LimitHint {
  const char* noun;
  const char* flag;
};

std::optional<LimitHint> HintFor(moat::LimitKind kind) {
  switch (kind) {
    case moat::LimitKind::kInstructions:
      return LimitHint{"instruction", "--max-instructions"};
    case moat::LimitKind::kMemory:
      return LimitHint{"memory", "--max-memory"};
    case moat::LimitKind::kOutput:
      return LimitHint{"output", "--max-output"};
    case moat::LimitKind::kTime:
      return LimitHint{"time", "--timeout"};
    default:
      return std::nullopt;
  }
}

void PrintStats(const moat::RunStats& s) {
  std::string limit = s.limit == moat::LimitKind::kNone
                          ? "null"
                          : "\"" + std::string(moat::LimitName(s.limit)) + "\"";
  std::fprintf(stderr,
               "{\"instructions\": %llu, \"peak_memory_bytes\": %llu, \"allocations\": %llu, "
               "\"output_bytes\": %llu, \"wall_ms\": %llu, \"limit\": %s}\n",
               static_cast<unsigned long long>(s.instructions),
               static_cast<unsigned long long>(s.peak_memory_bytes),
               static_cast<unsigned long long>(s.allocations),
               static_cast<unsigned long long>(s.output_bytes),
               static_cast<unsigned long long>(s.wall_ms), limit.c_str());
}

// Writes a traceback to stderr whole: a message may hold NUL bytes, which
// CPython prints as they are.
void WriteError(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stderr); }

// Set when a run ended with an uncaught KeyboardInterrupt (its exact type,
// as CPython's run_eval_code_obj tests it: ScriptError::keyboard_interrupt,
// never the type's name, which a script's own class may share).
bool uncaught_keyboard_interrupt = false;

// Prints what ended a run (its traceback, and how to raise a limit that
// stopped it) and returns its exit status.
int ReportError(const moat::ScriptError& error) {
  if (error.keyboard_interrupt) uncaught_keyboard_interrupt = true;
  if (error.type_name.empty()) {
    std::fprintf(stderr, "moat: %s\n", error.message.c_str());
  } else {
    WriteError(error.traceback);
  }
  if (auto hint = HintFor(error.limit)) {
    std::fprintf(stderr, "moat: the run stopped at its %s limit; raise it with %s\n",
                 hint->noun, hint->flag);
  }
  return error.exit_status;
}

// The same program in a child process behind the second wall
// (moat/isolated.h); output is printed as it arrives.
int RunIsolated(const moat::Program& program, const Options& opts) {
  moat::IsolatedOptions options;
  options.write_output = [](std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  };
  options.limits = opts.limits;
  options.argv = opts.script_argv;
  if (!opts.script_from_stdin &&
      !ReadAllStdin(IsolatedInputCap(opts.limits), &options.input)) {
    std::fprintf(stderr,
                 "moat: standard input is larger than %llu bytes, the most an --isolated run "
                 "takes (it is read whole before the run, up to the memory limit); raise "
                 "--max-memory or run without --isolated\n",
                 static_cast<unsigned long long>(IsolatedInputCap(opts.limits)));
    if (opts.stats) PrintStats(moat::RunStats{});
    return moat::kExitUsage;
  }
  absl::StatusOr<moat::IsolatedResult> result = moat::RunIsolated(program, options);
  std::fflush(stdout);
  if (!result.ok()) {
    std::fprintf(stderr, "moat: %s\n", std::string(result.status().message()).c_str());
    if (opts.stats) PrintStats(moat::RunStats{});
    return moat::kExitKilled;
  }
  switch (result->verdict) {
    case moat::IsolatedVerdict::kOk:
      break;
    case moat::IsolatedVerdict::kError:
    case moat::IsolatedVerdict::kLimit:
      // The child printed the report itself when its exit cleanup wrote
      // to stderr after it.
      if (result->report_written) {
        if (result->error.keyboard_interrupt) uncaught_keyboard_interrupt = true;
      } else {
        ReportError(result->error);
      }
      break;
    case moat::IsolatedVerdict::kDeadline:
      WriteError(result->error.traceback);
      std::fprintf(stderr, "moat: %s; raise the timeout with --timeout\n",
                   result->detail.c_str());
      break;
    case moat::IsolatedVerdict::kKilled:
    case moat::IsolatedVerdict::kBrokenProtocol:
      std::fprintf(stderr, "moat: %s\n", result->detail.c_str());
      break;
  }
  if (opts.stats) PrintStats(result->stats);
  return result->exit_status();
}

int RunSource(const std::string& source, const std::string& filename, const Options& opts) {
  absl::StatusOr<moat::Program> program = moat::Compile(source, filename);
  if (!program.ok()) {
    std::fflush(stdout);
    if (auto error = moat::GetScriptError(program.status())) {
      WriteError(error->traceback);
    } else {
      std::fprintf(stderr, "moat: %s\n", std::string(program.status().message()).c_str());
    }
    if (opts.stats) PrintStats(moat::RunStats{});
    return moat::kExitException;
  }
  // Compile-time warnings go where python3.11 prints them.
  std::fputs(program->module().warnings.c_str(), stderr);
  if (opts.isolated) return RunIsolated(*program, opts);
  moat::InterpreterOptions options;
  options.write_output = [](std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
  };
  options.limits = opts.limits;
  options.argv = opts.script_argv;
  if (!opts.script_from_stdin) options.read_input = ReadStdin;
  moat::Interpreter interp(std::move(options));
  auto report = [](const absl::Status& status) {
    if (auto error = moat::GetScriptError(status)) return ReportError(*error);
    std::fprintf(stderr, "moat: %s\n", std::string(status.message()).c_str());
    return moat::kExitException;
  };
  absl::Status status = interp.Run(*program);
  std::fflush(stdout);
  int exit_status = status.ok() ? moat::kExitOk : report(status);
  moat::RunStats stats = interp.last_run_stats();
  // As CPython's exit: generators left suspended run their cleanup (after
  // the traceback of an uncaught exception). A limit that stops it is
  // reported like one that stops the script.
  if (exit_status != moat::kExitLimit) {
    absl::Status finished = interp.Finish();
    std::fflush(stdout);
    if (!finished.ok()) {
      exit_status = report(finished);
      stats = interp.last_run_stats();
    }
  }
  if (opts.stats) PrintStats(stats);
  return exit_status;
}

// Reads one option at argv[*i] (advancing past its value). Returns an error
// message, or "" when it was understood.
std::string ParseOption(int argc, char** argv, int* i, Options* opts) {
  std::string_view arg = argv[*i];
  std::string_view name = arg;
  std::optional<std::string_view> value;
  if (size_t eq = arg.find('='); eq != std::string_view::npos) {
    name = arg.substr(0, eq);
    value = arg.substr(eq + 1);
  }
  if (name == "--stats" || name == "--isolated") {
    if (value) return std::string(name) + " takes no value";
    (name == "--stats" ? opts->stats : opts->isolated) = true;
    return "";
  }
  bool known = name == "--max-instructions" || name == "--max-memory" || name == "--max-depth" ||
               name == "--max-recursion-limit" || name == "--max-output" || name == "--timeout";
  if (!known) return "unknown option '" + std::string(arg) + "'";
  if (!value) {
    if (*i + 1 >= argc) return std::string(name) + " needs a value";
    value = argv[++*i];
  }
  std::string bad = "bad value '" + std::string(*value) + "' for " + std::string(name);
  if (name == "--max-instructions") {
    auto n = ParseCount(*value);
    if (!n) return bad + " (a count such as 1000000, or none)";
    opts->limits.max_instructions = *n;
  } else if (name == "--max-memory" || name == "--max-output") {
    auto n = ParseSize(*value);
    if (!n) return bad + " (a size such as 64M or 1G, or none)";
    (name == "--max-memory" ? opts->limits.max_memory_bytes : opts->limits.max_output_bytes) = *n;
  } else if (name == "--max-depth") {
    auto n = ParseCount(*value);
    if (!n || *n == 0 || *n > 1'000'000) return bad + " (a depth from 1 to 1000000)";
    opts->limits.max_depth = static_cast<int>(*n);
  } else if (name == "--max-recursion-limit") {
    auto n = ParseCount(*value);
    if (!n || *n == 0 || *n > 100'000'000) return bad + " (a depth from 1 to 100000000)";
    opts->limits.max_recursion_limit = static_cast<int>(*n);
  } else {
    auto ms = ParseDuration(*value);
    if (!ms) return bad + " (a duration such as 500ms, 2s or 1m, or none)";
    opts->limits.timeout = *ms > static_cast<uint64_t>(INT64_MAX)
                               ? moat::Limits::kNoTimeout
                               : std::chrono::milliseconds(static_cast<int64_t>(*ms));
  }
  return "";
}

// After an uncaught KeyboardInterrupt, CPython ends by SIGINT with the
// default action (Modules/main.c exit_sigint), so a shell sees status 130
// and a parent process a death by signal: moat's command does the same.
int ExitStatus(int status) {
  if (!uncaught_keyboard_interrupt) return status;
  std::fflush(stdout);
  std::fflush(stderr);
  std::signal(SIGINT, SIG_DFL);
  std::raise(SIGINT);
  return 128 + SIGINT;
}

#ifdef MOAT_SANITIZED_BUILD
// A sanitizer build's C++ frames are several times larger, and the VM lets
// its native recursion use eight times the stack (vm/interp.h), so the
// depths a release build reaches on an 8 MiB stack need a larger one. The
// main thread's stack is sized by RLIMIT_STACK when the process starts, for
// the kernel's layout and the sanitizer's own bookkeeping alike, so raise
// the soft limit and start again; once is enough, and a refusal leaves the
// run on the stack it has, where the VM's stack check still holds.
void RestartWithSanitizerStack(char** argv) {
  constexpr rlim_t kWanted = rlim_t{96} << 20;
  rlimit stack{};
  if (getrlimit(RLIMIT_STACK, &stack) != 0 || stack.rlim_cur == RLIM_INFINITY ||
      stack.rlim_cur >= kWanted) {
    return;
  }
  if (stack.rlim_max != RLIM_INFINITY && stack.rlim_max < kWanted) return;
  stack.rlim_cur = kWanted;
  if (setrlimit(RLIMIT_STACK, &stack) != 0) return;
  execv("/proc/self/exe", argv);
}
#endif

}  // namespace

int main(int argc, char** argv) {
#ifdef MOAT_SANITIZED_BUILD
  RestartWithSanitizerStack(argv);
#endif
  if (argc < 2) return Usage("missing command");
  std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") return Usage("");
  if (command == "--version") {
    std::printf("moat %s (Python 3.11 compatible)\n", std::string(moat::kVersion).c_str());
    return moat::kExitOk;
  }
  if (command != "run") return Usage("unknown command '" + command + "'");
  Options opts;
  int i = 2;
  for (; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg.size() < 3 || arg.substr(0, 2) != "--") break;
    std::string problem = ParseOption(argc, argv, &i, &opts);
    if (!problem.empty()) return Usage(problem);
  }
  if (i >= argc) return Usage("run needs FILE.py, -c CODE or -");
  std::string arg = argv[i];
  opts.script_argv.push_back(arg);
  if (arg == "-c") {
    if (i + 1 >= argc) return Usage("-c needs CODE");
    for (int k = i + 2; k < argc; ++k) opts.script_argv.push_back(argv[k]);
    return ExitStatus(RunSource(argv[i + 1], "<string>", opts));
  }
  for (int k = i + 1; k < argc; ++k) opts.script_argv.push_back(argv[k]);
  if (arg == "-") {
    opts.script_from_stdin = true;
    std::stringstream ss;
    ss << std::cin.rdbuf();
    return ExitStatus(RunSource(ss.str(), "<stdin>", opts));
  }
  std::ifstream in(arg, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "moat: can't open file '%s': %s\n", arg.c_str(), std::strerror(errno));
    return moat::kExitUsage;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  // Tracebacks name the script by its absolute path, as python3.11 does for
  // `python3.11 dir/x.py` (the working directory joined to a relative path,
  // not normalized). Scripts never see it: sys.argv[0] is `arg` as given.
  std::error_code ec;
  std::filesystem::path shown = std::filesystem::absolute(arg, ec);
  return ExitStatus(RunSource(ss.str(), ec ? std::string(arg) : shown.string(), opts));
}
