// Shared set-up of the fuzz harnesses (see fuzz_support.h).
#include "fuzz/fuzz_support.h"

namespace moat::fuzz {

Limits FuzzLimits() {
  Limits limits;
  limits.max_instructions = 200'000;
  limits.max_memory_bytes = uint64_t{32} << 20;
  limits.max_depth = 200;
  // sys.setrecursionlimit() may not take a fuzzed script deeper than this.
  limits.max_recursion_limit = 2'000;
  limits.max_output_bytes = uint64_t{64} << 10;
  limits.timeout = Limits::kNoTimeout;
  return limits;
}

void RunQuietly(const Program& program) {
  InterpreterOptions options;
  options.write_output = [](std::string_view) {};
  options.write_error = [](std::string_view) {};
  options.limits = FuzzLimits();
  Interpreter interp(std::move(options));
  (void)interp.Run(program);
  (void)interp.Finish();
}

}  // namespace moat::fuzz
