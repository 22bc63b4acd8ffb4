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
// Files: str.cc (allocation, UTF-8, hash, repr, slots, StrWriter, the
// budget helpers of "Charging the work on text" and the searches shared
// with bytes),
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

// The counts are 32-bit: a str's block, like every object's, is at most
// 4 GiB (Object::alloc_size), so none can exceed it, and the 16 bytes saved
// are a fifth of a short str's block.
struct StrObject : Object {
  int64_t hash;
  uint32_t length;       // code points
  uint32_t byte_length;  // bytes of UTF-8
  // Position cache for non-ASCII indexing: code point `walk_index` starts at
  // byte `walk_offset` (0/0 when fresh). StrCodePointOffset walks from the
  // nearest of the start, this cache and the end, then moves the cache, so
  // indexing in a loop costs O(1) per step instead of O(n).
  mutable uint32_t walk_index;
  mutable uint32_t walk_offset;
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
// A str of the one code point whose UTF-8 is data[0, n). A code point below
// 256 gives the interpreter's str for it (made on first use, kept for the
// interpreter's life), as CPython's latin-1 singletons: indexing into and
// iterating over text then allocates nothing. nullptr + MemoryError.
StrObject* StrOfOneChar(Interp& vm, const char* data, size_t n);
// Allocates an uninitialised str of `byte_length` bytes holding `length`
// code points; the caller fills data and must keep the UTF-8 valid. The
// ascii flag is derived (byte_length == length); the argument is ignored.
StrObject* NewStrUninit(Interp& vm, size_t byte_length, size_t length, bool ascii);

// Decodes one code point at byte offset `*pos` and advances it. An ASCII
// byte is decoded inline (the common case of every per-character loop).
uint32_t DecodeUtf8Multibyte(std::string_view s, size_t* pos);
inline uint32_t DecodeUtf8(std::string_view s, size_t* pos) {
  unsigned char c = static_cast<unsigned char>(s[*pos]);
  if (c < 0x80) {
    ++*pos;
    return c;
  }
  return DecodeUtf8Multibyte(s, pos);
}
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
// `a += b` at an append site (MarkInPlaceAppends, vm/verifier.h), both
// exact strs: extends `a` in place when it is kObjAppendOwned and has room,
// else returns a new append-owned str with room to double.
Value StrAppendInPlace(Interp& vm, StrObject* a, StrObject* b);
// `v` may now be referenced beyond its local: it is no longer extended in
// place. Writes only when the flag is set, so shared static objects are
// never written.
inline void ClearAppendOwned(Value v) {
  if (v.is_object() && (v.object()->gc_flags & kObjAppendOwned) != 0) {
    v.object()->gc_flags &= ~kObjAppendOwned;
  }
}
Value StrRepeat(Interp& vm, StrObject* s, int64_t count);
// s[index] / s[slice] as Python does; key may be int or slice.
Value StrSubscript(Interp& vm, StrObject* s, Value key);

// ---- Building strs --------------------------------------------------------

// Accumulates UTF-8 text in a buffer charged to the heap, then makes a str.
// Every append charges before it grows (the heap for the bytes, the
// instruction budget for the copying), so building an oversized result
// raises the memory limit's error before the memory is used. The buffer is
// freed when the writer is destroyed. Appends return false with the limit's
// error pending.
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
  // Room for `bytes` ASCII characters that the caller writes at once
  // through the returned pointer; nullptr with the error pending.
  char* AppendAsciiUninit(size_t bytes);

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

// ---- Charging the work on text -----------------------------------------------
//
// Native operations on str and bytes charge the instruction budget BEFORE
// doing work that grows with their input, and the memory budget before
// every buffer whose size the script chose. The unit is vm.ChargeBytes'
// (one instruction per 16 bytes, nothing under 1024), which is what
// copying, comparing or searching bytes (memcpy, memcmp, memchr, memmem)
// costs next to one bytecode instruction. A pass that handles one
// character at a time (decoding UTF-8, Unicode tables, escapes, hashing,
// byte-by-byte tests) costs about kCharCost times as much per byte and is
// charged so, whether the text is ASCII or not. Who charges what:
//   - Results are charged where their storage is taken: NewStrUninit and a
//     growing StrWriter (NewBytesUninit, ByteWriter and bytearray growth for
//     bytes) charge for the bytes about to be copied in, so methods need
//     not charge their output again.
//   - A pass over the input of known length is charged up front
//     (ChargeTextPass for a character-at-a-time pass).
//   - A scan that may stop early (searching, stripping, the is*()
//     predicates, split with maxsplit) is charged as it goes, in doubling
//     steps ahead of the work (ScanMeter, SearchForward, ReverseSearch), so
//     s.find(x, i) in a loop pays for what it reads, not for the rest of the
//     string every time.
//   - Code-point indexing of non-ASCII text walks the UTF-8; the walk is
//     charged first (ChargeCodePointWalk).
//   - An ordinary C++ buffer sized by the script (float digits, an error
//     message that quotes script data) is covered by a ScratchCharge on the
//     heap for as long as it lives.

// What one byte of a character-at-a-time pass costs, in bytes of copying.
inline constexpr uint64_t kCharCost = 8;
// What one piece made by split/splitlines costs (a new object and a list
// slot: about what the bytecode making it would), charged kPieceBatch
// pieces at a time so that small splits stay free.
inline constexpr uint64_t kPieceCost = 4;
inline constexpr uint64_t kPieceBatch = 16;

// Charges one character-at-a-time pass over `bytes` bytes of text. False
// with the instruction limit's error pending.
inline bool ChargeTextPass(Interp& vm, uint64_t bytes) {
  return vm.ChargeBytes(bytes * kCharCost);
}
inline bool ChargeTextPass(Interp& vm, const StrObject* s) {
  return ChargeTextPass(vm, s->byte_length);
}

// Charges the walk StrCodePointOffset(s, index) is about to do (nothing for
// an ASCII str). False with the instruction limit's error pending.
bool ChargeCodePointWalk(Interp& vm, const StrObject* s, size_t index);

// Pays for a scan whose length is not known in advance, ahead of it: call
// Reach(n) before the scan reads past its n-th byte. The first 1023 bytes
// are free, like ChargeBytes'; after that each charge covers twice what was
// paid so far, so a scan costs at most about twice the bytes it read (times
// `cost` per byte: 1 for a memchr-like scan, kCharCost for one that handles
// a character at a time) in O(log n) charges.
class ScanMeter {
 public:
  explicit ScanMeter(Interp& vm, uint64_t cost = 1) : vm_(vm), cost_(cost) {}
  // False with the instruction limit's error pending.
  bool Reach(uint64_t bytes) { return bytes <= paid_ || Extend(bytes); }

 private:
  bool Extend(uint64_t bytes);
  Interp& vm_;
  uint64_t cost_;
  uint64_t paid_ = 1023;
};

// The byte offset of the first occurrence of `needle` in hay at or after
// `from`; -1 if none; -2 with the instruction limit's error pending. Linear
// (glibc's two-way memmem over windows that double in size, each charged
// before it is read). Serves str (UTF-8 is self-synchronizing, so a match
// always starts on a code point) and bytes. A loop of searches over one
// text (split, count, replace) passes one `meter` for all of them, which is
// then asked for offsets in `hay`.
int64_t SearchForward(Interp& vm, std::string_view hay, std::string_view needle, size_t from,
                      ScanMeter* meter = nullptr);

// Backward search for one needle, for rfind/rindex/rsplit/rpartition of str
// and bytes: a plain scan that switches to a reversed Knuth-Morris-Pratt
// once it has done more work than a linear bound, so an adversarial needle
// cannot make it quadratic. Charged as it goes, like SearchForward, across
// all the Find calls on one haystack (rsplit's loop); the KMP table is heap
// memory.
class ReverseSearch {
 public:
  ReverseSearch(Interp& vm, std::string_view needle)
      : vm_(vm), needle_(needle), meter_(vm) {}
  ~ReverseSearch();
  ReverseSearch(const ReverseSearch&) = delete;
  ReverseSearch& operator=(const ReverseSearch&) = delete;

  // The start of the last occurrence lying inside hay[0, end); -1 if none;
  // -2 with the instruction or memory limit's error pending. Successive
  // calls must pass the same `hay` and a decreasing `end`.
  int64_t Find(std::string_view hay, size_t end);

 private:
  bool BuildTable();
  int64_t Kmp(std::string_view hay, size_t end);

  Interp& vm_;
  std::string_view needle_;
  uint32_t* table_ = nullptr;
  ScanMeter meter_;
  uint64_t compared_ = 0;  // comparison work so far, for the meter
};

// True when the heap could take `bytes` more now; nothing is charged. Lets
// a builder refuse a result before the work that comes before allocating
// it (formatting digits that will not fit). False with the memory limit's
// error pending.
bool HeapHasRoom(Interp& vm, uint64_t bytes);

// A heap charge held while native code uses an ordinary C++ buffer (a
// std::string or std::vector) whose size the script chose: Charge() before
// the buffer is allocated; everything charged is given back when the
// holder goes out of scope, after the buffer is gone (declare the holder
// first).
class ScratchCharge {
 public:
  explicit ScratchCharge(Interp& vm) : vm_(vm) {}
  ~ScratchCharge() { vm_.heap().Uncharge(bytes_); }
  ScratchCharge(const ScratchCharge&) = delete;
  ScratchCharge& operator=(const ScratchCharge&) = delete;

  // False, with the memory limit's error pending and nothing charged, when
  // the heap refuses.
  bool Charge(uint64_t bytes);

 private:
  Interp& vm_;
  size_t bytes_ = 0;
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
