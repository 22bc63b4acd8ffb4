// What the fuzz harnesses share: the tight limits every run is held to and a
// quiet interpreter to run under them. A harness's only findings are
// crashes and sanitizer reports; a Python exception, a SyntaxError, a
// refused image or a spent budget are all normal outcomes.
#ifndef MOAT_FUZZ_FUZZ_SUPPORT_H_
#define MOAT_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "moat/moat.h"

namespace moat::fuzz {

// Budgets small enough that one input runs in milliseconds, with no
// wall-clock limit, so whether an input stops (and where) never depends on
// the machine's load: 200k instructions, 32 MiB, depth 200, 64 KiB output.
Limits FuzzLimits();

// Runs `program` as __main__ in a fresh interpreter under FuzzLimits(), its
// output discarded, then Finish()es it (generator finalizers run there).
// Every Status is a normal outcome and is ignored.
void RunQuietly(const Program& program);

// The input as text, for the harnesses that take source.
inline std::string_view AsText(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace moat::fuzz

#endif  // MOAT_FUZZ_FUZZ_SUPPORT_H_
