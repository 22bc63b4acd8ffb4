// Python regular-expression syntax -> RE2 syntax, for the `re` module
// (re_module.cc). Pure C++: no VM, no RE2, so it is unit-tested on its own
// (tests/stdlib_safe/re_translate_test.cc).
//
// The parser follows CPython 3.11's Lib/re/_parser.py (_parse_sub, _parse,
// _escape, _class_escape, _parse_flags) closely enough to raise the same
// re.error messages at the same positions for genuine syntax errors, and
// emits an RE2 pattern with the same meaning:
//   - every literal is written as an escape or itself, so no Python text
//     reaches RE2 unexamined;
//   - \d \w \s (and their negations, in or out of a set) become explicit
//     code-point ranges: for str patterns exactly Python's
//     str.isdecimal/isalnum/isspace sets (moat's Unicode tables), ASCII
//     sets under re.ASCII;
//   - re.VERBOSE whitespace and comments are dropped here;
//   - groups are emitted unnamed (the names are kept in the Translation),
//     so RE2's group numbers are Python's;
//   - i, m and s flags become RE2 inline flags; x and a are applied here.
// What RE2 cannot do in linear time (backreferences, lookaround, atomic
// groups, possessive repeats, conditionals) is refused with a message that
// says so (`refused` is set), as are repeat counts over RE2's 1000.
//
// Known differences from CPython, all documented in docs/ARCHITECTURE.md:
// `$` without MULTILINE matches only at the very end (not before a final
// newline), and \b/\B use ASCII word characters (RE2's).
#ifndef MOAT_STDLIB_SAFE_RE_TRANSLATE_H_
#define MOAT_STDLIB_SAFE_RE_TRANSLATE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace moat::stdlib::re {

// CPython's re flag values (re.RegexFlag).
inline constexpr int kFlagTemplate = 1;
inline constexpr int kFlagIgnoreCase = 2;
inline constexpr int kFlagLocale = 4;
inline constexpr int kFlagMultiline = 8;
inline constexpr int kFlagDotAll = 16;
inline constexpr int kFlagUnicode = 32;
inline constexpr int kFlagVerbose = 64;
inline constexpr int kFlagDebug = 128;
inline constexpr int kFlagAscii = 256;

// The most repetitions RE2 accepts in one {m,n}.
inline constexpr int64_t kMaxRepeat = 1000;

struct Translation {
  bool ok = false;
  // Success: the RE2 pattern, the pattern's flags as re.compile reports
  // them (inline global flags added, UNICODE added unless ASCII), the
  // number of capturing groups, and the named groups in order of
  // definition.
  std::string re2_pattern;
  int flags = 0;
  int groups = 0;
  std::vector<std::pair<std::string, int>> group_names;
  // For each group number (0 unused), the order in which its ')' closes
  // (1 = first): Match.lastindex picks the group that closed last.
  std::vector<int> close_rank;
  // Failure: re.error's msg and pos (-1: no position); `refused` when the
  // construct is valid Python but not available in the sandbox.
  std::string error;
  int64_t error_pos = -1;
  bool refused = false;
  // A ValueError rather than re.error (flag combinations, as fix_flags).
  bool value_error = false;
  // An OverflowError ("the repetition number is too large").
  bool overflow_error = false;
};

// Translates `pattern` (code points) compiled with `flags`.
Translation TranslatePattern(std::u32string_view pattern, int flags);


}  // namespace moat::stdlib::re

#endif  // MOAT_STDLIB_SAFE_RE_TRANSLATE_H_
