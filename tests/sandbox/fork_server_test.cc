// IsolatedRunner and its fork server (sandbox/fork_server.h): many runs
// through one server, each verdict as a direct fork gives it, and a server
// that outlives children killed, cancelled or stopped at a limit.
#include "sandbox/fork_server.h"

#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <string>

#include <gtest/gtest.h>

#include "moat/isolated.h"
#include "moat/moat.h"

namespace moat {
namespace {

Program MustCompile(std::string_view source) {
  absl::StatusOr<Program> p = Compile(source, "served.py");
  EXPECT_TRUE(p.ok()) << p.status();
  return *p;
}

class IsolatedRunnerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<IsolatedRunner>> runner = IsolatedRunner::Create();
    ASSERT_TRUE(runner.ok()) << runner.status();
    runner_ = std::move(*runner);
  }

  IsolatedResult Run(std::string_view source, IsolatedOptions o = IsolatedOptions{}) {
    output_.clear();
    o.write_output = [this](std::string_view s) { output_.append(s); };
    o.write_error = [this](std::string_view s) { output_.append(s); };
    absl::StatusOr<IsolatedResult> r = runner_->Run(MustCompile(source), o);
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? *r : IsolatedResult{};
  }

  std::unique_ptr<IsolatedRunner> runner_;
  std::string output_;
};

TEST_F(IsolatedRunnerTest, RunsManyProgramsThroughOneServer) {
  for (int i = 0; i < 50; ++i) {
    IsolatedOptions o;
    o.argv = {"served.py", std::to_string(i)};
    IsolatedResult r = Run("import sys\nprint(int(sys.argv[1]) ** 2)\n", o);
    ASSERT_EQ(r.verdict, IsolatedVerdict::kOk) << r.detail;
    EXPECT_EQ(output_, std::to_string(i * i) + "\n");
    EXPECT_TRUE(r.layers.seccomp);
  }
}

TEST_F(IsolatedRunnerTest, EveryVerdictAndTheServerSurvivesThem) {
  IsolatedResult error = Run("raise KeyError('k')\n");
  EXPECT_EQ(error.verdict, IsolatedVerdict::kError);
  EXPECT_EQ(error.error.type_name, "KeyError");
  EXPECT_EQ(error.error.message, "'k'");

  IsolatedOptions limited;
  limited.limits.max_instructions = 5000;
  IsolatedResult limit = Run("while True: pass\n", limited);
  EXPECT_EQ(limit.verdict, IsolatedVerdict::kLimit);
  EXPECT_EQ(limit.error.limit, LimitKind::kInstructions);

  IsolatedOptions hanging;
  hanging.limits.max_instructions = Limits::kUnlimited;
  hanging.limits.timeout = Limits::kNoTimeout;
  hanging.deadline = std::chrono::milliseconds(300);
  IsolatedResult deadline = Run("while True: pass\n", hanging);
  EXPECT_EQ(deadline.verdict, IsolatedVerdict::kDeadline);

  std::atomic<bool> cancel{true};
  IsolatedOptions cancelled = hanging;
  cancelled.deadline = std::chrono::milliseconds(30000);
  cancelled.limits.cancel = &cancel;
  IsolatedResult stopped = Run("while True: pass\n", cancelled);
  EXPECT_EQ(stopped.verdict, IsolatedVerdict::kLimit);
  EXPECT_EQ(stopped.error.limit, LimitKind::kCancelled);

  IsolatedResult ok = Run("print('still serving')\n");
  EXPECT_EQ(ok.verdict, IsolatedVerdict::kOk);
  EXPECT_EQ(output_, "still serving\n");
}

// The server quits on a request past its bound (it cannot skip one), so
// the host refuses it first, and the runner then goes on serving. (An input
// under the bound that the program pushes over it takes the same refusal
// after encoding; building one costs gigabytes, so only this path is run.)
TEST_F(IsolatedRunnerTest, AnOversizedRequestIsRefusedAndTheServerSurvives) {
  {
    IsolatedOptions o;
    o.input.assign(sandbox::ForkServer::kMaxRequestBytes + 1, 'x');
    absl::StatusOr<IsolatedResult> r = runner_->Run(MustCompile("pass\n"), o);
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find("at most 1024 MiB"), std::string_view::npos)
        << r.status();
  }
  IsolatedResult ok = Run("print(len(input()))\n", [] {
    IsolatedOptions o;
    o.input = "abc\n";
    return o;
  }());
  EXPECT_EQ(ok.verdict, IsolatedVerdict::kOk) << ok.detail;
  EXPECT_EQ(output_, "3\n");
}

TEST(ForkServerTest, EndsWhenItsOwnerDoes) {
  absl::StatusOr<std::unique_ptr<sandbox::ForkServer>> server = sandbox::ForkServer::Start();
  ASSERT_TRUE(server.ok()) << server.status();
  pid_t pid = (*server)->pid();
  EXPECT_EQ(kill(pid, 0), 0);
  server->reset();  // closes the socket and reaps the server
  EXPECT_EQ(kill(pid, 0), -1);
}

TEST(ForkServerTest, ADeadServerIsAnErrorNotACrash) {
  absl::StatusOr<std::unique_ptr<sandbox::ForkServer>> server = sandbox::ForkServer::Start();
  ASSERT_TRUE(server.ok()) << server.status();
  kill((*server)->pid(), SIGKILL);
  absl::StatusOr<IsolatedResult> r = (*server)->Run(MustCompile("pass\n"), IsolatedOptions{});
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInternal);
  EXPECT_NE(r.status().message().find("fork server is gone"), std::string_view::npos)
      << r.status();
}

}  // namespace
}  // namespace moat
