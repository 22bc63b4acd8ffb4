// Fuzzes the whole path a script takes: source -> compile -> verify, load
// and run under tight limits (fuzz_support.h) -> Finish. Every Python
// exception and spent budget is a normal outcome; only a crash or a
// sanitizer report is a finding.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::StatusOr<moat::Program> program =
      moat::Compile(moat::fuzz::AsText(data, size), "<fuzz>");
  if (program.ok()) moat::fuzz::RunQuietly(*program);
  return 0;
}
