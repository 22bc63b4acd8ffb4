// Unicode properties for str (see str_unicode.h for the contract).
//
// Every predicate is "a rule over the general category, corrected by a
// generated table": CPython's derived properties differ from the category rule
// for few code points (e.g. 'ª' is Lowercase but Lo; 'Ⅰ' is Uppercase but
// Nl), so the tables list only those differences and stay small. The category
// itself comes from utf8proc, with code points that are unassigned in
// CPython 3.11's Unicode 14.0 forced to Cn.
#include "vm/objects/str_unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>

namespace moat::vm {
namespace {

struct CodePointRange {
  uint32_t first;
  uint32_t last;
};

struct SpecialCase {
  uint32_t cp;
  uint32_t count;
  uint32_t mapped[3];
};

#include "vm/objects/str_unicode_tables.inc"

template <size_t N>
bool InRanges(const CodePointRange (&table)[N], uint32_t cp) {
  // The last entry is a sentinel above every code point.
  const CodePointRange* it = std::upper_bound(
      table, table + N, cp, [](uint32_t c, const CodePointRange& r) { return c < r.first; });
  if (it == table) return false;
  --it;
  return cp <= it->last;
}

template <size_t N>
const SpecialCase* FindSpecial(const SpecialCase (&table)[N], uint32_t cp) {
  const SpecialCase* it = std::lower_bound(
      table, table + N, cp, [](const SpecialCase& s, uint32_t c) { return s.cp < c; });
  if (it != table + N && it->cp == cp) return it;
  return nullptr;
}

// The general category as CPython 3.11 sees it.
int Category(uint32_t cp) {
  if (cp > 0x10FFFF) return UTF8PROC_CATEGORY_CN;
  int cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  if (cat != UTF8PROC_CATEGORY_CN && InRanges(kUnassigned, cp)) return UTF8PROC_CATEGORY_CN;
  return cat;
}

bool IsLetterCategory(int cat) {
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL ||
         cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LM ||
         cat == UTF8PROC_CATEGORY_LO;
}

// A simple mapping from utf8proc, refused for characters Unicode 14 lacks.
uint32_t Simple(utf8proc_int32_t (*map)(utf8proc_int32_t), uint32_t cp) {
  if (cp > 0x10FFFF) return cp;
  uint32_t m = static_cast<uint32_t>(map(static_cast<utf8proc_int32_t>(cp)));
  if (m != cp && InRanges(kUnassigned, cp)) return cp;
  return m;
}

template <size_t N>
int FullMapping(const SpecialCase (&table)[N], utf8proc_int32_t (*map)(utf8proc_int32_t),
                uint32_t cp, uint32_t out[3]) {
  if (const SpecialCase* s = FindSpecial(table, cp)) {
    for (uint32_t i = 0; i < s->count; ++i) out[i] = s->mapped[i];
    return static_cast<int>(s->count);
  }
  out[0] = Simple(map, cp);
  return 1;
}

}  // namespace

bool UnicodeIsSpaceNonAscii(uint32_t cp) {
  return InRanges(kWhitespace, cp);
}

bool UnicodeIsLinebreak(uint32_t cp) {
  switch (cp) {
    case '\n': case '\v': case '\f': case '\r': case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
      return true;
    default:
      return false;
  }
}

bool UnicodeIsAlphaNonAscii(uint32_t cp) {
  return IsLetterCategory(Category(cp));
}

bool UnicodeIsDecimalNonAscii(uint32_t cp) {
  return Category(cp) == UTF8PROC_CATEGORY_ND;
}

bool UnicodeIsDigitNonAscii(uint32_t cp) {
  return (Category(cp) == UTF8PROC_CATEGORY_ND) != InRanges(kDigitFlip, cp);
}

bool UnicodeIsNumericNonAscii(uint32_t cp) {
  int cat = Category(cp);
  bool rule = cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL ||
              cat == UTF8PROC_CATEGORY_NO;
  return rule != InRanges(kNumericFlip, cp);
}

bool UnicodeIsPrintable(uint32_t cp) {
  if (cp < 128) return cp >= 0x20 && cp < 0x7F;
  switch (Category(cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

bool UnicodeIsLowerNonAscii(uint32_t cp) {
  return (Category(cp) == UTF8PROC_CATEGORY_LL) != InRanges(kLowercaseFlip, cp);
}

bool UnicodeIsUpperNonAscii(uint32_t cp) {
  return (Category(cp) == UTF8PROC_CATEGORY_LU) != InRanges(kUppercaseFlip, cp);
}

bool UnicodeIsTitle(uint32_t cp) {
  if (cp < 128) return false;
  return Category(cp) == UTF8PROC_CATEGORY_LT;
}

bool UnicodeIsCased(uint32_t cp) {
  return UnicodeIsLower(cp) || UnicodeIsUpper(cp) || UnicodeIsTitle(cp);
}

bool UnicodeIsCaseIgnorable(uint32_t cp) {
  int cat = Category(cp);
  bool rule = cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME ||
              cat == UTF8PROC_CATEGORY_CF || cat == UTF8PROC_CATEGORY_LM ||
              cat == UTF8PROC_CATEGORY_SK;
  return rule != InRanges(kCaseIgnorableFlip, cp);
}

bool UnicodeIsIdStart(uint32_t cp) {
  if (cp < 128) return UnicodeIsAlpha(cp) || cp == '_';
  int cat = Category(cp);
  bool rule = IsLetterCategory(cat) || cat == UTF8PROC_CATEGORY_NL;
  return rule != InRanges(kIdStartFlip, cp);
}

bool UnicodeIsIdContinue(uint32_t cp) {
  if (cp < 128) return UnicodeIsAlpha(cp) || cp == '_' || (cp >= '0' && cp <= '9');
  int cat = Category(cp);
  bool rule = IsLetterCategory(cat) || cat == UTF8PROC_CATEGORY_NL ||
              cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
              cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_PC;
  return rule != InRanges(kIdContinueFlip, cp);
}

int UnicodeToLowerFull(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return 1;
  }
  return FullMapping(kSpecialLower, utf8proc_tolower, cp, out);
}

int UnicodeToUpperFull(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return 1;
  }
  return FullMapping(kSpecialUpper, utf8proc_toupper, cp, out);
}

int UnicodeToTitleFull(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return 1;
  }
  return FullMapping(kSpecialTitle, utf8proc_totitle, cp, out);
}

int UnicodeToFoldedFull(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) return UnicodeToLowerFull(cp, out);
  if (const SpecialCase* s = FindSpecial(kSpecialFold, cp)) {
    for (uint32_t i = 0; i < s->count; ++i) out[i] = s->mapped[i];
    return static_cast<int>(s->count);
  }
  return UnicodeToLowerFull(cp, out);
}

}  // namespace moat::vm
