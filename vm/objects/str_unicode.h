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

// Py_UNICODE_ISSPACE: str.isspace, str.split() and str.strip() whitespace.
bool UnicodeIsSpace(uint32_t cp);
// Line boundaries of str.splitlines: \n \v \f \r \x1c \x1d \x1e \x85 \u2028 \u2029.
bool UnicodeIsLinebreak(uint32_t cp);
bool UnicodeIsAlpha(uint32_t cp);    // categories Lu Ll Lt Lm Lo
bool UnicodeIsDecimal(uint32_t cp);  // has a decimal value (Nd)
bool UnicodeIsDigit(uint32_t cp);    // has a digit value
bool UnicodeIsNumeric(uint32_t cp);  // has a numeric value
bool UnicodeIsAlnum(uint32_t cp);    // alpha, decimal, digit or numeric
// Not in Cc Cf Cs Co Cn Zl Zp Zs, or the space character (str.isprintable,
// repr's escaping).
bool UnicodeIsPrintable(uint32_t cp);
bool UnicodeIsLower(uint32_t cp);  // derived property Lowercase
bool UnicodeIsUpper(uint32_t cp);  // derived property Uppercase
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
