// Native recursion on host threads with small stacks: repr, ==, iterator
// chains and special methods that recurse through builtins end in a
// catchable RecursionError whatever the thread's stack size, because the
// interpreter measures the stack of the thread each run is made on
// (vm/interp.h AnchorNativeStack). Before that, only a fixed 4 MiB allowance
// below the first run's entry bounded native recursion, and a 256 KiB thread
// overflowed.
#include <cstddef>
#include <functional>
#include <string>

#include <gtest/gtest.h>

#include "moat/moat.h"
#include "tests/util/run_on_thread.h"

namespace moat {
namespace {

using testing_util::RunOnThread;

// Each script must print "caught" and nothing else.
constexpr const char* kScripts[] = {
    // repr of nested lists.
    "x = []\n"
    "for _ in range(100000):\n"
    "    x = [x]\n"
    "try:\n"
    "    repr(x)\n"
    "except RecursionError:\n"
    "    print('caught')\n",
    // == of nested dicts.
    "a = {}\n"
    "b = {}\n"
    "for _ in range(100000):\n"
    "    a = {1: a}\n"
    "    b = {1: b}\n"
    "try:\n"
    "    a == b\n"
    "except RecursionError:\n"
    "    print('caught')\n",
    // A chain of map iterators.
    "it = iter([1])\n"
    "for _ in range(100000):\n"
    "    it = map(abs, it)\n"
    "try:\n"
    "    list(it)\n"
    "except RecursionError:\n"
    "    print('caught')\n",
    // __eq__ recursing through list comparison: Python and native frames.
    "class A:\n"
    "    def __eq__(self, other):\n"
    "        return [self] == [other]\n"
    "try:\n"
    "    A() == A()\n"
    "except RecursionError:\n"
    "    print('caught')\n",
    // list.sort whose __lt__ sorts again: large native frames per level.
    "class A:\n"
    "    def __lt__(self, other):\n"
    "        items = [A(), A()]\n"
    "        items.sort()\n"
    "        return True\n"
    "try:\n"
    "    [A(), A()].sort()\n"
    "except RecursionError:\n"
    "    print('caught')\n",
};

class NativeStackTest : public ::testing::TestWithParam<size_t> {
 protected:
  NativeStackTest() : interp_(MakeOptions()) {}

  InterpreterOptions MakeOptions() {
    InterpreterOptions o;
    o.write_output = [this](std::string_view text) { output_.append(text); };
    return o;
  }

  // Compiles here, runs on a thread with a stack of GetParam() bytes.
  absl::Status RunOnSmallStack(std::string_view source) {
    absl::StatusOr<Program> program = Compile(source, "deep.py");
    EXPECT_TRUE(program.ok()) << program.status();
    if (!program.ok()) return program.status();
    output_.clear();
    absl::Status status;
    RunOnThread(GetParam(), [&] { status = interp_.Run(*program); });
    return status;
  }

  std::string output_;
  Interpreter interp_;
};

TEST_P(NativeStackTest, DeepNativeRecursionIsACatchableRecursionError) {
  for (const char* script : kScripts) {
    absl::Status status = RunOnSmallStack(script);
    EXPECT_TRUE(status.ok()) << status << "\n" << script;
    EXPECT_EQ(output_, "caught\n") << script;
  }
}

TEST_P(NativeStackTest, UncaughtRecursionErrorIsReportedAndTheInterpreterGoesOn) {
  // The traceback is formatted after the run, str() of the nested list
  // failing again on the way.
  absl::Status status = RunOnSmallStack(
      "x = []\n"
      "for _ in range(100000):\n"
      "    x = [x]\n"
      "raise ValueError(x)\n");
  std::optional<ScriptError> error = GetScriptError(status);
  ASSERT_TRUE(error.has_value()) << status;
  EXPECT_EQ(error->type_name, "ValueError");
  status = RunOnSmallStack("print(sum(range(10)), repr([[[]]]))\n");
  EXPECT_TRUE(status.ok()) << status;
  EXPECT_EQ(output_, "45 [[[]]]\n");
}

// 256 KiB is below every default thread stack the host is likely to use
// (glibc 8 MiB, macOS 512 KiB; musl's 128 KiB leaves too little for a
// sanitizer build); 1 MiB and 8 MiB bracket the common sizes.
INSTANTIATE_TEST_SUITE_P(StackSizes, NativeStackTest,
                         ::testing::Values(size_t{256} << 10, size_t{1} << 20, size_t{8} << 20),
                         [](const ::testing::TestParamInfo<size_t>& info) {
                           return std::to_string(info.param >> 10) + "KiB";
                         });

// CPython's compiler recurses over the nesting of the source; the bridge
// runs it on a thread of its own, so a host compiling on a small stack is
// safe (a 512 KiB thread overflowed on these before).
TEST(NativeStackCompileTest, CompilingDeeplyNestedSourceIsRefusedOnASmallStack) {
  const std::string sources[] = {
      "print(" + std::string(100000, '(') + "1" + std::string(100000, ')') + ")\n",
      "print(" + std::string(100000, '-') + "1)\n",
      "print(" + std::string(3000, '-') + "1)\n",
      [] {
        std::string s = "print(1";
        for (int i = 0; i < 100000; ++i) s += "+1";
        return s + ")\n";
      }(),
      "x = " + std::string(100000, '[') + std::string(100000, ']') + "\n",
      [] {
        std::string s = "x";
        for (int i = 0; i < 100000; ++i) s += ".a";
        return s + "\n";
      }(),
      [] {
        std::string s = "x";
        for (int i = 0; i < 100000; ++i) s += "[0]";
        return s + "\n";
      }(),
      [] {
        std::string s = "x";
        for (int i = 0; i < 100000; ++i) s += "()";
        return s + "\n";
      }(),
      [] {
        std::string s = "x = 1";
        for (int i = 0; i < 100000; ++i) s += " if 1 else 1";
        return s + "\n";
      }(),
      "f = " + [] {
        std::string s;
        for (int i = 0; i < 10000; ++i) s += "lambda: ";
        return s;
      }() + "1\n",
  };
  for (const std::string& source : sources) {
    absl::StatusOr<Program> program;
    RunOnThread(size_t{256} << 10, [&] { program = Compile(source, "nested.py"); });
    ASSERT_FALSE(program.ok()) << source.substr(0, 40);
    std::optional<ScriptError> error = GetScriptError(program.status());
    ASSERT_TRUE(error.has_value()) << program.status();
    EXPECT_TRUE(error->type_name == "SyntaxError" || error->type_name == "MemoryError" ||
                error->type_name == "RecursionError")
        << error->type_name << ": " << error->message;
  }
  absl::StatusOr<Program> program;
  RunOnThread(size_t{256} << 10, [&] { program = Compile("print(1)\n", "ok.py"); });
  EXPECT_TRUE(program.ok()) << program.status();
}

}  // namespace
}  // namespace moat
