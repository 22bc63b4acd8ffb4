// Case-insensitive matching for the `re` translator (re_translate.cc), with
// CPython 3.11's rules rather than an engine's: the translator spells out
// every case variant itself and never hands an engine its `(?i)` (except
// for backreferences, see re_translate.h), so RE2 and PCRE2 agree with sre.
//
// sre's rules (Modules/_sre/sre_lib.h, as Lib/re/_compiler.py emits the
// *_IGNORE opcodes):
//   - Unicode (str patterns without re.ASCII): a character x matches a cased
//     literal c when lower(x) is lower(c) or one of the extra cases of
//     lower(c) (Lib/re/_casefix.py: lowercase characters with the same
//     uppercase, `ı` and `i`, `ς` and `σ`...); lower() is the first code
//     point of the full lowercase mapping (`İ` lowers to `i`). A set
//     matches x when lower(x) is the lower form, or an extra case of the
//     lower form, of a member.
//   - re.ASCII: only ASCII letters have cases (`(?ai)à` does not match
//     `À`, `(?ai)k` does not match the Kelvin sign).
// Categories (\w...) in a set are left as they are.
//
// Pure functions over moat's Unicode tables (vm/objects/str_unicode.h);
// the tables are built on first use and shared.
#ifndef MOAT_STDLIB_SAFE_RE_CASEFOLD_H_
#define MOAT_STDLIB_SAFE_RE_CASEFOLD_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace moat::stdlib::re {

// A set of code points as sorted, disjoint, inclusive ranges.
using RangeSet = std::vector<std::pair<uint32_t, uint32_t>>;

// Sorts and merges overlapping or adjacent ranges.
void NormalizeRanges(RangeSet* set);

// The code points a literal `c` matches under IGNORECASE.
RangeSet FoldLiteral(uint32_t c, bool ascii);

// The code points a set with the members `set` (normalized) matches under
// IGNORECASE: `set` and every case variant sre accepts for it. Adds the
// table entries it looked at to *work (the translator reports the sum, which
// compiling charges).
RangeSet FoldSet(const RangeSet& set, bool ascii, uint64_t* work);

// Lib/re/_casefix.py's table, for tests: each lowercase code point with
// extra cases, and them, in increasing order.
std::vector<std::pair<uint32_t, std::vector<uint32_t>>> ExtraCasesForTest();

}  // namespace moat::stdlib::re

#endif  // MOAT_STDLIB_SAFE_RE_CASEFOLD_H_
