// File: moat/limits.h
//
// The budgets every run of a moat Interpreter is held to, and the figures a
// run reports. Part of the embedding API (moat/moat.h includes it).
//
// A run that exhausts the instruction, memory, output, time or cancel budget
// ends at once: the error cannot be caught by the script (no `except`,
// `finally`, `__exit__` or generator cleanup runs more Python after it), and
// the host gets which limit it was, the amount used and a traceback to the
// line that was running. The recursion depth is different: past it the
// script gets a catchable RecursionError, as under CPython.
//
// Everything but the timeout and the cancel flag is deterministic: the same
// program with the same inputs and limits stops at the same instruction on
// every run.
#ifndef MOAT_LIMITS_H_
#define MOAT_LIMITS_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <limits>
#include <string_view>

namespace moat {

// Which budget ended a run.
enum class LimitKind : uint8_t {
  kNone = 0,
  kInstructions,  // bytecode instructions plus native work in the same unit
  kMemory,        // bytes of live heap
  kOutput,        // bytes written by print() and sys.stdout/stderr
  kTime,          // wall-clock timeout
  kCancelled,     // the host set the cancel flag
};

// The short name used in reports and `moat run --stats`: "instructions",
// "memory", "output", "time", "cancelled" ("" for kNone).
std::string_view LimitName(LimitKind kind);

struct Limits {
  static constexpr uint64_t kUnlimited = std::numeric_limits<uint64_t>::max();
  static constexpr std::chrono::milliseconds kNoTimeout = std::chrono::milliseconds::max();

  // Bytecode instructions executed. Native operations charge in proportion
  // to their work in the same unit (about one unit per element touched, per
  // 16 bytes copied or per machine word of big-int arithmetic), so a single
  // `sorted(big_list)` or `'a' * n` is not free. The default stops
  // `while True: pass` within a few seconds.
  uint64_t max_instructions = 1'000'000'000;
  // Bytes of heap in use: every object and every buffer objects own (list
  // storage, dict tables, string data, big-int digits), including garbage
  // not yet collected. Charged before the allocation happens.
  uint64_t max_memory_bytes = uint64_t{256} << 20;
  // Python call depth; past it the script gets RecursionError (catchable).
  // This is also where sys.getrecursionlimit() starts, as CPython's 1000.
  int max_depth = 1000;
  // The most a script's sys.setrecursionlimit(n) may raise the depth to: a
  // larger n is reported back by getrecursionlimit() but RecursionError
  // comes at this depth. Python-to-Python calls use no C++ stack (frames
  // live in a heap arena charged to max_memory_bytes), so the ceiling is a
  // budget, not a crash guard: a call of a small function holds about 160
  // bytes, so the default allows the 10**5..10**6-deep recursion judge
  // solutions ask for within the default memory limit, and a frame with
  // big locals meets the memory limit first. Calls that pass through native
  // code (__init__, __getitem__, generators, key= functions) meet the native
  // recursion guard (about 2000 deep) whatever this says.
  int max_recursion_limit = 1'000'000;
  // Bytes the script may write to its output and error output together.
  uint64_t max_output_bytes = uint64_t{16} << 20;
  // Wall-clock time for one Run(); checked between instructions.
  std::chrono::milliseconds timeout{10'000};
  // Set to true by the host (from any thread) to stop the run at the next
  // check. Not owned; must outlive the runs that use it. May be null.
  const std::atomic<bool>* cancel = nullptr;

  // No limit at all except the recursion depth (for trusted code and
  // benchmarks of the counting cost).
  static Limits None() {
    Limits l;
    l.max_instructions = kUnlimited;
    l.max_memory_bytes = kUnlimited;
    l.max_output_bytes = kUnlimited;
    l.timeout = kNoTimeout;
    return l;
  }
};

// What one Run() used. Every figure but wall_ms is deterministic.
struct RunStats {
  uint64_t instructions = 0;       // instructions charged (bytecode + native work)
  uint64_t peak_memory_bytes = 0;  // highest heap use during the run
  uint64_t allocations = 0;        // heap allocations made during the run
  uint64_t output_bytes = 0;       // bytes the script wrote
  uint64_t wall_ms = 0;            // elapsed wall-clock time
  LimitKind limit = LimitKind::kNone;  // the limit that ended the run, if any
};

}  // namespace moat

#endif  // MOAT_LIMITS_H_
