// Isolated runs (moat/isolated.h, sandbox/): the verdicts, the limits, the
// deadline, and the operating-system wall itself. The wall is attacked from
// inside a prepared child through the test-only hooks (sandbox/isolate.h):
// code that runs after set-up, as a VM escape would, and must be stopped.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <string>

#include <gtest/gtest.h>

#include "moat/isolated.h"
#include "moat/moat.h"
#include "sandbox/isolate.h"
#include "sandbox/result_protocol.h"
#include "sandbox/supervisor.h"

namespace moat {
namespace {

using sandbox::ChildHooks;

Program MustCompile(std::string_view source) {
  absl::StatusOr<Program> p = Compile(source, "iso.py");
  EXPECT_TRUE(p.ok()) << p.status();
  return *p;
}

struct Captured {
  std::string out;
  std::string err;
  std::string both;  // "o:" / "e:" tagged, in arrival order
};

IsolatedOptions CaptureOptions(Captured* c) {
  IsolatedOptions o;
  o.write_output = [c](std::string_view s) {
    c->out.append(s);
    c->both.append("o:").append(s);
  };
  o.write_error = [c](std::string_view s) {
    c->err.append(s);
    c->both.append("e:").append(s);
  };
  return o;
}

IsolatedResult MustRun(std::string_view source, const IsolatedOptions& options,
                       const ChildHooks* hooks = nullptr) {
  absl::StatusOr<IsolatedResult> r = sandbox::RunForked(MustCompile(source), options, hooks);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *r : IsolatedResult{};
}

// Writes `text` as an output frame, as the child's stream would.
void SendOutput(int fd, std::string_view text) {
  std::string frame = sandbox::EncodeFrame(sandbox::FrameType::kOutput, text);
  sandbox::WriteAll(fd, frame.data(), frame.size());
}

// ---------------------------------------------------------------------------
// Verdicts of ordinary runs.

TEST(IsolatedRunTest, OkRunStreamsItsOutputAndReportsItsWalls) {
  Captured c;
  IsolatedResult r = MustRun("print('hello')\nprint(sum(range(10)))\n", CaptureOptions(&c));
  EXPECT_EQ(r.verdict, IsolatedVerdict::kOk) << r.detail;
  EXPECT_EQ(c.out, "hello\n45\n");
  EXPECT_EQ(r.exit_status(), kExitOk);
  EXPECT_TRUE(r.layers.fds_closed);
  EXPECT_TRUE(r.layers.rlimits);
  EXPECT_TRUE(r.layers.no_new_privs);
  EXPECT_TRUE(r.layers.seccomp);
  EXPECT_GT(r.stats.instructions, 0u);
}

TEST(IsolatedRunTest, PublicEntryPointRunsToo) {
  Captured c;
  absl::StatusOr<IsolatedResult> r = RunIsolated(MustCompile("print(6 * 7)\n"), CaptureOptions(&c));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->verdict, IsolatedVerdict::kOk);
  EXPECT_EQ(c.out, "42\n");
}

TEST(IsolatedRunTest, TheInputIsHandedToTheChild) {
  Captured c;
  IsolatedOptions options = CaptureOptions(&c);
  options.input = "2\n3 4\nbytes\n";
  IsolatedResult r = MustRun(
      "import sys\n"
      "n = int(input())\n"
      "print(n * sum(map(int, sys.stdin.readline().split())), sys.stdin.buffer.read())\n"
      "try:\n"
      "    input()\n"
      "except EOFError as e:\n"
      "    print(e)\n",
      options);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kOk) << r.detail << r.error.traceback;
  EXPECT_EQ(c.out, "14 b'bytes\\n'\nEOF when reading a line\n");
}

TEST(IsolatedRunTest, FiguresAndErrorsMatchAnInProcessRun) {
  const char* kSource =
      "import sys\n"
      "d = {i: str(i) * 3 for i in range(2000)}\n"
      "print(len(d), sys.argv)\n"
      "sys.stderr.write('to stderr\\n')\n"
      "def f(n):\n"
      "    return 1 / n\n"
      "f(0)\n";
  Program program = MustCompile(kSource);
  std::string in_out, in_err;
  InterpreterOptions in_opts;
  in_opts.write_output = [&](std::string_view s) { in_out.append(s); };
  in_opts.write_error = [&](std::string_view s) { in_err.append(s); };
  in_opts.argv = {"iso.py", "arg"};
  Interpreter interp(in_opts);
  absl::Status in_status = interp.Run(program);
  RunStats in_stats = interp.last_run_stats();
  ASSERT_TRUE(interp.Finish().ok());
  std::optional<ScriptError> in_error = GetScriptError(in_status);
  ASSERT_TRUE(in_error.has_value());

  Captured c;
  IsolatedOptions o = CaptureOptions(&c);
  o.argv = {"iso.py", "arg"};
  absl::StatusOr<IsolatedResult> r = sandbox::RunForked(program, o, nullptr);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->verdict, IsolatedVerdict::kError);
  EXPECT_EQ(r->error.type_name, "ZeroDivisionError");
  EXPECT_EQ(r->error.message, "division by zero");
  EXPECT_EQ(r->error.traceback, in_error->traceback);
  EXPECT_EQ(r->exit_status(), kExitException);
  EXPECT_EQ(c.out, in_out);
  EXPECT_EQ(c.err, in_err);
  EXPECT_EQ(c.both, "o:2000 ['iso.py', 'arg']\ne:to stderr\n");
  EXPECT_EQ(r->stats.instructions, in_stats.instructions);
  EXPECT_EQ(r->stats.peak_memory_bytes, in_stats.peak_memory_bytes);
  EXPECT_EQ(r->stats.allocations, in_stats.allocations);
  EXPECT_EQ(r->stats.output_bytes, in_stats.output_bytes);
}

TEST(IsolatedRunTest, SystemExitGivesItsStatus) {
  Captured c;
  IsolatedResult r = MustRun("raise SystemExit(7)\n", CaptureOptions(&c));
  EXPECT_EQ(r.verdict, IsolatedVerdict::kError);
  EXPECT_EQ(r.exit_status(), 7);
}

TEST(IsolatedRunTest, FinishClosesSuspendedGenerators) {
  Captured c;
  IsolatedResult r = MustRun(
      "def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\n"
      "it = g()\nnext(it)\nprint('end')\n",
      CaptureOptions(&c));
  EXPECT_EQ(r.verdict, IsolatedVerdict::kOk);
  EXPECT_EQ(c.out, "end\nclosed\n");
}

TEST(IsolatedRunTest, LargeOutputArrivesWhole) {
  Captured c;
  IsolatedResult r = MustRun("print('x' * 300000)\nfor i in range(5000): print(i)\n",
                             CaptureOptions(&c));
  EXPECT_EQ(r.verdict, IsolatedVerdict::kOk);
  std::string expected = std::string(300000, 'x') + "\n";
  for (int i = 0; i < 5000; ++i) expected += std::to_string(i) + "\n";
  EXPECT_EQ(c.out, expected);
  EXPECT_EQ(r.stats.output_bytes, expected.size());
}

// ---------------------------------------------------------------------------
// Limits.

TEST(IsolatedLimitTest, Instructions) {
  Captured c;
  IsolatedOptions o = CaptureOptions(&c);
  o.limits.max_instructions = 10000;
  IsolatedResult r = MustRun("while True:\n    pass\n", o);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kLimit);
  EXPECT_EQ(r.error.limit, LimitKind::kInstructions);
  EXPECT_EQ(r.error.limit_value, 10000u);
  EXPECT_GT(r.error.limit_used, 10000u);
  EXPECT_NE(r.error.traceback.find("LimitExceeded: instruction limit reached"), std::string::npos)
      << r.error.traceback;
  EXPECT_EQ(r.stats.limit, LimitKind::kInstructions);
  EXPECT_EQ(r.exit_status(), kExitLimit);
}

TEST(IsolatedLimitTest, Memory) {
  Captured c;
  IsolatedOptions o = CaptureOptions(&c);
  o.limits.max_memory_bytes = 16 << 20;
  // Each string fits the budget; together they use it up.
  IsolatedResult r = MustRun("keep = []\nwhile True:\n    keep.append('a' * 10**6)\n", o);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kLimit);
  EXPECT_EQ(r.error.limit, LimitKind::kMemory);
  EXPECT_EQ(r.error.limit_value, uint64_t{16} << 20);
}

TEST(IsolatedLimitTest, Output) {
  Captured c;
  IsolatedOptions o = CaptureOptions(&c);
  o.limits.max_output_bytes = 100;
  IsolatedResult r = MustRun("for i in range(1000):\n    print('line', i)\n", o);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kLimit);
  EXPECT_EQ(r.error.limit, LimitKind::kOutput);
  EXPECT_LE(c.out.size(), 100u);
}

TEST(IsolatedLimitTest, TimeoutInTheVm) {
  Captured c;
  IsolatedOptions o = CaptureOptions(&c);
  o.limits.max_instructions = Limits::kUnlimited;
  o.limits.timeout = std::chrono::milliseconds(200);
  IsolatedResult r = MustRun("while True:\n    pass\n", o);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kLimit);
  EXPECT_EQ(r.error.limit, LimitKind::kTime);
}

TEST(IsolatedLimitTest, CancelReachesTheChildAndProvesOutputIsStreamed) {
  // The flag is set only when "started" reaches the host, which happens
  // while the script is in its endless loop: if output came only at the
  // end, the run would meet its deadline instead.
  std::atomic<bool> cancel{false};
  Captured c;
  IsolatedOptions o;
  o.write_output = [&](std::string_view s) {
    c.out.append(s);
    if (c.out.find("started") != std::string::npos) cancel = true;
  };
  o.limits.max_instructions = Limits::kUnlimited;
  o.limits.timeout = Limits::kNoTimeout;
  o.limits.cancel = &cancel;
  o.deadline = std::chrono::milliseconds(30000);
  IsolatedResult r = MustRun("print('started')\nwhile True:\n    pass\n", o);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kLimit) << r.detail;
  EXPECT_EQ(r.error.limit, LimitKind::kCancelled);
  EXPECT_NE(r.error.traceback.find("line 2"), std::string::npos) << r.error.traceback;
}

TEST(IsolatedLimitTest, DeadlineKillsAScriptThatNeverStops) {
  Captured c;
  IsolatedOptions o = CaptureOptions(&c);
  o.limits.max_instructions = Limits::kUnlimited;
  o.limits.timeout = Limits::kNoTimeout;
  o.deadline = std::chrono::milliseconds(300);
  IsolatedResult r = MustRun("print('a')\nwhile True:\n    pass\n", o);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kDeadline);
  EXPECT_EQ(r.error.limit, LimitKind::kTime);
  EXPECT_EQ(r.error.limit_value, 300u);
  EXPECT_EQ(r.exit_status(), kExitLimit);
  EXPECT_EQ(c.out, "a\n");
}

// ---------------------------------------------------------------------------
// The wall, attacked from inside the prepared child.

// Runs `attack` after the filter is up; the script never runs.
IsolatedResult Attack(std::function<void(int)> attack, IsolatedOptions o = IsolatedOptions{}) {
  static Captured sink;
  if (!o.write_output) {
    IsolatedOptions capture = CaptureOptions(&sink);
    o.write_output = capture.write_output;
    o.write_error = capture.write_error;
  }
  ChildHooks hooks;
  hooks.after_filter = std::move(attack);
  return MustRun("print('the script should not run')\n", o, &hooks);
}

void ExpectBlocked(const IsolatedResult& r, std::string_view syscall) {
  EXPECT_EQ(r.verdict, IsolatedVerdict::kKilled) << r.detail;
  EXPECT_EQ(r.signal, SIGSYS);
  EXPECT_EQ(r.blocked_syscall, syscall);
  EXPECT_NE(r.detail.find(std::string(syscall)), std::string::npos) << r.detail;
  EXPECT_EQ(r.exit_status(), kExitKilled);
}

TEST(IsolatedWallTest, OpenIsBlockedAndNamed) {
  ExpectBlocked(Attack([](int) { open("/etc/hostname", O_RDONLY); }), "openat");
}

TEST(IsolatedWallTest, SocketIsBlocked) {
  ExpectBlocked(Attack([](int) { socket(AF_INET, SOCK_STREAM, 0); }), "socket");
}

TEST(IsolatedWallTest, ExecveIsBlocked) {
  ExpectBlocked(Attack([](int) {
                  char* const argv[] = {const_cast<char*>("true"), nullptr};
                  execve("/bin/true", argv, nullptr);
                }),
                "execve");
}

TEST(IsolatedWallTest, ForkIsBlocked) {
  ExpectBlocked(Attack([](int) { fork(); }), "clone");
}

TEST(IsolatedWallTest, PtraceIsBlocked) {
  ExpectBlocked(Attack([](int) { ptrace(PTRACE_TRACEME, 0, nullptr, nullptr); }), "ptrace");
}

TEST(IsolatedWallTest, SignallingTheParentIsBlocked) {
  ExpectBlocked(Attack([](int) { kill(1, SIGKILL); }), "kill");
}

TEST(IsolatedWallTest, ExecutableMemoryIsBlocked) {
  ExpectBlocked(Attack([](int) {
                  mmap(nullptr, 4096, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
                }),
                "mmap");
  ExpectBlocked(Attack([](int) {
                  void* p = mmap(nullptr, 4096, PROT_READ | PROT_WRITE,
                                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
                  mprotect(p, 4096, PROT_READ | PROT_EXEC);
                }),
                "mprotect");
}

TEST(IsolatedWallTest, RaisingOtherSignalsIsBlocked) {
  // tgkill is allowed for abort()'s SIGABRT to itself only.
  ExpectBlocked(Attack([](int) { raise(SIGSEGV); }), "tgkill");
}

TEST(IsolatedWallTest, AnotherArchitecturesSyscallKills) {
  // An x32 system call number: libseccomp's filter refuses it outright.
  IsolatedResult r = Attack([](int) { syscall(0x40000000 | SYS_getpid); });
  EXPECT_EQ(r.verdict, IsolatedVerdict::kKilled) << r.detail;
  EXPECT_EQ(r.signal, SIGSYS);
}

TEST(IsolatedWallTest, WritesToOtherFdsFailQuietly) {
  Captured c;
  IsolatedResult r = Attack(
      [](int fd) {
        ssize_t n = write(1, "x", 1);
        SendOutput(fd, n == -1 && errno == EBADF ? "EBADF" : "wrote");
        _exit(0);
      },
      CaptureOptions(&c));
  EXPECT_EQ(c.out, "EBADF");
  EXPECT_EQ(r.verdict, IsolatedVerdict::kBrokenProtocol);  // no result frame
}

TEST(IsolatedWallTest, AbortIsAKillBySigabrt) {
  IsolatedResult r = Attack([](int) { abort(); });
  EXPECT_EQ(r.verdict, IsolatedVerdict::kKilled) << r.detail;
  EXPECT_EQ(r.signal, SIGABRT);
  EXPECT_TRUE(r.blocked_syscall.empty());
}

TEST(IsolatedWallTest, AddressSpaceIsCapped) {
  Captured c;
  IsolatedOptions o = CaptureOptions(&c);
  o.limits.max_memory_bytes = 64 << 20;
  o.address_space_margin_bytes = 64 << 20;
  IsolatedResult r = Attack(
      [](int fd) {
        // Far more than budget plus margin: refused by RLIMIT_AS.
        void* p = mmap(nullptr, size_t{4} << 30, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        SendOutput(fd, p == MAP_FAILED && errno == ENOMEM ? "ENOMEM" : "mapped");
        _exit(0);
      },
      o);
  if (!r.layers.address_space) GTEST_SKIP() << "no RLIMIT_AS in this build: " << r.layers.ToString();
  EXPECT_EQ(c.out, "ENOMEM");
}

TEST(IsolatedWallTest, CpuTimeIsCapped) {
  // A child that got past the VM's timeout meets RLIMIT_CPU (timeout + 2s).
  IsolatedOptions o;
  o.limits.timeout = std::chrono::milliseconds(1);
  o.deadline = std::chrono::milliseconds(30000);
  IsolatedResult r = Attack(
      [](int) {
        for (;;) asm volatile("");
      },
      o);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kKilled) << r.detail;
  EXPECT_TRUE(r.signal == SIGXCPU || r.signal == SIGKILL) << r.signal;
}

TEST(IsolatedWallTest, AHangingChildIsKilledAtTheDeadline) {
  IsolatedOptions o;
  o.deadline = std::chrono::milliseconds(300);
  IsolatedResult r = Attack(
      [](int) {
        for (;;) asm volatile("");
      },
      o);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kDeadline) << r.detail;
}

// What the child looked like just before its filter went up.
std::string g_before_filter;

TEST(IsolatedWallTest, OnlyTheResultPipeIsOpenAndLimitsAreSet) {
  ChildHooks hooks;
  hooks.before_filter = [](int) {
    std::string fds;
    DIR* dir = opendir("/proc/self/fd");
    if (dir == nullptr) {
      g_before_filter = "no /proc/self/fd";
      return;
    }
    while (struct dirent* e = readdir(dir)) {
      if (e->d_name[0] == '.' || std::atoi(e->d_name) == dirfd(dir)) continue;
      fds += std::string(e->d_name) + " ";
    }
    closedir(dir);
    struct rlimit fsize, core, nofile;
    getrlimit(RLIMIT_FSIZE, &fsize);
    getrlimit(RLIMIT_CORE, &core);
    getrlimit(RLIMIT_NOFILE, &nofile);
    g_before_filter = "fds: " + fds + "fsize: " + std::to_string(fsize.rlim_max) +
                      " core: " + std::to_string(core.rlim_max) +
                      " nofile: " + std::to_string(nofile.rlim_max) +
                      " nnp: " + std::to_string(prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
  };
  hooks.after_filter = [](int fd) { SendOutput(fd, g_before_filter); };
  Captured c;
  IsolatedResult r = MustRun("pass\n", CaptureOptions(&c), &hooks);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kOk) << r.detail;
  EXPECT_EQ(c.out, "fds: 3 fsize: 0 core: 0 nofile: 4 nnp: 1");
}

// ---------------------------------------------------------------------------
// A child that lies: the parent must give a verdict, not crash or hang.

TEST(IsolatedProtocolTest, GarbageFrames) {
  IsolatedResult r = Attack([](int fd) {
    const char garbage[] = "\xff\xff\xff\xff garbage that is no frame";
    sandbox::WriteAll(fd, garbage, sizeof garbage);
    _exit(0);
  });
  EXPECT_EQ(r.verdict, IsolatedVerdict::kBrokenProtocol);
  EXPECT_NE(r.detail.find("unknown type"), std::string::npos) << r.detail;
  EXPECT_EQ(r.exit_status(), kExitKilled);
}

TEST(IsolatedProtocolTest, AnOversizedFrameClaim) {
  IsolatedResult r = Attack([](int fd) {
    std::string frame = sandbox::EncodeFrame(sandbox::FrameType::kOutput, "");
    frame[4] = frame[5] = frame[6] = frame[7] = '\xff';
    sandbox::WriteAll(fd, frame.data(), frame.size());
    for (;;) pause();  // the parent must not wait for 4 GiB
  });
  EXPECT_EQ(r.verdict, IsolatedVerdict::kBrokenProtocol);
  EXPECT_NE(r.detail.find("more than its limit"), std::string::npos) << r.detail;
}

TEST(IsolatedProtocolTest, DeathInsideAFrame) {
  IsolatedResult r = Attack([](int fd) {
    std::string frame = sandbox::EncodeFrame(sandbox::FrameType::kOutput, std::string(100, 'x'));
    sandbox::WriteAll(fd, frame.data(), 40);
    _exit(0);
  });
  EXPECT_EQ(r.verdict, IsolatedVerdict::kBrokenProtocol);
  EXPECT_NE(r.detail.find("inside a frame"), std::string::npos) << r.detail;
}

TEST(IsolatedProtocolTest, ExitWithoutAResult) {
  IsolatedResult r = Attack([](int) { _exit(0); });
  EXPECT_EQ(r.verdict, IsolatedVerdict::kBrokenProtocol);
  EXPECT_NE(r.detail.find("without a result"), std::string::npos) << r.detail;
}

TEST(IsolatedProtocolTest, AForgedResultWithBadFields) {
  IsolatedResult r = Attack([](int fd) {
    std::string frame = sandbox::EncodeFrame(sandbox::FrameType::kResult, "\x07 short");
    sandbox::WriteAll(fd, frame.data(), frame.size());
    _exit(0);
  });
  EXPECT_EQ(r.verdict, IsolatedVerdict::kBrokenProtocol);
}

TEST(IsolatedProtocolTest, TwoResults) {
  IsolatedResult r = Attack([](int fd) {
    std::string frame =
        sandbox::EncodeFrame(sandbox::FrameType::kResult, sandbox::EncodeResult({}));
    sandbox::WriteAll(fd, frame.data(), frame.size());
    sandbox::WriteAll(fd, frame.data(), frame.size());
    _exit(0);
  });
  EXPECT_EQ(r.verdict, IsolatedVerdict::kBrokenProtocol);
  EXPECT_NE(r.detail.find("after its result"), std::string::npos) << r.detail;
}

TEST(IsolatedProtocolTest, OutputBeforeReady) {
  ChildHooks hooks;
  hooks.before_filter = [](int fd) { SendOutput(fd, "early"); };
  Captured c;
  IsolatedResult r = MustRun("pass\n", CaptureOptions(&c), &hooks);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kBrokenProtocol);
  EXPECT_EQ(c.out, "");
}

TEST(IsolatedProtocolTest, AFlood) {
  // More output than the limit allows: the parent stops the child.
  IsolatedOptions o;
  Captured c;
  o = CaptureOptions(&c);
  o.limits.max_output_bytes = 1000;
  IsolatedResult r = Attack(
      [](int fd) {
        std::string chunk(sandbox::kMaxOutputChunk, 'x');
        for (;;) SendOutput(fd, chunk);
      },
      o);
  EXPECT_EQ(r.verdict, IsolatedVerdict::kBrokenProtocol) << r.detail;
  EXPECT_NE(r.detail.find("more than the limit"), std::string::npos) << r.detail;
}

}  // namespace
}  // namespace moat
