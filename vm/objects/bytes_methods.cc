// The Python-visible methods of bytes and bytearray (CPython 3.11's
// Objects/bytes_methods.c, Objects/bytesobject.c, Objects/bytearrayobject.c
// and Objects/stringlib/), plus int.to_bytes / int.from_bytes.
//
// One implementation serves both types: a method reads the receiver as a
// byte span and builds its results as the receiver's kind (exact bytes or
// exact bytearray). Qualified names in messages ("bytes.upper() takes no
// arguments (1 given)") follow the receiver's type.
//
// Conventions:
//   - Every argument that may run Python (__index__ of a user object, an
//     iterable's __next__) is converted before the first view of a
//     bytearray is taken: a view is only valid until Python runs.
//   - Character classes are ASCII (Py_ISSPACE, Py_ISALPHA...), as CPython's.
//   - Results whose size depends on the arguments are measured first or
//     built in a ByteWriter, so the memory budget refuses them before they
//     are built; work on the input is charged to the instruction budget
//     before it is done (str.h, "Charging the work on text").
//   - Argument parsing follows each method's CPython calling convention, so
//     the TypeError texts match.
//
// Hazards: join, the bytearray mutators extend/insert/append and every
// method with an index argument may run Python (iteration, __index__).
#include <string.h>  // memmem, memrchr (glibc)

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codecs.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kSsizeMin = std::numeric_limits<int64_t>::min();
constexpr size_t kMaxBytesSize = std::numeric_limits<uint32_t>::max();

// A result of `total` bytes past kMaxBytesSize: for bytes whose object
// header would overflow Py_ssize_t (CPython's 33-byte PyBytesObject_SIZE),
// CPython's OverflowError; otherwise MemoryError (Interp::RaiseMemoryErrorFor).
Value RaiseTooLarge(Interp& vm, bool bytearray, uint64_t total) {
  constexpr uint64_t kCPythonBytesHeader = 33;
  if (!bytearray && total > static_cast<uint64_t>(kSsizeMax) - kCPythonBytesHeader) {
    return vm.Raise(&kOverflowErrorType, "byte string is too large");
  }
  return vm.RaiseMemoryErrorFor(total);
}

std::string_view ViewOf(Value v) {
  std::string_view out;
  BytesLikeView(v, &out);
  return out;
}

bool IsArray(Value self) { return IsByteArray(self); }

// "bytes.upper" / "bytearray.upper".
std::string Qual(Value self, const char* name) {
  return StrCat(IsArray(self) ? "bytearray." : "bytes.", name);
}

// A result equal to the receiver: the receiver itself for an exact bytes
// (unicode_result_unchanged's analogue), else a copy of its kind.
Value Unchanged(Interp& vm, Value self) {
  if (HasType(self, &kBytesType)) return self;
  return NewBytesOfKind(vm, IsArray(self), ViewOf(self));
}

Value Piece(Interp& vm, Value self, std::string_view piece) {
  return NewBytesOfKind(vm, IsArray(self), piece);
}

inline bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
inline bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAlpha(unsigned char c) { return IsLower(c) || IsUpper(c); }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAlnum(unsigned char c) { return IsAlpha(c) || IsDigit(c); }
inline unsigned char ToLower(unsigned char c) { return IsUpper(c) ? c + ('a' - 'A') : c; }
inline unsigned char ToUpper(unsigned char c) { return IsLower(c) ? c - ('a' - 'A') : c; }

// ---- Argument helpers ----------------------------------------------------------

bool NoArgs(Interp& vm, Value self, CallArgs args, const char* name) {
  if (args.nargs == 0 && args.nkwargs() == 0) return true;
  return CheckMethodNoArgs(vm, args, Qual(self, name).c_str());
}

bool OneArg(Interp& vm, Value self, CallArgs args, const char* name) {
  if (args.nargs == 1 && args.nkwargs() == 0) return true;
  return CheckMethodOneArg(vm, args, Qual(self, name).c_str());
}

// PyArg_ParseTuple texts: "count() takes at least 1 argument (0 given)".
bool VarArgs(Interp& vm, Value self, CallArgs args, const char* name, size_t min, size_t max) {
  if (args.nkwargs() != 0) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", Qual(self, name));
    return false;
  }
  return CheckGetargsCount(vm, args, name, min, max);
}

// Clinic positional-only: "center expected at least 1 argument, got 0".
bool PosOnly(Interp& vm, Value self, CallArgs args, const char* name, size_t min, size_t max) {
  return CheckNoKeywords(vm, args, Qual(self, name).c_str()) &&
         CheckPositionalCount(vm, args, name, min, max);
}

// _PyEval_SliceIndex: None keeps the default, huge values clamp.
bool SliceIndexArg(Interp& vm, Value v, int64_t* out) {
  if (v.is_null() || v.is_none()) return true;
  if (!IsIndexKey(v)) {
    vm.RaiseTypeError("slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value i = NumberIndex(vm, v);
  if (i.is_null()) return false;
  if (!IntToInt64(i, out)) *out = IntCompare(i, Value::SmallInt(0)) < 0 ? kSsizeMin : kSsizeMax;
  return true;
}

// ADJUST_INDICES: end clamped to [0, len], start made non-negative.
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

// A bytes-like argument: "a bytes-like object is required, not 'str'".
bool RequireBytesLike(Interp& vm, Value v) {
  std::string_view ignored;
  if (BytesLikeView(v, &ignored)) return true;
  vm.RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%s'", TypeName(v));
  return false;
}

// _getbytevalue.
bool ByteValue(Interp& vm, Value v, int* out) {
  Value i = NumberIndex(vm, v);
  if (i.is_null()) return false;
  int64_t x;
  if (!IntToInt64(i, &x) || x < 0 || x > 255) {
    vm.RaiseValueError("byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<int>(x);
  return true;
}

// ---- Searching -------------------------------------------------------------------
//
// SearchForward and ReverseSearch (str.h), shared with str, search and
// charge for it as they go.

// The `sub` argument of count/find/index: an int (one byte) or bytes-like.
struct SubArg {
  Value object = Value::Null();  // bytes-like, or Null for a byte
  char byte = 0;
  std::string_view view() const {
    return object.is_null() ? std::string_view(&byte, 1) : ViewOf(object);
  }
};

// stringlib_parse_args_finds_byte: sub[, start[, end]].
bool ParseFindArgs(Interp& vm, Value self, CallArgs args, const char* name, SubArg* sub,
                   int64_t* start, int64_t* end) {
  if (!VarArgs(vm, self, args, name, 1, 3)) return false;
  *start = 0;
  *end = kSsizeMax;
  if (args.nargs > 1 && !SliceIndexArg(vm, args.args[1], start)) return false;
  if (args.nargs > 2 && !SliceIndexArg(vm, args.args[2], end)) return false;
  Value v = args.args[0];
  std::string_view ignored;
  if (BytesLikeView(v, &ignored)) {
    sub->object = v;
    return true;
  }
  if (!IsIndexKey(v)) {
    vm.RaiseFormat(&kTypeErrorType, "argument should be integer or bytes-like object, not '%s'",
                   TypeName(v));
    return false;
  }
  int b;
  if (!ByteValue(vm, v, &b)) return false;
  sub->byte = static_cast<char>(b);
  return true;
}

// find/rfind core; -2 with an exception pending.
int64_t FindImpl(Interp& vm, std::string_view hay, std::string_view needle, int64_t start,
                 int64_t end, bool reverse) {
  int64_t len = static_cast<int64_t>(hay.size());
  AdjustIndices(&start, &end, len);
  if (end - start < static_cast<int64_t>(needle.size())) return -1;
  if (!reverse) {
    return SearchForward(vm, hay.substr(0, static_cast<size_t>(end)), needle,
                         static_cast<size_t>(start));
  }
  std::string_view window = hay.substr(static_cast<size_t>(start),
                                       static_cast<size_t>(end - start));
  ReverseSearch finder(vm, needle);
  int64_t r = finder.Find(window, window.size());
  return r < 0 ? r : r + start;
}

Value FindCommon(Interp& vm, Value self, CallArgs args, const char* name, bool reverse,
                 bool raise) {
  SubArg sub;
  int64_t start, end;
  if (!ParseFindArgs(vm, self, args, name, &sub, &start, &end)) return Value::Null();
  int64_t r = FindImpl(vm, ViewOf(self), sub.view(), start, end, reverse);
  if (r == -2) return Value::Null();
  if (r < 0 && raise) return vm.RaiseValueError("subsection not found");
  return Value::SmallInt(r);
}

Value BytesFind(Interp& vm, Value self, CallArgs args) {
  return FindCommon(vm, self, args, "find", false, false);
}
Value BytesRFind(Interp& vm, Value self, CallArgs args) {
  return FindCommon(vm, self, args, "rfind", true, false);
}
Value BytesIndex(Interp& vm, Value self, CallArgs args) {
  return FindCommon(vm, self, args, "index", false, true);
}
Value BytesRIndex(Interp& vm, Value self, CallArgs args) {
  return FindCommon(vm, self, args, "rindex", true, true);
}

Value BytesCount(Interp& vm, Value self, CallArgs args) {
  SubArg sub;
  int64_t start, end;
  if (!ParseFindArgs(vm, self, args, "count", &sub, &start, &end)) return Value::Null();
  std::string_view hay = ViewOf(self);
  std::string_view needle = sub.view();
  AdjustIndices(&start, &end, static_cast<int64_t>(hay.size()));
  if (end - start < 0) return Value::SmallInt(0);
  if (needle.empty()) return Value::SmallInt(end - start + 1);
  std::string_view window = hay.substr(static_cast<size_t>(start),
                                       static_cast<size_t>(end - start));
  int64_t count = 0;
  ScanMeter meter(vm);
  for (size_t pos = 0;;) {
    int64_t at = SearchForward(vm, window, needle, pos, &meter);
    if (at == -2) return Value::Null();
    if (at < 0) break;
    // Each match costs a search call: one instruction, in batches of 64.
    if (++count % 64 == 0 && !vm.ChargeWork(64)) return Value::Null();
    pos = static_cast<size_t>(at) + needle.size();
  }
  return Value::SmallInt(count);
}

// _Py_bytes_tailmatch for one candidate (the caller charges the compare).
bool TailMatch(std::string_view s, std::string_view sub, int64_t start, int64_t end,
               bool at_end) {
  int64_t len = static_cast<int64_t>(s.size());
  int64_t slen = static_cast<int64_t>(sub.size());
  AdjustIndices(&start, &end, len);
  if (!at_end) {
    if (start > len - slen) return false;
  } else {
    if (end - start < slen || start > len) return false;
    if (end - slen > start) start = end - slen;
  }
  if (end - start < slen) return false;
  return slen == 0 || std::memcmp(s.data() + start, sub.data(), static_cast<size_t>(slen)) == 0;
}

Value TailMatchMethod(Interp& vm, Value self, CallArgs args, const char* name, bool at_end) {
  if (!VarArgs(vm, self, args, name, 1, 3)) return Value::Null();
  int64_t start = 0, end = kSsizeMax;
  if (args.nargs > 1 && !SliceIndexArg(vm, args.args[1], &start)) return Value::Null();
  if (args.nargs > 2 && !SliceIndexArg(vm, args.args[2], &end)) return Value::Null();
  Value subobj = args.args[0];
  if (IsTuple(subobj)) {
    TupleObject* t = As<TupleObject>(subobj);
    if (!vm.ChargeItems(t->size)) return Value::Null();
    for (size_t i = 0; i < t->size; ++i) {
      if (!RequireBytesLike(vm, t->items[i])) return Value::Null();
      if (!vm.ChargeBytes(ViewOf(t->items[i]).size())) return Value::Null();
      if (TailMatch(ViewOf(self), ViewOf(t->items[i]), start, end, at_end)) return Value::True();
    }
    return Value::False();
  }
  std::string_view sub;
  if (!BytesLikeView(subobj, &sub)) {
    return vm.RaiseFormat(&kTypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s",
                          name, TypeName(subobj));
  }
  if (!vm.ChargeBytes(sub.size())) return Value::Null();
  return Value::Bool(TailMatch(ViewOf(self), sub, start, end, at_end));
}

Value BytesStartsWith(Interp& vm, Value self, CallArgs args) {
  return TailMatchMethod(vm, self, args, "startswith", false);
}
Value BytesEndsWith(Interp& vm, Value self, CallArgs args) {
  return TailMatchMethod(vm, self, args, "endswith", true);
}

// ---- Case and character classes ----------------------------------------------------

enum class CaseMode { kLower, kUpper, kSwap, kTitle, kCapitalize };

Value CaseMethod(Interp& vm, Value self, CallArgs args, const char* name, CaseMode mode) {
  if (!NoArgs(vm, self, args, name)) return Value::Null();
  std::string_view v = ViewOf(self);
  ByteWriter w(vm);
  if (!ChargeTextPass(vm, v.size())) return Value::Null();
  char* out = w.AppendUninit(v.size());
  if (out == nullptr) return Value::Null();
  bool previous_cased = false;
  for (size_t i = 0; i < v.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    unsigned char r = c;
    switch (mode) {
      case CaseMode::kLower: r = ToLower(c); break;
      case CaseMode::kUpper: r = ToUpper(c); break;
      case CaseMode::kSwap: r = IsUpper(c) ? ToLower(c) : ToUpper(c); break;
      case CaseMode::kTitle:
        if (IsLower(c)) {
          r = previous_cased ? c : ToUpper(c);
          previous_cased = true;
        } else if (IsUpper(c)) {
          r = previous_cased ? ToLower(c) : c;
          previous_cased = true;
        } else {
          previous_cased = false;
        }
        break;
      case CaseMode::kCapitalize: r = i == 0 ? ToUpper(c) : ToLower(c); break;
    }
    out[i] = static_cast<char>(r);
  }
  return w.Finish(IsArray(self));
}

Value BytesLower(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "lower", CaseMode::kLower);
}
Value BytesUpper(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "upper", CaseMode::kUpper);
}
Value BytesSwapcase(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "swapcase", CaseMode::kSwap);
}
Value BytesTitle(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "title", CaseMode::kTitle);
}
Value BytesCapitalize(Interp& vm, Value self, CallArgs args) {
  return CaseMethod(vm, self, args, "capitalize", CaseMode::kCapitalize);
}

// The predicates stop at the first byte that fails: charged as they go.
template <bool (*kPred)(unsigned char)>
Value AllBytes(Interp& vm, Value self, CallArgs args, const char* name) {
  if (!NoArgs(vm, self, args, name)) return Value::Null();
  std::string_view v = ViewOf(self);
  if (v.empty()) return Value::False();
  ScanMeter meter(vm, kCharCost);
  for (size_t i = 0; i < v.size(); ++i) {
    if (!meter.Reach(i + 1)) return Value::Null();
    if (!kPred(static_cast<unsigned char>(v[i]))) return Value::False();
  }
  return Value::True();
}

Value BytesIsAlnum(Interp& vm, Value self, CallArgs args) {
  return AllBytes<IsAlnum>(vm, self, args, "isalnum");
}
Value BytesIsAlpha(Interp& vm, Value self, CallArgs args) {
  return AllBytes<IsAlpha>(vm, self, args, "isalpha");
}
Value BytesIsDigit(Interp& vm, Value self, CallArgs args) {
  return AllBytes<IsDigit>(vm, self, args, "isdigit");
}
Value BytesIsSpace(Interp& vm, Value self, CallArgs args) {
  return AllBytes<IsSpace>(vm, self, args, "isspace");
}

Value BytesIsAscii(Interp& vm, Value self, CallArgs args) {
  if (!NoArgs(vm, self, args, "isascii")) return Value::Null();
  std::string_view v = ViewOf(self);
  ScanMeter meter(vm, kCharCost);
  for (size_t i = 0; i < v.size(); ++i) {
    if (!meter.Reach(i + 1)) return Value::Null();
    if (static_cast<unsigned char>(v[i]) >= 0x80) return Value::False();
  }
  return Value::True();
}

// islower/isupper: at least one cased byte, none of the other case.
Value CaseOnly(Interp& vm, Value self, CallArgs args, const char* name, bool lower) {
  if (!NoArgs(vm, self, args, name)) return Value::Null();
  bool cased = false;
  std::string_view v = ViewOf(self);
  ScanMeter meter(vm, kCharCost);
  for (size_t i = 0; i < v.size(); ++i) {
    if (!meter.Reach(i + 1)) return Value::Null();
    unsigned char c = static_cast<unsigned char>(v[i]);
    if (lower ? IsUpper(c) : IsLower(c)) return Value::False();
    if (lower ? IsLower(c) : IsUpper(c)) cased = true;
  }
  return Value::Bool(cased);
}

Value BytesIsLower(Interp& vm, Value self, CallArgs args) {
  return CaseOnly(vm, self, args, "islower", true);
}
Value BytesIsUpper(Interp& vm, Value self, CallArgs args) {
  return CaseOnly(vm, self, args, "isupper", false);
}

Value BytesIsTitle(Interp& vm, Value self, CallArgs args) {
  if (!NoArgs(vm, self, args, "istitle")) return Value::Null();
  bool cased = false, previous_cased = false;
  std::string_view v = ViewOf(self);
  ScanMeter meter(vm, kCharCost);
  for (size_t i = 0; i < v.size(); ++i) {
    if (!meter.Reach(i + 1)) return Value::Null();
    unsigned char c = static_cast<unsigned char>(v[i]);
    if (IsUpper(c)) {
      if (previous_cased) return Value::False();
      previous_cased = cased = true;
    } else if (IsLower(c)) {
      if (!previous_cased) return Value::False();
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::Bool(cased);
}

// ---- Padding -----------------------------------------------------------------------

Value Pad(Interp& vm, Value self, int64_t left, int64_t right, unsigned char fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return Unchanged(vm, self);
  std::string_view v = ViewOf(self);
  uint64_t total = v.size() + static_cast<uint64_t>(left) + static_cast<uint64_t>(right);
  if (total > kMaxBytesSize) return RaiseTooLarge(vm, IsArray(self), total);
  ByteWriter w(vm);
  if (!w.Reserve(static_cast<size_t>(total))) return Value::Null();
  w.AppendFill(fill, static_cast<size_t>(left));
  w.Append(v);
  w.AppendFill(fill, static_cast<size_t>(right));
  return w.Finish(IsArray(self));
}

enum class Justify { kLeft, kRight, kCenter };

Value JustifyMethod(Interp& vm, Value self, CallArgs args, const char* name, Justify how) {
  if (!PosOnly(vm, self, args, name, 1, 2)) return Value::Null();
  int64_t width;
  if (!ClinicSsize(vm, args.args[0], &width)) return Value::Null();
  unsigned char fill = ' ';
  if (args.nargs > 1) {
    std::string_view f;
    if (!BytesLikeView(args.args[1], &f) || f.size() != 1) {
      return vm.RaiseFormat(&kTypeErrorType,
                            "%s() argument 2 must be a byte string of length 1, not %s", name,
                            ClinicTypeName(args.args[1]));
    }
    fill = static_cast<unsigned char>(f[0]);
  }
  int64_t len = static_cast<int64_t>(ViewOf(self).size());
  if (width <= len) return Unchanged(vm, self);
  int64_t marg = width - len;
  switch (how) {
    case Justify::kLeft: return Pad(vm, self, 0, marg, fill);
    case Justify::kRight: return Pad(vm, self, marg, 0, fill);
    case Justify::kCenter: {
      int64_t left = marg / 2 + (marg & width & 1);
      return Pad(vm, self, left, marg - left, fill);
    }
  }
  return Value::Null();
}

Value BytesCenter(Interp& vm, Value self, CallArgs args) {
  return JustifyMethod(vm, self, args, "center", Justify::kCenter);
}
Value BytesLJust(Interp& vm, Value self, CallArgs args) {
  return JustifyMethod(vm, self, args, "ljust", Justify::kLeft);
}
Value BytesRJust(Interp& vm, Value self, CallArgs args) {
  return JustifyMethod(vm, self, args, "rjust", Justify::kRight);
}

Value BytesZfill(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "zfill")) return Value::Null();
  int64_t width;
  if (!ClinicSsize(vm, args.args[0], &width)) return Value::Null();
  std::string_view v = ViewOf(self);
  int64_t len = static_cast<int64_t>(v.size());
  if (len >= width) return Unchanged(vm, self);
  int64_t fill = width - len;
  if (static_cast<uint64_t>(width) > kMaxBytesSize) return RaiseTooLarge(vm, IsArray(self), width);
  ByteWriter w(vm);
  if (!w.Reserve(static_cast<size_t>(width))) return Value::Null();
  w.AppendFill('0', static_cast<size_t>(fill));
  w.Append(v);
  std::string_view out = w.view();
  if (len > 0 && (out[fill] == '+' || out[fill] == '-')) {
    // The sign moves to the front (the writer's buffer is ours to edit).
    char* p = const_cast<char*>(out.data());
    p[0] = out[fill];
    p[fill] = '0';
  }
  return w.Finish(IsArray(self));
}

Value BytesExpandTabs(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("expandtabs(tabsize=8)");
  Value out[1];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  int tabsize = 8;
  if (!out[0].is_null() && !ClinicCInt(vm, out[0], &tabsize)) return Value::Null();
  std::string_view v = ViewOf(self);
  if (!ChargeTextPass(vm, 2 * uint64_t{v.size()})) return Value::Null();  // two passes
  // First pass: the size (stringlib_expandtabs), refused before building.
  uint64_t total = 0, column = 0;
  for (char c : v) {
    if (c == '\t') {
      if (tabsize > 0) {
        uint64_t incr = static_cast<uint64_t>(tabsize) - column % static_cast<uint64_t>(tabsize);
        column += incr;
        total += incr;
      }
    } else {
      ++total;
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
    if (total > static_cast<uint64_t>(kSsizeMax)) return vm.RaiseOverflowError("result too long");
  }
  if (total > kMaxBytesSize) return vm.RaiseMemoryErrorFor(total);
  ByteWriter w(vm);
  if (!w.Reserve(static_cast<size_t>(total))) return Value::Null();
  column = 0;
  for (char c : v) {
    if (c == '\t') {
      if (tabsize > 0) {
        uint64_t incr = static_cast<uint64_t>(tabsize) - column % static_cast<uint64_t>(tabsize);
        column += incr;
        w.AppendFill(' ', static_cast<size_t>(incr));
      }
    } else {
      w.AppendByte(static_cast<unsigned char>(c));
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return w.Finish(IsArray(self));
}

// ---- join, split, strip, partition ---------------------------------------------------

Value BytesJoin(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "join")) return Value::Null();
  Value seq = SequenceFast(vm, args.args[0], "can only join an iterable");
  if (seq.is_null()) return seq;
  RootScope roots(vm);
  roots.Add(&seq);
  size_t n;
  const Value* items = SequenceFastItems(seq, &n);
  bool array = IsArray(self);
  if (n == 0) return NewBytesOfKind(vm, array, {});
  if (n == 1 && !array && HasType(items[0], &kBytesType)) return items[0];
  // Nothing below runs Python: the views stay valid.
  if (!vm.ChargeItems(n)) return Value::Null();  // the measuring pass
  uint64_t total = 0;
  std::string_view sep = ViewOf(self);
  for (size_t i = 0; i < n; ++i) {
    std::string_view piece;
    if (!BytesLikeView(items[i], &piece)) {
      return vm.RaiseFormat(&kTypeErrorType,
                            "sequence item %d: expected a bytes-like object, %s found", i,
                            TypeName(items[i]));
    }
    total += piece.size() + (i > 0 ? sep.size() : 0);
    if (total > kMaxBytesSize) return vm.RaiseMemoryErrorFor(total);
  }
  ByteWriter w(vm);
  if (!w.Reserve(static_cast<size_t>(total))) return Value::Null();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) w.Append(sep);
    w.Append(ViewOf(items[i]));
  }
  return w.Finish(array);
}

// Each piece is a new object and a list slot, charged as str's split
// charges them (kPieceCost each, in batches; str.h); the bytes scanned are
// charged by the caller's meter.
bool AppendPiece(Interp& vm, ListObject* list, Value self, std::string_view piece) {
  if (list->size % kPieceBatch == kPieceBatch - 1 && !vm.ChargeWork(kPieceBatch * kPieceCost)) {
    return false;
  }
  Value p = Piece(vm, self, piece);
  return !p.is_null() && ListAppendValue(vm, list, p);
}

void ReverseList(ListObject* list) { std::reverse(list->items, list->items + list->size); }

// split(sep=None, maxsplit=-1) / rsplit: parses and converts the arguments
// (maxsplit first may run __index__), leaving sep Null for whitespace.
bool ParseSplitArgs(Interp& vm, const ArgSpec& spec, CallArgs args, Value* sep,
                    int64_t* maxsplit) {
  Value out[2];
  if (!ParseArgs(vm, spec, args, out)) return false;
  *maxsplit = -1;
  if (!out[1].is_null() && !ClinicSsize(vm, out[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = kSsizeMax;
  *sep = out[0].is_null() || out[0].is_none() ? Value::Null() : out[0];
  if (!sep->is_null()) {
    if (!RequireBytesLike(vm, *sep)) return false;
    if (ViewOf(*sep).empty()) {
      vm.RaiseValueError("empty separator");
      return false;
    }
  }
  return true;
}

Value SplitImpl(Interp& vm, Value self, CallArgs args, bool reverse) {
  static const ArgSpec kSplit("split(sep=None, maxsplit=-1)");
  static const ArgSpec kRSplit("rsplit(sep=None, maxsplit=-1)");
  Value sep;
  int64_t maxsplit;
  if (!ParseSplitArgs(vm, reverse ? kRSplit : kSplit, args, &sep, &maxsplit)) {
    return Value::Null();
  }
  ListObject* list = NewList(vm);
  if (list == nullptr) return Value::Null();
  Value list_value = Value::FromObject(list);
  RootScope roots(vm);
  roots.Add(&list_value);
  std::string_view v = ViewOf(self);
  ScanMeter meter(vm, kCharCost);  // maxsplit may stop the scan early
  if (sep.is_null()) {
    // Runs of ASCII whitespace; no empty pieces.
    if (!reverse) {
      size_t i = 0, n = v.size();
      while (maxsplit-- > 0) {
        while (i < n && IsSpace(v[i])) {
          if (!meter.Reach(++i)) return Value::Null();
        }
        if (i == n) break;
        size_t j = i;
        while (j < n && !IsSpace(v[j])) {
          if (!meter.Reach(++j)) return Value::Null();
        }
        if (!AppendPiece(vm, list, self, v.substr(i, j - i))) return Value::Null();
        i = j;
      }
      while (i < n && IsSpace(v[i])) {
        if (!meter.Reach(++i)) return Value::Null();
      }
      if (i < n && !AppendPiece(vm, list, self, v.substr(i))) return Value::Null();
    } else {
      size_t i = v.size();
      while (maxsplit-- > 0) {
        while (i > 0 && IsSpace(v[i - 1])) {
          if (!meter.Reach(v.size() - --i)) return Value::Null();
        }
        if (i == 0) break;
        size_t j = i;
        while (j > 0 && !IsSpace(v[j - 1])) {
          if (!meter.Reach(v.size() - --j)) return Value::Null();
        }
        if (!AppendPiece(vm, list, self, v.substr(j, i - j))) return Value::Null();
        i = j;
      }
      while (i > 0 && IsSpace(v[i - 1])) {
        if (!meter.Reach(v.size() - --i)) return Value::Null();
      }
      if (i > 0 && !AppendPiece(vm, list, self, v.substr(0, i))) return Value::Null();
      ReverseList(list);
    }
    return list_value;
  }
  std::string_view s = ViewOf(sep);
  if (!reverse) {
    ScanMeter search_meter(vm);  // one for all the searches
    size_t pos = 0;
    while (maxsplit-- > 0) {
      int64_t at = SearchForward(vm, v, s, pos, &search_meter);
      if (at == -2) return Value::Null();
      if (at < 0) break;
      if (!AppendPiece(vm, list, self, v.substr(pos, static_cast<size_t>(at) - pos))) {
        return Value::Null();
      }
      pos = static_cast<size_t>(at) + s.size();
    }
    if (!AppendPiece(vm, list, self, v.substr(pos))) return Value::Null();
    return list_value;
  }
  ReverseSearch finder(vm, s);
  size_t end = v.size();
  while (maxsplit-- > 0) {
    int64_t at = finder.Find(v, end);
    if (at == -2) return Value::Null();
    if (at < 0) break;
    size_t after = static_cast<size_t>(at) + s.size();
    if (!AppendPiece(vm, list, self, v.substr(after, end - after))) return Value::Null();
    end = static_cast<size_t>(at);
  }
  if (!AppendPiece(vm, list, self, v.substr(0, end))) return Value::Null();
  ReverseList(list);
  return list_value;
}

Value BytesSplit(Interp& vm, Value self, CallArgs args) { return SplitImpl(vm, self, args, false); }
Value BytesRSplit(Interp& vm, Value self, CallArgs args) { return SplitImpl(vm, self, args, true); }

Value BytesSplitLines(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("splitlines(keepends=False)");
  Value out[1];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  bool keepends = false;
  if (!out[0].is_null()) {
    // Clinic's bool(accept={int}): a C int is required.
    int flag;
    if (!ClinicCInt(vm, out[0], &flag)) return Value::Null();
    keepends = flag != 0;
  }
  ListObject* list = NewList(vm);
  if (list == nullptr) return Value::Null();
  Value list_value = Value::FromObject(list);
  RootScope roots(vm);
  roots.Add(&list_value);
  std::string_view v = ViewOf(self);
  if (!ChargeTextPass(vm, v.size())) return Value::Null();  // one pass over all of it
  size_t i = 0, n = v.size();
  while (i < n) {
    size_t j = i;
    while (j < n && v[j] != '\n' && v[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      if (v[j] == '\r' && j + 1 < n && v[j + 1] == '\n') {
        j += 2;
      } else {
        ++j;
      }
      if (keepends) eol = j;
    }
    if (!AppendPiece(vm, list, self, v.substr(i, eol - i))) return Value::Null();
    i = j;
  }
  return list_value;
}

enum class StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Value StripMethod(Interp& vm, Value self, CallArgs args, const char* name, StripSide side) {
  if (!PosOnly(vm, self, args, name, 0, 1)) return Value::Null();
  Value chars = args.nargs > 0 ? args.args[0] : Value::None();
  if (!chars.is_none() && !RequireBytesLike(vm, chars)) return Value::Null();
  std::string_view v = ViewOf(self);
  bool table[256] = {};
  if (chars.is_none()) {
    for (unsigned char c : std::string_view(" \t\n\r\v\f")) table[c] = true;
  } else {
    for (char c : ViewOf(chars)) table[static_cast<unsigned char>(c)] = true;
  }
  size_t i = 0, j = v.size();
  // Charged as it goes: stripping stops at the first byte kept.
  ScanMeter meter(vm, kCharCost);
  if (static_cast<int>(side) & 1) {
    while (i < j && table[static_cast<unsigned char>(v[i])]) {
      if (!meter.Reach(++i)) return Value::Null();
    }
  }
  if (static_cast<int>(side) & 2) {
    while (j > i && table[static_cast<unsigned char>(v[j - 1])]) {
      if (!meter.Reach(i + (v.size() - --j))) return Value::Null();
    }
  }
  if (i == 0 && j == v.size()) return Unchanged(vm, self);
  return Piece(vm, self, v.substr(i, j - i));
}

Value BytesStrip(Interp& vm, Value self, CallArgs args) {
  return StripMethod(vm, self, args, "strip", StripSide::kBoth);
}
Value BytesLStrip(Interp& vm, Value self, CallArgs args) {
  return StripMethod(vm, self, args, "lstrip", StripSide::kLeft);
}
Value BytesRStrip(Interp& vm, Value self, CallArgs args) {
  return StripMethod(vm, self, args, "rstrip", StripSide::kRight);
}

Value AffixMethod(Interp& vm, Value self, CallArgs args, const char* name, bool prefix) {
  if (!OneArg(vm, self, args, name)) return Value::Null();
  if (!RequireBytesLike(vm, args.args[0])) return Value::Null();
  std::string_view v = ViewOf(self);
  std::string_view a = ViewOf(args.args[0]);
  if (!vm.ChargeBytes(a.size())) return Value::Null();
  if (!a.empty() && a.size() <= v.size()) {
    if (prefix && v.substr(0, a.size()) == a) return Piece(vm, self, v.substr(a.size()));
    if (!prefix && v.substr(v.size() - a.size()) == a) {
      return Piece(vm, self, v.substr(0, v.size() - a.size()));
    }
  }
  return Unchanged(vm, self);
}

Value BytesRemovePrefix(Interp& vm, Value self, CallArgs args) {
  return AffixMethod(vm, self, args, "removeprefix", true);
}
Value BytesRemoveSuffix(Interp& vm, Value self, CallArgs args) {
  return AffixMethod(vm, self, args, "removesuffix", false);
}

Value PartitionMethod(Interp& vm, Value self, CallArgs args, const char* name, bool reverse) {
  if (!OneArg(vm, self, args, name)) return Value::Null();
  Value sep = args.args[0];
  if (!RequireBytesLike(vm, sep)) return Value::Null();
  std::string_view s = ViewOf(sep);
  if (s.empty()) return vm.RaiseValueError("empty separator");
  std::string_view v = ViewOf(self);
  int64_t at;
  if (reverse) {
    ReverseSearch finder(vm, s);
    at = finder.Find(v, v.size());
  } else {
    at = SearchForward(vm, v, s, 0);
  }
  if (at == -2) return Value::Null();
  TupleObject* t = NewTuple(vm, 3);
  if (t == nullptr) return Value::Null();
  Value tv = Value::FromObject(t);
  RootScope roots(vm);
  roots.Add(&tv);
  if (at < 0) {
    Value empty1 = Piece(vm, self, {});
    if (empty1.is_null()) return empty1;
    t->items[reverse ? 0 : 1] = empty1;
    Value empty2 = Piece(vm, self, {});
    if (empty2.is_null()) return empty2;
    t->items[reverse ? 1 : 2] = empty2;
    Value whole = Unchanged(vm, self);
    if (whole.is_null()) return whole;
    t->items[reverse ? 2 : 0] = whole;
    return tv;
  }
  size_t pos = static_cast<size_t>(at);
  std::string_view pieces[3] = {v.substr(0, pos), s, v.substr(pos + s.size())};
  for (int i = 0; i < 3; ++i) {
    // bytes.partition returns the separator object itself in the middle.
    Value p = i == 1 && !IsArray(self) ? sep : Piece(vm, self, pieces[i]);
    if (p.is_null()) return p;
    t->items[i] = p;
  }
  return tv;
}

Value BytesPartition(Interp& vm, Value self, CallArgs args) {
  return PartitionMethod(vm, self, args, "partition", false);
}
Value BytesRPartition(Interp& vm, Value self, CallArgs args) {
  return PartitionMethod(vm, self, args, "rpartition", true);
}

// ---- replace, translate, maketrans ----------------------------------------------------

Value BytesReplace(Interp& vm, Value self, CallArgs args) {
  if (!PosOnly(vm, self, args, "replace", 2, 3)) return Value::Null();
  // Clinic converts in order: old, new, then count.
  if (!RequireBytesLike(vm, args.args[0]) || !RequireBytesLike(vm, args.args[1])) {
    return Value::Null();
  }
  int64_t count = -1;
  if (args.nargs > 2 && !ClinicSsize(vm, args.args[2], &count)) return Value::Null();
  std::string_view v = ViewOf(self);
  std::string_view from = ViewOf(args.args[0]);
  std::string_view to = ViewOf(args.args[1]);
  int64_t maxcount = count < 0 ? kSsizeMax : count;
  // Count the replacements first, then size the result.
  int64_t n = 0;
  size_t scanned = 0;  // the end of the last match
  if (from.empty()) {
    n = std::min<int64_t>(maxcount, static_cast<int64_t>(v.size()) + 1);
  } else {
    ScanMeter meter(vm);
    for (size_t pos = 0; n < maxcount;) {
      int64_t at = SearchForward(vm, v, from, pos, &meter);
      if (at == -2) return Value::Null();
      if (at < 0) break;
      // Each match costs two search calls: in batches of 64.
      if (++n % 32 == 0 && !vm.ChargeWork(64)) return Value::Null();
      pos = static_cast<size_t>(at) + from.size();
      scanned = pos;
    }
  }
  if (from.size() == to.size() && !vm.ChargeBytes(from.size())) return Value::Null();
  if (n == 0 || (from == to)) return Unchanged(vm, self);
  // The build searches [0, scanned) again: charged with it.
  if (!vm.ChargeBytes(scanned)) return Value::Null();
  // len + n * (len(to) - len(from)), checked like CPython.
  __int128 total = static_cast<__int128>(v.size()) +
                   static_cast<__int128>(n) *
                       (static_cast<__int128>(to.size()) - static_cast<__int128>(from.size()));
  if (total > static_cast<__int128>(kSsizeMax)) {
    return vm.RaiseOverflowError("replace bytes is too long");
  }
  if (total > static_cast<__int128>(kMaxBytesSize)) {
    return vm.RaiseMemoryErrorFor(static_cast<uint64_t>(total));
  }
  ByteWriter w(vm);
  if (!w.Reserve(static_cast<size_t>(total))) return Value::Null();
  if (from.empty()) {
    size_t i = 0;
    for (int64_t k = 0; k < n; ++k) {
      w.Append(to);
      if (i < v.size()) w.AppendByte(static_cast<unsigned char>(v[i++]));
    }
    w.Append(v.substr(i));
  } else {
    size_t pos = 0;
    for (int64_t k = 0; k < n; ++k) {
      // Found by the counting pass, so memmem cannot fail here.
      const char* match = static_cast<const char*>(
          memmem(v.data() + pos, v.size() - pos, from.data(), from.size()));
      size_t at = static_cast<size_t>(match - v.data());
      w.Append(v.substr(pos, at - pos));
      w.Append(to);
      pos = at + from.size();
    }
    w.Append(v.substr(pos));
  }
  return w.Finish(IsArray(self));
}

Value BytesTranslate(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("translate(table, /, delete=b'')");
  Value out[2];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value table = out[0];
  if (!table.is_none()) {
    if (!RequireBytesLike(vm, table)) return Value::Null();
    if (ViewOf(table).size() != 256) {
      return vm.RaiseValueError("translation table must be 256 characters long");
    }
  }
  bool del[256] = {};
  bool any_delete = false;
  if (!out[1].is_null()) {
    if (!RequireBytesLike(vm, out[1])) return Value::Null();
    for (char c : ViewOf(out[1])) {
      del[static_cast<unsigned char>(c)] = true;
      any_delete = true;
    }
  }
  if (table.is_none() && !any_delete) return Unchanged(vm, self);
  std::string_view v = ViewOf(self);
  std::string_view map = table.is_none() ? std::string_view() : ViewOf(table);
  ByteWriter w(vm);
  if (!ChargeTextPass(vm, v.size())) return Value::Null();
  char* dst = w.AppendUninit(v.size());
  if (dst == nullptr) return Value::Null();
  size_t kept = 0;
  for (char ch : v) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (del[c]) continue;
    dst[kept++] = map.empty() ? ch : map[c];
  }
  // Deleted bytes leave the end unused: only what was kept is copied.
  std::string_view result(dst, kept);
  if (kept == v.size()) return w.Finish(IsArray(self));
  return NewBytesOfKind(vm, IsArray(self), result);
}

// bytes.maketrans and bytearray.maketrans: `qualname` names the method in
// "bytes.maketrans() takes no keyword arguments".
Value MakeTransImpl(Interp& vm, CallArgs args, const char* qualname) {
  if (!CheckNoKeywords(vm, args, qualname) ||
      !CheckPositionalCount(vm, args, "maketrans", 2, 2)) {
    return Value::Null();
  }
  if (!RequireBytesLike(vm, args.args[0]) || !RequireBytesLike(vm, args.args[1])) {
    return Value::Null();
  }
  std::string_view from = ViewOf(args.args[0]);
  std::string_view to = ViewOf(args.args[1]);
  if (from.size() != to.size()) {
    return vm.RaiseValueError("maketrans arguments must have same length");
  }
  BytesObject* r = NewBytesUninit(vm, 256);
  if (r == nullptr) return Value::Null();
  for (int i = 0; i < 256; ++i) r->data[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) r->data[static_cast<unsigned char>(from[i])] = to[i];
  return Value::FromObject(r);
}

Value BytesMakeTrans(Interp& vm, Value, CallArgs args) {
  return MakeTransImpl(vm, args, "bytes.maketrans");
}

Value ByteArrayMakeTrans(Interp& vm, Value, CallArgs args) {
  return MakeTransImpl(vm, args, "bytearray.maketrans");
}

// ---- hex, fromhex ----------------------------------------------------------------------

constexpr char kHexDigits[] = "0123456789abcdef";

Value BytesHex(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("hex(sep=None, bytes_per_sep=1)");
  Value out[2];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  int per = 1;
  if (!out[1].is_null() && !ClinicCInt(vm, out[1], &per)) return Value::Null();
  char sep = 0;
  bool has_sep = !out[0].is_null();  // a NUL separator is a separator too
  if (has_sep) {  // None too: CPython takes len(None) here
    int64_t seplen = Length(vm, out[0]);
    if (seplen < 0) return Value::Null();
    if (seplen != 1) return vm.RaiseValueError("sep must be length 1.");
    uint32_t c;
    if (IsStr(out[0])) {
      c = StrCodePointAt(As<StrObject>(out[0]), 0);
    } else if (IsBytes(out[0])) {
      c = static_cast<unsigned char>(As<BytesObject>(out[0])->data[0]);
    } else {
      return vm.RaiseTypeError("sep must be str or bytes.");
    }
    if (c > 127) return vm.RaiseValueError("sep must be ASCII.");
    sep = static_cast<char>(c);
  }
  std::string_view v = ViewOf(self);
  size_t n = v.size();
  uint64_t group = per < 0 ? -static_cast<int64_t>(per) : per;
  size_t seps = 0;
  if (has_sep && per != 0 && n > 0) seps = (n - 1) / group;
  uint64_t total = 2 * static_cast<uint64_t>(n) + seps;
  if (total > kMaxBytesSize) return vm.RaiseMemoryErrorFor(total);
  // Written straight into the str (its size is known).
  if (!ChargeTextPass(vm, n)) return Value::Null();
  StrObject* r = NewStrUninit(vm, static_cast<size_t>(total), static_cast<size_t>(total), true);
  if (r == nullptr) return Value::Null();
  char* dst = r->data;
  for (size_t i = 0; i < n; ++i) {
    if (seps > 0 && i > 0) {
      // Groups count from the right for a positive bytes_per_sep.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) *dst++ = sep;
    }
    unsigned char c = static_cast<unsigned char>(v[i]);
    *dst++ = kHexDigits[c >> 4];
    *dst++ = kHexDigits[c & 0xF];
  }
  return Value::FromObject(r);
}

int HexValue(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

Value BytesFromHex(Interp& vm, Value cls, CallArgs args) {
  TypeObject* type = As<TypeObject>(cls);
  if (args.nargs != 1 || args.nkwargs() != 0) {
    CheckMethodOneArg(vm, args, ClassMethodQualname(cls, "fromhex").c_str());
    return Value::Null();
  }
  Value arg = args.args[0];
  if (!IsStr(arg)) {
    return vm.RaiseFormat(&kTypeErrorType, "fromhex() argument must be str, not %s",
                          ClinicTypeName(arg));
  }
  std::string_view text = As<StrObject>(arg)->view();
  ByteWriter w(vm);
  if (!ChargeTextPass(vm, As<StrObject>(arg)) || !w.Reserve(text.size() / 2)) {
    return Value::Null();
  }
  size_t index = 0;  // code point index of pos
  for (size_t pos = 0; pos < text.size();) {
    uint32_t c = DecodeUtf8(text, &pos);
    if (c < 0x80 && IsSpace(static_cast<unsigned char>(c))) {
      ++index;
      continue;
    }
    int top = HexValue(c);
    if (top < 0) {
      return vm.RaiseFormat(&kValueErrorType,
                            "non-hexadecimal number found in fromhex() arg at position %d", index);
    }
    ++index;
    int bottom = -1;
    if (pos < text.size()) bottom = HexValue(DecodeUtf8(text, &pos));
    if (bottom < 0) {
      return vm.RaiseFormat(&kValueErrorType,
                            "non-hexadecimal number found in fromhex() arg at position %d", index);
    }
    ++index;
    w.AppendByte(static_cast<unsigned char>(top * 16 + bottom));
  }
  bool array = IsSubtype(type, &kByteArrayType);
  Value r = w.Finish(array);
  if (r.is_null() || type == &kBytesType || type == &kByteArrayType) return r;
  return vm.Call1(cls, r);  // a subclass: cls(result), as CPython does
}

// ---- bytearray mutators -----------------------------------------------------------------

ByteArrayObject* AsArray(Value v) { return As<ByteArrayObject>(v); }

bool InsertByte(Interp& vm, ByteArrayObject* ba, int64_t where, int byte) {
  int64_t n = static_cast<int64_t>(ba->size);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  if (!ByteArrayResize(vm, ba, ba->size + 1)) return false;
  std::memmove(ba->data + where + 1, ba->data + where, static_cast<size_t>(n - where));
  ba->data[where] = static_cast<char>(byte);
  return true;
}

Value ByteArrayAppend(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "append")) return Value::Null();
  int byte;
  if (!ByteValue(vm, args.args[0], &byte)) return Value::Null();
  ByteArrayObject* ba = AsArray(self);
  if (!InsertByte(vm, ba, static_cast<int64_t>(ba->size), byte)) return Value::Null();
  return Value::None();
}

Value ByteArrayInsert(Interp& vm, Value self, CallArgs args) {
  if (!PosOnly(vm, self, args, "insert", 2, 2)) return Value::Null();
  int64_t where;
  int byte;
  if (!ClinicSsize(vm, args.args[0], &where) || !ByteValue(vm, args.args[1], &byte)) {
    return Value::Null();
  }
  if (!InsertByte(vm, AsArray(self), where, byte)) return Value::Null();
  return Value::None();
}

Value ByteArrayExtend(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "extend")) return Value::Null();
  Value iterable = args.args[0];
  ByteArrayObject* ba = AsArray(self);
  std::string_view data;
  if (BytesLikeView(iterable, &data)) {
    size_t old = ba->size;
    if (data.size() > kMaxBytesSize - old) return vm.RaiseMemoryErrorFor(old + data.size());
    if (iterable.Is(self)) {
      if (!ByteArrayResize(vm, ba, old * 2)) return Value::Null();
      std::memcpy(ba->data + old, ba->data, old);
      return Value::None();
    }
    if (!ByteArrayResize(vm, ba, old + data.size())) return Value::Null();
    if (!data.empty()) std::memcpy(ba->data + old, data.data(), data.size());
    return Value::None();
  }
  Value it = GetIter(vm, iterable);
  if (it.is_null()) {
    if (vm.ExceptionMatches(&kTypeErrorType)) {
      vm.ClearException();
      return vm.RaiseFormat(&kTypeErrorType, "can't extend bytearray with %s", TypeName(iterable));
    }
    return it;
  }
  RootScope roots(vm);
  roots.Add(&it);
  if (!AskUserLengthHint(vm, iterable)) return Value::Null();
  // Collected apart, then appended: an item's __index__ may change self.
  // Each item is charged one instruction, in batches of 64.
  ByteWriter w(vm);
  for (size_t i = 0;; ++i) {
    if (i % 64 == 63 && !vm.ChargeWork(64)) return Value::Null();
    Value item = IterNext(vm, it);
    if (item.is_null()) {
      if (vm.HasException()) return Value::Null();
      break;
    }
    int byte;
    if (!ByteValue(vm, item, &byte) || !w.AppendByte(static_cast<unsigned char>(byte))) {
      return Value::Null();
    }
  }
  size_t old = ba->size;
  if (w.size() > kMaxBytesSize - old) return vm.RaiseMemoryErrorFor(old + w.size());
  if (!ByteArrayResize(vm, ba, old + w.size())) return Value::Null();
  if (w.size() > 0) std::memcpy(ba->data + old, w.view().data(), w.size());
  return Value::None();
}

Value ByteArrayPop(Interp& vm, Value self, CallArgs args) {
  if (!PosOnly(vm, self, args, "pop", 0, 1)) return Value::Null();
  int64_t where = -1;
  if (args.nargs > 0 && !ClinicSsize(vm, args.args[0], &where)) return Value::Null();
  ByteArrayObject* ba = AsArray(self);
  int64_t n = static_cast<int64_t>(ba->size);
  if (n == 0) return vm.RaiseIndexError("pop from empty bytearray");
  if (where < 0) where += n;
  if (where < 0 || where >= n) return vm.RaiseIndexError("pop index out of range");
  unsigned char c = static_cast<unsigned char>(ba->data[where]);
  std::memmove(ba->data + where, ba->data + where + 1, static_cast<size_t>(n - where - 1));
  ByteArrayResize(vm, ba, ba->size - 1);
  return Value::SmallInt(c);
}

Value ByteArrayRemove(Interp& vm, Value self, CallArgs args) {
  if (!OneArg(vm, self, args, "remove")) return Value::Null();
  int byte;
  if (!ByteValue(vm, args.args[0], &byte)) return Value::Null();
  ByteArrayObject* ba = AsArray(self);
  const void* p = ba->size ? std::memchr(ba->data, byte, ba->size) : nullptr;
  if (p == nullptr) return vm.RaiseValueError("value not found in bytearray");
  size_t at = static_cast<const char*>(p) - ba->data;
  std::memmove(ba->data + at, ba->data + at + 1, ba->size - at - 1);
  ByteArrayResize(vm, ba, ba->size - 1);
  return Value::None();
}

Value ByteArrayClear(Interp& vm, Value self, CallArgs args) {
  if (!NoArgs(vm, self, args, "clear")) return Value::Null();
  ByteArrayResize(vm, AsArray(self), 0);
  return Value::None();
}

Value ByteArrayCopy(Interp& vm, Value self, CallArgs args) {
  if (!NoArgs(vm, self, args, "copy")) return Value::Null();
  return NewBytesOfKind(vm, true, ViewOf(self));
}

Value ByteArrayReverse(Interp& vm, Value self, CallArgs args) {
  if (!NoArgs(vm, self, args, "reverse")) return Value::Null();
  ByteArrayObject* ba = AsArray(self);
  if (ba->size > 0) std::reverse(ba->data, ba->data + ba->size);
  return Value::None();
}

Value BytesGetNewBytes(Interp& vm, Value self, CallArgs args) {
  // bytes.__bytes__: self as exact bytes.
  if (!NoArgs(vm, self, args, "__bytes__")) return Value::Null();
  if (HasType(self, &kBytesType)) return self;
  return NewBytesValue(vm, ViewOf(self));
}

Value BytesGetNewArgs(Interp& vm, Value self, CallArgs args) {
  // bytes.__getnewargs__: (copy of self,), a new bytes object except for
  // the lengths CPython keeps singletons of (0 and 1), where it is self.
  if (!NoArgs(vm, self, args, "__getnewargs__")) return Value::Null();
  std::string_view data = ViewOf(self);
  if (data.size() <= 1 && HasType(self, &kBytesType)) return NewArgsTuple(vm, self);
  if (!vm.ChargeBytes(data.size())) return Value::Null();
  return NewArgsTuple(vm, NewBytesValue(vm, data));
}

}  // namespace

// ---- int.to_bytes / int.from_bytes -------------------------------------------------------

namespace {

// byteorder: "big" (true) or "little" (false).
bool ByteOrderArg(Interp& vm, Value v, const char* fn, bool* big) {
  *big = true;
  if (v.is_null()) return true;
  if (!IsStr(v)) {
    vm.RaiseFormat(&kTypeErrorType, "%s() argument 'byteorder' must be str, not %s", fn,
                   ClinicTypeName(v));
    return false;
  }
  std::string_view s = As<StrObject>(v)->view();
  if (s == "big") return true;
  if (s == "little") {
    *big = false;
    return true;
  }
  vm.RaiseValueError("byteorder must be either 'little' or 'big'");
  return false;
}

}  // namespace

Value IntToBytesMethod(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("to_bytes(length=1, byteorder='big', *, signed=False)");
  Value out[3];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  int64_t length = 1;
  if (!out[0].is_null() && !ClinicSsize(vm, out[0], &length)) return Value::Null();
  bool big;
  if (!ByteOrderArg(vm, out[1], "to_bytes", &big)) return Value::Null();
  bool is_signed = false;
  if (!out[2].is_null()) {
    int t = IsTrue(vm, out[2]);
    if (t < 0) return Value::Null();
    is_signed = t != 0;
  }
  if (length < 0) return vm.RaiseValueError("length argument must be non-negative");
  // The value is read in place: no copy of a big int's digits.
  BigInt small_value;
  const BigInt* x = &small_value;
  int64_t small;
  if (IntToInt64(self, &small)) {
    small_value = BigInt(small);
  } else {
    x = As<IntObject>(self)->big;  // too big for int64, so an IntObject
  }
  int sign = x->Sign();
  if (sign < 0 && !is_signed) {
    return vm.RaiseOverflowError("can't convert negative int to unsigned");
  }
  // Bits the value needs: the magnitude's, plus one for the sign when
  // signed, except that -2**k needs only k + 1 bits (bit_length(-x - 1) + 1).
  uint64_t need_bits = 0;
  if (sign != 0) {
    uint64_t magnitude_bits = mpz_sizeinbase(x->Raw(), 2);
    bool power_of_two = mpz_scan1(x->Raw(), 0) == magnitude_bits - 1;
    need_bits = magnitude_bits + (is_signed && !(sign < 0 && power_of_two) ? 1 : 0);
  }
  if (need_bits > static_cast<uint64_t>(length) * 8) {
    return vm.RaiseOverflowError("int too big to convert");
  }
  if (static_cast<uint64_t>(length) > kMaxBytesSize) return RaiseTooLarge(vm, false, length);
  // Bytes the whole budget could never hold: MemoryError before the work.
  if (!vm.CheckRequestFits(static_cast<uint64_t>(length))) return Value::Null();
  // Filled, exported, complemented and perhaps reversed: byte by byte.
  if (!ChargeTextPass(vm, static_cast<uint64_t>(length))) return Value::Null();
  BytesObject* r = NewBytesUninit(vm, static_cast<size_t>(length));  // charged first
  if (r == nullptr) return Value::Null();
  std::memset(r->data, 0, r->size);
  if (sign != 0) {
    // |x|, most significant byte first, right-aligned in the buffer.
    size_t count = 0;
    size_t nbytes = (mpz_sizeinbase(x->Raw(), 2) + 7) / 8;
    mpz_export(r->data + (r->size - nbytes), &count, 1, 1, 1, 0, x->Raw());
  }
  if (sign < 0) {
    // Two's complement in place: invert every byte, then add one.
    unsigned carry = 1;
    for (size_t i = r->size; i > 0; --i) {
      unsigned v = static_cast<unsigned char>(~static_cast<unsigned char>(r->data[i - 1])) + carry;
      r->data[i - 1] = static_cast<char>(v & 0xFF);
      carry = v >> 8;
    }
  }
  if (!big) std::reverse(r->data, r->data + r->size);
  return Value::FromObject(r);
}

Value IntFromBytesMethod(Interp& vm, Value cls, CallArgs args) {
  static const ArgSpec kSpec("from_bytes(bytes, byteorder='big', *, signed=False)");
  Value out[3];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  bool big;
  if (!ByteOrderArg(vm, out[1], "from_bytes", &big)) return Value::Null();
  bool is_signed = false;
  if (!out[2].is_null()) {
    int t = IsTrue(vm, out[2]);
    if (t < 0) return Value::Null();
    is_signed = t != 0;
  }
  // PyObject_Bytes: bytes-like, __bytes__, or an iterable of ints.
  Value data = out[0];
  std::string_view view;
  if (!BytesLikeView(data, &view)) {
    data = ObjectBytes(vm, out[0]);
    if (data.is_null()) return data;
    view = ViewOf(data);
  }
  Value r;
  {
    // The number is built outside the heap (then copied into an int), and a
    // negative one takes two more of its size: charged while they live.
    ScratchCharge scratch(vm);
    if (!vm.ChargeBytes(view.size()) || !scratch.Charge(3 * uint64_t{view.size()})) {
      return Value::Null();
    }
    BigInt x;
    if (!view.empty()) {
      mpz_import(x.MutableRaw(), view.size(), big ? 1 : -1, 1, 1, 0, view.data());
      unsigned char msb = static_cast<unsigned char>(big ? view.front() : view.back());
      if (is_signed && (msb & 0x80) != 0) {
        x = BigInt::Sub(x, BigInt::Lshift(BigInt(1), static_cast<uint64_t>(view.size()) * 8));
      }
    }
    r = IntFromBig(vm, std::move(x));
  }
  if (r.is_null() || As<TypeObject>(cls) == &kIntType) return r;
  return vm.Call1(cls, r);  // a subclass (bool): cls(result)
}

// ---- Tables ------------------------------------------------------------------------------

// A call of a method CPython 3.11 declares METH_NOARGS or METH_O (fromhex is
// METH_O|METH_CLASS) or METH_VARARGS is one recursion step (MethodDef::counted);
// the METH_FASTCALL ones (center, decode, hex, split, strip, translate, insert,
// pop...) are not, as for str and list.
#define MOAT_BYTES_SHARED_METHODS                                                        \
  {"__contains__", SlotWrapperContains},                                                 \
  {"__getitem__", SlotWrapperGetItem},                                                   \
  {"__iter__", SlotWrapperIter},                                                         \
  {"__len__", SlotWrapperLen},                                                           \
  CountedMethod("capitalize", BytesCapitalize),                                          \
  {"center", BytesCenter},                                                               \
  VarArgsMethod("count", BytesCount),                                                    \
  {"decode", BytesDecodeMethod},                                                         \
  VarArgsMethod("endswith", BytesEndsWith),                                              \
  {"expandtabs", BytesExpandTabs},                                                       \
  VarArgsMethod("find", BytesFind),                                                      \
  {"fromhex", BytesFromHex, MethodKind::kClassMethod, nullptr, false, /*counted=*/true}, \
  {"hex", BytesHex},                                                                     \
  VarArgsMethod("index", BytesIndex),                                                    \
  CountedMethod("isalnum", BytesIsAlnum),                                                \
  CountedMethod("isalpha", BytesIsAlpha),                                                \
  CountedMethod("isascii", BytesIsAscii),                                                \
  CountedMethod("isdigit", BytesIsDigit),                                                \
  CountedMethod("islower", BytesIsLower),                                                \
  CountedMethod("isspace", BytesIsSpace),                                                \
  CountedMethod("istitle", BytesIsTitle),                                                \
  CountedMethod("isupper", BytesIsUpper),                                                \
  CountedMethod("join", BytesJoin),                                                      \
  {"ljust", BytesLJust},                                                                 \
  CountedMethod("lower", BytesLower),                                                    \
  {"lstrip", BytesLStrip},                                                               \
  CountedMethod("partition", BytesPartition),                                            \
  CountedMethod("removeprefix", BytesRemovePrefix),                                      \
  CountedMethod("removesuffix", BytesRemoveSuffix),                                      \
  {"replace", BytesReplace},                                                             \
  VarArgsMethod("rfind", BytesRFind),                                                    \
  VarArgsMethod("rindex", BytesRIndex),                                                  \
  {"rjust", BytesRJust},                                                                 \
  CountedMethod("rpartition", BytesRPartition),                                          \
  {"rsplit", BytesRSplit},                                                               \
  {"rstrip", BytesRStrip},                                                               \
  {"split", BytesSplit},                                                                 \
  {"splitlines", BytesSplitLines},                                                       \
  VarArgsMethod("startswith", BytesStartsWith),                                          \
  {"strip", BytesStrip},                                                                 \
  CountedMethod("swapcase", BytesSwapcase),                                              \
  CountedMethod("title", BytesTitle),                                                    \
  {"translate", BytesTranslate},                                                         \
  CountedMethod("upper", BytesUpper),                                                    \
  CountedMethod("zfill", BytesZfill)

const MethodDef kBytesMethods[] = {
    CountedMethod("__bytes__", BytesGetNewBytes),
    CountedMethod("__getnewargs__", BytesGetNewArgs),
    MOAT_BYTES_SHARED_METHODS,
    {"maketrans", BytesMakeTrans, MethodKind::kStaticMethod},
    {nullptr, nullptr},
};

const MethodDef kByteArrayMethods[] = {
    MOAT_BYTES_SHARED_METHODS,
    CountedMethod("append", ByteArrayAppend),
    CountedMethod("clear", ByteArrayClear),
    CountedMethod("copy", ByteArrayCopy),
    CountedMethod("extend", ByteArrayExtend),
    {"insert", ByteArrayInsert},
    {"maketrans", ByteArrayMakeTrans, MethodKind::kStaticMethod},
    {"pop", ByteArrayPop},
    CountedMethod("remove", ByteArrayRemove),
    CountedMethod("reverse", ByteArrayReverse),
    {nullptr, nullptr},
};

#undef MOAT_BYTES_SHARED_METHODS

}  // namespace moat::vm
