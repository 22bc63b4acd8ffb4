// The budgets of moat/limits.h through the public API: each limit fires,
// cannot be caught, is reported with its figures, and leaves the
// interpreter usable with its memory returned.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "moat/moat.h"

namespace moat {
namespace {

struct Outcome {
  absl::Status status;
  std::string output;
  RunStats stats;
  std::optional<ScriptError> error;
};

class LimitsTest : public ::testing::Test {
 protected:
  LimitsTest() : interp_(MakeOptions()) {}

  InterpreterOptions MakeOptions() {
    InterpreterOptions o;
    o.write_output = [this](std::string_view text) { output_.append(text); };
    return o;
  }

  Outcome Run(std::string_view source, const Limits& limits) {
    output_.clear();
    absl::StatusOr<Program> program = Compile(source, "limits.py");
    EXPECT_TRUE(program.ok()) << program.status();
    if (!program.ok()) return {};
    interp_.set_limits(limits);
    Outcome out;
    out.status = interp_.Run(*program);
    out.output = output_;
    out.stats = interp_.last_run_stats();
    out.error = GetScriptError(out.status);
    return out;
  }

  static Limits Instructions(uint64_t n) {
    Limits l;
    l.max_instructions = n;
    return l;
  }

  std::string output_;
  Interpreter interp_;
};

TEST_F(LimitsTest, InstructionLimitIsReportedWithItsFigures) {
  Outcome r = Run("n = 0\nwhile True:\n    n += 1\n", Instructions(100000));
  EXPECT_EQ(r.status.code(), absl::StatusCode::kResourceExhausted);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->limit, LimitKind::kInstructions);
  EXPECT_EQ(r.error->limit_value, 100000u);
  EXPECT_GT(r.error->limit_used, 100000u);
  EXPECT_LT(r.error->limit_used, 100100u);  // caught within a few instructions
  EXPECT_EQ(r.error->exit_status, kExitLimit);
  EXPECT_EQ(r.error->type_name, "LimitExceeded");
  // The check runs at the loop's backward jump, which CPython gives the
  // `while` line.
  EXPECT_NE(r.error->traceback.find("line 2, in <module>\n    while True:"), std::string::npos)
      << r.error->traceback;
  EXPECT_NE(r.error->traceback.find("LimitExceeded: instruction limit reached"),
            std::string::npos);
  EXPECT_EQ(r.stats.limit, LimitKind::kInstructions);
  EXPECT_EQ(r.stats.instructions, r.error->limit_used);
}

// Every way a script could try to catch the error or run code after it.
TEST_F(LimitsTest, NoHandlerRunsAfterTheLimit) {
  const char* attempts[] = {
      "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n",
      "try:\n    while True: pass\nexcept:\n    print('caught')\n",
      "try:\n    while True: pass\nfinally:\n    print('finally')\n",
      "while True:\n    try:\n        while True: pass\n    except BaseException:\n"
      "        pass\n",
      "class M:\n    def __enter__(self): return self\n"
      "    def __exit__(self, *a):\n        print('exit')\n        return True\n"
      "with M():\n    while True: pass\n",
      "def g():\n    try:\n        yield 1\n        while True: pass\n"
      "    except GeneratorExit:\n        print('genexit')\n    finally:\n"
      "        print('gen finally')\n"
      "for x in g(): pass\n",
      "def g():\n    try:\n        yield 1\n    finally:\n        while True: pass\n"
      "it = g()\nnext(it)\ntry:\n    it.close()\nexcept BaseException:\n"
      "    print('caught')\n",
      "def key(x):\n    while True: pass\n"
      "try:\n    sorted([1, 2], key=key)\nexcept BaseException:\n    print('caught')\n",
  };
  for (const char* source : attempts) {
    Outcome r = Run(source, Instructions(50000));
    ASSERT_TRUE(r.error.has_value()) << source;
    EXPECT_EQ(r.error->limit, LimitKind::kInstructions) << source;
    EXPECT_EQ(r.output, "") << source;
  }
}

TEST_F(LimitsTest, RecursionErrorStaysCatchable) {
  Outcome r = Run(
      "def f(n): return f(n + 1)\n"
      "try:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n",
      Limits{});
  EXPECT_TRUE(r.status.ok()) << r.status;
  EXPECT_EQ(r.output, "caught maximum recursion depth exceeded\n");

  Limits shallow;
  shallow.max_depth = 20;
  r = Run("def f(n):\n    return f(n + 1) if n < 30 else n\nprint(f(0))\n", shallow);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->type_name, "RecursionError");
  EXPECT_EQ(r.error->limit, LimitKind::kNone);
  EXPECT_EQ(r.error->exit_status, kExitException);
}

// The `moat` command ends by SIGINT only after the built-in
// KeyboardInterrupt itself: not a subclass, nor a script's class that
// shares its name.
TEST_F(LimitsTest, OnlyTheBuiltinKeyboardInterruptIsFlagged) {
  Outcome r = Run("raise KeyboardInterrupt\n", Limits{});
  ASSERT_TRUE(r.error.has_value());
  EXPECT_TRUE(r.error->keyboard_interrupt);
  EXPECT_EQ(r.error->exit_status, kExitException);
  for (const char* source : {"class K(KeyboardInterrupt): pass\nraise K\n",
                             "class KeyboardInterrupt(Exception): pass\nraise KeyboardInterrupt\n",
                             "raise ValueError from KeyboardInterrupt()\n"}) {
    r = Run(source, Limits{});
    ASSERT_TRUE(r.error.has_value()) << source;
    EXPECT_FALSE(r.error->keyboard_interrupt) << source;
  }
}

TEST_F(LimitsTest, MemoryLimitIsUncatchableAndTheMemoryComesBack) {
  Limits limits;
  limits.max_memory_bytes = 16 << 20;
  Outcome baseline = Run("pass\n", limits);
  ASSERT_TRUE(baseline.status.ok());
  Outcome r = Run(
      "def grow():\n    x = []\n    while True:\n        x.append('y' * 1000 + str(len(x)))\n"
      "try:\n    grow()\nexcept MemoryError:\n    print('caught')\n",
      limits);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->limit, LimitKind::kMemory);
  EXPECT_EQ(r.error->limit_value, 16u << 20);
  EXPECT_GT(r.error->limit_used, 16u << 20);
  EXPECT_EQ(r.output, "");
  EXPECT_LE(r.stats.peak_memory_bytes, (16u << 20) + (1u << 20));
  // The stopped run's list is garbage, collected when the run ended.
  Outcome small = Run("print(sum(range(10)))\n", limits);
  ASSERT_TRUE(small.status.ok()) << small.status;
  EXPECT_EQ(small.output, "45\n");
  EXPECT_LT(small.stats.peak_memory_bytes, baseline.stats.peak_memory_bytes + (1u << 20));
}

// A size past what one object may hold is checked before any heap charge:
// past the whole memory budget it is CPython's catchable MemoryError();
// within a generous limit it is an ordinary MemoryError naming the size.
TEST_F(LimitsTest, OversizedObjectsReportTheSizeAskedFor) {
  Limits limits;
  limits.max_memory_bytes = 64 << 20;
  Outcome r = Run("try:\n    x = bytes(10**10)\nexcept MemoryError as e:\n    print(repr(e))\n",
                  limits);
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_EQ(r.output, "MemoryError()\n");
  Outcome uncountable = Run("x = [1, 2] * 2**62\n", limits);
  ASSERT_TRUE(uncountable.error.has_value());
  EXPECT_EQ(uncountable.error->limit, LimitKind::kNone);
  EXPECT_EQ(uncountable.error->type_name, "MemoryError");

  limits.max_memory_bytes = uint64_t{1} << 40;
  Outcome caught = Run(
      "try:\n    x = b'ab' * 2**33\nexcept MemoryError as e:\n    print('caught:', e)\n",
      limits);
  ASSERT_TRUE(caught.status.ok()) << caught.status;
  EXPECT_EQ(caught.output,
            "caught: cannot allocate 17179869184 bytes: more than one object may hold\n");
}

TEST_F(LimitsTest, OutputLimitWritesWhatFitsThenStops) {
  Limits limits;
  limits.max_output_bytes = 10;
  Outcome r = Run("print('abcdef')\nprint('ghijkl')\nprint('never')\n", limits);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->limit, LimitKind::kOutput);
  EXPECT_EQ(r.output, "abcdef\nghi");
  EXPECT_EQ(r.stats.output_bytes, 10u);
  EXPECT_EQ(r.error->limit_used, 14u);
  EXPECT_EQ(r.error->limit_value, 10u);
}

TEST_F(LimitsTest, TimeoutStopsABusyLoop) {
  Limits limits = Limits::None();
  limits.timeout = std::chrono::milliseconds(50);
  Outcome r = Run("while True: pass\n", limits);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->limit, LimitKind::kTime);
  EXPECT_EQ(r.error->limit_value, 50u);
  EXPECT_GE(r.error->limit_used, 50u);
}

TEST_F(LimitsTest, CancelFlagSetFromAnotherThread) {
  std::atomic<bool> cancel{false};
  Limits limits = Limits::None();
  limits.cancel = &cancel;
  std::thread host([&cancel] {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    cancel.store(true);
  });
  Outcome r = Run("while True: pass\n", limits);
  host.join();
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->limit, LimitKind::kCancelled);
  EXPECT_EQ(r.error->message, "the run was cancelled by the host");
  // A set flag cancels the next run at its first check.
  r = Run("while True: pass\n", limits);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->limit, LimitKind::kCancelled);
  cancel.store(false);
  r = Run("print('again')\n", limits);
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.output, "again\n");
}

TEST_F(LimitsTest, EachRunStartsItsCountersAfresh) {
  Outcome first = Run("for i in range(1000): pass\n", Instructions(100000));
  Outcome second = Run("for i in range(1000): pass\n", Instructions(100000));
  ASSERT_TRUE(first.status.ok());
  ASSERT_TRUE(second.status.ok());
  EXPECT_EQ(first.stats.instructions, second.stats.instructions);
  EXPECT_GT(first.stats.instructions, 2000u);
  // After a limit, the same interpreter runs the next program normally.
  Outcome stopped = Run("while True: pass\n", Instructions(1000));
  EXPECT_EQ(stopped.stats.limit, LimitKind::kInstructions);
  Outcome next = Run("print(i)\n", Instructions(1000));
  EXPECT_TRUE(next.status.ok()) << next.status;
  EXPECT_EQ(next.output, "999\n");
  EXPECT_EQ(next.stats.limit, LimitKind::kNone);
}

TEST_F(LimitsTest, FiguresAreTheSameInEveryInterpreter) {
  const char* source =
      "class P:\n    def __init__(self, x): self.x = x\n"
      "d = {}\nfor i in range(3000):\n    d[str(i)] = [P(i), i * i]\n"
      "s = {P(i) for i in range(500)}\nprint(len(d), len(s))\n";
  RunStats first;
  for (int i = 0; i < 3; ++i) {
    Interpreter fresh(MakeOptions());
    output_.clear();
    absl::StatusOr<Program> program = Compile(source, "figures.py");
    ASSERT_TRUE(program.ok());
    ASSERT_TRUE(fresh.Run(*program).ok());
    const RunStats& s = fresh.last_run_stats();
    if (i == 0) {
      first = s;
      continue;
    }
    EXPECT_EQ(s.instructions, first.instructions);
    EXPECT_EQ(s.peak_memory_bytes, first.peak_memory_bytes);
    EXPECT_EQ(s.allocations, first.allocations);
    EXPECT_EQ(s.output_bytes, first.output_bytes);
  }
  EXPECT_EQ(first.output_bytes, 9u);
}

// time's interval clocks read the virtual clock, driven by the instruction
// count: the same program reads the same times in a fresh interpreter, the
// clock carries on across the runs of one interpreter, and sleep() moves it
// forward without taking wall-clock time.
TEST_F(LimitsTest, VirtualClockIsDeterministicAndMonotonicAcrossRuns) {
  const char* source =
      "import time\n"
      "start = time.monotonic_ns()\n"
      "total = sum(range(5000))\n"
      "time.sleep(30)\n"
      "print(start, time.monotonic_ns())\n";
  auto readings = [](const std::string& out) {
    std::pair<long long, long long> r{0, 0};
    EXPECT_EQ(std::sscanf(out.c_str(), "%lld %lld", &r.first, &r.second), 2) << out;
    return r;
  };
  Limits limits;
  limits.timeout = std::chrono::milliseconds(5000);
  Outcome first = Run(source, limits);
  ASSERT_TRUE(first.status.ok()) << first.status;
  Outcome second = Run(source, limits);
  ASSERT_TRUE(second.status.ok()) << second.status;
  auto [start1, end1] = readings(first.output);
  auto [start2, end2] = readings(second.output);
  EXPECT_GE(end1 - start1, 30'000'000'000LL);
  EXPECT_LT(end1 - start1, 31'000'000'000LL);
  EXPECT_GT(start2, end1);
  EXPECT_EQ(end2 - start2, end1 - start1);
  EXPECT_LT(first.stats.wall_ms, 5000u);

  Interpreter fresh(MakeOptions());
  output_.clear();
  absl::StatusOr<Program> program = Compile(source, "limits.py");
  ASSERT_TRUE(program.ok());
  ASSERT_TRUE(fresh.Run(*program).ok());
  EXPECT_EQ(output_, first.output);
}

// A native walk down a chain the script built (a bound method of a bound
// method ..., one instruction for `m.missing`) is charged a unit per level:
// otherwise a loop over it would do a thousand times the budget's work.
TEST_F(LimitsTest, NativeChainWalksAreChargedPerLevel) {
  const std::string build =
      "class C:\n    pass\n"
      "f = lambda: 1\n"
      "for _ in range(1000):\n    C.m = classmethod(f)\n    f = C.m\n";
  Outcome built = Run(build, Limits());
  ASSERT_TRUE(built.status.ok()) << built.status;
  Outcome walked = Run(build + "for _ in range(100):\n    getattr(f, 'missing', None)\n", Limits());
  ASSERT_TRUE(walked.status.ok()) << walked.status;
  EXPECT_GT(walked.stats.instructions - built.stats.instructions, 100u * 1000u);
}

TEST_F(LimitsTest, LimitNames) {
  EXPECT_EQ(LimitName(LimitKind::kInstructions), "instructions");
  EXPECT_EQ(LimitName(LimitKind::kMemory), "memory");
  EXPECT_EQ(LimitName(LimitKind::kOutput), "output");
  EXPECT_EQ(LimitName(LimitKind::kTime), "time");
  EXPECT_EQ(LimitName(LimitKind::kCancelled), "cancelled");
  EXPECT_EQ(LimitName(LimitKind::kNone), "");
}

}  // namespace
}  // namespace moat
