// Fuzzes the compiler bridge: bytes -> moat::Compile. The first byte picks
// the mode (exec, eval, single); the rest is the source. Nothing is run.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static constexpr moat::CompileMode kModes[] = {
      moat::CompileMode::kExec, moat::CompileMode::kEval, moat::CompileMode::kSingle};
  moat::CompileMode mode = kModes[data[0] % 3];
  (void)moat::Compile(moat::fuzz::AsText(data + 1, size - 1), "<fuzz>", mode);
  return 0;
}
