// The loader/verifier (vm/verifier.cc) against malformed code images, built
// by hand or compiled from valid source and then corrupted: each must be
// refused with kInvalidArgument and a message naming the problem, before
// anything runs. And every conformance case must still be accepted.
#include "vm/verifier.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler_bridge/compile.h"
#include "gtest/gtest.h"
#include "moat/moat.h"
#include "vm/opcodes.h"
#include "vm/str_util.h"

namespace moat::vm {
namespace {

using Kind = Constant::Kind;

uint16_t W(uint8_t op, uint8_t arg = 0) { return static_cast<uint16_t>(op | (arg << 8)); }

// A hand-built code object: `code` plus zeroed caches must already be laid
// out by the caller; every code unit gets line `line`.
std::shared_ptr<CodeImage> Image(std::vector<uint16_t> code, int32_t stack_size = 4,
                                 int32_t line = 1) {
  auto image = std::make_shared<CodeImage>();
  image->name = "f";
  image->qualname = "f";
  image->filename = "t.py";
  image->code = std::move(code);
  image->stack_size = stack_size;
  image->locations.assign(image->code.size(), SourceLocation{line, line, 0, 1});
  Constant none;
  image->consts.push_back(none);
  return image;
}

Constant IntConst(const char* hex) {
  Constant c;
  c.kind = Kind::kInt;
  c.text = hex;
  return c;
}

Constant StrConst(const char* s) {
  Constant c;
  c.kind = Kind::kStr;
  c.text = s;
  return c;
}

// Compiles valid source into an image we may corrupt.
std::shared_ptr<CodeImage> Compiled(std::string_view source) {
  auto m = compiler_bridge::Compile(source, "t.py", compiler_bridge::Mode::kExec);
  EXPECT_TRUE(m.ok()) << m.status();
  if (!m.ok()) return Image({W(LOAD_CONST), W(RETURN_VALUE)});
  return std::make_shared<CodeImage>(*m->code);
}

// Replaces the nested code constant named `name` by a mutable copy.
CodeImage* Nested(CodeImage& parent, std::string_view name) {
  for (Constant& c : parent.consts) {
    if (c.kind == Kind::kCode && c.code->name == name) {
      auto copy = std::make_shared<CodeImage>(*c.code);
      c.code = copy;
      return copy.get();
    }
  }
  ADD_FAILURE() << "no nested code " << name;
  return &parent;
}

// Index of the first code unit holding `op`.
size_t Find(const CodeImage& image, uint8_t op, size_t from = 0) {
  for (size_t i = from; i < image.code.size(); ++i) {
    if ((image.code[i] & 0xff) == op) return i;
  }
  ADD_FAILURE() << "no " << kOpcodeInfo[op].name << " in " << image.name;
  return 0;
}

void SetArg(CodeImage& image, size_t i, uint8_t arg) {
  image.code[i] = static_cast<uint16_t>((image.code[i] & 0xff) | (arg << 8));
}

void ExpectRefused(const CodeImage& image, std::string_view what) {
  absl::Status s = VerifyCode(image);
  ASSERT_FALSE(s.ok()) << "accepted; expected refusal: " << what;
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(s.message()).find(what), std::string::npos)
      << "message: " << s.message() << "\nexpected to contain: " << what;
}

// VerifyProgram on the top level and VerifyCode on every nested image.
absl::Status VerifyTree(const CodeImage& image, bool top = true) {
  absl::Status s = top ? VerifyProgram(image) : VerifyCode(image);
  if (!s.ok()) return s;
  for (const Constant& c : image.consts) {
    if (c.kind == Kind::kCode) {
      s = VerifyTree(*c.code, false);
      if (!s.ok()) return s;
    }
  }
  return absl::OkStatus();
}

// CPython's exception table encoding: 6-bit big-endian varints, bit 6 marks
// continuation, bit 7 marks an entry's first byte.
void Varint(std::vector<uint8_t>& out, uint32_t v, bool first) {
  std::vector<uint8_t> chunks;
  do {
    chunks.push_back(v & 63);
    v >>= 6;
  } while (v != 0);
  for (size_t i = chunks.size(); i-- > 0;) {
    uint8_t b = chunks[i] | (i > 0 ? 64 : 0);
    if (first && i + 1 == chunks.size()) b |= 128;
    out.push_back(b);
  }
}

void Entry(std::vector<uint8_t>& out, uint32_t start, uint32_t end, uint32_t target,
           uint32_t depth, bool lasti) {
  Varint(out, start, true);
  Varint(out, end - start, false);
  Varint(out, target, false);
  Varint(out, depth * 2 + (lasti ? 1 : 0), false);
}

// ---------------------------------------------------------------------------

TEST(VerifierTest, EveryConformanceCaseVerifies) {
  std::filesystem::path cases = std::filesystem::path(MOAT_SOURCE_DIR) / "conformance" / "cases";
  ASSERT_TRUE(std::filesystem::is_directory(cases)) << cases;
  int count = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(cases)) {
    if (entry.path().extension() != ".py") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto m = compiler_bridge::Compile(text.str(), entry.path().filename().string(),
                                      compiler_bridge::Mode::kExec);
    if (!m.ok()) continue;  // cases about syntax errors
    absl::Status s = VerifyTree(*m->code);
    // Refusing an opcode moat does not implement yet is fine; any other
    // refusal of CPython's own output is a verifier bug.
    if (!s.ok() && std::string(s.message()).find("is not supported by moat") == std::string::npos) {
      ADD_FAILURE() << entry.path() << ": " << s.message();
    }
    ++count;
  }
  EXPECT_GT(count, 100);
}

TEST(VerifierTest, AcceptsHandBuiltMinimalCode) {
  auto image = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  EXPECT_TRUE(VerifyProgram(*image).ok()) << VerifyProgram(*image);
}

TEST(VerifierTest, UnknownOpcode) {
  ExpectRefused(*Image({W(RESUME), W(3), W(LOAD_CONST), W(RETURN_VALUE)}),
                "opcode 3 is not supported by moat");
  ExpectRefused(*Image({W(255), W(RETURN_VALUE)}), "opcode 255 is not supported by moat");
}

// An opcode CPython 3.11 has and moat does not implement (yet), if any.
TEST(VerifierTest, UnimplementedOpcodeNamesOpcodeAndLine) {
  // CACHE is never an instruction; since moat implements every other
  // CPython 3.11 opcode, it is the one the verifier refuses by name.
  ExpectRefused(*Image({W(RESUME), W(CACHE), W(LOAD_CONST), W(RETURN_VALUE)}),
                "opcode CACHE is not supported by moat in f (line 1)");
  auto image = Image({W(RESUME), W(LOAD_CONST), W(CACHE), W(RETURN_VALUE)});
  image->locations[2] = SourceLocation{7, 7, 4, 8};
  absl::Status s = VerifyCode(*image);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(std::string(s.message()),
            "invalid code image: opcode CACHE is not supported by moat in f (line 7)");
  // In compiled code: the line comes from the function's own line table.
  auto compiled = Compiled("x = 1\ndef f():\n    return 1\n");
  CodeImage* f = Nested(*compiled, "f");
  f->code[Find(*f, RETURN_VALUE)] = W(CACHE);
  absl::Status t = VerifyTree(*compiled);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(std::string(t.message()),
            "invalid code image: opcode CACHE is not supported by moat in f (line 3)");
}

TEST(VerifierTest, TruncatedOrMalformedCode) {
  ExpectRefused(*Image({}), "empty code");
  // LOAD_GLOBAL has five cache entries; here only two follow.
  auto image = Image({W(RESUME), W(LOAD_GLOBAL), 0, 0});
  image->names.push_back("x");
  ExpectRefused(*image, "instruction caches run past the end");
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST), W(EXTENDED_ARG)}), "EXTENDED_ARG at end");
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST), W(POP_TOP)}), "falls off the end");
  ExpectRefused(*Image({W(NOP, 1), W(LOAD_CONST), W(RETURN_VALUE)}), "NOP takes no argument");
  // An oparg built from EXTENDED_ARGs beyond any valid index.
  ExpectRefused(*Image({W(EXTENDED_ARG, 1), W(EXTENDED_ARG), W(EXTENDED_ARG), W(BUILD_LIST),
                        W(RETURN_VALUE)}),
                "oparg out of range");
}

TEST(VerifierTest, JumpTargets) {
  ExpectRefused(*Image({W(RESUME), W(JUMP_FORWARD, 10), W(LOAD_CONST), W(RETURN_VALUE)}),
                "jump out of range");
  ExpectRefused(*Image({W(RESUME), W(JUMP_BACKWARD, 5), W(LOAD_CONST), W(RETURN_VALUE)}),
                "jump out of range");
  // Into the cache entries of LOAD_ATTR.
  auto image = Image({W(RESUME), W(LOAD_CONST), W(JUMP_FORWARD, 1), W(LOAD_ATTR), 0, 0, 0, 0,
                      W(RETURN_VALUE)});
  image->names.push_back("a");
  image->code[2] = W(JUMP_FORWARD, 2);
  ExpectRefused(*image, "jump into the middle of an instruction");
  // Into an EXTENDED_ARG's instruction (past the prefix).
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST), W(JUMP_FORWARD, 1), W(EXTENDED_ARG),
                        W(POP_TOP), W(LOAD_CONST), W(RETURN_VALUE)}),
                "jump into the middle of an instruction");
  // Back into the prologue, which would make a cell twice.
  auto cells = Image({W(MAKE_CELL), W(RESUME), W(JUMP_BACKWARD, 3)});
  cells->localsplus_names = {"c"};
  cells->localsplus_kinds = {kLocalKindCell};
  ExpectRefused(*cells, "jump into the code's prologue");
}

TEST(VerifierTest, OperandsOutOfRange) {
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST, 5), W(RETURN_VALUE)}),
                "constant index out of range");
  ExpectRefused(*Image({W(RESUME), W(LOAD_NAME, 0), W(RETURN_VALUE)}), "name index out of range");
  auto global = Image({W(RESUME), W(LOAD_GLOBAL, 3), 0, 0, 0, 0, 0, W(RETURN_VALUE)});
  global->names.push_back("x");  // (3 >> 1) == 1 is past it
  ExpectRefused(*global, "name index out of range");
  ExpectRefused(*Image({W(RESUME), W(LOAD_FAST, 9), W(RETURN_VALUE)}),
                "local index out of range");
  auto local = Image({W(RESUME), W(LOAD_DEREF, 0), W(RETURN_VALUE)});
  local->localsplus_names = {"x"};
  local->localsplus_kinds = {kLocalKindLocal};
  ExpectRefused(*local, "closure variable index out of range");
  ExpectRefused(*Image({W(RESUME), W(LOAD_DEREF, 4), W(RETURN_VALUE)}),
                "closure variable index out of range");
  auto cell = Image({W(MAKE_CELL), W(RESUME), W(LOAD_FAST, 0), W(RETURN_VALUE)});
  cell->localsplus_names = {"c"};
  cell->localsplus_kinds = {kLocalKindCell};
  ExpectRefused(*cell, "fast-local access to a cell or free variable");
  // COPY_FREE_VARS with the wrong count; free slots not last.
  auto free = Image({W(COPY_FREE_VARS, 2), W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  free->localsplus_names = {"a"};
  free->localsplus_kinds = {kLocalKindFree};
  ExpectRefused(*free, "COPY_FREE_VARS count");
  free->localsplus_names = {"a", "b"};
  free->localsplus_kinds = {kLocalKindFree, kLocalKindLocal};
  ExpectRefused(*free, "free variables out of place");
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST), W(LOAD_CONST), W(COMPARE_OP, 9), 0, 0,
                        W(RETURN_VALUE)}),
                "COMPARE_OP arg");
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST), W(LOAD_CONST), W(BINARY_OP, 26), 0,
                        W(RETURN_VALUE)}),
                "BINARY_OP arg");
}

TEST(VerifierTest, StackDepth) {
  ExpectRefused(*Image({W(RESUME), W(POP_TOP), W(LOAD_CONST), W(RETURN_VALUE)}),
                "stack underflow");
  ExpectRefused(*Image({W(RESUME), W(RETURN_VALUE)}), "stack underflow");
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST), W(LOAD_CONST), W(LOAD_CONST), W(BUILD_TUPLE, 3),
                        W(RETURN_VALUE)},
                       /*stack_size=*/1),
                "stack deeper than co_stacksize");
  // Only along one path: the loop body pushes one more each time round.
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST), W(LOAD_CONST), W(JUMP_BACKWARD, 2)}, 8),
                "inconsistent stack depth");
  // Two paths reach the RETURN_VALUE with depths 1 and 2.
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST), W(LOAD_CONST), W(POP_JUMP_FORWARD_IF_TRUE, 1),
                        W(LOAD_CONST), W(RETURN_VALUE)}),
                "inconsistent stack depth");
  ExpectRefused(*Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)}, 1 << 30), "bad counts");
  auto locals = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  locals->localsplus_names.assign(size_t{1} << 21, "x");
  locals->localsplus_kinds.assign(size_t{1} << 21, kLocalKindLocal);
  ExpectRefused(*locals, "bad counts");
  auto args = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  args->arg_count = 3;
  ExpectRefused(*args, "more arguments than locals");
}

TEST(VerifierTest, ExceptionTable) {
  // RESUME; NOP (protected); LOAD_CONST; RETURN_VALUE; handler: POP_TOP;
  // LOAD_CONST; RETURN_VALUE.
  auto base = [] {
    return Image({W(RESUME), W(NOP), W(LOAD_CONST), W(RETURN_VALUE), W(POP_TOP), W(LOAD_CONST),
                  W(RETURN_VALUE)});
  };
  auto good = base();
  Entry(good->exception_table, 1, 2, 4, 0, false);
  EXPECT_TRUE(VerifyCode(*good).ok()) << VerifyCode(*good);

  auto out_of_range = base();
  Entry(out_of_range->exception_table, 1, 2, 40, 0, false);
  ExpectRefused(*out_of_range, "exception table entry out of range");
  auto past_end = base();
  Entry(past_end->exception_table, 1, 20, 4, 0, false);
  ExpectRefused(*past_end, "exception table entry out of range");
  auto depth = base();
  Entry(depth->exception_table, 1, 2, 4, 3, false);
  ExpectRefused(*depth, "handler depth");
  auto deep = base();
  Entry(deep->exception_table, 1, 2, 4, 100, true);
  ExpectRefused(*deep, "exception handler depth out of range");
  auto overlap = base();
  Entry(overlap->exception_table, 1, 3, 4, 0, false);
  Entry(overlap->exception_table, 2, 3, 4, 0, false);
  ExpectRefused(*overlap, "overlap or are unsorted");
  auto unsorted = base();
  Entry(unsorted->exception_table, 2, 3, 4, 0, false);
  Entry(unsorted->exception_table, 1, 2, 4, 0, false);
  ExpectRefused(*unsorted, "overlap or are unsorted");
  auto malformed = base();
  malformed->exception_table = {0x01, 0x01, 0x04, 0x00};  // no entry-start bit
  ExpectRefused(*malformed, "malformed exception table");
  auto truncated = base();
  truncated->exception_table = {0x81, 0x01};
  ExpectRefused(*truncated, "truncated exception table");
  auto endless = base();
  endless->exception_table = {0x81};
  endless->exception_table.insert(endless->exception_table.end(), 20, 0x7f);
  ExpectRefused(*endless, "exception table");
  // The handler starts with an empty stack plus the exception; it returns
  // without popping it, so a depth mismatch at RETURN_VALUE is fine, but a
  // handler that pops two values underflows.
  auto underflow = Image({W(RESUME), W(NOP), W(LOAD_CONST), W(RETURN_VALUE), W(POP_TOP),
                          W(POP_TOP), W(LOAD_CONST), W(RETURN_VALUE)});
  Entry(underflow->exception_table, 1, 2, 4, 0, false);
  ExpectRefused(*underflow, "stack underflow");
}

TEST(VerifierTest, LineTable) {
  auto missing = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  missing->locations.pop_back();
  ExpectRefused(*missing, "location table length mismatch");
  auto negative = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  negative->locations[1].line = -7;
  ExpectRefused(*negative, "bad line table entry 1");
  auto backwards = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  backwards->locations[2] = SourceLocation{9, 3, 0, 1};
  ExpectRefused(*backwards, "bad line table entry 2");
}

TEST(VerifierTest, Constants) {
  auto unknown = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  unknown->consts[0].kind = static_cast<Kind>(99);
  ExpectRefused(*unknown, "constant of unknown kind 99");
  auto nested_unknown = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  Constant tuple;
  tuple.kind = Kind::kTuple;
  tuple.items.push_back(Constant{});
  tuple.items[0].kind = static_cast<Kind>(42);
  nested_unknown->consts[0] = tuple;
  ExpectRefused(*nested_unknown, "constant of unknown kind 42");
  auto null_code = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  null_code->consts[0].kind = Kind::kCode;
  ExpectRefused(*null_code, "null code constant");
  // 5000 tuples inside each other.
  auto deep = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  Constant inner;
  for (int i = 0; i < 5000; ++i) {
    Constant outer;
    outer.kind = Kind::kTuple;
    outer.items.push_back(std::move(inner));
    inner = std::move(outer);
  }
  deep->consts[0] = std::move(inner);
  ExpectRefused(*deep, "constants nested more than");
}

TEST(VerifierTest, NestedCodeObjects) {
  // A chain of 3000 nested code objects.
  std::shared_ptr<CodeImage> chain = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  for (int i = 0; i < 3000; ++i) {
    auto outer = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
    outer->consts[0].kind = Kind::kCode;
    outer->consts[0].code = chain;
    chain = outer;
  }
  ExpectRefused(*chain, "code objects nested more than");
  // A code object that contains itself.
  auto self = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  self->consts[0].kind = Kind::kCode;
  self->consts[0].code = self;
  ExpectRefused(*self, "contains itself");
  self->consts[0].code.reset();  // break the cycle for LeakSanitizer
  // Sharing: 40 levels, each using the next twice, would load 2^40 code
  // objects.
  std::shared_ptr<CodeImage> dag = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
  for (int i = 0; i < 40; ++i) {
    auto outer = Image({W(RESUME), W(LOAD_CONST), W(RETURN_VALUE)});
    outer->consts[0].kind = Kind::kCode;
    outer->consts[0].code = dag;
    outer->consts.push_back(outer->consts[0]);
    dag = outer;
  }
  ExpectRefused(*dag, "nested code objects");
}

TEST(VerifierTest, KindsTheLoopCastsWithoutChecking) {
  auto with_int = [](std::vector<uint16_t> code) {
    auto image = Image(std::move(code));
    image->consts.push_back(IntConst("0x1"));
    return image;
  };
  // LIST_APPEND onto an int.
  ExpectRefused(*with_int({W(RESUME), W(LOAD_CONST, 1), W(LOAD_CONST, 1), W(LIST_APPEND, 1),
                           W(RETURN_VALUE)}),
                "not known to be its list");
  ExpectRefused(*with_int({W(RESUME), W(LOAD_CONST, 1), W(LOAD_CONST, 1), W(LOAD_CONST, 1),
                           W(MAP_ADD, 1), W(RETURN_VALUE)}),
                "not known to be its list, set or dict");
  ExpectRefused(*with_int({W(RESUME), W(LOAD_CONST, 1), W(LIST_TO_TUPLE), W(RETURN_VALUE)}),
                "LIST_TO_TUPLE");
  ExpectRefused(*with_int({W(RESUME), W(LOAD_CONST, 1), W(MAKE_FUNCTION), W(RETURN_VALUE)}),
                "MAKE_FUNCTION of a value not known to be a code object");
  ExpectRefused(*with_int({W(RESUME), W(LOAD_CONST, 1), W(BUILD_STRING, 1), W(RETURN_VALUE)}),
                "BUILD_STRING");
  ExpectRefused(*with_int({W(RESUME), W(LOAD_CONST, 1), W(LOAD_CONST, 1),
                           W(BUILD_CONST_KEY_MAP, 1), W(RETURN_VALUE)}),
                "BUILD_CONST_KEY_MAP");
  ExpectRefused(*with_int({W(RESUME), W(LOAD_CONST, 1), W(LOAD_CONST, 1), W(FORMAT_VALUE, 4),
                           W(RETURN_VALUE)}),
                "FORMAT_VALUE spec");
  // A str constant is fine for BUILD_STRING.
  auto str = Image({W(RESUME), W(LOAD_CONST, 1), W(LOAD_CONST, 1), W(BUILD_STRING, 2),
                    W(RETURN_VALUE)});
  str->consts.push_back(StrConst("a"));
  EXPECT_TRUE(VerifyCode(*str).ok()) << VerifyCode(*str);
  // The list kind must survive a merge only if both paths agree.
  ExpectRefused(*with_int({W(RESUME), W(BUILD_LIST), W(LOAD_CONST, 1),
                           W(POP_JUMP_FORWARD_IF_TRUE, 2), W(POP_TOP), W(LOAD_CONST, 1),
                           W(LOAD_CONST, 1), W(LIST_APPEND, 1), W(RETURN_VALUE)}),
                "not known to be its list");
  // NULL is only for CALL.
  ExpectRefused(*Image({W(RESUME), W(PUSH_NULL), W(RETURN_VALUE)}), "NULL used as a value");
  ExpectRefused(*Image({W(RESUME), W(PUSH_NULL), W(PUSH_NULL), W(PRECALL), 0, W(CALL), 0, 0, 0, 0,
                        W(RETURN_VALUE)}),
                "NULL used as a value");
}

TEST(VerifierTest, KeywordNamesMustReachTheirCall) {
  auto image = Compiled("f(1, k=2)\n");
  EXPECT_TRUE(VerifyTree(*image).ok());
  // More keyword names than arguments: CALL would compute a negative
  // positional count.
  size_t call = Find(*image, CALL);
  size_t precall = Find(*image, PRECALL);
  SetArg(*image, call, 0);
  SetArg(*image, precall, 0);
  ExpectRefused(*image, "KW_NAMES not followed by a matching call");
  auto apart = Compiled("f(1, k=2)\n");
  size_t apart_precall = Find(*apart, PRECALL);
  apart->code[apart_precall] = W(NOP);
  apart->code[apart_precall + 1] = W(NOP);  // its cache entry
  ExpectRefused(*apart, "KW_NAMES not followed by a matching call");
}

TEST(VerifierTest, ClosuresAndCells) {
  const char* src = "def outer(a):\n    def inner():\n        return a\n    return inner\n";
  auto image = Compiled(src);
  ASSERT_TRUE(VerifyTree(*image).ok()) << VerifyTree(*image);
  {
    // MAKE_FUNCTION without its closure flag: COPY_FREE_VARS would read a
    // missing closure.
    auto top = Compiled(src);
    CodeImage* outer = Nested(*top, "outer");
    SetArg(*outer, Find(*outer, MAKE_FUNCTION), 0);
    EXPECT_FALSE(VerifyCode(*outer).ok());
  }
  {
    // The closure tuple replaced by a tuple of the wrong size.
    auto top = Compiled(src);
    CodeImage* outer = Nested(*top, "outer");
    size_t build = Find(*outer, BUILD_TUPLE);
    outer->code[build - 1] = W(LOAD_CLOSURE, 0);
    SetArg(*outer, build, 1);
    outer->code[build - 1] = W(LOAD_FAST, 1);  // not a cell
    ExpectRefused(*outer, "");
  }
  {
    // No MAKE_CELL for the cell variable.
    auto top = Compiled(src);
    CodeImage* outer = Nested(*top, "outer");
    outer->code[Find(*outer, MAKE_CELL)] = W(NOP);
    ExpectRefused(*outer, "is not made by the prologue");
  }
  {
    // MAKE_CELL after the prologue.
    auto top = Compiled(src);
    CodeImage* outer = Nested(*top, "outer");
    outer->code[Find(*outer, RESUME)] = W(MAKE_CELL, 0);
    ExpectRefused(*outer, "MAKE_CELL twice");
  }
  {
    // The inner function's free variable as a program's top level.
    auto top = Compiled(src);
    CodeImage* outer = Nested(*top, "outer");
    CodeImage* inner = Nested(*outer, "inner");
    EXPECT_TRUE(VerifyCode(*inner).ok());
    absl::Status s = VerifyProgram(*inner);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(std::string(s.message()).find("has free variables"), std::string::npos);
  }
}

TEST(VerifierTest, GeneratorInstructions) {
  auto gen = Compiled("def g():\n    yield 1\n");
  CodeImage* g = Nested(*gen, "g");
  ASSERT_TRUE(VerifyCode(*g).ok()) << VerifyCode(*g);
  g->flags &= ~kCodeFlagGenerator;
  ExpectRefused(*g, "outside a generator");
  auto gen2 = Compiled("def g():\n    yield 1\n");
  CodeImage* g2 = Nested(*gen2, "g");
  g2->code[Find(*g2, RETURN_GENERATOR)] = W(NOP);
  ExpectRefused(*g2, "generator code must start with RETURN_GENERATOR");
  auto plain = Image({W(RESUME), W(LOAD_CONST), W(YIELD_VALUE), W(RETURN_VALUE)});
  ExpectRefused(*plain, "YIELD_VALUE outside a generator");
}

TEST(VerifierTest, CoroutineInstructions) {
  auto coro = Compiled("async def c(x):\n    await x\n    async with x:\n        pass\n"
                       "    async for y in x:\n        pass\n");
  CodeImage* c = Nested(*coro, "c");
  ASSERT_TRUE(VerifyCode(*c).ok()) << VerifyCode(*c);
  c->flags |= kCodeFlagGenerator;  // two kinds at once
  ExpectRefused(*c, "code flags of more than one kind of generator");
  auto coro2 = Compiled("async def c(x):\n    await x\n");
  CodeImage* c2 = Nested(*coro2, "c");
  c2->flags |= kCodeFlagIterableCoroutine;  // only a generator may be one
  ExpectRefused(*c2, "code flags of more than one kind of generator");
  // An async generator's wrapped value goes straight to YIELD_VALUE.
  auto agen = Compiled("async def a():\n    yield 1\n");
  CodeImage* a = Nested(*agen, "a");
  ASSERT_TRUE(VerifyCode(*a).ok()) << VerifyCode(*a);
  a->code[Find(*a, YIELD_VALUE)] = W(POP_TOP);
  ExpectRefused(*a, "ASYNC_GEN_WRAP not followed by YIELD_VALUE");
  auto agen2 = Compiled("async def a():\n    yield 1\n");
  CodeImage* a2 = Nested(*agen2, "a");
  a2->flags = (a2->flags & ~kCodeFlagAsyncGenerator) | kCodeFlagCoroutine;
  ExpectRefused(*a2, "ASYNC_GEN_WRAP outside an async generator");
}

TEST(VerifierTest, MalformedNestedCodeIsRefusedBeforeAnythingRuns) {
  auto image = Compiled("print('RAN')\ndef f():\n    return 1\nf()\n");
  CodeImage* f = Nested(*image, "f");
  // LIST_APPEND onto whatever LOAD_CONST pushed: would run as a type
  // confusion if the verifier let it through.
  size_t ret = Find(*f, RETURN_VALUE);
  f->code[ret] = W(LIST_APPEND, 0);
  f->code.push_back(W(RETURN_VALUE));
  f->locations.push_back(f->locations[ret]);
  f->stack_size += 1;
  f->code[ret - 1] = W(LOAD_CONST, 1);
  f->code.insert(f->code.begin() + static_cast<long>(ret), W(LOAD_CONST, 1));
  f->locations.insert(f->locations.begin() + static_cast<long>(ret), f->locations[ret]);
  f->consts.push_back(IntConst("0x2"));
  auto module = std::make_shared<CompiledModule>();
  module->code = image;
  module->filename = "t.py";
  module->source = "print('RAN')\ndef f():\n    return 1\nf()\n";
  std::string output;
  InterpreterOptions options;
  options.write_output = [&output](std::string_view s) { output += s; };
  Interpreter interpreter(options);
  absl::Status s = interpreter.Run(Program(module));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(s.message()).find("not known to be its list"), std::string::npos)
      << s.message();
  EXPECT_NE(std::string(s.message()).find("in f (line 3)"), std::string::npos) << s.message();
  EXPECT_EQ(output, "");
  // The same program unmodified runs.
  auto good = std::make_shared<CompiledModule>(*module);
  good->code = Compiled(module->source);
  EXPECT_TRUE(interpreter.Run(Program(good)).ok());
  EXPECT_EQ(output, "RAN\n");
}

TEST(VerifierTest, MatchOperands) {
  auto image = Compiled("match x:\n    case {'a': 1}:\n        pass\n    case C(k=2):\n        pass\n");
  if (!VerifyTree(*image).ok()) GTEST_SKIP() << "match not implemented: " << VerifyTree(*image);
  // MATCH_KEYS with an int for its key tuple.
  auto keys = Compiled("match x:\n    case {'a': 1}:\n        pass\n");
  size_t mk = Find(*keys, MATCH_KEYS);
  keys->consts.push_back(IntConst("0x5"));
  keys->code[mk - 1] = W(LOAD_CONST, static_cast<uint8_t>(keys->consts.size() - 1));
  ExpectRefused(*keys, "MATCH_KEYS keys not known to be a tuple");
  // MATCH_CLASS with a keyword-name tuple holding an int.
  auto cls = Compiled("match x:\n    case C(k=2):\n        pass\n");
  size_t mc = Find(*cls, MATCH_CLASS);
  uint8_t names = static_cast<uint8_t>(cls->code[mc - 1] >> 8);
  cls->consts[names].items[0] = IntConst("0x1");
  ExpectRefused(*cls, "MATCH_CLASS names not a constant tuple of str");
}

// The append sites and shared loads MarkInPlaceAppends finds in function
// `name` of `source`: one letter per instruction, "A" a marked BINARY_OP,
// "b" an unmarked one, "S" a LOAD_FAST_SHARED, "L" a LOAD_FAST.
std::string AppendMarks(std::string_view source, std::string_view name) {
  auto compiled = Compiled(source);
  CodeImage* f = Nested(*compiled, name);
  std::vector<uint16_t> code = f->code;
  MarkInPlaceAppends(*f, *DecodeExceptionTable(f->exception_table), &code);
  std::string out;
  for (size_t i = 0; i < code.size(); i += 1 + kOpcodeInfo[code[i] & 0xff].cache_entries) {
    uint8_t op = code[i] & 0xff;
    if (op == BINARY_OP) out += code[i + 1] != 0 ? "A" : "b";
    if (op == LOAD_FAST) out += "L";
    if (op == LOAD_FAST_SHARED) out += "S";
    if (op == EXTENDED_ARG) i -= kOpcodeInfo[EXTENDED_ARG].cache_entries;
  }
  return out;
}

TEST(VerifierTest, InPlaceAppendSites) {
  // The loop's load of `s` is the site's (after those of `n` and `i`);
  // `return s` may keep it: shared.
  EXPECT_EQ(AppendMarks("def f(n):\n"
                        "    s = ''\n"
                        "    for i in range(n):\n"
                        "        s += str(i)\n"
                        "    return s\n",
                        "f"),
            "LLLAS");
  // `s = s + piece` is a site; `s = piece + s` is not.
  EXPECT_EQ(AppendMarks("def f(s, t):\n    s = s + t\n    t = s + t\n", "f"), "LLASLb");
  // A conditional piece branches inside the site, which is fine.
  EXPECT_EQ(AppendMarks("def f(s, c):\n    s += 'a' if c else 'b'\n", "f"), "LLA");
  // `s += s`: the piece's load of `s` is shared.
  EXPECT_EQ(AppendMarks("def f(s):\n    s += s\n", "f"), "LSA");
  // An alias taken before the site is a shared load.
  EXPECT_EQ(AppendMarks("def f(s):\n    t = s\n    s += 'x'\n    return t\n", "f"), "SLAL");
  // The result stored elsewhere: no site.
  EXPECT_EQ(AppendMarks("def f(s):\n    t = s + 'x'\n    return t\n", "f"), "LbL");
  // Other operators are never sites.
  EXPECT_EQ(AppendMarks("def f(s):\n    s *= 2\n    s -= 1\n", "f"), "LbLb");
}

TEST(VerifierTest, InPlaceAppendMarksComeOnlyFromTheLoader) {
  // A code image arrives with its caches as it likes: the pass clears every
  // BINARY_OP cache it does not mark.
  auto compiled = Compiled("def f(s):\n    t = s + 'x'\n    return t\n");
  CodeImage* f = Nested(*compiled, "f");
  size_t op = Find(*f, BINARY_OP);
  f->code[op + 1] = 1;
  std::vector<uint16_t> code = f->code;
  MarkInPlaceAppends(*f, *DecodeExceptionTable(f->exception_table), &code);
  EXPECT_EQ(code[op + 1], 0);
}

}  // namespace
}  // namespace moat::vm
