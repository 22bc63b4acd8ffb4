// CodeImage <-> bytes (vm/code_image_bytes.h): a compiled module survives the
// round trip field for field, and bytes that are not a well-formed image
// (truncated, corrupted, wrong magic or version, counts larger than the
// input) are refused with InvalidArgument, never read out of bounds.
#include "vm/code_image_bytes.h"

#include <string>

#include "compiler_bridge/compile.h"
#include "gtest/gtest.h"

namespace moat::vm {
namespace {

// A module with every constant kind the compiler emits and nested code.
constexpr const char* kSource = R"(
import math
x = (1, 2.5, 'text', b'bytes', None, True, ..., 10**30, -7)
def f(a, /, b=2, *args, c, **kw):
    def g():
        nonlocal a
        a += 1
        return a in {1, 2, 3}
    try:
        return g()
    except ValueError as e:
        raise RuntimeError('x') from e
class C:
    def method(self):
        return [i * i for i in range(3)]
)";

CompiledModule CompileSample() {
  auto compiled = compiler_bridge::Compile(kSource, "sample.py", compiler_bridge::Mode::kExec);
  EXPECT_TRUE(compiled.ok()) << compiled.status();
  return *compiled;
}

TEST(CodeImageBytesTest, RoundTripKeepsEveryField) {
  CompiledModule module = CompileSample();
  std::string bytes = CompiledModuleToBytes(module);
  auto decoded = CompiledModuleFromBytes(bytes);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->filename, "sample.py");
  EXPECT_EQ(decoded->source, kSource);
  EXPECT_EQ(decoded->code->name, module.code->name);
  EXPECT_EQ(decoded->code->code, module.code->code);
  EXPECT_EQ(decoded->code->names, module.code->names);
  EXPECT_EQ(decoded->code->exception_table, module.code->exception_table);
  EXPECT_EQ(decoded->code->locations.size(), module.code->locations.size());
  // Everything else, nested code included: the encoding is a function of
  // the fields, so equal encodings mean equal images.
  EXPECT_EQ(CompiledModuleToBytes(*decoded), bytes);
}

TEST(CodeImageBytesTest, EveryTruncationIsRefused) {
  std::string bytes = CompiledModuleToBytes(CompileSample());
  for (size_t n = 0; n < bytes.size(); ++n) {
    auto decoded = CompiledModuleFromBytes(std::string_view(bytes).substr(0, n));
    ASSERT_FALSE(decoded.ok()) << "prefix of " << n << " bytes accepted";
    EXPECT_EQ(decoded.status().code(), absl::StatusCode::kInvalidArgument);
  }
}

TEST(CodeImageBytesTest, TrailingBytesAreRefused) {
  std::string bytes = CompiledModuleToBytes(CompileSample()) + "x";
  EXPECT_FALSE(CompiledModuleFromBytes(bytes).ok());
}

TEST(CodeImageBytesTest, WrongMagicAndVersionAreRefused) {
  std::string bytes = CompiledModuleToBytes(CompileSample());
  std::string bad_magic = bytes;
  bad_magic[0] = 'M';
  auto decoded = CompiledModuleFromBytes(bad_magic);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().message(), "not a moat code image");
  std::string bad_version = bytes;
  bad_version[8] = static_cast<char>(kCodeImageFormatVersion + 1);
  decoded = CompiledModuleFromBytes(bad_version);
  ASSERT_FALSE(decoded.ok());
  EXPECT_NE(decoded.status().message().find("format version"), std::string::npos);
}

TEST(CodeImageBytesTest, HugeCountIsRefusedBeforeAllocating) {
  // The filename's length, the first field after the header, claims 4 GiB.
  std::string bytes = CompiledModuleToBytes(CompileSample());
  for (int i = 12; i < 16; ++i) bytes[i] = static_cast<char>(0xff);
  EXPECT_FALSE(CompiledModuleFromBytes(bytes).ok());
}

TEST(CodeImageBytesTest, CorruptedBytesNeverCrash) {
  // Flip each byte in turn: the reader either refuses the result or yields
  // an image (which the loader's verifier then checks); it never reads past
  // the input (the sanitizer build checks that).
  std::string bytes = CompiledModuleToBytes(CompileSample());
  int refused = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string corrupt = bytes;
    corrupt[i] = static_cast<char>(corrupt[i] ^ 0xa5);
    if (!CompiledModuleFromBytes(corrupt).ok()) ++refused;
  }
  EXPECT_GT(refused, 0);
}

}  // namespace
}  // namespace moat::vm
