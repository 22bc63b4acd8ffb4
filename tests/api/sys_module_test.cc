// The host's side of the `sys` module: sys.stderr reaches
// InterpreterOptions::write_error, both streams share the output budget,
// sys.argv is exactly InterpreterOptions::argv, and the recursion ceiling
// of Limits::max_recursion_limit holds.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "moat/moat.h"

namespace moat {
namespace {

struct Captured {
  std::string out;
  std::string err;
};

InterpreterOptions Capturing(Captured* c, std::vector<std::string> argv = {}) {
  InterpreterOptions o;
  o.write_output = [c](std::string_view text) { c->out.append(text); };
  o.write_error = [c](std::string_view text) { c->err.append(text); };
  o.argv = std::move(argv);
  return o;
}

absl::Status RunIn(Interpreter& interp, std::string_view source) {
  absl::StatusOr<Program> program = Compile(source, "/host/only/path/script.py");
  EXPECT_TRUE(program.ok()) << program.status();
  if (!program.ok()) return program.status();
  return interp.Run(*program);
}

TEST(SysModuleTest, StderrGoesToWriteErrorAndStdoutToWriteOutput) {
  Captured c;
  Interpreter interp(Capturing(&c));
  absl::Status s = RunIn(interp,
                         "import sys\n"
                         "print('out1')\n"
                         "print('err1', file=sys.stderr)\n"
                         "n = sys.stderr.write('err2\\n')\n"
                         "sys.stdout.write(str(n) + '\\n')\n");
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(c.out, "out1\n5\n");
  EXPECT_EQ(c.err, "err1\nerr2\n");
}

TEST(SysModuleTest, BothStreamsShareTheOutputBudget) {
  Captured c;
  Interpreter interp(Capturing(&c));
  Limits limits;
  limits.max_output_bytes = 10;
  interp.set_limits(limits);
  absl::Status s = RunIn(interp,
                         "import sys\n"
                         "sys.stdout.write('12345')\n"
                         "sys.stderr.write('67890abc')\n");
  EXPECT_EQ(s.code(), absl::StatusCode::kResourceExhausted);
  auto error = GetScriptError(s);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->limit, LimitKind::kOutput);
  EXPECT_EQ(c.out, "12345");
  EXPECT_EQ(c.err, "67890");  // what fitted
  EXPECT_EQ(interp.last_run_stats().output_bytes, 10u);
}

TEST(SysModuleTest, ArgvIsWhatTheHostGaveNeverTheCompiledPath) {
  Captured c;
  Interpreter interp(Capturing(&c, {"judge.py", "--fast"}));
  ASSERT_TRUE(RunIn(interp, "import sys\nprint(sys.argv)\n").ok());
  EXPECT_EQ(c.out, "['judge.py', '--fast']\n");

  Captured d;
  Interpreter bare(Capturing(&d));
  ASSERT_TRUE(RunIn(bare, "import sys\nprint(sys.argv)\n").ok());
  EXPECT_EQ(d.out, "['']\n");
}

TEST(SysModuleTest, RecursionCeilingCapsSetRecursionLimit) {
  Captured c;
  Interpreter interp(Capturing(&c));
  Limits limits;
  limits.max_recursion_limit = 3000;
  interp.set_limits(limits);
  absl::Status s = RunIn(interp,
                         "import sys\n"
                         "sys.setrecursionlimit(100000)\n"
                         "d = 0\n"
                         "def f():\n"
                         "    global d\n"
                         "    d += 1\n"
                         "    f()\n"
                         "try:\n"
                         "    f()\n"
                         "except RecursionError:\n"
                         "    print(sys.getrecursionlimit(), d)\n");
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(c.out, "100000 2999\n");
}

TEST(SysModuleTest, EachRunStartsFromTheHostsDepth) {
  Captured c;
  Interpreter interp(Capturing(&c));
  ASSERT_TRUE(RunIn(interp, "import sys\nsys.setrecursionlimit(50)\n").ok());
  ASSERT_TRUE(RunIn(interp, "print(sys.getrecursionlimit())\n").ok());
  EXPECT_EQ(c.out, "1000\n");
}

}  // namespace
}  // namespace moat
