// Fuzzes the trust boundary of serialized code: bytes -> CodeImage
// (CompiledModuleFromBytes) -> verifier and loader. An image they accept is
// run under tight limits, since a hole in the verifier shows up as a crash
// of the loop. Seeds are images of real programs (make_seeds.py).
#include <cstddef>
#include <cstdint>
#include <memory>

#include "fuzz/fuzz_support.h"
#include "vm/code_image_bytes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::StatusOr<moat::CompiledModule> module =
      moat::vm::CompiledModuleFromBytes(moat::fuzz::AsText(data, size));
  if (!module.ok()) return 0;
  // Interpreter::Run verifies every code object before anything runs.
  moat::fuzz::RunQuietly(
      moat::Program(std::make_shared<const moat::CompiledModule>(std::move(*module))));
  return 0;
}
