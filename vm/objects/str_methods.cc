// The Python-visible methods of str (CPython's Objects/unicodeobject.c and
// Objects/stringlib/*.h), with CPython 3.11's semantics and messages.
//
// Conventions:
//   - Text is handled as UTF-8 bytes wherever code points do not matter:
//     substring search, split on a separator, partition, replace and
//     prefix tests all work on bytes because UTF-8 is self-synchronizing (a
//     match always starts on a code-point boundary). Code-point positions
//     (start/end arguments, find's result) are converted at the edges; ASCII
//     strs skip the conversion.
//   - Results whose size depends on the arguments (padding, replace, join,
//     expandtabs, translate) are measured first or built in a StrWriter, so the
//     memory budget refuses them before they are built.
//   - Work on the input is charged to the instruction budget before it is
//     done, as str.h's "Charging the work on text" describes: searches and
//     scans that may stop early as they go, full passes up front, pieces
//     made by split in batches.
//   - A method returns its receiver unchanged (CPython's
//     unicode_result_unchanged) only when it is an exact str.
//   - Argument parsing follows the calling convention CPython uses for each
//     method, so the TypeError texts match: METH_NOARGS/METH_O
//     (CheckMethodNoArgs/CheckMethodOneArg), PyArg_ParseTuple-style (CheckVarArgs
//     below), clinic positional-only (CheckNoKeywords + CheckPositionalCount),
//     clinic with keywords (ArgSpec).
//
// Hazards: translate and join may run Python (a mapping's __getitem__, an
// iterable's __next__); nothing else here does.
#include <string.h>  // memmem, memrchr (glibc)

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/codecs.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/str_unicode.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kSsizeMin = std::numeric_limits<int64_t>::min();

StrObject* AsStr(Value v) { return As<StrObject>(v); }
Value StrValue(StrObject* s) { return s ? Value::FromObject(s) : Value::Null(); }

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

inline size_t Utf8SeqLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

size_t CountCodePoints(const char* p, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < n; ++i) count += !IsContinuation(static_cast<unsigned char>(p[i]));
  return count;
}

// Decodes the code point that ends at byte `*end` and moves `*end` to its start.
uint32_t DecodeBackward(std::string_view s, size_t* end) {
  size_t start = *end - 1;
  while (start > 0 && IsContinuation(static_cast<unsigned char>(s[start]))) --start;
  size_t pos = start;
  uint32_t cp = DecodeUtf8(s, &pos);
  *end = start;
  return cp;
}

// `s` unchanged: itself if exact, else an exact copy.
Value Unchanged(Interp& vm, StrObject* s) {
  if (s->type == &kStrType) return Value::FromObject(s);
  StrObject* r = NewStrUninit(vm, s->byte_length, s->length, s->ascii);
  if (r == nullptr) return Value::Null();
  std::memcpy(r->data, s->data, s->byte_length);
  return Value::FromObject(r);
}

// The str of bytes [b0, b1) of `s` (on code-point boundaries).
Value Substr(Interp& vm, StrObject* s, size_t b0, size_t b1) {
  if (b0 == 0 && b1 == s->byte_length) return Unchanged(vm, s);
  size_t n = b1 - b0;
  size_t cps = s->ascii ? n : CountCodePoints(s->data + b0, n);
  StrObject* r = NewStrUninit(vm, n, cps, cps == n);
  if (r == nullptr) return Value::Null();
  std::memcpy(r->data, s->data + b0, n);
  return Value::FromObject(r);
}

Value EmptyStrValue(Interp& vm) { return StrValue(NewStrUninit(vm, 0, 0, true)); }

// ---- Argument helpers ----------------------------------------------------------

// PyArg_ParseTuple("O|OO:name") texts: "count() takes at least 1 argument
// (0 given)"; keywords: "str.count() takes no keyword arguments".
bool CheckVarArgs(Interp& vm, CallArgs args, const char* qualname, const char* name, size_t min,
                  size_t max) {
  if (args.nkwargs() != 0) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", qualname);
    return false;
  }
  return CheckGetargsCount(vm, args, name, min, max);
}

bool CheckPosOnly(Interp& vm, CallArgs args, const char* qualname, const char* name, size_t min,
                  size_t max) {
  return CheckNoKeywords(vm, args, qualname) && CheckPositionalCount(vm, args, name, min, max);
}

// _PyEval_SliceIndex: None keeps the default; huge ints clamp.
bool SliceIndex(Interp& vm, Value v, int64_t* out) {
  if (v.is_null() || v.is_none()) return true;
  Value index = v;
  if (!IsInt(v)) {
    TypeObject* t = TypeOf(v);
    if (t->index == nullptr) {
      vm.RaiseTypeError("slice indices must be integers or None or have an __index__ method");
      return false;
    }
    index = t->index(vm, v);
    if (index.is_null()) return false;
    if (!IsInt(index)) {
      vm.RaiseFormat(&kTypeErrorType, "__index__ returned non-int (type %s)", TypeName(index));
      return false;
    }
  }
  if (!IntToInt64(index, out)) {
    *out = IntCompare(index, Value::SmallInt(0)) < 0 ? kSsizeMin : kSsizeMax;
  }
  return true;
}

// ADJUST_INDICES (Objects/unicodeobject.c): end clamped to [0, len], start
// made non-negative (it may still exceed len).
void AdjustIndices(int64_t* start, int64_t* end, int64_t len) {
  if (*end > len) {
    *end = len;
  } else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
}

// "must be str, not int"-style check of one argument.
bool RequireStr(Interp& vm, Value v, const char* prefix) {
  if (IsStr(v)) return true;
  vm.RaiseFormat(&kTypeErrorType, "%smust be str, not %s", prefix, TypeName(v));
  return false;
}

// ---- Searching -------------------------------------------------------------------
//
// SearchForward and ReverseSearch (str.h) do the searching and charge for it
// as they go; positions are converted at the edges.

// Code-point range [start, end) of `s` as byte offsets; requires
// 0 <= start <= end <= length. The walks are charged first; false with the
// limit's error pending.
bool ByteRange(Interp& vm, const StrObject* s, int64_t start, int64_t end, size_t* b0,
               size_t* b1) {
  if (s->ascii) {
    *b0 = static_cast<size_t>(start);
    *b1 = static_cast<size_t>(end);
    return true;
  }
  bool to_end = static_cast<size_t>(end) == s->length;
  if (!ChargeCodePointWalk(vm, s, static_cast<size_t>(start)) ||
      (!to_end && !vm.ChargeBytes(static_cast<uint64_t>(end - start) * kCharCost))) {
    return false;
  }
  *b0 = StrCodePointOffset(s, static_cast<size_t>(start));
  if (to_end) {
    *b1 = s->byte_length;
    return true;
  }
  size_t off = *b0;
  for (int64_t i = start; i < end; ++i) {
    off += Utf8SeqLength(static_cast<unsigned char>(s->data[off]));
  }
  *b1 = off;
  return true;
}

// Code-point index of byte offset `b` given that byte `b0` is code point
// `start`; -2 with the limit's error pending.
int64_t CodePointIndex(Interp& vm, const StrObject* s, int64_t start, size_t b0, size_t b) {
  if (s->ascii) return static_cast<int64_t>(b);
  if (!vm.ChargeBytes(b - b0)) return -2;
  return start + static_cast<int64_t>(CountCodePoints(s->data + b0, b - b0));
}

// The common "sub[, start[, end]]" arguments: indices parsed first, then the
// substring type (CPython's parse_args_finds_unicode order).
bool ParseFindArgs(Interp& vm, CallArgs args, const char* qualname, const char* name,
                   StrObject** sub, int64_t* start, int64_t* end) {
  if (!CheckVarArgs(vm, args, qualname, name, 1, 3)) return false;
  *start = 0;
  *end = kSsizeMax;
  if (args.nargs > 1 && !SliceIndex(vm, args.args[1], start)) return false;
  if (args.nargs > 2 && !SliceIndex(vm, args.args[2], end)) return false;
  if (!RequireStr(vm, args.args[0], "")) return false;
  *sub = AsStr(args.args[0]);
  return true;
}

// find/rfind: code-point index or -1; -2 on exception.
int64_t FindImpl(Interp& vm, StrObject* s, StrObject* sub, int64_t start, int64_t end,
                 bool reverse) {
  int64_t len = static_cast<int64_t>(s->length);
  AdjustIndices(&start, &end, len);
  if (end - start < static_cast<int64_t>(sub->length)) return -1;
  if (sub->length == 0) return reverse ? end : start;
  size_t b0, b1;
  if (!ByteRange(vm, s, start, end, &b0, &b1)) return -2;
  std::string_view window(s->data + b0, b1 - b0);
  int64_t pos;
  if (reverse) {
    ReverseSearch finder(vm, sub->view());
    pos = finder.Find(window, window.size());
  } else {
    pos = SearchForward(vm, window, sub->view(), 0);
  }
  if (pos < 0) return pos;
  return CodePointIndex(vm, s, start, b0, b0 + static_cast<size_t>(pos));
}

Value FindMethodCommon(Interp& vm, Value self, CallArgs args, const char* qualname,
                       const char* name, bool reverse, bool raise) {
  StrObject* sub;
  int64_t start, end;
  if (!ParseFindArgs(vm, args, qualname, name, &sub, &start, &end)) return Value::Null();
  int64_t r = FindImpl(vm, AsStr(self), sub, start, end, reverse);
  if (r == -2) return Value::Null();
  if (r == -1 && raise) return vm.RaiseValueError("substring not found");
  return Value::SmallInt(r);
}

Value StrFind(Interp& vm, Value self, CallArgs args) {
  return FindMethodCommon(vm, self, args, "str.find", "find", false, false);
}
Value StrRFind(Interp& vm, Value self, CallArgs args) {
  return FindMethodCommon(vm, self, args, "str.rfind", "rfind", true, false);
}
Value StrIndex(Interp& vm, Value self, CallArgs args) {
  return FindMethodCommon(vm, self, args, "str.index", "index", false, true);
}
Value StrRIndex(Interp& vm, Value self, CallArgs args) {
  return FindMethodCommon(vm, self, args, "str.rindex", "rindex", true, true);
}

Value StrCount(Interp& vm, Value self, CallArgs args) {
  StrObject* sub;
  int64_t start, end;
  if (!ParseFindArgs(vm, args, "str.count", "count", &sub, &start, &end)) return Value::Null();
  StrObject* s = AsStr(self);
  AdjustIndices(&start, &end, static_cast<int64_t>(s->length));
  if (end - start < static_cast<int64_t>(sub->length)) return Value::SmallInt(0);
  if (sub->length == 0) return Value::SmallInt(end - start + 1);
  size_t b0, b1;
  if (!ByteRange(vm, s, start, end, &b0, &b1)) return Value::Null();
  std::string_view window(s->data + b0, b1 - b0);
  int64_t count = 0;
  size_t from = 0;
  for (;;) {
    int64_t pos = SearchForward(vm, window, sub->view(), from);
    if (pos == -2) return Value::Null();
    if (pos < 0) break;
    // Each match costs a search call: one instruction, in batches of 64.
    if (++count % 64 == 0 && !vm.ChargeWork(64)) return Value::Null();
    from = static_cast<size_t>(pos) + sub->byte_length;
  }
  return Value::SmallInt(count);
}

// tailmatch: does `sub` occur at the start (or end) of s[start:end]? 1 or
// 0; -1 with the limit's error pending.
int TailMatch(Interp& vm, const StrObject* s, const StrObject* sub, int64_t start, int64_t end,
              bool at_end) {
  int64_t len = static_cast<int64_t>(s->length);
  AdjustIndices(&start, &end, len);
  end -= static_cast<int64_t>(sub->length);
  if (end < start) return 0;
  if (sub->length == 0) return 1;
  int64_t at = at_end ? end : start;
  if (!ChargeCodePointWalk(vm, s, static_cast<size_t>(at)) ||
      !vm.ChargeBytes(sub->byte_length)) {
    return -1;
  }
  size_t b = StrCodePointOffset(s, static_cast<size_t>(at));
  if (b + sub->byte_length > s->byte_length) return 0;
  return std::memcmp(s->data + b, sub->data, sub->byte_length) == 0;
}

Value StartsEndsWith(Interp& vm, Value self, CallArgs args, const char* qualname,
                     const char* name, bool at_end) {
  if (!CheckVarArgs(vm, args, qualname, name, 1, 3)) return Value::Null();
  int64_t start = 0, end = kSsizeMax;
  if (args.nargs > 1 && !SliceIndex(vm, args.args[1], &start)) return Value::Null();
  if (args.nargs > 2 && !SliceIndex(vm, args.args[2], &end)) return Value::Null();
  StrObject* s = AsStr(self);
  Value arg = args.args[0];
  if (IsTuple(arg)) {
    TupleObject* t = As<TupleObject>(arg);
    if (!vm.ChargeItems(t->size)) return Value::Null();
    for (size_t i = 0; i < t->size; ++i) {
      Value item = t->items[i];
      if (!IsStr(item)) {
        return vm.RaiseFormat(&kTypeErrorType, "tuple for %s must only contain str, not %s", name,
                              TypeName(item));
      }
      int r = TailMatch(vm, s, AsStr(item), start, end, at_end);
      if (r != 0) return r < 0 ? Value::Null() : Value::True();
    }
    return Value::False();
  }
  if (!IsStr(arg)) {
    return vm.RaiseFormat(&kTypeErrorType, "%s first arg must be str or a tuple of str, not %s",
                          name, TypeName(arg));
  }
  int r = TailMatch(vm, s, AsStr(arg), start, end, at_end);
  if (r < 0) return Value::Null();
  return Value::Bool(r != 0);
}

Value StrStartsWith(Interp& vm, Value self, CallArgs args) {
  return StartsEndsWith(vm, self, args, "str.startswith", "startswith", false);
}
Value StrEndsWith(Interp& vm, Value self, CallArgs args) {
  return StartsEndsWith(vm, self, args, "str.endswith", "endswith", true);
}

// ---- Case mapping ----------------------------------------------------------------

enum class CaseMode { kLower, kUpper, kFold, kSwap, kCapitalize, kTitle };

// CPython's handle_capital_sigma: U+03A3 lowers to final sigma when preceded
// by a cased letter (skipping case-ignorables) and not followed by one.
uint32_t LowerSigma(std::string_view s, size_t start, size_t next) {
  bool final_sigma = false;
  size_t pos = start;
  while (pos > 0) {
    uint32_t c = DecodeBackward(s, &pos);
    if (!UnicodeIsCaseIgnorable(c)) {
      final_sigma = UnicodeIsCased(c);
      break;
    }
  }
  if (final_sigma) {
    pos = next;
    while (pos < s.size()) {
      uint32_t c = DecodeUtf8(s, &pos);
      if (!UnicodeIsCaseIgnorable(c)) {
        final_sigma = !UnicodeIsCased(c);
        break;
      }
    }
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

// lower_ucs4: full lowercase with the final-sigma context.
int LowerAt(std::string_view s, size_t start, size_t next, uint32_t cp, uint32_t out[3]) {
  if (cp == 0x3A3) {
    out[0] = LowerSigma(s, start, next);
    return 1;
  }
  return UnicodeToLowerFull(cp, out);
}

Value MapCase(Interp& vm, StrObject* s, CaseMode mode) {
  if (s->ascii) {
    // lower/upper/casefold/swapcase flip bit 0x20 of each letter, eight
    // bytes at a time: as cheap as the copy NewStrUninit charges.
    // capitalize and title carry state from one character to the next.
    bool stateful = mode == CaseMode::kCapitalize || mode == CaseMode::kTitle;
    if (stateful && !ChargeTextPass(vm, s)) return Value::Null();
    StrObject* r = NewStrUninit(vm, s->byte_length, s->length, true);
    if (r == nullptr) return Value::Null();
    const unsigned char* in = reinterpret_cast<const unsigned char*>(s->data);
    unsigned char* out = reinterpret_cast<unsigned char*>(r->data);
    const size_t n = s->byte_length;
    auto is_letter_from = [](unsigned char c, unsigned char first) {
      return static_cast<unsigned char>(c - first) < 26;
    };
    if (!stateful) {
      // Per byte of an ASCII word: 0x80 where the byte is in [first,
      // first + 25] (no byte has its high bit set, so nothing carries).
      constexpr uint64_t kOnes = 0x0101010101010101ULL;
      auto letters_from = [](uint64_t w, unsigned char first) {
        uint64_t ge_first = w + kOnes * (0x80 - first);
        uint64_t gt_last = w + kOnes * (0x80 - (first + 26));
        return ge_first & ~gt_last & (kOnes * 0x80);
      };
      size_t i = 0;
      for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, in + i, 8);
        uint64_t flip = 0;
        if (mode != CaseMode::kUpper) flip |= letters_from(w, 'A');  // lower, fold, swap
        if (mode == CaseMode::kUpper || mode == CaseMode::kSwap) flip |= letters_from(w, 'a');
        w ^= flip >> 2;  // 0x80 >> 2 == 0x20
        std::memcpy(out + i, &w, 8);
      }
      for (; i < n; ++i) {
        unsigned char c = in[i];
        bool flip = mode == CaseMode::kUpper  ? is_letter_from(c, 'a')
                    : mode == CaseMode::kSwap ? is_letter_from(c | 0x20, 'a')
                                              : is_letter_from(c, 'A');
        out[i] = flip ? c ^ 0x20 : c;
      }
      return Value::FromObject(r);
    }
    switch (mode) {
      case CaseMode::kLower:
      case CaseMode::kFold:
      case CaseMode::kUpper:
      case CaseMode::kSwap:
        break;  // done above
      case CaseMode::kCapitalize:
      case CaseMode::kTitle: {
        bool previous_is_cased = false;
        for (size_t i = 0; i < n; ++i) {
          unsigned char c = in[i];
          bool lower = is_letter_from(c, 'a');
          bool upper = is_letter_from(c, 'A');
          bool make_upper = mode == CaseMode::kCapitalize ? i == 0 : !previous_is_cased;
          if (make_upper && lower) c ^= 0x20;
          if (!make_upper && upper) c ^= 0x20;
          out[i] = c;
          previous_is_cased = lower || upper;
        }
        break;
      }
    }
    return Value::FromObject(r);
  }
  StrWriter w(vm);
  if (!ChargeTextPass(vm, s) || !w.Reserve(s->byte_length)) return Value::Null();
  std::string_view v = s->view();
  bool previous_is_cased = false;
  bool first = true;
  for (size_t pos = 0; pos < v.size();) {
    size_t start = pos;
    uint32_t cp = DecodeUtf8(v, &pos);
    uint32_t mapped[3];
    int n = 1;
    switch (mode) {
      case CaseMode::kLower:
        n = LowerAt(v, start, pos, cp, mapped);
        break;
      case CaseMode::kUpper:
        n = UnicodeToUpperFull(cp, mapped);
        break;
      case CaseMode::kFold:
        n = UnicodeToFoldedFull(cp, mapped);
        break;
      case CaseMode::kSwap:
        if (UnicodeIsUpper(cp)) {
          n = LowerAt(v, start, pos, cp, mapped);
        } else if (UnicodeIsLower(cp)) {
          n = UnicodeToUpperFull(cp, mapped);
        } else {
          mapped[0] = cp;
        }
        break;
      case CaseMode::kCapitalize:
        n = first ? UnicodeToTitleFull(cp, mapped) : LowerAt(v, start, pos, cp, mapped);
        break;
      case CaseMode::kTitle:
        n = previous_is_cased ? LowerAt(v, start, pos, cp, mapped)
                              : UnicodeToTitleFull(cp, mapped);
        previous_is_cased = UnicodeIsCased(cp);
        break;
    }
    first = false;
    for (int i = 0; i < n; ++i) {
      if (!w.AppendCodePoint(mapped[i])) return Value::Null();
    }
  }
  return w.FinishValue();
}

Value CaseMethod(Interp& vm, Value self, CallArgs args, const char* qualname, CaseMode mode) {
  if (!CheckMethodNoArgs(vm, args, qualname)) return Value::Null();
  return MapCase(vm, AsStr(self), mode);
}

Value StrLower(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "str.lower", CaseMode::kLower);
}
Value StrUpper(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "str.upper", CaseMode::kUpper);
}
Value StrCasefold(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "str.casefold", CaseMode::kFold);
}
Value StrSwapcase(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "str.swapcase", CaseMode::kSwap);
}
Value StrCapitalize(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "str.capitalize", CaseMode::kCapitalize);
}
Value StrTitle(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "str.title", CaseMode::kTitle);
}

// ---- Predicates ------------------------------------------------------------------

// True if every code point satisfies `pred` and the str is not empty; Null
// with the limit's error pending. Charged as it goes: it stops at the first
// code point that fails.
template <typename Pred>
Value AllCodePoints(Interp& vm, const StrObject* s, Pred pred) {
  if (s->length == 0) return Value::False();
  std::string_view v = s->view();
  ScanMeter meter(vm, kCharCost);
  for (size_t pos = 0; pos < v.size();) {
    if (!meter.Reach(pos + 1)) return Value::Null();
    if (!pred(DecodeUtf8(v, &pos))) return Value::False();
  }
  return Value::True();
}

#define MOAT_STR_PREDICATE(Fn, qualname, pred)                                   \
  Value Fn(Interp& vm, Value self, CallArgs args) {                              \
    if (!CheckMethodNoArgs(vm, args, qualname)) return Value::Null();            \
    return AllCodePoints(vm, AsStr(self), [](uint32_t c) { return pred(c); });   \
  }

MOAT_STR_PREDICATE(StrIsAlnum, "str.isalnum", UnicodeIsAlnum)
MOAT_STR_PREDICATE(StrIsAlpha, "str.isalpha", UnicodeIsAlpha)
MOAT_STR_PREDICATE(StrIsDecimal, "str.isdecimal", UnicodeIsDecimal)
MOAT_STR_PREDICATE(StrIsDigit, "str.isdigit", UnicodeIsDigit)
MOAT_STR_PREDICATE(StrIsNumeric, "str.isnumeric", UnicodeIsNumeric)
MOAT_STR_PREDICATE(StrIsSpace, "str.isspace", UnicodeIsSpace)
#undef MOAT_STR_PREDICATE

Value StrIsAscii(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "str.isascii")) return Value::Null();
  return Value::Bool(AsStr(self)->ascii);
}

Value StrIsPrintable(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "str.isprintable")) return Value::Null();
  StrObject* s = AsStr(self);
  if (s->length == 0) return Value::True();
  return AllCodePoints(vm, s, UnicodeIsPrintable);
}

Value StrIsIdentifier(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "str.isidentifier")) return Value::Null();
  std::string_view v = AsStr(self)->view();
  if (v.empty()) return Value::False();
  size_t pos = 0;
  if (!UnicodeIsIdStart(DecodeUtf8(v, &pos))) return Value::False();
  ScanMeter meter(vm, kCharCost);
  while (pos < v.size()) {
    if (!meter.Reach(pos + 1)) return Value::Null();
    if (!UnicodeIsIdContinue(DecodeUtf8(v, &pos))) return Value::False();
  }
  return Value::True();
}

// unicode_islower_impl / unicode_isupper_impl (charged as they go).
Value IsCaseOnly(Interp& vm, const StrObject* s, bool lower) {
  auto is = [&](uint32_t c) { return lower ? UnicodeIsLower(c) : UnicodeIsUpper(c); };
  auto is_other = [&](uint32_t c) { return lower ? UnicodeIsUpper(c) : UnicodeIsLower(c); };
  std::string_view v = s->view();
  if (s->length == 1) {
    size_t pos = 0;
    return Value::Bool(is(DecodeUtf8(v, &pos)));
  }
  bool cased = false;
  ScanMeter meter(vm, kCharCost);
  for (size_t pos = 0; pos < v.size();) {
    if (!meter.Reach(pos + 1)) return Value::Null();
    uint32_t c = DecodeUtf8(v, &pos);
    if (is_other(c) || UnicodeIsTitle(c)) return Value::False();
    if (!cased && is(c)) cased = true;
  }
  return Value::Bool(cased);
}

Value StrIsLower(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "str.islower")) return Value::Null();
  return IsCaseOnly(vm, AsStr(self), true);
}

Value StrIsUpper(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "str.isupper")) return Value::Null();
  return IsCaseOnly(vm, AsStr(self), false);
}

Value StrIsTitle(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "str.istitle")) return Value::Null();
  std::string_view v = AsStr(self)->view();
  if (AsStr(self)->length == 1) {
    size_t pos = 0;
    uint32_t c = DecodeUtf8(v, &pos);
    return Value::Bool(UnicodeIsTitle(c) || UnicodeIsUpper(c));
  }
  bool cased = false, previous_is_cased = false;
  ScanMeter meter(vm, kCharCost);
  for (size_t pos = 0; pos < v.size();) {
    if (!meter.Reach(pos + 1)) return Value::Null();
    uint32_t c = DecodeUtf8(v, &pos);
    if (UnicodeIsUpper(c) || UnicodeIsTitle(c)) {
      if (previous_is_cased) return Value::False();
      previous_is_cased = cased = true;
    } else if (UnicodeIsLower(c)) {
      if (!previous_is_cased) return Value::False();
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return Value::Bool(cased);
}

// ---- Padding -------------------------------------------------------------------

// The fill character argument of center/ljust/rjust (clinic's Py_UCS4).
bool FillChar(Interp& vm, CallArgs args, size_t index, uint32_t* fill) {
  *fill = ' ';
  if (args.nargs <= index) return true;
  Value v = args.args[index];
  if (!IsStr(v)) {
    vm.RaiseFormat(&kTypeErrorType, "The fill character must be a unicode character, not %s",
                   TypeName(v));
    return false;
  }
  StrObject* f = AsStr(v);
  if (f->length != 1) {
    vm.RaiseTypeError("The fill character must be exactly one character long");
    return false;
  }
  size_t pos = 0;
  *fill = DecodeUtf8(f->view(), &pos);
  return true;
}

// `left` copies of `fill`, then s, then `right` copies (CPython's pad()).
Value Pad(Interp& vm, StrObject* s, int64_t left, int64_t right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return Unchanged(vm, s);
  std::string unit;
  AppendUtf8(&unit, fill);
  uint64_t pads = static_cast<uint64_t>(left) + static_cast<uint64_t>(right);
  if (pads > std::numeric_limits<uint32_t>::max()) {
    return vm.RaiseMemoryErrorFor(pads > UINT64_MAX / 4 ? UINT64_MAX : pads * unit.size());
  }
  // A multi-byte fill is copied one character at a time.
  if (unit.size() > 1 && !ChargeTextPass(vm, pads * unit.size())) return Value::Null();
  uint64_t bytes = s->byte_length + pads * unit.size();
  StrObject* r = NewStrUninit(vm, bytes, s->length + pads, s->ascii && fill < 0x80);
  if (r == nullptr) return Value::Null();
  char* out = r->data;
  auto put_fill = [&](int64_t n) {
    if (unit.size() == 1) {
      std::memset(out, unit[0], static_cast<size_t>(n));
      out += n;
    } else {
      for (int64_t i = 0; i < n; ++i, out += unit.size()) std::memcpy(out, unit.data(), unit.size());
    }
  };
  put_fill(left);
  std::memcpy(out, s->data, s->byte_length);
  out += s->byte_length;
  put_fill(right);
  return Value::FromObject(r);
}

enum class Justify { kLeft, kRight, kCenter };

Value JustifyMethod(Interp& vm, Value self, CallArgs args, const char* qualname,
                    const char* name, Justify how) {
  if (!CheckPosOnly(vm, args, qualname, name, 1, 2)) return Value::Null();
  int64_t width;
  uint32_t fill;
  if (!ClinicSsize(vm, args.args[0], &width) || !FillChar(vm, args, 1, &fill)) return Value::Null();
  StrObject* s = AsStr(self);
  int64_t len = static_cast<int64_t>(s->length);
  if (width <= len) return Unchanged(vm, s);
  int64_t marg = width - len;
  switch (how) {
    case Justify::kLeft:
      return Pad(vm, s, 0, marg, fill);
    case Justify::kRight:
      return Pad(vm, s, marg, 0, fill);
    case Justify::kCenter: {
      int64_t left = marg / 2 + (marg & width & 1);
      return Pad(vm, s, left, marg - left, fill);
    }
  }
  return Value::Null();
}

Value StrCenter(Interp& vm, Value self, CallArgs args) {
  return JustifyMethod(vm, self, args, "str.center", "center", Justify::kCenter);
}
Value StrLJust(Interp& vm, Value self, CallArgs args) {
  return JustifyMethod(vm, self, args, "str.ljust", "ljust", Justify::kLeft);
}
Value StrRJust(Interp& vm, Value self, CallArgs args) {
  return JustifyMethod(vm, self, args, "str.rjust", "rjust", Justify::kRight);
}

Value StrZfill(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "str.zfill")) return Value::Null();
  int64_t width;
  if (!ClinicSsize(vm, args.args[0], &width)) return Value::Null();
  StrObject* s = AsStr(self);
  int64_t len = static_cast<int64_t>(s->length);
  if (len >= width) return Unchanged(vm, s);
  int64_t fill = width - len;
  Value r = Pad(vm, s, fill, 0, '0');
  if (r.is_null()) return r;
  StrObject* out = AsStr(r);
  char c = out->data[fill];
  if (c == '+' || c == '-') {
    // Move the sign to the front.
    out->data[0] = c;
    out->data[fill] = '0';
  }
  return r;
}

Value StrExpandTabs(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("expandtabs(tabsize=8)");
  Value out[1];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  int tabsize = 8;
  if (!out[0].is_null() && !ClinicCInt(vm, out[0], &tabsize)) return Value::Null();
  StrObject* s = AsStr(self);
  std::string_view v = s->view();
  if (!ChargeTextPass(vm, 2 * uint64_t{s->byte_length})) return Value::Null();  // two passes
  // First pass: the result's size (CPython's overflow check, then ours).
  int64_t j = 0, line_pos = 0;
  uint64_t bytes = 0;
  bool found = false;
  for (size_t pos = 0; pos < v.size();) {
    size_t start = pos;
    uint32_t c = DecodeUtf8(v, &pos);
    if (c == '\t') {
      found = true;
      if (tabsize > 0) {
        int64_t incr = tabsize - (line_pos % tabsize);
        if (j > kSsizeMax - incr) return vm.RaiseOverflowError("new string is too long");
        line_pos += incr;
        j += incr;
        bytes += static_cast<uint64_t>(incr);
      }
    } else {
      if (j > kSsizeMax - 1) return vm.RaiseOverflowError("new string is too long");
      ++line_pos;
      ++j;
      bytes += pos - start;
      if (c == '\n' || c == '\r') line_pos = 0;
    }
  }
  if (!found) return Unchanged(vm, s);
  StrObject* r = NewStrUninit(vm, bytes, static_cast<size_t>(j), s->ascii);
  if (r == nullptr) return Value::Null();
  char* o = r->data;
  line_pos = 0;
  for (size_t pos = 0; pos < v.size();) {
    size_t start = pos;
    uint32_t c = DecodeUtf8(v, &pos);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - (line_pos % tabsize);
        line_pos += incr;
        std::memset(o, ' ', static_cast<size_t>(incr));
        o += incr;
      }
    } else {
      ++line_pos;
      std::memcpy(o, v.data() + start, pos - start);
      o += pos - start;
      if (c == '\n' || c == '\r') line_pos = 0;
    }
  }
  return Value::FromObject(r);
}

// ---- Joining ---------------------------------------------------------------------

Value StrJoin(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "str.join")) return Value::Null();
  StrObject* sep = AsStr(self);
  Value iterable = args.args[0];
  const Value* items;
  size_t n;
  Value list = Value::Null();
  RootScope roots(vm);
  roots.Add(&list);
  if (HasType(iterable, &kListType) || HasType(iterable, &kTupleType)) {
    // No Python code runs below, so the sequence cannot change under us.
  } else {
    // PySequence_Fast(seq, "can only join an iterable").
    Value it = GetIter(vm, iterable);
    if (it.is_null()) {
      if (vm.ExceptionMatches(&kTypeErrorType)) {
        vm.ClearException();
        vm.RaiseTypeError("can only join an iterable");
      }
      return Value::Null();
    }
    list = it;  // rooted while the iterator runs Python
    ListObject* l = ListFromIterable(vm, it);
    if (l == nullptr) return Value::Null();
    list = Value::FromObject(l);
    iterable = list;
  }
  if (HasType(iterable, &kListType)) {
    items = As<ListObject>(iterable)->items;
    n = As<ListObject>(iterable)->size;
  } else {
    items = As<TupleObject>(iterable)->items;
    n = As<TupleObject>(iterable)->size;
  }
  if (n == 0) return EmptyStrValue(vm);
  if (n == 1 && IsExactStr(items[0])) return items[0];
  if (!vm.ChargeItems(n)) return Value::Null();  // the measuring pass
  uint64_t cps = 0, bytes = 0;
  bool ascii = sep->ascii;
  for (size_t i = 0; i < n; ++i) {
    if (!IsStr(items[i])) {
      return vm.RaiseFormat(&kTypeErrorType, "sequence item %d: expected str instance, %s found",
                            i, TypeName(items[i]));
    }
    StrObject* item = AsStr(items[i]);
    cps += item->length;
    bytes += item->byte_length;
    ascii = ascii && item->ascii;
    if (cps > static_cast<uint64_t>(kSsizeMax)) {
      return vm.RaiseOverflowError("join() result is too long for a Python string");
    }
  }
  uint64_t seps = n - 1;  // 0 for one item of a str subclass
  if (sep->length != 0 && seps != 0) {
    if (sep->length > (static_cast<uint64_t>(kSsizeMax) - cps) / seps) {
      return vm.RaiseOverflowError("join() result is too long for a Python string");
    }
    if (sep->byte_length > (std::numeric_limits<uint32_t>::max() - bytes) / seps) {
      return vm.RaiseMemoryErrorFor(bytes + sep->byte_length * seps);
    }
    cps += sep->length * seps;
    bytes += sep->byte_length * seps;
  }
  StrObject* r = NewStrUninit(vm, bytes, cps, ascii);
  if (r == nullptr) return Value::Null();
  char* o = r->data;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && sep->byte_length != 0) {
      std::memcpy(o, sep->data, sep->byte_length);
      o += sep->byte_length;
    }
    StrObject* item = AsStr(items[i]);
    std::memcpy(o, item->data, item->byte_length);
    o += item->byte_length;
  }
  return Value::FromObject(r);
}

// ---- Stripping -------------------------------------------------------------------

enum StripSide { kStripLeft = 1, kStripRight = 2, kStripBoth = 3 };

Value StripMethod(Interp& vm, Value self, CallArgs args, const char* qualname, const char* name,
                  int side) {
  if (!CheckPosOnly(vm, args, qualname, name, 0, 1)) return Value::Null();
  StrObject* s = AsStr(self);
  Value chars = args.nargs > 0 ? args.args[0] : Value::None();
  ScratchCharge scratch(vm);  // covers `wide` (declared after it, so freed first)
  // The characters to strip: ASCII ones in a bitmap, the rest sorted in
  // `wide`, so the common call (ASCII punctuation) allocates nothing. The
  // charges are those of a full code-point set either way.
  uint64_t narrow[2] = {0, 0};
  std::vector<uint32_t> wide;
  bool whitespace = chars.is_none();
  if (!whitespace) {
    if (!IsStr(chars)) {
      return vm.RaiseFormat(&kTypeErrorType, "%s arg must be None or str", name);
    }
    StrObject* c = AsStr(chars);
    if (!ChargeTextPass(vm, c) || !vm.ChargeItems(c->length) ||
        !scratch.Charge(c->length * sizeof(uint32_t))) {
      return Value::Null();
    }
    std::string_view cv = c->view();
    for (size_t pos = 0; pos < cv.size();) {
      uint32_t cp = DecodeUtf8(cv, &pos);
      if (cp < 128) {
        narrow[cp >> 6] |= uint64_t{1} << (cp & 63);
      } else {
        wide.push_back(cp);
      }
    }
    std::sort(wide.begin(), wide.end());
  }
  auto strip = [&](uint32_t c) {
    if (whitespace) return UnicodeIsSpace(c);
    if (c < 128) return ((narrow[c >> 6] >> (c & 63)) & 1) != 0;
    return std::binary_search(wide.begin(), wide.end(), c);
  };
  std::string_view v = s->view();
  size_t b0 = 0, b1 = v.size();
  // Charged as it goes: stripping stops at the first character kept.
  ScanMeter meter(vm, kCharCost);
  if (side & kStripLeft) {
    while (b0 < b1) {
      if (!meter.Reach(b0 + 1)) return Value::Null();
      size_t pos = b0;
      uint32_t c = s->ascii ? static_cast<unsigned char>(v[pos++]) : DecodeUtf8(v, &pos);
      if (!strip(c)) break;
      b0 = pos;
    }
  }
  if (side & kStripRight) {
    while (b1 > b0) {
      if (!meter.Reach(b0 + (v.size() - b1) + 1)) return Value::Null();
      size_t pos = b1;
      uint32_t c = s->ascii ? static_cast<unsigned char>(v[--pos]) : DecodeBackward(v, &pos);
      if (!strip(c)) break;
      b1 = pos;
    }
  }
  return Substr(vm, s, b0, b1);
}

Value StrStrip(Interp& vm, Value self, CallArgs args) {
  return StripMethod(vm, self, args, "str.strip", "strip", kStripBoth);
}
Value StrLStrip(Interp& vm, Value self, CallArgs args) {
  return StripMethod(vm, self, args, "str.lstrip", "lstrip", kStripLeft);
}
Value StrRStrip(Interp& vm, Value self, CallArgs args) {
  return StripMethod(vm, self, args, "str.rstrip", "rstrip", kStripRight);
}

Value StrRemovePrefix(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "str.removeprefix")) return Value::Null();
  if (!IsStr(args.args[0])) {
    return vm.RaiseFormat(&kTypeErrorType, "removeprefix() argument must be str, not %s",
                          ClinicTypeName(args.args[0]));
  }
  StrObject* s = AsStr(self);
  std::string_view p = AsStr(args.args[0])->view();
  if (!vm.ChargeBytes(p.size())) return Value::Null();
  if (s->view().substr(0, p.size()) == p) return Substr(vm, s, p.size(), s->byte_length);
  return Unchanged(vm, s);
}

Value StrRemoveSuffix(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "str.removesuffix")) return Value::Null();
  if (!IsStr(args.args[0])) {
    return vm.RaiseFormat(&kTypeErrorType, "removesuffix() argument must be str, not %s",
                          ClinicTypeName(args.args[0]));
  }
  StrObject* s = AsStr(self);
  std::string_view x = AsStr(args.args[0])->view();
  std::string_view v = s->view();
  if (!vm.ChargeBytes(x.size())) return Value::Null();
  if (!x.empty() && v.size() >= x.size() && v.substr(v.size() - x.size()) == x) {
    return Substr(vm, s, 0, v.size() - x.size());
  }
  return Unchanged(vm, s);
}

// ---- Partition and split -----------------------------------------------------------

Value MakeTuple3(Interp& vm, Value a, Value b, Value c) {
  if (a.is_null() || b.is_null() || c.is_null()) return Value::Null();
  Value items[3] = {a, b, c};
  TupleObject* t = NewTupleFrom(vm, items, 3);
  return t ? Value::FromObject(t) : Value::Null();
}

Value PartitionMethod(Interp& vm, Value self, CallArgs args, const char* qualname, bool reverse) {
  if (!CheckMethodOneArg(vm, args, qualname)) return Value::Null();
  if (!RequireStr(vm, args.args[0], "")) return Value::Null();
  StrObject* s = AsStr(self);
  StrObject* sep = AsStr(args.args[0]);
  if (sep->length == 0) return vm.RaiseValueError("empty separator");
  int64_t pos;
  if (reverse) {
    ReverseSearch finder(vm, sep->view());
    pos = finder.Find(s->view(), s->byte_length);
  } else {
    pos = SearchForward(vm, s->view(), sep->view(), 0);
  }
  if (pos == -2) return Value::Null();
  // Allocation never collects, so the parts need no rooting between calls.
  if (pos < 0) {
    if (reverse) return MakeTuple3(vm, EmptyStrValue(vm), EmptyStrValue(vm), Unchanged(vm, s));
    return MakeTuple3(vm, Unchanged(vm, s), EmptyStrValue(vm), EmptyStrValue(vm));
  }
  size_t p = static_cast<size_t>(pos);
  return MakeTuple3(vm, Substr(vm, s, 0, p), Unchanged(vm, sep),
                    Substr(vm, s, p + sep->byte_length, s->byte_length));
}

Value StrPartition(Interp& vm, Value self, CallArgs args) {
  return PartitionMethod(vm, self, args, "str.partition", false);
}
Value StrRPartition(Interp& vm, Value self, CallArgs args) {
  return PartitionMethod(vm, self, args, "str.rpartition", true);
}

// Appends s[b0:b1] (bytes) to `list`. Each piece is a new str and a list
// slot, charged as the few instructions Python code needs to make one (4),
// in batches so that small splits stay free; the bytes scanned are charged
// by the caller's meter.
bool AppendPiece(Interp& vm, ListObject* list, StrObject* s, size_t b0, size_t b1) {
  if (list->size % kPieceBatch == kPieceBatch - 1 && !vm.ChargeWork(kPieceBatch * kPieceCost)) {
    return false;
  }
  Value piece = Substr(vm, s, b0, b1);
  return !piece.is_null() && ListAppendValue(vm, list, piece);
}

// split()/rsplit() arguments: sep (None or str) and maxsplit.
bool ParseSplitArgs(Interp& vm, const ArgSpec& spec, CallArgs args, Value* sep,
                    int64_t* maxsplit) {
  Value out[2];
  if (!ParseArgs(vm, spec, args, out)) return false;
  *sep = out[0].is_null() ? Value::None() : out[0];
  *maxsplit = -1;
  if (!out[1].is_null() && !ClinicSsize(vm, out[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = kSsizeMax;
  if (sep->is_none()) return true;
  if (!IsStr(*sep)) {
    vm.RaiseFormat(&kTypeErrorType, "must be str or None, not %s", TypeName(*sep));
    return false;
  }
  if (AsStr(*sep)->length == 0) {
    vm.RaiseValueError("empty separator");
    return false;
  }
  return true;
}

Value StrSplit(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("split(sep=None, maxsplit=-1)");
  Value sep_value;
  int64_t maxcount;
  if (!ParseSplitArgs(vm, kSpec, args, &sep_value, &maxcount)) return Value::Null();
  StrObject* s = AsStr(self);
  ListObject* list = NewList(vm);
  if (list == nullptr) return Value::Null();
  std::string_view v = s->view();
  size_t n = v.size();
  if (sep_value.is_none()) {
    // stringlib split_whitespace, charged as it goes (maxsplit may stop it).
    ScanMeter meter(vm, kCharCost);
    size_t i = 0;
    while (maxcount-- > 0) {
      while (i < n) {
        if (!meter.Reach(i + 1)) return Value::Null();
        size_t pos = i;
        if (!UnicodeIsSpace(DecodeUtf8(v, &pos))) break;
        i = pos;
      }
      if (i == n) break;
      size_t j = i;
      DecodeUtf8(v, &i);
      while (i < n) {
        if (!meter.Reach(i + 1)) return Value::Null();
        size_t pos = i;
        if (UnicodeIsSpace(DecodeUtf8(v, &pos))) break;
        i = pos;
      }
      if (!AppendPiece(vm, list, s, j, i)) return Value::Null();
    }
    if (i < n) {
      // maxsplit reached: skip whitespace, keep the rest.
      while (i < n) {
        if (!meter.Reach(i + 1)) return Value::Null();
        size_t pos = i;
        if (!UnicodeIsSpace(DecodeUtf8(v, &pos))) break;
        i = pos;
      }
      if (i != n && !AppendPiece(vm, list, s, i, n)) return Value::Null();
    }
    return Value::FromObject(list);
  }
  StrObject* sep = AsStr(sep_value);
  ScanMeter search_meter(vm);  // one for all the searches
  size_t i = 0;
  while (maxcount-- > 0) {
    int64_t pos = SearchForward(vm, v, sep->view(), i, &search_meter);
    if (pos == -2) return Value::Null();
    if (pos < 0) break;
    if (!AppendPiece(vm, list, s, i, static_cast<size_t>(pos))) return Value::Null();
    i = static_cast<size_t>(pos) + sep->byte_length;
  }
  if (!AppendPiece(vm, list, s, i, n)) return Value::Null();
  return Value::FromObject(list);
}

void ReverseList(ListObject* list) {
  for (size_t a = 0, b = list->size; a + 1 < b; ++a, --b) std::swap(list->items[a], list->items[b - 1]);
}

Value StrRSplit(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("rsplit(sep=None, maxsplit=-1)");
  Value sep_value;
  int64_t maxcount;
  if (!ParseSplitArgs(vm, kSpec, args, &sep_value, &maxcount)) return Value::Null();
  StrObject* s = AsStr(self);
  ListObject* list = NewList(vm);
  if (list == nullptr) return Value::Null();
  std::string_view v = s->view();
  if (sep_value.is_none()) {
    // stringlib rsplit_whitespace, on byte offsets: `i` is the end of the
    // unscanned prefix.
    ScanMeter meter(vm, kCharCost);
    size_t i = v.size();
    while (maxcount-- > 0) {
      while (i > 0) {
        if (!meter.Reach(v.size() - i + 1)) return Value::Null();
        size_t pos = i;
        if (!UnicodeIsSpace(DecodeBackward(v, &pos))) break;
        i = pos;
      }
      if (i == 0) break;
      size_t j = i;
      DecodeBackward(v, &i);
      while (i > 0) {
        if (!meter.Reach(v.size() - i + 1)) return Value::Null();
        size_t pos = i;
        if (UnicodeIsSpace(DecodeBackward(v, &pos))) break;
        i = pos;
      }
      if (!AppendPiece(vm, list, s, i, j)) return Value::Null();
    }
    if (i > 0) {
      while (i > 0) {
        if (!meter.Reach(v.size() - i + 1)) return Value::Null();
        size_t pos = i;
        if (!UnicodeIsSpace(DecodeBackward(v, &pos))) break;
        i = pos;
      }
      if (i > 0 && !AppendPiece(vm, list, s, 0, i)) return Value::Null();
    }
    ReverseList(list);
    return Value::FromObject(list);
  }
  StrObject* sep = AsStr(sep_value);
  ReverseSearch finder(vm, sep->view());
  size_t j = v.size();
  while (maxcount-- > 0) {
    int64_t pos = finder.Find(v, j);
    if (pos == -2) return Value::Null();
    if (pos < 0) break;
    if (!AppendPiece(vm, list, s, static_cast<size_t>(pos) + sep->byte_length, j)) {
      return Value::Null();
    }
    j = static_cast<size_t>(pos);
  }
  if (!AppendPiece(vm, list, s, 0, j)) return Value::Null();
  ReverseList(list);
  return Value::FromObject(list);
}

Value StrSplitLines(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("splitlines(keepends=False)");
  Value out[1];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  int keepends = 0;
  if (!out[0].is_null() && !ClinicCInt(vm, out[0], &keepends)) return Value::Null();
  StrObject* s = AsStr(self);
  if (!ChargeTextPass(vm, s)) return Value::Null();  // one pass over all of it
  ListObject* list = NewList(vm);
  if (list == nullptr) return Value::Null();
  std::string_view v = s->view();
  size_t n = v.size();
  size_t i = 0, j = 0;
  while (i < n) {
    uint32_t c = 0;
    while (i < n) {
      size_t pos = i;
      c = DecodeUtf8(v, &pos);
      if (UnicodeIsLinebreak(c)) break;
      i = pos;
    }
    size_t eol = i;
    if (i < n) {
      if (c == '\r' && i + 1 < n && v[i + 1] == '\n') {
        i += 2;
      } else {
        DecodeUtf8(v, &i);
      }
      if (keepends) eol = i;
    }
    if (!AppendPiece(vm, list, s, j, eol)) return Value::Null();
    j = i;
  }
  return Value::FromObject(list);
}

// ---- replace ---------------------------------------------------------------------

Value StrReplace(Interp& vm, Value self, CallArgs args) {
  if (!CheckPosOnly(vm, args, "str.replace", "replace", 2, 3)) return Value::Null();
  if (!IsStr(args.args[0])) {
    return vm.RaiseFormat(&kTypeErrorType, "replace() argument 1 must be str, not %s",
                          ClinicTypeName(args.args[0]));
  }
  if (!IsStr(args.args[1])) {
    return vm.RaiseFormat(&kTypeErrorType, "replace() argument 2 must be str, not %s",
                          ClinicTypeName(args.args[1]));
  }
  int64_t maxcount = -1;
  if (args.nargs > 2 && !ClinicSsize(vm, args.args[2], &maxcount)) return Value::Null();
  StrObject* s = AsStr(self);
  StrObject* old_s = AsStr(args.args[0]);
  StrObject* new_s = AsStr(args.args[1]);
  int64_t slen = static_cast<int64_t>(s->length);
  int64_t len1 = static_cast<int64_t>(old_s->length);
  int64_t len2 = static_cast<int64_t>(new_s->length);
  if (slen < len1) return Unchanged(vm, s);
  if (maxcount < 0) {
    maxcount = kSsizeMax;
  } else if (maxcount == 0) {
    return Unchanged(vm, s);
  }
  if (len1 == len2 && !vm.ChargeBytes(old_s->byte_length)) return Value::Null();
  if (old_s == new_s || (len1 == len2 && StrEquals(old_s, new_s))) return Unchanged(vm, s);

  std::string_view v = s->view();
  if (len1 == 0) {
    // Insert `new` before every character and at the end, `n` times: a
    // character-at-a-time pass and a copy per insertion (the result is
    // charged when allocated).
    int64_t n = slen + 1 < maxcount ? slen + 1 : maxcount;
    if (!ChargeTextPass(vm, v.size()) || !vm.ChargeItems(static_cast<uint64_t>(n))) {
      return Value::Null();
    }
    if (len2 > (kSsizeMax - slen) / n) return vm.RaiseOverflowError("replace string is too long");
    uint64_t extra = static_cast<uint64_t>(n) * new_s->byte_length;
    if (new_s->byte_length != 0 && extra / new_s->byte_length != static_cast<uint64_t>(n)) {
      return vm.RaiseMemoryErrorFor(UINT64_MAX);
    }
    if (extra > std::numeric_limits<uint32_t>::max()) return vm.RaiseMemoryErrorFor(extra);
    StrObject* r = NewStrUninit(vm, v.size() + extra, static_cast<size_t>(slen + n * len2),
                                s->ascii && new_s->ascii);
    if (r == nullptr) return Value::Null();
    char* o = r->data;
    size_t pos = 0;
    for (int64_t k = 0; k < n; ++k) {
      std::memcpy(o, new_s->data, new_s->byte_length);
      o += new_s->byte_length;
      if (pos < v.size()) {
        size_t next = pos;
        DecodeUtf8(v, &next);
        std::memcpy(o, v.data() + pos, next - pos);
        o += next - pos;
        pos = next;
      }
    }
    std::memcpy(o, v.data() + pos, v.size() - pos);
    return Value::FromObject(r);
  }
  // Count the matches (up to maxcount), size the result, then build it.
  int64_t n = 0;
  size_t scanned = 0;  // the end of the last match
  ScanMeter meter(vm);
  for (size_t from = 0; n < maxcount;) {
    int64_t pos = SearchForward(vm, v, old_s->view(), from, &meter);
    if (pos == -2) return Value::Null();
    if (pos < 0) break;
    // Each match costs two search calls: in batches of 64.
    if (++n % 32 == 0 && !vm.ChargeWork(64)) return Value::Null();
    from = static_cast<size_t>(pos) + old_s->byte_length;
    scanned = from;
  }
  if (n == 0) return Unchanged(vm, s);
  // The build searches [0, scanned) again: charged with it.
  if (!vm.ChargeBytes(scanned)) return Value::Null();
  if (len2 > len1 && (len2 - len1) > (kSsizeMax - slen) / n) {
    return vm.RaiseOverflowError("replace string is too long");
  }
  int64_t new_len = slen + n * (len2 - len1);
  uint64_t removed = static_cast<uint64_t>(n) * old_s->byte_length;
  uint64_t added = static_cast<uint64_t>(n) * new_s->byte_length;
  if (new_s->byte_length != 0 && added / new_s->byte_length != static_cast<uint64_t>(n)) {
    return vm.RaiseMemoryErrorFor(UINT64_MAX);
  }
  uint64_t bytes = v.size() - removed + added;
  StrObject* r = NewStrUninit(vm, bytes, static_cast<size_t>(new_len), s->ascii && new_s->ascii);
  if (r == nullptr) return Value::Null();
  char* o = r->data;
  size_t from = 0;
  for (int64_t k = 0; k < n; ++k) {
    // Found by the counting pass, so memmem cannot fail here.
    const char* match = static_cast<const char*>(
        memmem(v.data() + from, v.size() - from, old_s->data, old_s->byte_length));
    size_t pos = static_cast<size_t>(match - v.data());
    std::memcpy(o, v.data() + from, pos - from);
    o += pos - from;
    std::memcpy(o, new_s->data, new_s->byte_length);
    o += new_s->byte_length;
    from = pos + old_s->byte_length;
  }
  std::memcpy(o, v.data() + from, v.size() - from);
  return Value::FromObject(r);
}

// ---- translate and maketrans ----------------------------------------------------------

// May run Python: the table's __getitem__.
Value StrTranslate(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "str.translate")) return Value::Null();
  Value table = args.args[0];
  StrObject* s = AsStr(self);
  StrWriter w(vm);
  // A lookup per character, about two instructions' work (a user
  // mapping's __getitem__ pays for itself).
  if (!vm.ChargeItems(2 * uint64_t{s->length}) || !w.Reserve(s->byte_length)) {
    return Value::Null();
  }
  std::string_view v = s->view();
  for (size_t pos = 0; pos < v.size();) {
    size_t start = pos;
    uint32_t c = DecodeUtf8(v, &pos);
    // `self` and `table` are arguments, rooted by the caller.
    Value x;
    bool missing;
    if (HasType(table, &kDictType)) {
      // An exact dict's __getitem__ raises KeyError when missing; skip making it.
      int found = DictGet(vm, As<DictObject>(table), Value::SmallInt(c), &x);
      if (found < 0) return Value::Null();
      missing = found == 0;
    } else {
      x = GetItem(vm, table, Value::SmallInt(c));
      if (x.is_null()) {
        if (!vm.ExceptionMatches(&kLookupErrorType)) return Value::Null();
        vm.ClearException();
      }
      missing = x.is_null();
    }
    if (missing) {
      if (!w.Append(v.substr(start, pos - start), 1, c < 0x80)) return Value::Null();
      continue;
    }
    if (x.is_none()) continue;
    if (IsInt(x)) {
      int64_t value;
      if (!IntToInt64(x, &value)) {
        return vm.RaiseOverflowError("Python int too large to convert to C long");
      }
      if (value < 0 || value > 0x10FFFF) {
        return vm.RaiseValueError("character mapping must be in range(0x110000)");
      }
      if (!w.AppendCodePoint(static_cast<uint32_t>(value))) return Value::Null();
    } else if (IsStr(x)) {
      if (!w.AppendStr(AsStr(x))) return Value::Null();
    } else {
      return vm.RaiseTypeError("character mapping must return integer, None or str");
    }
  }
  return w.FinishValue();
}

Value StrMakeTrans(Interp& vm, Value, CallArgs args) {
  if (!CheckPosOnly(vm, args, "str.maketrans", "maketrans", 1, 3)) return Value::Null();
  for (size_t i = 1; i < args.nargs; ++i) {
    if (!IsStr(args.args[i])) {
      return vm.RaiseFormat(&kTypeErrorType, "maketrans() argument %d must be str, not %s", i + 1,
                            ClinicTypeName(args.args[i]));
    }
  }
  DictObject* result = NewDict(vm);
  if (result == nullptr) return Value::Null();
  Value x = args.args[0];
  if (args.nargs == 1) {
    if (!IsDict(x)) {
      return vm.RaiseTypeError("if you give only one argument to maketrans it must be a dict");
    }
    // Keys are str or int, so no Python code runs while copying.
    DictObject* d = As<DictObject>(x);
    if (!vm.ChargeItems(d->size)) return Value::Null();
    size_t pos = 0;
    Value key, value;
    while (DictNext(d, &pos, &key, &value)) {
      Value new_key;
      if (IsStr(key)) {
        StrObject* k = AsStr(key);
        if (k->length != 1) {
          return vm.RaiseValueError("string keys in translate table must be of length 1");
        }
        new_key = Value::SmallInt(StrCodePointAt(k, 0));
      } else if (IsInt(key)) {
        new_key = key;
      } else {
        return vm.RaiseTypeError("keys in translate table must be strings or integers");
      }
      if (DictSet(vm, result, new_key, value) < 0) return Value::Null();
    }
    return Value::FromObject(result);
  }
  if (!IsStr(x)) {
    return vm.RaiseTypeError("first maketrans argument must be a string if there is a second argument");
  }
  StrObject* from = AsStr(x);
  StrObject* to = AsStr(args.args[1]);
  if (from->length != to->length) {
    return vm.RaiseValueError("the first two maketrans arguments must have equal length");
  }
  uint64_t entries = uint64_t{from->length} + (args.nargs == 3 ? AsStr(args.args[2])->length : 0);
  if (!vm.ChargeItems(entries)) return Value::Null();
  std::string_view fv = from->view(), tv = to->view();
  for (size_t a = 0, b = 0; a < fv.size();) {
    uint32_t k = DecodeUtf8(fv, &a);
    uint32_t val = DecodeUtf8(tv, &b);
    if (DictSet(vm, result, Value::SmallInt(k), Value::SmallInt(val)) < 0) return Value::Null();
  }
  if (args.nargs == 3) {
    std::string_view zv = AsStr(args.args[2])->view();
    for (size_t a = 0; a < zv.size();) {
      uint32_t k = DecodeUtf8(zv, &a);
      if (DictSet(vm, result, Value::SmallInt(k), Value::None()) < 0) return Value::Null();
    }
  }
  return Value::FromObject(result);
}

// (copy of self,): CPython copies the text into a new str, except the
// empty one, which is its singleton.
Value StrGetNewArgs(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "str.__getnewargs__")) return Value::Null();
  StrObject* s = AsStr(self);
  if (s->length == 0 && s->type == &kStrType) return NewArgsTuple(vm, self);
  if (!vm.ChargeBytes(s->byte_length)) return Value::Null();
  StrObject* copy = NewStrUninit(vm, s->byte_length, s->length, s->ascii);
  if (copy == nullptr) return Value::Null();
  std::memcpy(copy->data, s->data, s->byte_length);
  return NewArgsTuple(vm, Value::FromObject(copy));
}

}  // namespace

// ---- Method table ------------------------------------------------------------------
//
// Not here: __sizeof__ (CPython's memory layout). format, format_map and
// __format__ live in str_format.cc.
const MethodDef kStrMethods[] = {
    {"__format__", StrFormatDunderMethod},
    {"__getnewargs__", StrGetNewArgs},
    CountedMethod("capitalize", StrCapitalize),
    CountedMethod("casefold", StrCasefold),
    {"center", StrCenter},
    VarArgsMethod("count", StrCount),
    {"encode", StrEncodeMethod},
    VarArgsMethod("endswith", StrEndsWith),
    {"expandtabs", StrExpandTabs},
    VarArgsMethod("find", StrFind),
    CountedMethod("format", StrFormatMethod),
    CountedMethod("format_map", StrFormatMapMethod),
    VarArgsMethod("index", StrIndex),
    CountedMethod("isalnum", StrIsAlnum),
    CountedMethod("isalpha", StrIsAlpha),
    CountedMethod("isascii", StrIsAscii),
    CountedMethod("isdecimal", StrIsDecimal),
    CountedMethod("isdigit", StrIsDigit),
    CountedMethod("isidentifier", StrIsIdentifier),
    CountedMethod("islower", StrIsLower),
    CountedMethod("isnumeric", StrIsNumeric),
    CountedMethod("isprintable", StrIsPrintable),
    CountedMethod("isspace", StrIsSpace),
    CountedMethod("istitle", StrIsTitle),
    CountedMethod("isupper", StrIsUpper),
    CountedMethod("join", StrJoin),
    {"ljust", StrLJust},
    CountedMethod("lower", StrLower),
    {"lstrip", StrLStrip},
    {"maketrans", StrMakeTrans, MethodKind::kStaticMethod},
    CountedMethod("partition", StrPartition),
    CountedMethod("removeprefix", StrRemovePrefix),
    CountedMethod("removesuffix", StrRemoveSuffix),
    {"replace", StrReplace},
    VarArgsMethod("rfind", StrRFind),
    VarArgsMethod("rindex", StrRIndex),
    {"rjust", StrRJust},
    CountedMethod("rpartition", StrRPartition),
    {"rsplit", StrRSplit},
    {"rstrip", StrRStrip},
    {"split", StrSplit},
    {"splitlines", StrSplitLines},
    VarArgsMethod("startswith", StrStartsWith),
    {"strip", StrStrip},
    CountedMethod("swapcase", StrSwapcase),
    CountedMethod("title", StrTitle),
    CountedMethod("translate", StrTranslate),
    CountedMethod("upper", StrUpper),
    CountedMethod("zfill", StrZfill),
    {nullptr, nullptr},
};

}  // namespace moat::vm
