// The two matching engines behind a compiled re.Pattern (re_module.cc),
// behind one interface, so the Pattern and Match methods are written once.
//
//   - RE2 (Debian's libre2) runs every pattern it can: linear time in the
//     text. Each call is charged up front for the text it may scan.
//   - PCRE2 (Debian's libpcre2-8, 10.42, interpreter only: no JIT, which
//     would need executable memory) runs the patterns the translator marks
//     `backtracking` (re_translate.h). Backtracking can take exponential
//     time, so every call is bounded:
//       * the instruction budget: patterns are compiled with
//         PCRE2_AUTO_CALLOUT, and the callout before each pattern item
//         charges kUnitsPerCallout, plus the bytes the match position moved
//         since the last callout and the length of a backreference about
//         to be compared (so quadratic scans inside lookarounds pay too);
//         the charges go through Interp::ChargeWork every few thousand
//         units, which also polls the wall clock and the cancel flag, so a
//         call ends with the same LimitExceeded error as a spent budget
//         anywhere else. The match limit (pcre2_set_match_limit) is set to
//         what is left of the budget as a second bound.
//       * memory: everything PCRE2 allocates (compiled code, match data,
//         its backtracking frames) goes through the interpreter's heap
//         (charged, refused past the memory limit); pcre2_set_heap_limit
//         and pcre2_set_depth_limit are set to what is left of it.
//     The subject must be valid UTF-8 for PCRE2 (PCRE2_NO_UTF_CHECK): a
//     str holding a lone surrogate is refused for these patterns.
// Spans are byte offsets; re_module.cc converts them to code points.
#ifndef MOAT_STDLIB_SAFE_RE_ENGINE_H_
#define MOAT_STDLIB_SAFE_RE_ENGINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "stdlib_safe/re_translate.h"
#include "vm/interp.h"

namespace moat::stdlib::re {

// One group's bytes in the subject; begin < 0 when it did not take part.
struct ByteSpan {
  int64_t begin = -1;
  int64_t end = -1;
  bool matched() const { return begin >= 0; }
};

enum class Anchor { kNone, kStart, kBoth };

class Engine {
 public:
  virtual ~Engine() = default;

  // Finds the first match in text[0, end) that starts at or after byte
  // `start` (kStart: at `start`; kBoth: also ending at `end`), other than
  // an empty match at `start` when `not_empty_at_start` (CPython 3.7+'s
  // rule for the match after an empty one). Fills spans[0..groups].
  // Returns 1 for a match, 0 for none, -1 with an exception pending (a
  // limit). `text` is a str's valid UTF-8 (see NeedsSurrogateFreeText).
  virtual int Find(vm::Interp& vm, std::string_view text, size_t start, size_t end,
                   Anchor anchor, bool not_empty_at_start, ByteSpan* spans) = 0;

  // PCRE2 needs its subject free of lone surrogates.
  virtual bool NeedsSurrogateFreeText() const = 0;

  // Instruction units charged per KiB of text a call may scan, before the
  // call (re_module.cc ScanUnits).
  uint64_t cost_per_kib = 64;
};

// Compiles `t` for the engine it was translated for. On failure returns
// null and either sets *error to a re.error message (the pattern is too
// large, or the engine refuses it) or leaves an exception pending (a
// spent budget) with *error empty.
std::unique_ptr<Engine> CompileEngine(vm::Interp& vm, const Translation& t, std::string* error);

}  // namespace moat::stdlib::re

#endif  // MOAT_STDLIB_SAFE_RE_ENGINE_H_
