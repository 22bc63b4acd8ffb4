// Python regular-expression syntax -> the syntax of the engine that runs
// it, for the `re` module (re_module.cc). Pure C++: no VM, no RE2, no PCRE2,
// so it is unit-tested on its own (tests/stdlib_safe/re_translate_test.cc).
//
// The parser follows CPython 3.11's Lib/re/_parser.py (_parse_sub, _parse,
// _escape, _class_escape, _parse_flags) closely enough to raise the same
// re.error messages at the same positions for genuine syntax errors (and
// _compiler.py's "look-behind requires fixed-width pattern", from the same
// widths as SubPattern.getwidth), and emits a pattern with the same meaning:
//   - every literal is written as an escape or itself, so no Python text
//     reaches an engine unexamined;
//   - \d \w \s (and their negations, in or out of a set) are exactly
//     Python's str.isdecimal/isalnum/isspace sets (moat's Unicode tables),
//     ASCII sets under re.ASCII;
//   - re.VERBOSE whitespace and comments are dropped here;
//   - groups are emitted unnamed (the names are kept in the Translation),
//     so the engine's group numbers are Python's;
//   - m and s flags become inline flags; x and a are applied here, and so
//     is i: each literal and set becomes its case variants by sre's rules
//     (re_casefold.h), except that a backreference is compared by PCRE2's
//     caseless matching `(?i:\g{N})`.
//
// Two engines. A pattern RE2 can run goes to RE2 (linear time): the
// output is RE2 syntax, \d \w \s become explicit code-point ranges.
// A pattern with a construct that needs backtracking (backreferences,
// lookaround, atomic groups, possessive repeats, conditionals) is marked
// `backtracking` and emitted for PCRE2 (compiled by re_module.cc with
// PCRE2_UTF, PCRE2_UCP, PCRE2_ALT_CIRCUMFLEX and newline LF), where
// \d is \p{Nd} and \w is \p{Xwd} (in Unicode 14, PCRE2 10.42's version and
// python3.11's, these are exactly Python's sets; the unit test checks every
// code point against moat's tables), backreferences are \g{N}, and \b, \B
// and `$` mean exactly what they mean in Python. Repeat counts over 1000 are
// refused on both (`refused` is set).
//
// RE2's `$` without MULTILINE matches only at the very end (not before a
// final newline), its \b and \B know only ASCII word characters and its \B
// matches in an empty string: a pattern with `$` outside a MULTILINE
// pattern, with \B, or with \b under Unicode goes to PCRE2 as well, and so
// does a pattern that can match empty and holds a lazy repeat from zero
// (`a*?`): after an empty match only PCRE2 can be asked for the non-empty
// match CPython takes next at the same place.
#ifndef MOAT_STDLIB_SAFE_RE_TRANSLATE_H_
#define MOAT_STDLIB_SAFE_RE_TRANSLATE_H_

#include <cstdint>
#include <functional>
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

// The most repetitions one {m,n} may ask for (RE2's bound; kept for PCRE2
// patterns too, so a repeat cannot multiply the work between two budget
// checks).
inline constexpr int64_t kMaxRepeat = 1000;
// The deepest nesting of groups: past it, CPython's recursive parser hits
// the interpreter's recursion limit (about 495 levels from a script's top
// level), and this parser recurses on the C stack.
inline constexpr int kMaxGroupNesting = 495;

struct Translation {
  bool ok = false;
  // Success: the pattern in the syntax of its engine (PCRE2's when
  // `backtracking`, else RE2's), the pattern's flags as re.compile reports
  // them (inline global flags added, UNICODE added unless ASCII), the
  // number of capturing groups, and the named groups in order of
  // definition.
  std::string pattern;
  bool backtracking = false;
  // sre, asked to match at a pos past endpos, fails every item that reads
  // a character, and also every anchor and repeat of a one-character item
  // (REPEAT_ONE), yet may succeed with an empty match. Set when the pattern
  // holds none of those nor a construct for PCRE2: then sre's answer there
  // is the pattern's match of the empty string.
  bool past_end_as_empty = false;
  int flags = 0;
  int groups = 0;
  std::vector<std::pair<std::string, int>> group_names;
  // For each group number (0 unused), the order in which its ')' closes
  // (1 = first): Match.lastindex picks the group that closed last.
  std::vector<int> close_rank;
  // The case-folding tables' entries IGNORECASE sets looked at
  // (re_casefold.h): work besides the output's length, handed to the
  // WorkCharger set by set as it is done (included here either way).
  uint64_t fold_work = 0;
  // The WorkCharger refused: the translation stopped; the budget's error
  // is the caller's (pending).
  bool budget_exhausted = false;
  // Failure: re.error's msg and pos (-1: no position, and no pattern, as
  // _compiler.py's errors); `refused` when the construct is valid Python
  // but not available in the sandbox.
  std::string error;
  int64_t error_pos = -1;
  bool refused = false;
  // The warnings _parser.py issues while parsing, in order (a
  // FutureWarning when `future`, else a DeprecationWarning); the caller
  // issues them, before the error if parsing then failed.
  struct Warning {
    bool future = false;
    std::string message;
  };
  std::vector<Warning> warnings;
  // A ValueError rather than re.error (flag combinations, as fix_flags).
  bool value_error = false;
  // An OverflowError ("the repetition number is too large").
  bool overflow_error = false;
  // A RecursionError: groups nested deeper than kMaxGroupNesting.
  bool recursion_error = false;
};

// Told the units of fold work each IGNORECASE set took, right after it
// (a wide set looks at thousands of table entries, so a long pattern of
// them would otherwise run far past a time limit before any charge);
// false stops the translation (Translation::budget_exhausted).
using WorkCharger = std::function<bool(uint64_t units)>;

// Translates `pattern` (code points) compiled with `flags`, for RE2 unless
// the pattern needs backtracking or `force_backtracking` asks for PCRE2's
// syntax anyway (tests). `charge`, when set, is told the fold work as it
// is done.
Translation TranslatePattern(std::u32string_view pattern, int flags,
                             bool force_backtracking = false,
                             const WorkCharger& charge = WorkCharger());


}  // namespace moat::stdlib::re

#endif  // MOAT_STDLIB_SAFE_RE_TRANSLATE_H_
