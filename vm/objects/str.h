// str: immutable Unicode text with code-point semantics.
//
// Storage is UTF-8 inline after the header (lone surrogates, which Python
// strings may hold, are stored as their 3-byte generalized UTF-8 form), with
// the length in code points and an `ascii` flag. When ascii is true, byte i is
// code point i, so indexing and slicing are O(1); non-ASCII indexing walks
// the bytes (StrCodePointOffset).
//
// Invariants: data is NUL-terminated (not counted in byte_length); ascii is
// exactly (byte_length == length); hash is -1 until computed, then the
// interpreter-seeded hash (never -1). Every str is allocated through
// NewStrUninit (charged to the heap first).
//
// Files: str.cc (allocation, UTF-8, hash, repr, slots, StrWriter),
// str_methods.cc (the methods), str_percent.cc (`%`), str_unicode.{h,cc}
// (character properties, case mappings; tables generated from python3.11).
#ifndef MOAT_VM_OBJECTS_STR_H_
#define MOAT_VM_OBJECTS_STR_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kStrType;
// Iterators over strs (kStrIteratorType is declared in iterators.h and
// defined in str.cc with this one): SeqIteratorObjects whose `index` is a
// byte offset.
extern TypeObject kStrAsciiIteratorType;

struct StrObject : Object {
  int64_t hash;
  size_t length;       // code points
  size_t byte_length;  // bytes of UTF-8
  // Position cache for non-ASCII indexing: code point `walk_index` starts at
  // byte `walk_offset` (0/0 when fresh). StrCodePointOffset walks from the
  // nearest of the start, this cache and the end, then moves the cache, so
  // indexing in a loop costs O(1) per step instead of O(n).
  mutable size_t walk_index;
  mutable size_t walk_offset;
  bool ascii;
  bool interned;
  char data[1];  // byte_length + 1 bytes

  std::string_view view() const { return {data, byte_length}; }
};

inline bool IsStr(Value v) { return v.is_object() && IsSubtype(v.object()->type, &kStrType); }
inline bool IsExactStr(Value v) { return HasType(v, &kStrType); }

// Makes a str from UTF-8 (the caller guarantees it is valid generalized
// UTF-8). nullptr + MemoryError on failure.
StrObject* NewStr(Interp& vm, std::string_view utf8);
Value NewStrValue(Interp& vm, std::string_view utf8);
// A str of one code point.
StrObject* StrFromCodePoint(Interp& vm, uint32_t cp);
// Allocates an uninitialised str of `byte_length` bytes holding `length`
// code points; the caller fills data and must keep the UTF-8 valid. The
// ascii flag is derived (byte_length == length); the argument is ignored.
StrObject* NewStrUninit(Interp& vm, size_t byte_length, size_t length, bool ascii);

// Decodes one code point at byte offset `*pos` and advances it.
uint32_t DecodeUtf8(std::string_view s, size_t* pos);
// Appends the UTF-8 (generalized: surrogates allowed) of `cp`.
void AppendUtf8(std::string* out, uint32_t cp);
// Counts code points; returns false if `s` is not valid UTF-8.
bool CountUtf8(std::string_view s, size_t* length, bool* ascii);
// Byte offset of code point `index` (0 <= index <= length).
size_t StrCodePointOffset(const StrObject* s, size_t index);
uint32_t StrCodePointAt(const StrObject* s, size_t index);

int64_t StrHash(Interp& vm, StrObject* s);
// CPython's _Py_HashBytes: SipHash-1-3 of `data` keyed from `seed` (0 for
// empty data, never -1). The hash of bytes, and of an ASCII str.
int64_t HashBytes(uint64_t seed, std::string_view data);
bool StrEquals(const StrObject* a, const StrObject* b);
// repr(s) as CPython writes it (quotes chosen like CPython, escapes).
std::string StrRepr(std::string_view utf8);
// Concatenation and repetition (charge the memory budget before copying).
Value StrConcat(Interp& vm, StrObject* a, StrObject* b);
Value StrRepeat(Interp& vm, StrObject* s, int64_t count);
// s[index] / s[slice] as Python does; key may be int or slice.
Value StrSubscript(Interp& vm, StrObject* s, Value key);

// ---- Building strs --------------------------------------------------------

// Accumulates UTF-8 text in a buffer charged to the heap, then makes a str.
// Every append charges before it grows, so building an oversized result
// raises MemoryError (through the budget) before the memory is used. The
// buffer is freed when the writer is destroyed. Appends return false with
// MemoryError pending.
class StrWriter {
 public:
  explicit StrWriter(Interp& vm) : vm_(vm) {}
  ~StrWriter();
  StrWriter(const StrWriter&) = delete;
  StrWriter& operator=(const StrWriter&) = delete;

  // Ensures room for `bytes` more bytes.
  bool Reserve(size_t bytes);
  // Appends valid UTF-8 holding `code_points` code points.
  bool Append(std::string_view utf8, size_t code_points, bool ascii);
  bool AppendAscii(std::string_view ascii) { return Append(ascii, ascii.size(), true); }
  bool AppendStr(const StrObject* s) { return Append(s->view(), s->length, s->ascii); }
  bool AppendCodePoint(uint32_t cp);
  // `count` copies of `cp`.
  bool AppendFill(uint32_t cp, size_t count);

  size_t length() const { return length_; }
  std::string_view view() const { return {buf_, size_}; }
  // Makes the str and empties the writer. nullptr + MemoryError on failure.
  StrObject* Finish();
  Value FinishValue();

 private:
  Interp& vm_;
  char* buf_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
  size_t length_ = 0;
  bool ascii_ = true;
};

// ---- Operators and methods (other str*.cc files) ----------------------------

// `format % args`: printf-style formatting (str_percent.cc), with CPython's
// PyUnicode_Format semantics and messages. May run Python (__str__, __repr__,
// __index__, __float__, mapping lookups).
Value StrPercentFormat(Interp& vm, StrObject* format, Value args);

// The Python-visible methods of str (str_methods.cc), wired by InitStrType.
extern const MethodDef kStrMethods[];

// str.format(*args, **kwargs), str.format_map(mapping) and str.__format__
// (str_format.cc). Fields render through FormatValue (vm/format.h); `.attr`
// parts go through GetAttr, so the sandbox's refusals apply. May run Python
// (lookups, __repr__/__str__/__format__ of the field objects).
Value StrFormatMethod(Interp& vm, Value self, CallArgs args);
Value StrFormatMapMethod(Interp& vm, Value self, CallArgs args);
Value StrFormatDunderMethod(Interp& vm, Value self, CallArgs args);
// ascii(v) (PyObject_ASCII): repr(v) with non-ASCII code points escaped as
// \xe9, \u1234, \U0001f600. May run Python (__repr__).
Value StrAscii(Interp& vm, Value v);

void InitStrType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_STR_H_
