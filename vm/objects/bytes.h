// bytes and bytearray: sequences of bytes (CPython's Objects/bytesobject.c,
// Objects/bytearrayobject.c and the shared Objects/bytes_methods.c).
//
// Layouts:
//   - BytesObject is immutable with its data inline after the header, like
//     str: `size` bytes then a NUL (not counted). `hash` is -1 until
//     computed, then CPython's _Py_HashBytes of the data (the same SipHash-1-3
//     str uses, HashBytes in str.h), so hash(b'abc') == hash('abc').
//   - ByteArrayObject is mutable: `data` is a heap buffer of `capacity`
//     bytes charged to the Interp's heap (nullptr when capacity is 0) and
//     freed by its finalizer; growth over-allocates like CPython's
//     bytearray_resize.
//
// One implementation serves both: every method works on a byte span
// (std::string_view) and builds its result as the receiver's kind, exact
// bytes or exact bytearray, as CPython's methods do for subclasses too.
// moat has no memoryview or other buffer types, so "bytes-like" means bytes
// or bytearray (BytesLikeView).
//
// Hazards: a bytearray's `data` moves or changes whenever Python code runs
// (a user __index__, __iter__ or __eq__ may mutate it). Native code takes a
// view of a bytearray only after the last call that may run Python, or
// re-reads it afterwards. Everything here may raise and allocate; the
// constructors, join, extend, slice assignment, the `%` operator and the
// methods with index arguments may run Python and so collect.
//
// Files: bytes.cc (allocation, hash, repr, slots, constructors, bytearray
// mutation), bytes_methods.cc (the methods of both types), codecs.{h,cc}
// (str.encode / bytes.decode), and the `%` operator in str_percent.cc,
// which serves str and bytes with one state machine.
#ifndef MOAT_VM_OBJECTS_BYTES_H_
#define MOAT_VM_OBJECTS_BYTES_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kBytesType;
extern TypeObject kByteArrayType;
extern TypeObject kBytesIteratorType;      // "bytes_iterator"
extern TypeObject kByteArrayIteratorType;  // "bytearray_iterator"

struct BytesObject : Object {
  int64_t hash;
  size_t size;
  char data[1];  // size + 1 bytes, NUL-terminated

  std::string_view view() const { return {data, size}; }
};

struct ByteArrayObject : Object {
  size_t size;
  size_t capacity;
  char* data;  // `capacity` bytes owned and charged; nullptr when 0

  std::string_view view() const { return {data == nullptr ? "" : data, size}; }
};

inline bool IsBytes(Value v) { return v.is_object() && IsSubtype(v.object()->type, &kBytesType); }
inline bool IsByteArray(Value v) {
  return v.is_object() && IsSubtype(v.object()->type, &kByteArrayType);
}
// The bytes of a bytes or bytearray (the buffer protocol as far as moat has
// it); false, with nothing raised, for any other value. The view of a
// bytearray is valid only until Python code runs.
bool BytesLikeView(Value v, std::string_view* out);

// ---- Allocation ---------------------------------------------------------------

// An uninitialised bytes of `size` bytes (NUL-terminated); the caller fills
// data. nullptr + MemoryError on failure.
BytesObject* NewBytesUninit(Interp& vm, size_t size);
Value NewBytesValue(Interp& vm, std::string_view data);
// A bytearray (or subclass instance of `type`) holding a copy of `data`.
ByteArrayObject* NewByteArray(Interp& vm, std::string_view data,
                              TypeObject* type = &kByteArrayType);
// A copy of `data` as exact bytes, or as exact bytearray when `bytearray`.
Value NewBytesOfKind(Interp& vm, bool bytearray, std::string_view data);
// Sets the size of `ba` (contents up to the old size kept, the rest
// unset), reallocating as CPython's bytearray_resize. False + MemoryError,
// `ba` unchanged, if refused.
bool ByteArrayResize(Interp& vm, ByteArrayObject* ba, size_t new_size);

// ---- Core operations ----------------------------------------------------------

int64_t BytesHash(Interp& vm, BytesObject* b);
// b'...' as CPython's bytes repr writes it, as an ordinary std::string (up
// to four times the data: a caller whose data may be large charges a
// ScratchCharge first, or uses BytesReprValue).
std::string BytesRepr(std::string_view data);
// The same as a str, between `prefix` and `suffix` ("bytearray(" and ")"),
// optionally escaping ' inside double quotes too (bytearray's repr does):
// measured and charged, then written straight into the str.
Value BytesReprValue(Interp& vm, std::string_view data, bool always_escape_single,
                     std::string_view prefix, std::string_view suffix);
// `format % args` for a bytes or bytearray format (str_percent.cc, CPython's
// _PyBytes_FormatEx): the result has the format's kind. May run Python.
Value BytesPercentFormat(Interp& vm, Value format, Value args);
// Iterable-or-buffer to bytes, as bytes(x) with one argument does for a
// non-str, non-int x (PyBytes_FromObject). May run Python.
Value BytesFromObject(Interp& vm, Value x);
// __bytes__ of a user class called, with `*found` set; Null with nothing
// raised and `*found` false when it has none. Looked up on the type only, as
// CPython's _PyObject_LookupSpecial (no instance attribute, no __getattr__).
// May run Python.
Value CallDunderBytes(Interp& vm, Value x, bool* found);
// PyObject_Bytes: __bytes__ of a user class first, else BytesFromObject.
Value ObjectBytes(Interp& vm, Value x);
// int(b'12', base): the bytes parsed as _PyLong_FromBytes, ValueError
// "invalid literal for int() with base 10: b'x'".
Value IntFromBytesText(Interp& vm, std::string_view text, int base);

// float(b'1.5'): the bytes of `x` (bytes, bytearray or a subclass) parsed
// as PyFloat_FromString does, ValueError "could not convert string to
// float: " + repr(x) (b'x', bytearray(b'x'), BA(b'x')). May run Python
// (a subclass's __repr__).
Value FloatFromBytesText(Interp& vm, Value x);

// ---- Building bytes -------------------------------------------------------------

// Accumulates bytes in a buffer charged to the heap (every append charges
// the heap and the instruction budget before it grows), then makes a bytes
// or bytearray. Appends return false with the limit's error pending.
class ByteWriter {
 public:
  explicit ByteWriter(Interp& vm) : vm_(vm) {}
  ~ByteWriter();
  ByteWriter(const ByteWriter&) = delete;
  ByteWriter& operator=(const ByteWriter&) = delete;

  bool Reserve(size_t bytes);
  bool Append(std::string_view bytes);
  bool AppendByte(unsigned char c);
  bool AppendFill(unsigned char c, size_t count);
  // Room for `bytes` bytes that the caller writes through the returned
  // pointer; nullptr with the error pending.
  char* AppendUninit(size_t bytes);

  size_t size() const { return size_; }
  std::string_view view() const { return {buf_ == nullptr ? "" : buf_, size_}; }
  // Makes exact bytes (or bytearray) and empties the writer. Null +
  // MemoryError on failure.
  Value Finish(bool bytearray);

 private:
  Interp& vm_;
  char* buf_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// ---- Methods and codecs ----------------------------------------------------------

// The Python-visible methods (bytes_methods.cc), wired by InitBytesTypes.
extern const MethodDef kBytesMethods[];
extern const MethodDef kByteArrayMethods[];

// int.to_bytes / int.from_bytes (listed in int.cc's table).
Value IntToBytesMethod(Interp& vm, Value self, CallArgs args);
Value IntFromBytesMethod(Interp& vm, Value cls, CallArgs args);

void InitBytesTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_BYTES_H_
