// Tests for the compiler bridge (compiler_bridge/compile.h): the three
// compile modes, syntax errors formatted as python3.11 prints them, hostile
// sources that must come back as a clean error or a valid image (never a
// crash or a hang), and compiling from several threads at once.
//
// The expectations in compile_test_cases.inc are generated at build time by
// gen_compile_expect.py with /usr/bin/python3.11 (see tests/CMakeLists.txt).
#include "compiler_bridge/compile.h"

#include <atomic>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "vm/opcodes.h"
#include "vm/str_util.h"

namespace moat::compiler_bridge {
namespace {

struct Case {
  const char* name;
  Mode mode;
  std::string_view source;
  bool compiles;
  std::string_view expected;  // what python3.11 prints when it does not compile
  bool exact;  // false: moat differs on purpose, only "Type: message" must match
};

std::string_view LastLine(std::string_view text) {
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  return text.substr(text.rfind('\n') + 1);
}

const Case kCases[] = {
#include "compile_test_cases.inc"
};

// Every code image (and nested one) has code, one location per code unit,
// and only opcodes CPython 3.11 defines.
void ExpectWellFormed(const CodeImage& image) {
  ASSERT_FALSE(image.code.empty()) << image.name;
  EXPECT_EQ(image.locations.size(), image.code.size()) << image.name;
  EXPECT_EQ(image.localsplus_names.size(), image.localsplus_kinds.size()) << image.name;
  EXPECT_GE(image.stack_size, 0) << image.name;
  for (uint16_t word : image.code) {
    ASSERT_NE(vm::kOpcodeInfo[word & 0xff].name, nullptr)
        << image.name << ": unknown opcode " << (word & 0xff);
  }
  for (const Constant& c : image.consts) {
    if (c.kind == Constant::Kind::kCode) {
      ASSERT_NE(c.code, nullptr);
      ExpectWellFormed(*c.code);
    }
  }
}

class GeneratedCaseTest : public testing::TestWithParam<Case> {};

TEST_P(GeneratedCaseTest, MatchesPython311) {
  const Case& c = GetParam();
  SyntaxErrorInfo info;
  absl::StatusOr<CompiledModule> result = Compile(c.source, "x.py", c.mode, &info);
  if (c.compiles) {
    ASSERT_TRUE(result.ok()) << result.status();
    ASSERT_NE(result->code, nullptr);
    ExpectWellFormed(*result->code);
    EXPECT_EQ(result->filename, "x.py");
    EXPECT_EQ(result->source, c.source);
  } else {
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(std::string(result.status().message()), info.formatted);
    if (c.exact) {
      EXPECT_EQ(info.formatted, c.expected);
    } else {
      EXPECT_EQ(LastLine(info.formatted), LastLine(c.expected));
    }
    // The type name heads the last line: "SyntaxError: ...".
    EXPECT_EQ(LastLine(c.expected).substr(0, info.type_name.size()), info.type_name);
  }
}

INSTANTIATE_TEST_SUITE_P(Python311, GeneratedCaseTest, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

TEST(CompileTest, ModesProduceDifferentCode) {
  // exec discards an expression statement's value, eval returns it, single
  // prints it (PRINT_EXPR).
  auto has_op = [](const CodeImage& image, uint8_t op) {
    for (uint16_t word : image.code) {
      if ((word & 0xff) == op) return true;
    }
    return false;
  };
  absl::StatusOr<CompiledModule> exec = Compile("x + 1", "m.py", Mode::kExec);
  absl::StatusOr<CompiledModule> eval = Compile("x + 1", "m.py", Mode::kEval);
  absl::StatusOr<CompiledModule> single = Compile("x + 1", "m.py", Mode::kSingle);
  ASSERT_TRUE(exec.ok() && eval.ok() && single.ok());
  EXPECT_TRUE(has_op(*exec->code, vm::POP_TOP));
  EXPECT_FALSE(has_op(*exec->code, vm::PRINT_EXPR));
  EXPECT_FALSE(has_op(*eval->code, vm::POP_TOP));
  EXPECT_FALSE(has_op(*eval->code, vm::PRINT_EXPR));
  EXPECT_TRUE(has_op(*single->code, vm::PRINT_EXPR));
  EXPECT_EQ(exec->code->name, "<module>");
  EXPECT_EQ(exec->code->filename, "m.py");
}

TEST(CompileTest, WarningsAreRecordedNotPrinted) {
  testing::internal::CaptureStderr();
  absl::StatusOr<CompiledModule> file = Compile("x = 5\nif x is 1:\n    pass\n", "m.py",
                                                Mode::kExec);
  absl::StatusOr<CompiledModule> pseudo = Compile("x = 5\nif x is 1: pass\n", "<stdin>",
                                                  Mode::kExec);
  absl::StatusOr<CompiledModule> clean = Compile("x = 5\n", "m.py", Mode::kExec);
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");  // nothing reaches the host
  ASSERT_TRUE(file.ok() && pseudo.ok() && clean.ok());
  // As python3.11 prints them: file:line: Category: message, then the
  // stripped source line when the file is a real one.
  EXPECT_EQ(file->warnings.rfind("m.py:2: SyntaxWarning: ", 0), 0u) << file->warnings;
  EXPECT_NE(file->warnings.find("\n  if x is 1:\n"), std::string::npos) << file->warnings;
  EXPECT_EQ(pseudo->warnings.rfind("<stdin>:2: SyntaxWarning: ", 0), 0u) << pseudo->warnings;
  EXPECT_EQ(pseudo->warnings.find("\n  "), std::string::npos) << pseudo->warnings;
  EXPECT_EQ(clean->warnings, "");
}

TEST(CompileTest, WarningLineKeepsTrailingBlanks) {
  // CPython's C fallback drops the indentation and the line break only;
  // a lone \r ends a line as \n does.
  absl::StatusOr<CompiledModule> m =
      Compile("x = 5\rif x:\r\t\f y = x is 1 \t\r\nz = 2\n", "m.py", Mode::kExec);
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(m->warnings.rfind("m.py:3: SyntaxWarning: ", 0), 0u) << m->warnings;
  EXPECT_NE(m->warnings.find("\n  y = x is 1 \t\n"), std::string::npos) << m->warnings;
}

TEST(CompileTest, ImageHoldsNamesConstantsAndNestedCode) {
  absl::StatusOr<CompiledModule> m =
      Compile("def f(a, b=2):\n    return a + b\nf(1)\n", "m.py", Mode::kExec);
  ASSERT_TRUE(m.ok()) << m.status();
  const CodeImage& top = *m->code;
  ASSERT_EQ(top.names.size(), 1u);
  EXPECT_EQ(top.names[0], "f");
  const CodeImage* f = nullptr;
  for (const Constant& c : top.consts) {
    if (c.kind == Constant::Kind::kCode) f = c.code.get();
  }
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->name, "f");
  EXPECT_EQ(f->qualname, "f");
  EXPECT_EQ(f->arg_count, 2);
  EXPECT_EQ(f->first_line, 1);
  ASSERT_EQ(f->localsplus_names.size(), 2u);
  EXPECT_EQ(f->localsplus_names[1], "b");
  EXPECT_EQ(f->locations.back().line, 2);
}

TEST(CompileTest, FrozensetConstantsCarryTheirTableLayout) {
  // python3.11: {-5, -4, -3, -2, -1, 0} compiles to a frozenset constant
  // iterating 0, -2, -5, -4, -3, -1 from slots 0, 22, 27, 28, 29, 30 of 32
  // (hash(-1) == hash(-2), so the order depends on the table).
  absl::StatusOr<CompiledModule> m = Compile("s = {-5, -4, -3, -2, -1, 0}\n", "m.py", Mode::kExec);
  ASSERT_TRUE(m.ok()) << m.status();
  const Constant* f = nullptr;
  for (const Constant& c : m->code->consts) {
    if (c.kind == Constant::Kind::kFrozenset) f = &c;
  }
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->set_mask, 31u);
  EXPECT_EQ(f->set_slots, (std::vector<uint64_t>{0, 22, 27, 28, 29, 30}));
  ASSERT_EQ(f->items.size(), 6u);
  EXPECT_EQ(f->items[1].text, "-0x2");
  EXPECT_EQ(f->items[5].text, "-0x1");
}

TEST(CompileTest, HugeIntConstantsTravelAsHex) {
  // python3.11 accepts a 4300-digit decimal literal and refuses 4301 digits
  // (checked by the generated cases); a hex literal has no limit, and the
  // image carries every int in hex so the VM needs no decimal conversion.
  std::string src = "x = 0x" + std::string(20000, 'f') + "\n";
  absl::StatusOr<CompiledModule> m = Compile(src, "m.py", Mode::kExec);
  ASSERT_TRUE(m.ok()) << m.status();
  bool found = false;
  for (const Constant& c : m->code->consts) {
    if (c.kind == Constant::Kind::kInt && c.text.size() > 1000) {
      EXPECT_EQ(c.text, "0x" + std::string(20000, 'f'));
      found = true;
    }
  }
  EXPECT_TRUE(found);
  absl::StatusOr<CompiledModule> small = Compile("-31", "m.py", Mode::kEval);
  ASSERT_TRUE(small.ok());
  bool neg = false;
  for (const Constant& c : small->code->consts) {
    if (c.kind == Constant::Kind::kInt && c.text == "-0x1f") neg = true;
  }
  EXPECT_TRUE(neg);
}

TEST(CompileTest, NulBytesAreRefusedCleanly) {
  // python3.11's compile() raises ValueError for NUL in a str source (and
  // running a file silently truncates the line at the NUL); moat refuses with
  // the SyntaxError CPython 3.12 gives for files, naming the problem.
  for (std::string_view src : {std::string_view("x = 1\0\n", 7), std::string_view("\0", 1),
                               std::string_view("s = '\0'\n", 8)}) {
    SyntaxErrorInfo info;
    absl::StatusOr<CompiledModule> m = Compile(src, "x.py", Mode::kExec, &info);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(info.type_name, "SyntaxError");
    EXPECT_EQ(info.message, "source code cannot contain null bytes");
    EXPECT_EQ(std::string(m.status().message()), "SyntaxError: source code cannot contain null bytes\n");
  }
}

TEST(CompileTest, InvalidUtf8NamesByteAndLine) {
  SyntaxErrorInfo info;
  absl::StatusOr<CompiledModule> m = Compile("a = 1\nb = 2\nc = '\xed\xa0\x80'\n", "y.py",
                                             Mode::kEval, &info);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(info.type_name, "SyntaxError");
  // A UTF-8-encoded surrogate is invalid UTF-8, as in CPython.
  EXPECT_EQ(std::string(m.status().message()),
            "SyntaxError: Non-UTF-8 code starting with '\\xed' in file y.py on line 3, but no "
            "encoding declared; see https://peps.python.org/pep-0263/ for details\n");
}

TEST(CompileTest, TenMegabyteSources) {
  const size_t kTenMb = 10 << 20;
  std::string literal = "s = '" + std::string(kTenMb, 'a') + "'\nt = s\n";
  absl::StatusOr<CompiledModule> m = Compile(literal, "big.py", Mode::kExec);
  ASSERT_TRUE(m.ok()) << m.status();
  bool found = false;
  for (const Constant& c : m->code->consts) {
    if (c.kind == Constant::Kind::kStr && c.text.size() == kTenMb) found = true;
  }
  EXPECT_TRUE(found);

  std::string comments;
  while (comments.size() < kTenMb) comments += "# just a comment line, nothing else\n";
  comments += "x = 1\n";
  m = Compile(comments, "big.py", Mode::kExec);
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_GT(m->code->locations[2].line, 100000);

  std::string bytes_literal = "b = b'" + std::string(kTenMb, 'z') + "'\n";
  m = Compile(bytes_literal, "big.py", Mode::kExec);
  ASSERT_TRUE(m.ok()) << m.status();
  found = false;
  for (const Constant& c : m->code->consts) {
    if (c.kind == Constant::Kind::kBytes && c.text.size() == kTenMb) found = true;
  }
  EXPECT_TRUE(found);

  // A 10 MB line that does not parse: an error, with the whole line quoted.
  std::string bad = "x = [" + std::string(kTenMb, '1') + " 2]\n";
  SyntaxErrorInfo info;
  m = Compile(bad, "big.py", Mode::kExec, &info);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(info.type_name, "SyntaxError");
}

TEST(CompileTest, SurrogateEscapesInStringsSurviveAsWtf8) {
  absl::StatusOr<CompiledModule> m = Compile("'\\ud800'", "m.py", Mode::kEval);
  ASSERT_TRUE(m.ok()) << m.status();
  bool found = false;
  for (const Constant& c : m->code->consts) {
    if (c.kind == Constant::Kind::kStr && c.text == "\xed\xa0\x80") found = true;
  }
  EXPECT_TRUE(found);
}

TEST(CompileTest, ErrorsDoNotLeakIntoTheNextCompile) {
  std::string sum;
  for (int j = 0; j < 100000; ++j) sum += "1+";
  sum += "1";
  for (int i = 0; i < 3; ++i) {
    EXPECT_FALSE(Compile("x = = 1", "m.py", Mode::kExec).ok());
    EXPECT_FALSE(Compile(std::string(100000, '-') + "1", "m.py", Mode::kExec).ok());
    EXPECT_FALSE(Compile(sum, "m.py", Mode::kExec).ok());
    absl::StatusOr<CompiledModule> ok = Compile("y = 2", "m.py", Mode::kExec);
    ASSERT_TRUE(ok.ok()) << ok.status();
  }
}

TEST(CompileTest, ManyThreadsCompileAtOnce) {
  // Each thread compiles its own sources (valid and invalid) in a loop and
  // checks what came back: the bridge serialises access to CPython itself.
  constexpr int kThreads = 8;
  constexpr int kRounds = 40;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, &failures] {
      for (int round = 0; round < kRounds; ++round) {
        std::string name = StrCat("v", t, "_", round);
        std::string src =
            StrCat("def f", t, "(a):\n    return a * ", round, "\n", name, " = f", t, "(3)\n");
        absl::StatusOr<CompiledModule> m = Compile(src, name + ".py", Mode::kExec);
        if (!m.ok() || m->code->filename != name + ".py" || m->code->names.size() != 2 ||
            m->code->names[1] != name) {
          ++failures;
        }
        SyntaxErrorInfo info;
        std::string bad = "x = 1\n" + std::string(static_cast<size_t>(t + 1), ' ') + "y = (\n";
        absl::StatusOr<CompiledModule> e = Compile(bad, name + ".py", Mode::kExec, &info);
        if (e.ok() || info.type_name != "IndentationError" ||
            info.formatted.find("File \"" + name + ".py\", line 2") == std::string::npos) {
          ++failures;
        }
        absl::StatusOr<CompiledModule> ev =
            Compile(std::to_string(t) + " + " + std::to_string(round), "e.py", Mode::kEval);
        if (!ev.ok() || ev->code->consts.empty()) ++failures;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace moat::compiler_bridge
