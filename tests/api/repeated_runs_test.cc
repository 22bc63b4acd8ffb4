// An embedder that evaluates formulas over and over in one Interpreter:
// the heap must not grow with the number of runs, whether it reruns one
// Program or compiles a new one each time, so a fixed memory limit holds
// for any number of runs (vm/verifier.h LoadProgram).
#include <string>

#include <gtest/gtest.h>

#include "moat/moat.h"

namespace moat {
namespace {

// A memory limit that the runs' garbage reaches many times over, so
// collections run, but that a heap growing with each run would pass.
constexpr uint64_t kMemoryLimit = uint64_t{4} << 20;

InterpreterOptions Options() {
  InterpreterOptions options;
  options.limits.max_memory_bytes = kMemoryLimit;
  return options;
}

TEST(RepeatedRunsTest, RerunningOneProgramKeepsTheHeapBounded) {
  Interpreter interp(Options());
  absl::StatusOr<Program> setup = Compile("rates = {'a': 3, 'b': 4}\nx = 20\n", "<setup>");
  ASSERT_TRUE(setup.ok());
  ASSERT_TRUE(interp.Run(*setup).ok());
  absl::StatusOr<Program> formula =
      Compile("[x * rates['a'] + len(str(x)), 'total: %d' % x]", "<formula>",
              CompileMode::kEval);
  ASSERT_TRUE(formula.ok());
  for (int i = 0; i < 60000; ++i) {
    absl::StatusOr<std::string> r = interp.EvalToRepr(*formula);
    ASSERT_TRUE(r.ok()) << "run " << i << ": " << r.status();
    ASSERT_EQ(*r, "[62, 'total: 20']");
  }
}

TEST(RepeatedRunsTest, ManyDifferentProgramsKeepTheHeapBounded) {
  Interpreter interp(Options());
  for (int i = 0; i < 4000; ++i) {
    std::string n = std::to_string(i);
    absl::StatusOr<Program> formula =
        Compile("[(" + n + " * 3) % 7, 'row " + n + "', (" + n + ", 'x-' * 1000)][0]",
                "<formula>", CompileMode::kEval);
    ASSERT_TRUE(formula.ok());
    absl::StatusOr<std::string> r = interp.EvalToRepr(*formula);
    ASSERT_TRUE(r.ok()) << "program " << i << ": " << r.status();
    ASSERT_EQ(*r, std::to_string(i * 3 % 7));
  }
}

TEST(RepeatedRunsTest, FunctionsOfAnOldProgramStayUsable) {
  // A program's code lives on in what it defined after the interpreter
  // has let the program itself go.
  Interpreter interp(Options());
  absl::StatusOr<Program> define =
      Compile("def scale(v):\n    return v * 10 + len(('k', 'l'))\n", "<define>");
  ASSERT_TRUE(define.ok());
  ASSERT_TRUE(interp.Run(*define).ok());
  for (int i = 0; i < 200; ++i) {
    absl::StatusOr<Program> formula =
        Compile("scale(" + std::to_string(i) + ")", "<formula>", CompileMode::kEval);
    ASSERT_TRUE(formula.ok());
    absl::StatusOr<std::string> r = interp.EvalToRepr(*formula);
    ASSERT_TRUE(r.ok()) << r.status();
    ASSERT_EQ(*r, std::to_string(i * 10 + 2));
  }
  absl::StatusOr<Program> again = Compile("scale(7)", "<formula>", CompileMode::kEval);
  ASSERT_TRUE(again.ok());
  absl::StatusOr<std::string> r = interp.EvalToRepr(*again);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(*r, "72");
}

}  // namespace
}  // namespace moat
