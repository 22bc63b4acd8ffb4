// Unicode character properties and case mappings for str, with CPython 3.11's
// definitions (Objects/unicodectype.c) and its Unicode version (14.0).
//
// General categories and simple case mappings come from utf8proc; where
// utf8proc knows a newer Unicode, characters unassigned in 14.0 are treated as
// unassigned (Cn, no mappings). CPython's derived properties (Lowercase,
// Uppercase, Case_Ignorable, digit/numeric values, XID_Start/XID_Continue,
// whitespace) and full case mappings come from str_unicode_tables.inc,
// generated from /usr/bin/python3.11 by str_unicode_tables_gen.py.
//
// All functions are pure: they neither raise nor allocate. `cp` is any value
// in [0, 0x10FFFF] (surrogates included).
#ifndef MOAT_VM_OBJECTS_STR_UNICODE_H_
#define MOAT_VM_OBJECTS_STR_UNICODE_H_

#include <cstdint>

namespace moat::vm {

// The predicates used in per-character loops (split, strip, the is*()
// methods) answer ASCII inline and call the out-of-line ...NonAscii
// function (str_unicode.cc; cp >= 128) for the rest.
bool UnicodeIsSpaceNonAscii(uint32_t cp);
bool UnicodeIsAlphaNonAscii(uint32_t cp);
bool UnicodeIsDecimalNonAscii(uint32_t cp);
bool UnicodeIsDigitNonAscii(uint32_t cp);
bool UnicodeIsNumericNonAscii(uint32_t cp);
bool UnicodeIsLowerNonAscii(uint32_t cp);
bool UnicodeIsUpperNonAscii(uint32_t cp);

// Py_UNICODE_ISSPACE: str.isspace, str.split() and str.strip() whitespace
// (ASCII: \t \n \v \f \r, \x1c-\x1f and space).
inline bool UnicodeIsSpace(uint32_t cp) {
  if (cp < 128) return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F);
  return UnicodeIsSpaceNonAscii(cp);
}
// Line boundaries of str.splitlines: \n \v \f \r \x1c \x1d \x1e \x85 \u2028 \u2029.
bool UnicodeIsLinebreak(uint32_t cp);
// Categories Lu Ll Lt Lm Lo.
inline bool UnicodeIsAlpha(uint32_t cp) {
  if (cp < 128) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return UnicodeIsAlphaNonAscii(cp);
}
// Has a decimal value (Nd).
inline bool UnicodeIsDecimal(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return UnicodeIsDecimalNonAscii(cp);
}
// Has a digit value.
inline bool UnicodeIsDigit(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return UnicodeIsDigitNonAscii(cp);
}
// Has a numeric value.
inline bool UnicodeIsNumeric(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return UnicodeIsNumericNonAscii(cp);
}
// Alpha, decimal, digit or numeric.
inline bool UnicodeIsAlnum(uint32_t cp) {
  if (cp < 128) return UnicodeIsAlpha(cp) || UnicodeIsDecimal(cp);
  return UnicodeIsAlphaNonAscii(cp) || UnicodeIsDecimalNonAscii(cp) ||
         UnicodeIsDigitNonAscii(cp) || UnicodeIsNumericNonAscii(cp);
}
// Not in Cc Cf Cs Co Cn Zl Zp Zs, or the space character (str.isprintable,
// repr's escaping).
bool UnicodeIsPrintable(uint32_t cp);
// Derived property Lowercase.
inline bool UnicodeIsLower(uint32_t cp) {
  if (cp < 128) return cp >= 'a' && cp <= 'z';
  return UnicodeIsLowerNonAscii(cp);
}
// Derived property Uppercase.
inline bool UnicodeIsUpper(uint32_t cp) {
  if (cp < 128) return cp >= 'A' && cp <= 'Z';
  return UnicodeIsUpperNonAscii(cp);
}
bool UnicodeIsTitle(uint32_t cp);  // category Lt
bool UnicodeIsCased(uint32_t cp);  // Lowercase, Uppercase or Lt
bool UnicodeIsCaseIgnorable(uint32_t cp);
// XID_Start plus '_' (first character of an identifier) and XID_Continue.
bool UnicodeIsIdStart(uint32_t cp);
bool UnicodeIsIdContinue(uint32_t cp);

// Full case mappings (_PyUnicode_ToUpperFull etc.): write 1 to 3 code points
// to `out` and return how many. Lower does not handle the final-sigma context;
// str.lower() does (CPython's lower_ucs4).
int UnicodeToLowerFull(uint32_t cp, uint32_t out[3]);
int UnicodeToUpperFull(uint32_t cp, uint32_t out[3]);
int UnicodeToTitleFull(uint32_t cp, uint32_t out[3]);
int UnicodeToFoldedFull(uint32_t cp, uint32_t out[3]);

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_STR_UNICODE_H_
