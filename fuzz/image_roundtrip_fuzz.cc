// Fuzzes the code-image format against the compiler: source -> image ->
// bytes -> image -> bytes must give the same bytes twice. A difference (or
// bytes the reader refuses) means the format loses or invents something, so
// the harness aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz/fuzz_support.h"
#include "vm/code_image_bytes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::StatusOr<moat::Program> program =
      moat::Compile(moat::fuzz::AsText(data, size), "<fuzz>");
  if (!program.ok()) return 0;
  std::string bytes = moat::vm::CompiledModuleToBytes(program->module());
  absl::StatusOr<moat::CompiledModule> read = moat::vm::CompiledModuleFromBytes(bytes);
  if (!read.ok()) {
    std::fprintf(stderr, "image round-trip: the reader refused the writer's bytes: %s\n",
                 std::string(read.status().message()).c_str());
    std::abort();
  }
  if (moat::vm::CompiledModuleToBytes(*read) != bytes) {
    std::fprintf(stderr, "image round-trip: the bytes differ after reading them back\n");
    std::abort();
  }
  return 0;
}
