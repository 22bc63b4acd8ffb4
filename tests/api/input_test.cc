// The host's side of standard input: InterpreterOptions::read_input is
// pulled from only when the script needs more, kWaiting leaves the time
// limit and cancel flag in force, what is buffered meets the memory limit,
// and no source at all reads as an empty input.
#include <atomic>
#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "moat/input.h"
#include "moat/moat.h"

namespace moat {
namespace {

struct Host {
  std::string out;
  std::vector<std::string> chunks;  // handed over one per call, then kEnd
  size_t calls = 0;
  size_t waits_before_each = 0;     // kWaiting answers before each chunk
  size_t waited = 0;
};

InterpreterOptions OptionsFor(Host* h) {
  InterpreterOptions o;
  o.write_output = [h](std::string_view text) { h->out.append(text); };
  o.read_input = [h](std::string* chunk) {
    ++h->calls;
    if (h->chunks.empty()) return InputStatus::kEnd;
    if (h->waited < h->waits_before_each) {
      ++h->waited;
      return InputStatus::kWaiting;
    }
    h->waited = 0;
    chunk->append(h->chunks.front());
    h->chunks.erase(h->chunks.begin());
    return InputStatus::kData;
  };
  return o;
}

absl::Status RunIn(Interpreter& interp, std::string_view source) {
  absl::StatusOr<Program> program = Compile(source, "input_test.py");
  EXPECT_TRUE(program.ok()) << program.status();
  if (!program.ok()) return program.status();
  return interp.Run(*program);
}

TEST(InputTest, NoSourceIsAnEmptyInput) {
  std::string out;
  InterpreterOptions o;
  o.write_output = [&out](std::string_view text) { out.append(text); };
  Interpreter interp(std::move(o));
  absl::Status s = RunIn(interp,
                         "import sys\n"
                         "print(repr(sys.stdin.read()), sys.stdin.buffer.read())\n"
                         "try:\n"
                         "    input('prompt')\n"
                         "except EOFError as e:\n"
                         "    print('|', e)\n");
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(out, "'' b''\nprompt| EOF when reading a line\n");
}

TEST(InputTest, InputFromStringIsReadByEveryLayer) {
  std::string out;
  InterpreterOptions o;
  o.write_output = [&out](std::string_view text) { out.append(text); };
  o.read_input = InputFromString("3\nb\xc3\xa9 line\nrest\n");
  Interpreter interp(std::move(o));
  absl::Status s = RunIn(interp,
                         "import sys\n"
                         "print(int(input()) * 2, sys.stdin.buffer.readline(),\n"
                         "      sys.stdin.read().split())\n");
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(out, "6 b'b\\xc3\\xa9 line\\n' ['rest']\n");
}

// A source may hand over any amount at once (InputFromString: all of it);
// the interpreter buffers, and charges, a pipe-sized piece at a time, so a
// script reading a large input line by line needs memory for a line.
TEST(InputTest, LargeInputFromStringIsReadLineByLineUnderASmallMemoryLimit) {
  std::string out;
  InterpreterOptions o;
  o.write_output = [&out](std::string_view text) { out.append(text); };
  std::string input;
  for (int i = 0; i < 400000; ++i) input += "0123456789012345678901234567890123456789\n";
  o.read_input = InputFromString(std::move(input));  // 16 MB
  o.limits.max_memory_bytes = 8u << 20;
  Interpreter interp(std::move(o));
  absl::Status s = RunIn(interp,
                         "import sys\n"
                         "n = 0\n"
                         "for line in sys.stdin:\n"
                         "    n += len(line)\n"
                         "print(n)\n");
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(out, "16400000\n");
}

TEST(InputTest, SourceIsPulledOnlyWhenTheScriptNeedsMore) {
  Host h;
  h.chunks = {"first\n", "sec", "ond\nthird\n"};
  Interpreter interp(OptionsFor(&h));
  ASSERT_TRUE(RunIn(interp, "a = input()\n").ok());
  EXPECT_EQ(h.calls, 1u);  // a prompt can be answered before the next line exists
  ASSERT_TRUE(RunIn(interp, "b = input()\n").ok());
  EXPECT_EQ(h.calls, 3u);  // a line split across chunks
  // What one run left unread, the next reads; after kEnd nothing is asked.
  ASSERT_TRUE(RunIn(interp,
                    "import sys\n"
                    "print(a, b, repr(sys.stdin.read()), repr(sys.stdin.read()))\n")
                  .ok());
  EXPECT_EQ(h.out, "first second 'third\\n' ''\n");
  EXPECT_EQ(h.calls, 4u);
  ASSERT_TRUE(RunIn(interp, "print(repr(sys.stdin.readline()))\n").ok());
  EXPECT_EQ(h.calls, 4u);
}

TEST(InputTest, WaitingIsAskedAgain) {
  Host h;
  h.chunks = {"1 2\n", "3\n"};
  h.waits_before_each = 5;
  Interpreter interp(OptionsFor(&h));
  absl::Status s =
      RunIn(interp, "import sys\nprint(sum(int(x) for x in sys.stdin.read().split()))\n");
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(h.out, "6\n");
  EXPECT_EQ(h.calls, 13u);  // 5 waits + a chunk, twice, then kEnd
}

TEST(InputTest, TheTimeoutEndsAWaitForInputThatNeverComes) {
  InterpreterOptions o;
  size_t calls = 0;
  o.read_input = [&calls](std::string*) {
    ++calls;
    return InputStatus::kWaiting;
  };
  Interpreter interp(std::move(o));
  Limits limits;
  limits.timeout = std::chrono::milliseconds(50);
  interp.set_limits(limits);
  absl::Status s = RunIn(interp, "input()\n");
  ASSERT_EQ(s.code(), absl::StatusCode::kResourceExhausted) << s;
  EXPECT_EQ(GetScriptError(s)->limit, LimitKind::kTime);
  EXPECT_GT(calls, 0u);
}

TEST(InputTest, TheCancelFlagEndsAWait) {
  std::atomic<bool> cancel{false};
  InterpreterOptions o;
  o.read_input = [&cancel](std::string*) {
    cancel.store(true);  // the host gives up while the script waits
    return InputStatus::kWaiting;
  };
  Interpreter interp(std::move(o));
  Limits limits;
  limits.cancel = &cancel;
  interp.set_limits(limits);
  absl::Status s = RunIn(interp, "import sys\nsys.stdin.buffer.read()\n");
  ASSERT_EQ(s.code(), absl::StatusCode::kResourceExhausted) << s;
  EXPECT_EQ(GetScriptError(s)->limit, LimitKind::kCancelled);
}

TEST(InputTest, BufferedInputMeetsTheMemoryLimit) {
  InterpreterOptions o;
  o.read_input = [](std::string* chunk) {
    chunk->append(size_t{1} << 20, 'x');  // endless
    return InputStatus::kData;
  };
  Interpreter interp(std::move(o));
  Limits limits;
  limits.max_memory_bytes = uint64_t{16} << 20;
  interp.set_limits(limits);
  absl::Status s = RunIn(interp, "import sys\nsys.stdin.read()\n");
  ASSERT_EQ(s.code(), absl::StatusCode::kResourceExhausted) << s;
  EXPECT_EQ(GetScriptError(s)->limit, LimitKind::kMemory);
  EXPECT_LE(interp.last_run_stats().peak_memory_bytes, limits.max_memory_bytes);
}

}  // namespace
}  // namespace moat
