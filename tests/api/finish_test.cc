// Interpreter::Finish: the exit cleanup of CPython (suspended generators
// closed, their finally blocks run, __del__ called) through the public API, under limits,
// and with the interpreter still usable afterwards.
#include <string>

#include <gtest/gtest.h>

#include "moat/moat.h"

namespace moat {
namespace {

class FinishTest : public ::testing::Test {
 protected:
  FinishTest() : interp_(MakeOptions()) {}

  InterpreterOptions MakeOptions() {
    InterpreterOptions o;
    o.write_output = [this](std::string_view text) { output_.append(text); };
    return o;
  }

  absl::Status Run(std::string_view source) {
    absl::StatusOr<Program> program = Compile(source, "finish.py");
    EXPECT_TRUE(program.ok()) << program.status();
    if (!program.ok()) return program.status();
    return interp_.Run(*program);
  }

  std::string output_;
  Interpreter interp_;
};

constexpr const char* kSuspended = R"(
def gen(name):
    try:
        yield 1
    finally:
        print("closed", name)
kept = gen("kept")
next(kept)
held = [gen("first"), gen("second")]
for g in held:
    next(g)
next(gen("garbage"))
never_started = gen("never")
)";

TEST_F(FinishTest, ClosesSuspendedGeneratorsInReleaseOrder) {
  ASSERT_TRUE(Run(kSuspended).ok());
  EXPECT_EQ(output_, "");
  ASSERT_TRUE(interp_.Finish().ok());
  // Garbage first (CPython closed it when it was dropped), then the main
  // module's names in order; a list releases last to first.
  EXPECT_EQ(output_, "closed garbage\nclosed kept\nclosed second\nclosed first\n");
}

TEST_F(FinishTest, NothingToCloseIsFine) {
  ASSERT_TRUE(Run("x = 1\n").ok());
  EXPECT_TRUE(interp_.Finish().ok());
  EXPECT_EQ(output_, "");
}

TEST_F(FinishTest, ErrorsOfTheClosingAreDropped) {
  ASSERT_TRUE(Run(R"(
def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("ignored")
g = stubborn()
next(g)
)")
                  .ok());
  EXPECT_TRUE(interp_.Finish().ok());
  // The interpreter stays usable.
  EXPECT_TRUE(Run("print('after')\n").ok());
  EXPECT_EQ(output_, "after\n");
}

TEST_F(FinishTest, ALimitStopsTheClosing) {
  ASSERT_TRUE(Run(R"(
def spin():
    try:
        yield 1
    finally:
        while True:
            pass
g = spin()
next(g)
)")
                  .ok());
  Limits limits;
  limits.max_instructions = 100000;
  interp_.set_limits(limits);
  absl::Status finished = interp_.Finish();
  EXPECT_EQ(finished.code(), absl::StatusCode::kResourceExhausted);
  auto error = GetScriptError(finished);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->limit, LimitKind::kInstructions);
  EXPECT_EQ(interp_.last_run_stats().limit, LimitKind::kInstructions);
}

TEST_F(FinishTest, CallsDelOfWhatTheScriptLeft) {
  ASSERT_TRUE(Run(R"(
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
first = A("first")
pair = (A("p0"), A("p1"))
last = A("last")
)")
                  .ok());
  EXPECT_EQ(output_, "");
  ASSERT_TRUE(interp_.Finish().ok());
  EXPECT_EQ(output_, "del first\ndel last\ndel p1\ndel p0\n");
}

TEST_F(FinishTest, ALimitStopsADel) {
  ASSERT_TRUE(Run(R"(
class Spin:
    def __del__(self):
        while True:
            pass
kept = Spin()
)")
                  .ok());
  Limits limits;
  limits.max_instructions = 100000;
  interp_.set_limits(limits);
  absl::Status finished = interp_.Finish();
  EXPECT_EQ(finished.code(), absl::StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace moat
