// Every limit met at every point of a few small programs (tests/api/
// limit_sweep/*.py). Each run has a fresh interpreter, so the first use of
// every internal name, cache and helper object happens under the limit: the
// run must finish, raise, or stop at that limit, never crash. A run the
// limit did not stop prints what the unlimited run prints; one it stopped
// printed a prefix of that.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "moat/moat.h"

namespace moat {
namespace {

std::string ReadProgram(const std::string& name) {
  std::ifstream in(std::string(MOAT_SOURCE_DIR) + "/tests/api/limit_sweep/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Outcome {
  absl::Status status;
  std::string output;
  RunStats stats;
};

Outcome RunFresh(const Program& program, const Limits& limits) {
  Outcome out;
  InterpreterOptions options;
  options.write_output = [&out](std::string_view text) { out.output.append(text); };
  options.limits = limits;
  Interpreter interp(std::move(options));
  out.status = interp.Run(program);
  out.stats = interp.last_run_stats();
  return out;
}

// The most runs one sweep makes: the points are spread evenly over the
// range when it is longer.
constexpr uint64_t kMaxPoints = 4000;

class LimitSweepTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    std::string source = ReadProgram(GetParam());
    ASSERT_FALSE(source.empty()) << "cannot read " << GetParam();
    absl::StatusOr<Program> compiled = Compile(source, GetParam());
    ASSERT_TRUE(compiled.ok()) << compiled.status();
    program_.emplace(*compiled);
    full_ = RunFresh(*program_, Limits());
    ASSERT_TRUE(full_.status.ok()) << full_.status;
  }

  // Runs the program under `limits`, which may stop it with `kind`.
  void Check(const Limits& limits, LimitKind kind, uint64_t value) {
    Outcome r = RunFresh(*program_, limits);
    SCOPED_TRACE(::testing::Message() << GetParam() << " with the limit at " << value);
    if (r.status.ok()) {
      EXPECT_EQ(r.output, full_.output);
      return;
    }
    ASSERT_EQ(r.status.code(), absl::StatusCode::kResourceExhausted) << r.status;
    std::optional<ScriptError> error = GetScriptError(r.status);
    ASSERT_TRUE(error.has_value()) << r.status;
    EXPECT_EQ(error->limit, kind) << error->traceback;
    EXPECT_EQ(error->exit_status, kExitLimit);
    EXPECT_TRUE(full_.output.starts_with(r.output)) << r.output;
  }

  // Calls `run(value)` for the values from `first` to `last`, every
  // `granule` or spread evenly when there are more than kMaxPoints.
  template <typename Run>
  static void Sweep(uint64_t first, uint64_t last, uint64_t granule, Run run) {
    uint64_t points = (last - first) / granule + 1;
    uint64_t step = granule * std::max<uint64_t>(1, (points + kMaxPoints - 1) / kMaxPoints);
    for (uint64_t value = first; value <= last; value += step) run(value);
  }

  std::optional<Program> program_;
  Outcome full_;
};

TEST_P(LimitSweepTest, Memory) {
  // What an empty program needs: below that, the run meets the limit
  // before the program's first line.
  absl::StatusOr<Program> empty = Compile("pass\n", "empty.py");
  ASSERT_TRUE(empty.ok());
  uint64_t floor = RunFresh(*empty, Limits()).stats.peak_memory_bytes;
  // Charges are whole allocations of 8 bytes or more.
  Sweep(floor - 64, full_.stats.peak_memory_bytes, 8, [&](uint64_t bytes) {
    Limits limits;
    limits.max_memory_bytes = bytes;
    Check(limits, LimitKind::kMemory, bytes);
  });
}

TEST_P(LimitSweepTest, Instructions) {
  Sweep(1, full_.stats.instructions, 1, [&](uint64_t n) {
    Limits limits;
    limits.max_instructions = n;
    Check(limits, LimitKind::kInstructions, n);
  });
}

TEST_P(LimitSweepTest, Output) {
  Sweep(0, full_.stats.output_bytes, 1, [&](uint64_t bytes) {
    Limits limits;
    limits.max_output_bytes = bytes;
    Check(limits, LimitKind::kOutput, bytes);
  });
}

INSTANTIATE_TEST_SUITE_P(Programs, LimitSweepTest,
                         ::testing::Values("data_model.py", "control_flow.py",
                                           "builtin_types.py"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                           std::string name = info.param;
                           return name.substr(0, name.find('.'));
                         });

}  // namespace
}  // namespace moat
