// bytes and bytearray: allocation, hash, repr, the slots the loop calls
// (comparison, indexing, slicing, iteration, +, *, %, in), the constructors
// and bytearray's item and slice assignment (CPython's
// Objects/bytesobject.c and Objects/bytearrayobject.c). The methods are in
// bytes_methods.cc.
//
// Both types share every read-only slot: they work on BytesLikeView and
// take the result's kind from the left operand (`bytearray + bytes` is a
// bytearray, `bytes + bytearray` a bytes), with the error texts of the
// receiver's type.
#include "vm/objects/bytes.h"

#include <cstddef>
#include <cstring>
#include <limits>
#include <string.h>  // memmem (glibc)
#include <utility>

#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/codecs.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

TypeObject kBytesType;
TypeObject kByteArrayType;
TypeObject kBytesIteratorType;
TypeObject kByteArrayIteratorType;

namespace {

constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();
// Sizes stay below 2**31 like str's (the heap's accounting unit is size_t,
// but nothing a script builds needs more).
constexpr size_t kMaxBytesSize = std::numeric_limits<uint32_t>::max();

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kBytesHeaderSize = offsetof(BytesObject, data);
#pragma GCC diagnostic pop

BytesObject* AllocBytes(Interp& vm, TypeObject* type, size_t size) {
  if (size > kMaxBytesSize) {
    vm.RaiseMemoryErrorFor(size);
    return nullptr;
  }
  // Fresh bytes the budget could never hold: MemoryError, not the limit.
  if (!vm.CheckRequestFits(kBytesHeaderSize + size + 1)) return nullptr;
  // The caller is about to write `size` bytes (str.h: charging the work).
  if (!vm.ChargeBytes(size)) return nullptr;
  // A subclass instance keeps its dict pointer after the data.
  Object* o = vm.heap().AllocateObject(type, InstanceAllocSize(type, kBytesHeaderSize + size + 1));
  if (o == nullptr) {
    vm.RaiseMemoryError();
    return nullptr;
  }
  auto* b = static_cast<BytesObject*>(o);
  b->hash = -1;
  b->size = size;
  b->data[size] = '\0';
  return b;
}

Value ObjValue(Object* o) { return o ? Value::FromObject(o) : Value::Null(); }

bool IsUserType(Value v) { return (TypeOf(v)->type_flags & kTypeHeapType) != 0; }

}  // namespace

bool BytesLikeView(Value v, std::string_view* out) {
  if (!v.is_object()) return false;
  TypeObject* t = v.object()->type;
  if (IsSubtype(t, &kBytesType)) {
    *out = As<BytesObject>(v)->view();
    return true;
  }
  if (IsSubtype(t, &kByteArrayType)) {
    *out = As<ByteArrayObject>(v)->view();
    return true;
  }
  return false;
}

// ---- Allocation -------------------------------------------------------------

// The interpreter's bytes object of size 0 (index 256) or of the one byte
// `index` (Interp::byte_singleton), made on first use.
BytesObject* ByteSingleton(Interp& vm, size_t index) {
  BytesObject*& slot = vm.byte_singleton(index);
  if (slot == nullptr) {
    BytesObject* b = AllocBytes(vm, &kBytesType, index == 256 ? 0 : 1);
    if (b == nullptr) return nullptr;
    if (index != 256) b->data[0] = static_cast<char>(index);
    slot = b;
    Heap::Pin(b);  // lives as long as the interpreter
  }
  return slot;
}

// Every empty bytes is the one singleton, as CPython's (`bytes() is b''`).
BytesObject* NewBytesUninit(Interp& vm, size_t size) {
  return size == 0 ? ByteSingleton(vm, 256) : AllocBytes(vm, &kBytesType, size);
}

Value NewBytesValue(Interp& vm, std::string_view data) {
  // One byte: the interpreter's bytes for it, as CPython's (`b'ab'[:1] is b'a'`).
  if (data.size() == 1) {
    return ObjValue(ByteSingleton(vm, static_cast<unsigned char>(data[0])));
  }
  BytesObject* b = NewBytesUninit(vm, data.size());
  if (b == nullptr) return Value::Null();
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return Value::FromObject(b);
}

ByteArrayObject* NewByteArray(Interp& vm, std::string_view data, TypeObject* type) {
  if (data.size() > kMaxBytesSize) {
    vm.RaiseMemoryErrorFor(data.size());
    return nullptr;
  }
  if (!vm.ChargeBytes(data.size())) return nullptr;
  char* buf = nullptr;
  if (!data.empty()) {
    buf = static_cast<char*>(vm.AllocBuffer(data.size()));
    if (buf == nullptr) return nullptr;
  }
  ByteArrayObject* ba = NewInstance<ByteArrayObject>(vm, type);
  if (ba == nullptr) {
    if (buf != nullptr) vm.FreeBuffer(buf, data.size());
    return nullptr;
  }
  if (!data.empty()) std::memcpy(buf, data.data(), data.size());
  ba->data = buf;
  ba->size = data.size();
  ba->capacity = data.size();
  return ba;
}

Value NewBytesOfKind(Interp& vm, bool bytearray, std::string_view data) {
  if (bytearray) return ObjValue(NewByteArray(vm, data));
  return NewBytesValue(vm, data);
}

bool ByteArrayResize(Interp& vm, ByteArrayObject* ba, size_t new_size) {
  if (new_size > kMaxBytesSize) {
    vm.RaiseMemoryErrorFor(new_size);
    return false;
  }
  size_t alloc = ba->capacity;
  if (new_size <= alloc) {
    // A minor shrink keeps the buffer; a major one (below half) gives the
    // memory back, as bytearray_resize does.
    if (new_size >= alloc / 2) {
      ba->size = new_size;
      return true;
    }
    alloc = new_size;
  } else if (new_size <= alloc + alloc / 8) {
    alloc = new_size + (new_size >> 3) + (new_size < 9 ? 3 : 6);  // moderate growth
  } else {
    alloc = new_size;  // a major upsize: exact
  }
  if (alloc == 0) {
    if (ba->data != nullptr) vm.FreeBuffer(ba->data, ba->capacity);
    ba->data = nullptr;
    ba->capacity = 0;
    ba->size = 0;
    return true;
  }
  // Growing: the kept bytes are copied and the caller fills the rest. (A
  // shrink is never refused: callers rely on it.)
  if (new_size > ba->capacity && !vm.ChargeBytes(alloc)) return false;
  void* p = ba->data == nullptr ? vm.heap().AllocBuffer(alloc)
                                : vm.heap().ReallocBuffer(ba->data, ba->capacity, alloc);
  if (p == nullptr) {
    vm.RaiseMemoryError();
    return false;
  }
  ba->data = static_cast<char*>(p);
  ba->capacity = alloc;
  ba->size = new_size;
  return true;
}

// ---- ByteWriter -----------------------------------------------------------------

ByteWriter::~ByteWriter() {
  if (buf_ != nullptr) vm_.FreeBuffer(buf_, capacity_);
}

bool ByteWriter::Reserve(size_t bytes) {
  if (bytes <= capacity_ - size_) return true;
  if (bytes > kMaxBytesSize - size_) {
    vm_.RaiseMemoryErrorFor(bytes > UINT64_MAX - size_ ? UINT64_MAX : size_ + bytes);
    return false;
  }
  size_t needed = size_ + bytes;
  // Bytes the whole budget could never hold: MemoryError before any work.
  if (!vm_.CheckRequestFits(needed)) return false;
  size_t grown = capacity_ < 64 ? 64 : capacity_ * 2;
  size_t target = grown > needed ? grown : needed;
  // Growing copies what is there and makes room for what comes: charged
  // first, as StrWriter does.
  if (!vm_.ChargeBytes(needed)) return false;
  void* p = buf_ == nullptr ? vm_.heap().AllocBuffer(target)
                            : vm_.heap().ReallocBuffer(buf_, capacity_, target);
  if (p == nullptr && target != needed) {
    target = needed;
    p = buf_ == nullptr ? vm_.heap().AllocBuffer(target)
                        : vm_.heap().ReallocBuffer(buf_, capacity_, target);
  }
  if (p == nullptr) {
    vm_.RaiseMemoryError();
    return false;
  }
  buf_ = static_cast<char*>(p);
  capacity_ = target;
  return true;
}

bool ByteWriter::Append(std::string_view bytes) {
  if (bytes.empty()) return true;
  if (!Reserve(bytes.size())) return false;
  std::memcpy(buf_ + size_, bytes.data(), bytes.size());
  size_ += bytes.size();
  return true;
}

bool ByteWriter::AppendByte(unsigned char c) {
  if (!Reserve(1)) return false;
  buf_[size_++] = static_cast<char>(c);
  return true;
}

bool ByteWriter::AppendFill(unsigned char c, size_t count) {
  if (count == 0) return true;
  if (!Reserve(count)) return false;
  std::memset(buf_ + size_, c, count);
  size_ += count;
  return true;
}

char* ByteWriter::AppendUninit(size_t bytes) {
  if (!Reserve(bytes == 0 ? 1 : bytes)) return nullptr;  // never a null buffer
  char* at = buf_ + size_;
  size_ += bytes;
  return at;
}

Value ByteWriter::Finish(bool bytearray) {
  Value r = Value::Null();
  if (bytearray) {
    // The bytearray adopts the buffer (already charged at its capacity).
    ByteArrayObject* ba = vm_.New<ByteArrayObject>(&kByteArrayType);
    if (ba != nullptr) {
      ba->data = buf_;
      ba->size = size_;
      ba->capacity = capacity_;
      buf_ = nullptr;
      r = Value::FromObject(ba);
    }
  } else {
    r = NewBytesValue(vm_, view());
  }
  if (buf_ != nullptr) vm_.FreeBuffer(buf_, capacity_);
  buf_ = nullptr;
  size_ = capacity_ = 0;
  return r;
}

// ---- Hash and repr --------------------------------------------------------------

int64_t BytesHash(Interp& vm, BytesObject* b) {
  if (b->hash == -1) b->hash = HashBytes(vm.hash_seed(), b->view());
  return b->hash;
}

namespace {

// Calls emit(text, size) for each piece of bytes_repr(data) (b'...'),
// quotes included; ' is escaped even inside double quotes when
// `always_escape_single` (bytearray's repr does).
template <typename Emit>
void BytesReprPieces(std::string_view data, bool always_escape_single, Emit&& emit) {
  // bytes_repr: single quotes unless the data holds ' and no ".
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static constexpr char kHex[] = "0123456789abcdef";
  char open[2] = {'b', quote};
  emit(open, 2);
  size_t run = 0;  // start of the pending run of verbatim bytes
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    char esc[4] = {'\\', 0, 0, 0};
    size_t n = 2;
    if (c == static_cast<unsigned char>(quote) || c == '\\' ||
        (always_escape_single && c == '\'')) {
      esc[1] = static_cast<char>(c);
    } else if (c == '\t') {
      esc[1] = 't';
    } else if (c == '\n') {
      esc[1] = 'n';
    } else if (c == '\r') {
      esc[1] = 'r';
    } else if (c < 0x20 || c >= 0x7f) {
      esc[1] = 'x';
      esc[2] = kHex[c >> 4];
      esc[3] = kHex[c & 0xF];
      n = 4;
    } else {
      continue;  // verbatim
    }
    if (i > run) emit(data.data() + run, i - run);
    emit(esc, n);
    run = i + 1;
  }
  if (data.size() > run) emit(data.data() + run, data.size() - run);
  emit(&quote, 1);
}

}  // namespace

std::string BytesRepr(std::string_view data) {
  std::string out;
  out.reserve(data.size() + 3);
  BytesReprPieces(data, false, [&](const char* p, size_t n) { out.append(p, n); });
  return out;
}

Value BytesReprValue(Interp& vm, std::string_view data, bool always_escape_single,
                     std::string_view prefix, std::string_view suffix) {
  // Measured, charged, then written straight into the str (two passes).
  if (!ChargeTextPass(vm, 2 * uint64_t{data.size()})) return Value::Null();
  size_t bytes = prefix.size() + suffix.size();
  BytesReprPieces(data, always_escape_single, [&](const char*, size_t n) { bytes += n; });
  // The prefix (a type name) may be non-ASCII; everything else is ASCII.
  size_t prefix_cps = 0;
  bool prefix_ascii = true;
  if (!CountUtf8(prefix, &prefix_cps, &prefix_ascii)) prefix_cps = prefix.size();
  StrObject* r = NewStrUninit(vm, bytes, bytes - prefix.size() + prefix_cps, prefix_ascii);
  if (r == nullptr) return Value::Null();
  char* out = r->data;
  auto put = [&](const char* p, size_t n) {
    if (n != 0) std::memcpy(out, p, n);
    out += n;
  };
  put(prefix.data(), prefix.size());
  BytesReprPieces(data, always_escape_single, put);
  put(suffix.data(), suffix.size());
  return Value::FromObject(r);
}

// ---- int(bytes) -------------------------------------------------------------------

Value IntFromBytesText(Interp& vm, std::string_view text, int base) {
  // Parsing reads the text and may copy it; the number is as long again.
  ScratchCharge scratch(vm);
  if (!vm.ChargeBytes(text.size()) || !scratch.Charge(2 * uint64_t{text.size()})) {
    return Value::Null();
  }
  BigIntOr<BigInt> r = BigInt::Parse(text, base, vm.int_max_str_digits);
  if (!r.ok()) {
    switch (r.status()) {
      case BigIntStatus::kStrToIntDigitsLimit:
        return vm.RaiseValueError(StrToIntDigitsLimitMessage(r.detail(), vm.int_max_str_digits));
      default:
        // _PyLong_FromBytes quotes at most 200 bytes ("%.200R" of them).
        return vm.RaiseValueError(InvalidIntLiteralMessage(base, BytesRepr(text.substr(0, 200))));
    }
  }
  return IntFromBig(vm, std::move(r).value());
}

Value FloatFromBytesText(Interp& vm, Value x) {
  std::string_view text;
  BytesLikeView(x, &text);
  double d;
  if (!vm.ChargeBytes(text.size())) return Value::Null();
  if (ParseFloat(text, &d)) return NewFloat(vm, d);
  // PyFloat_FromString quotes the argument's repr(), its class's own when a
  // subclass defines one (BA(b'xy') for a bytearray subclass).
  Value repr = Repr(vm, x);
  if (repr.is_null()) {
    // CPython builds the message with %R: a repr that raises (or returns a
    // non-str, or recurses) loses the message, and the exception is a bare
    // ValueError(), the repr's own dropped. A limit still ends the run.
    if (!vm.ExceptionMatches(&kBaseExceptionType)) return repr;
    vm.ClearException();
    return vm.RaiseEmpty(&kValueErrorType);
  }
  std::string_view quoted = As<StrObject>(repr)->view();
  // The message is built in a std::string and then copied: charged first.
  ScratchCharge scratch(vm);
  if (!scratch.Charge(2 * (uint64_t{quoted.size()} + kFloatParseErrorPrefix.size()))) {
    return Value::Null();
  }
  return vm.RaiseValueError(StrCat(kFloatParseErrorPrefix, quoted));
}

namespace {

// ---- Shared helpers ---------------------------------------------------------------

std::string_view ViewOf(Value v) {
  std::string_view out;
  BytesLikeView(v, &out);
  return out;
}

bool IsByteArrayKind(Value v) { return IsByteArray(v); }

// _getbytevalue: an __index__-able value in range(256); `message` is the
// ValueError text ("byte must be in range(0, 256)" or, for bytes(),
// "bytes must be in range(0, 256)"). May run __index__.
bool ByteValue(Interp& vm, Value v, const char* message, int* out) {
  Value i = NumberIndex(vm, v);
  if (i.is_null()) return false;
  int64_t x;
  if (!IntToInt64(i, &x) || x < 0 || x > 255) {
    vm.RaiseValueError(message);
    return false;
  }
  *out = static_cast<int>(x);
  return true;
}

// ---- Slots shared by bytes and bytearray -------------------------------------------

Value BytesReprSlot(Interp& vm, Value self) {
  return BytesReprValue(vm, As<BytesObject>(self)->view(), false, "", "");
}

Value ByteArrayReprSlot(Interp& vm, Value self) {
  // bytearray_repr: the (sub)class name around the bytes repr.
  // It escapes ' even inside double quotes.
  std::string prefix = StrCat(TypeOf(self)->name, "(");
  return BytesReprValue(vm, As<ByteArrayObject>(self)->view(), true, prefix, ")");
}

int64_t BytesHashSlot(Interp& vm, Value self) {
  BytesObject* b = As<BytesObject>(self);
  // The first hash reads all the bytes; later ones use the cached value.
  if (b->hash == -1 && !ChargeTextPass(vm, b->size)) return -1;
  return BytesHash(vm, b);
}

Value BytesRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  std::string_view x, y;
  if (!BytesLikeView(a, &x) || !BytesLikeView(b, &y)) return Value::NotImplemented();
  // bytes compares only with bytes; bytearray with any bytes-like object,
  // so `b'a' == bytearray(b'a')` is answered by bytearray's reflected slot.
  if (IsBytes(a) && !IsBytes(b)) return Value::NotImplemented();
  if (op == CompareOp::kEq || op == CompareOp::kNe) {
    if (x.size() == y.size() && !vm.ChargeBytes(x.size())) return Value::Null();
    bool eq = x.size() == y.size() && (x.empty() || std::memcmp(x.data(), y.data(), x.size()) == 0);
    return Value::Bool(eq == (op == CompareOp::kEq));
  }
  if (!vm.ChargeBytes(x.size() < y.size() ? x.size() : y.size())) return Value::Null();
  int c = x.compare(y);
  return Value::Bool(OrderingSatisfies(c <=> 0, op));
}

int64_t BytesLenSlot(Interp& vm, Value self) { return static_cast<int64_t>(ViewOf(self).size()); }

// bytes_contains / bytearray_contains (_Py_bytes_contains): an int is a
// byte value, anything else must be bytes-like; an __index__ that fails is
// forgotten and the item tried as bytes-like.
int BytesContainsSlot(Interp& vm, Value self, Value item) {
  if (IsIndexKey(item)) {
    Value index = NumberIndex(vm, item);
    if (!index.is_null()) {
      int64_t byte;
      if (!IntToInt64(index, &byte) || byte < 0 || byte > 255) {
        vm.RaiseValueError("byte must be in range(0, 256)");
        return -1;
      }
      std::string_view hay = ViewOf(self);  // after __index__ ran
      char needle = static_cast<char>(byte);
      int64_t at = SearchForward(vm, hay, std::string_view(&needle, 1), 0);
      return at == -2 ? -1 : at >= 0;
    }
    if (!vm.ExceptionMatches(&kBaseExceptionType)) return -1;  // a limit
    vm.ClearException();
  }
  std::string_view needle;
  if (!BytesLikeView(item, &needle)) {
    vm.RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%s'", TypeName(item));
    return -1;
  }
  int64_t at = SearchForward(vm, ViewOf(self), needle, 0);
  return at == -2 ? -1 : at >= 0;
}

Value BytesSubscript(Interp& vm, Value self, Value key) {
  bool bytearray = IsByteArrayKind(self);
  if (IsIndexKey(key)) {
    int64_t i;
    if (!SubscriptIndex(vm, key, &i)) return Value::Null();
    std::string_view v = ViewOf(self);
    int64_t size = static_cast<int64_t>(v.size());
    if (i < 0) i += size;
    if (i < 0 || i >= size) {
      return vm.RaiseIndexError(bytearray ? "bytearray index out of range" : "index out of range");
    }
    return Value::SmallInt(static_cast<unsigned char>(v[static_cast<size_t>(i)]));
  }
  if (IsSlice(key)) {
    int64_t start, stop, step;
    if (!SliceUnpack(vm, As<SliceObject>(key), &start, &stop, &step)) return Value::Null();
    std::string_view v = ViewOf(self);  // after __index__ ran
    int64_t n = SliceAdjustIndices(static_cast<int64_t>(v.size()), &start, &stop, step);
    if (n <= 0) return NewBytesOfKind(vm, bytearray, {});
    if (step == 1) {
      if (!bytearray && n == static_cast<int64_t>(v.size()) && HasType(self, &kBytesType)) {
        return self;
      }
      return NewBytesOfKind(vm, bytearray, v.substr(static_cast<size_t>(start),
                                                    static_cast<size_t>(n)));
    }
    ByteWriter w(vm);
    char* out = w.AppendUninit(static_cast<size_t>(n));
    if (out == nullptr || !ChargeTextPass(vm, static_cast<uint64_t>(n))) return Value::Null();
    v = ViewOf(self);
    for (int64_t k = 0; k < n; ++k) out[k] = v[static_cast<size_t>(start + k * step)];
    return w.Finish(bytearray);
  }
  return vm.RaiseFormat(&kTypeErrorType, "%s indices must be integers or slices, not %s",
                        bytearray ? "bytearray" : "byte", TypeName(key));
}

Value BytesIter(Interp& vm, Value self) {
  return NewSeqIterator(vm, IsByteArrayKind(self) ? &kByteArrayIteratorType : &kBytesIteratorType,
                        self);
}

Value BytesIteratorNext(Interp& vm, Value self) {
  auto* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) return Value::Null();
  std::string_view v = ViewOf(it->seq);
  if (it->index < v.size()) return Value::SmallInt(static_cast<unsigned char>(v[it->index++]));
  it->seq = Value::Null();
  return Value::Null();
}

Value IterSelf(Interp& vm, Value self) { return self; }

void SeqIteratorTrace(Object* self, GcTracer& tracer) {
  tracer.Visit(static_cast<SeqIteratorObject*>(self)->seq);
}

// bytes_concat / bytearray_concat: the result has the left operand's kind.
Value BytesConcat(Interp& vm, Value a, Value b) {
  std::string_view x, y;
  if (!BytesLikeView(a, &x)) return Value::NotImplemented();
  bool bytearray = IsByteArrayKind(a);
  if (!BytesLikeView(b, &y)) {
    return vm.RaiseFormat(&kTypeErrorType, "can't concat %s to %s", TypeName(b), TypeName(a));
  }
  if (!bytearray) {
    if (y.empty() && HasType(a, &kBytesType)) return a;
    if (x.empty() && HasType(b, &kBytesType)) return b;
  }
  if (x.size() + y.size() > kMaxBytesSize) return vm.RaiseMemoryErrorFor(x.size() + y.size());
  ByteWriter w(vm);
  if (!w.Reserve(x.size() + y.size())) return Value::Null();
  w.Append(x);
  w.Append(y);
  return w.Finish(bytearray);
}

// The repetition count of `seq * count`; false with an exception.
bool RepeatOperand(Interp& vm, Value count, int64_t* n) {
  if (!IsIndexKey(count)) {
    vm.RaiseFormat(&kTypeErrorType, "can't multiply sequence by non-int of type '%s'",
                   TypeName(count));
    return false;
  }
  return RepeatCount(vm, count, n);
}

Value RepeatBytes(Interp& vm, Value seq, int64_t n) {
  bool bytearray = IsByteArrayKind(seq);
  std::string_view v = ViewOf(seq);
  if (n <= 0 || v.empty()) return NewBytesOfKind(vm, bytearray, {});
  if (n == 1 && HasType(seq, &kBytesType)) return seq;
  if (v.size() > static_cast<uint64_t>(kSsizeMax / n)) {
    if (bytearray) return vm.RaiseMemoryErrorFor(UINT64_MAX);
    return vm.RaiseOverflowError("repeated bytes are too long");
  }
  size_t total = v.size() * static_cast<size_t>(n);
  if (total > kMaxBytesSize) return vm.RaiseMemoryErrorFor(total);
  auto fill = [&](char* out) {
    if (v.size() == 1) {
      std::memset(out, v[0], total);
      return;
    }
    std::memcpy(out, v.data(), v.size());
    for (size_t done = v.size(); done < total;) {  // doubling copies
      size_t chunk = done < total - done ? done : total - done;
      std::memcpy(out + done, out, chunk);
      done += chunk;
    }
  };
  // Charged before copying; built in place (a bytearray adopts the
  // writer's buffer).
  if (!bytearray) {
    BytesObject* r = NewBytesUninit(vm, total);
    if (r == nullptr) return Value::Null();
    fill(r->data);
    return Value::FromObject(r);
  }
  ByteWriter w(vm);
  char* out = w.AppendUninit(total);
  if (out == nullptr) return Value::Null();
  fill(out);
  return w.Finish(true);
}

Value BytesRepeat(Interp& vm, Value a, Value b) {
  Value seq, count;
  std::string_view ignored;
  if (BytesLikeView(a, &ignored)) {
    seq = a;
    count = b;
  } else if (BytesLikeView(b, &ignored)) {
    seq = b;
    count = a;
  } else {
    return Value::NotImplemented();
  }
  int64_t n;
  if (!RepeatOperand(vm, count, &n)) return Value::Null();
  return RepeatBytes(vm, seq, n);
}

// bytes_mod / bytearray_mod: each formats only its own kind, so
// bytearray.__rmod__(b'%s') is NotImplemented.
Value BytesRemainder(Interp& vm, Value a, Value b) {
  if (!IsBytes(a)) return Value::NotImplemented();
  return BytesPercentFormat(vm, a, b);
}

Value ByteArrayRemainder(Interp& vm, Value a, Value b) {
  if (!IsByteArray(a)) return Value::NotImplemented();
  return BytesPercentFormat(vm, a, b);
}

// ---- bytearray mutation -------------------------------------------------------------

ByteArrayObject* AsByteArray(Value v) { return As<ByteArrayObject>(v); }

void ByteArrayFinalize(Heap& heap, Object* self) {
  auto* ba = static_cast<ByteArrayObject*>(self);
  if (ba->data != nullptr) heap.FreeBuffer(ba->data, ba->capacity);
  ba->data = nullptr;
  ba->capacity = 0;
  ba->size = 0;
}

// bytearray_setslice_linear: replaces [lo, hi) with `src` (which must not
// point into ba's buffer).
bool AssignLinear(Interp& vm, ByteArrayObject* ba, size_t lo, size_t hi, std::string_view src) {
  size_t old_size = ba->size;
  size_t removed = hi - lo;
  // The tail moves and `src` is copied in (ba[0:0] = b'x' in a loop is
  // quadratic, so each move is paid for).
  if (!vm.ChargeBytes(uint64_t{old_size - hi} + src.size())) return false;
  if (src.size() < removed) {
    size_t shrink = removed - src.size();
    std::memmove(ba->data + lo + src.size(), ba->data + hi, old_size - hi);
    ByteArrayResize(vm, ba, old_size - shrink);  // a shrink cannot fail
  } else if (src.size() > removed) {
    size_t growth = src.size() - removed;
    if (growth > kMaxBytesSize - old_size) {
      vm.RaiseMemoryErrorFor(old_size + growth);
      return false;
    }
    if (!ByteArrayResize(vm, ba, old_size + growth)) return false;
    std::memmove(ba->data + lo + src.size(), ba->data + hi, old_size - hi);
  }
  if (!src.empty()) std::memcpy(ba->data + lo, src.data(), src.size());
  return true;
}

// Deletes the `n` bytes start, start+step, ... (step > 0). The caller has
// charged for the pass.
void DeleteExtended(Interp& vm, ByteArrayObject* ba, int64_t start, int64_t step, int64_t n) {
  size_t w = static_cast<size_t>(start);
  size_t next = static_cast<size_t>(start);
  int64_t deleted = 0;
  for (size_t r = static_cast<size_t>(start); r < ba->size; ++r) {
    if (deleted < n && r == next) {
      ++deleted;
      next += static_cast<size_t>(step);
      continue;
    }
    ba->data[w++] = ba->data[r];
  }
  ByteArrayResize(vm, ba, ba->size - static_cast<size_t>(n));
}

bool ByteArrayAssignIndex(Interp& vm, ByteArrayObject* ba, Value key, Value value) {
  int64_t i;
  if (!SubscriptIndex(vm, key, &i)) return false;
  int byte = 0;
  if (!value.is_null() && !ByteValue(vm, value, "byte must be in range(0, 256)", &byte)) {
    return false;
  }
  int64_t size = static_cast<int64_t>(ba->size);  // after __index__ ran
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    vm.RaiseIndexError("bytearray index out of range");
    return false;
  }
  if (!value.is_null()) {
    ba->data[i] = static_cast<char>(byte);
    return true;
  }
  return AssignLinear(vm, ba, static_cast<size_t>(i), static_cast<size_t>(i) + 1, {});
}

bool ByteArrayAssignSlice(Interp& vm, Value self, SliceObject* slice, Value value) {
  ByteArrayObject* ba = AsByteArray(self);
  Value source = Value::Null();  // a converted or copied value, rooted
  RootScope roots(vm);
  roots.Add(&source);
  // The slice first: its errors win over the value's.
  int64_t start, stop, step;
  if (!SliceUnpack(vm, slice, &start, &stop, &step)) return false;
  std::string_view ignored;
  if (!value.is_null() && (value.Is(self) || !BytesLikeView(value, &ignored))) {
    TypeObject* t = TypeOf(value);
    bool number = IsInt(value) || t->index != nullptr || t->to_int != nullptr ||
                  t->to_float != nullptr;
    if (number || IsStr(value)) {
      vm.RaiseTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return false;
    }
    // A copy (of self, or bytearray(value) of an iterable); may run Python.
    if (value.Is(self)) {
      source = ObjValue(NewByteArray(vm, ba->view()));
    } else {
      source = Value::FromObject(&kByteArrayType);
      source = vm.Call1(source, value);
    }
    if (source.is_null()) return false;
    // CPython assigns the copy by starting over, slice included.
    if (!SliceUnpack(vm, slice, &start, &stop, &step)) return false;
  } else if (!value.is_null()) {
    source = value;
  }
  int64_t n = SliceAdjustIndices(static_cast<int64_t>(ba->size), &start, &stop, step);
  // `source` is never self (self was copied), so its bytes stay put while
  // ba's buffer moves.
  std::string_view src;
  if (!source.is_null()) src = ViewOf(source);
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step == 1) {
    return AssignLinear(vm, ba, static_cast<size_t>(start), static_cast<size_t>(stop), src);
  }
  if (src.empty()) {
    // Deletion (CPython treats an empty value like `del`).
    if (n <= 0) return true;
    if (step < 0) {
      start = start + step * (n - 1);
      step = -step;
    }
    if (!ChargeTextPass(vm, ba->size - static_cast<size_t>(start))) return false;
    DeleteExtended(vm, ba, start, step, n);
    return true;
  }
  if (static_cast<int64_t>(src.size()) != n) {
    vm.RaiseFormat(&kValueErrorType,
                   "attempt to assign bytes of size %d to extended slice of size %d", src.size(),
                   n);
    return false;
  }
  if (!ChargeTextPass(vm, static_cast<uint64_t>(n))) return false;
  for (int64_t k = 0; k < n; ++k) ba->data[start + k * step] = src[k];
  return true;
}

int ByteArrayAssSubscript(Interp& vm, Value self, Value key, Value value) {
  if (IsIndexKey(key)) return ByteArrayAssignIndex(vm, AsByteArray(self), key, value) ? 0 : -1;
  if (IsSlice(key)) return ByteArrayAssignSlice(vm, self, As<SliceObject>(key), value) ? 0 : -1;
  vm.RaiseFormat(&kTypeErrorType, "bytearray indices must be integers or slices, not %s",
                 TypeName(key));
  return -1;
}

// bytearray_iconcat: only bytes-like operands ("can't concat int to
// bytearray").
Value ByteArrayInplaceConcat(Interp& vm, Value a, Value b) {
  if (!IsByteArray(a)) return Value::NotImplemented();
  std::string_view y;
  if (!BytesLikeView(b, &y)) {
    return vm.RaiseFormat(&kTypeErrorType, "can't concat %s to %s", TypeName(b), TypeName(a));
  }
  ByteArrayObject* ba = AsByteArray(a);
  size_t old = ba->size;
  if (y.size() > kMaxBytesSize - old) return vm.RaiseMemoryErrorFor(old + y.size());
  if (b.Is(a)) {
    // CPython holds a buffer export of the operand, which is self: the
    // resize is refused.
    if (old == 0) return a;
    return vm.Raise(&kBufferErrorType, "Existing exports of data: object cannot be re-sized");
  }
  if (!ByteArrayResize(vm, ba, old + y.size())) return Value::Null();
  if (!y.empty()) std::memcpy(ba->data + old, y.data(), y.size());
  return a;
}

Value ByteArrayInplaceRepeat(Interp& vm, Value a, Value b) {
  if (!IsByteArray(a)) return Value::NotImplemented();
  int64_t n;
  if (!RepeatOperand(vm, b, &n)) return Value::Null();
  ByteArrayObject* ba = AsByteArray(a);
  size_t size = ba->size;
  if (n <= 0 || size == 0) {
    ByteArrayResize(vm, ba, 0);
    return a;
  }
  if (n == 1) return a;
  if (size > static_cast<uint64_t>(kSsizeMax / n) ||
      size * static_cast<size_t>(n) > kMaxBytesSize) {
    return vm.RaiseMemoryErrorFor(size > static_cast<uint64_t>(kSsizeMax / n)
                                      ? UINT64_MAX
                                      : size * static_cast<size_t>(n));
  }
  size_t total = size * static_cast<size_t>(n);
  if (!ByteArrayResize(vm, ba, total)) return Value::Null();
  for (size_t k = size; k < total; k += size) std::memcpy(ba->data + k, ba->data, size);
  return a;
}

// ---- Constructors -------------------------------------------------------------------

// A fresh instance of `type` (bytes or a subclass) holding `data`.
Value BytesOfType(Interp& vm, TypeObject* type, std::string_view data) {
  BytesObject* b = AllocBytes(vm, type, data.size());
  if (b == nullptr) return Value::Null();
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return Value::FromObject(b);
}

// Hands each item of `iterable` (ints in range(256)) to `take` as it is
// converted. `message` is the range error text. `ask_length_hint`: after
// taking the iterator, ask a user iterable's length hint as
// _PyBytes_FromIterator does (bytearray's __init__ does not). May run
// Python. Each item is charged one instruction, in batches of 64
// (ChargeItems' free amount).
template <typename Take>
bool ForEachByteItem(Interp& vm, Value iterable, const char* message, bool ask_length_hint,
                     Take&& take) {
  if (HasType(iterable, &kListType) || HasType(iterable, &kTupleType)) {
    // Re-read the size each step: an item's __index__ may change a list.
    for (size_t i = 0;; ++i) {
      size_t size;
      const Value* items = SequenceFastItems(iterable, &size);
      if (i >= size) break;
      if (i % 64 == 63 && !vm.ChargeWork(64)) return false;
      int byte;
      if (!ByteValue(vm, items[i], message, &byte) || !take(byte)) return false;
    }
    return true;
  }
  Value it = GetIter(vm, iterable);
  if (it.is_null()) return false;
  RootScope roots(vm);
  roots.Add(&it);
  if (ask_length_hint && !AskUserLengthHint(vm, iterable)) return false;
  for (size_t i = 0;; ++i) {
    if (i % 64 == 63 && !vm.ChargeWork(64)) return false;
    Value item = IterNext(vm, it);
    if (item.is_null()) return !vm.HasException();
    int byte;
    if (!ByteValue(vm, item, message, &byte) || !take(byte)) return false;
  }
}

// Collects the items of `iterable` (ints in range(256)) into `w`. May run
// Python.
bool CollectByteItems(Interp& vm, Value iterable, const char* message, ByteWriter* w) {
  return ForEachByteItem(vm, iterable, message, true,
                         [w](int byte) { return w->AppendByte(byte); });
}

// True when `x` can be iterated (has an iter or getitem slot).
bool IsIterable(Value x) {
  for (TypeObject* t = TypeOf(x); t != nullptr; t = t->base) {
    if (t->iter != nullptr || t->getitem != nullptr) return true;
  }
  return false;
}

}  // namespace

Value CallDunderBytes(Interp& vm, Value x, bool* found) {
  *found = false;
  if (!IsUserType(x)) return Value::Null();
  StrObject* name = vm.Intern("__bytes__");
  Value method = LookupSpecial(vm, x, name);
  if (method.is_null()) return Value::Null();
  *found = true;
  Value r = vm.Call0(method);
  if (r.is_null()) return r;
  if (!IsBytes(r)) {
    return vm.RaiseFormat(&kTypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeName(r));
  }
  return r;
}

namespace {

// The size argument of bytes(n)/bytearray(n): 1 with `*n` set, -1 on an
// error, 0 when `x` is no size after all. As in CPython, an __index__ that
// raises TypeError sends `x` on as a buffer or an iterable. May run Python.
int SizeArgument(Interp& vm, Value x, int64_t* n) {
  if (!IsIndexKey(x)) return 0;
  if (RepeatCount(vm, x, n)) return 1;
  if (!vm.ExceptionMatches(&kTypeErrorType)) return -1;
  vm.ClearException();
  return 0;
}

bool TextArgument(Interp& vm, Value v, const char* fn, const char* arg) {
  std::string_view unused;
  return ClinicStrArg(vm, v, fn, arg, &unused);
}

std::string_view TextOr(Value v, std::string_view fallback) {
  return v.is_null() ? fallback : As<StrObject>(v)->view();
}

Value BytesConstruct(Interp& vm, Value cls, CallArgs args) {
  static const ArgSpec kSpec("bytes(source=b'', encoding=None, errors=None)");
  Value out[3];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value x = out[0], encoding = out[1], errors = out[2];
  if (!TextArgument(vm, encoding, "bytes", "encoding") ||
      !TextArgument(vm, errors, "bytes", "errors")) {
    return Value::Null();
  }
  TypeObject* type = As<TypeObject>(cls);
  Value result = Value::Null();
  RootScope roots(vm);
  roots.Add(&result);
  if (x.is_null()) {
    if (!encoding.is_null() || !errors.is_null()) {
      return vm.RaiseTypeError(!encoding.is_null() ? "encoding without a string argument"
                                                   : "errors without a string argument");
    }
    result = NewBytesValue(vm, {});
  } else if (!encoding.is_null()) {
    if (!IsStr(x)) return vm.RaiseTypeError("encoding without a string argument");
    result = EncodeStr(vm, As<StrObject>(x), TextOr(encoding, "utf-8"), TextOr(errors, "strict"));
  } else if (!errors.is_null()) {
    return vm.RaiseTypeError(IsStr(x) ? "string argument without an encoding"
                                      : "errors without a string argument");
  } else {
    bool found;
    result = CallDunderBytes(vm, x, &found);
    if (!found) {
      if (vm.HasException()) return Value::Null();
      if (IsStr(x)) return vm.RaiseTypeError("string argument without an encoding");
      int64_t n;
      int is_size = SizeArgument(vm, x, &n);
      if (is_size < 0) return Value::Null();
      if (is_size > 0) {
        if (n < 0) return vm.RaiseValueError("negative count");
        // _PyBytes_FromSize: a size whose object header would overflow
        // Py_ssize_t (CPython's 33-byte PyBytesObject_SIZE) is an
        // OverflowError; smaller ones meet the memory limit.
        constexpr int64_t kCPythonBytesHeader = 33;
        if (n > std::numeric_limits<int64_t>::max() - kCPythonBytesHeader) {
          return vm.Raise(&kOverflowErrorType, "byte string is too large");
        }
        if (static_cast<uint64_t>(n) > kMaxBytesSize) return vm.RaiseMemoryErrorFor(n);
        BytesObject* b = AllocBytes(vm, type, static_cast<size_t>(n));
        if (b == nullptr) return Value::Null();
        std::memset(b->data, 0, b->size);
        return Value::FromObject(b);
      }
      result = BytesFromObject(vm, x);
    }
  }
  if (result.is_null() || type == &kBytesType) return result;
  return BytesOfType(vm, type, ViewOf(result));
}

// The arguments of bytearray(...) and bytearray.__init__, parsed and their
// encoding and errors checked (failures there leave `self` as it was).
bool ParseByteArrayArgs(Interp& vm, CallArgs args, Value out[3]) {
  static const ArgSpec kSpec("bytearray(source=b'', encoding=None, errors=None)");
  return ParseArgs(vm, kSpec, args, out) &&
         TextArgument(vm, out[1], "bytearray", "encoding") &&
         TextArgument(vm, out[2], "bytearray", "errors");
}

// bytearray___init__ after its argument parsing: empties `ba` first, as
// CPython does, so a failure leaves it empty, or holding the items an
// iterable gave before a bad one (CPython appends as it goes).
bool FillByteArray(Interp& vm, ByteArrayObject* ba, const Value parsed[3]) {
  Value x = parsed[0], encoding = parsed[1], errors = parsed[2];
  ByteArrayResize(vm, ba, 0);  // a shrink cannot fail
  if (x.is_null()) {
    if (!encoding.is_null() || !errors.is_null()) {
      vm.RaiseTypeError(!encoding.is_null() ? "encoding without a string argument"
                                            : "errors without a string argument");
      return false;
    }
    return true;
  }
  if (IsStr(x)) {
    if (encoding.is_null()) {
      vm.RaiseTypeError("string argument without an encoding");
      return false;
    }
    Value encoded =
        EncodeStr(vm, As<StrObject>(x), TextOr(encoding, "utf-8"), TextOr(errors, "strict"));
    if (encoded.is_null()) return false;
    RootScope roots(vm);
    roots.Add(&encoded);
    return AssignLinear(vm, ba, 0, 0, ViewOf(encoded));
  }
  if (!encoding.is_null() || !errors.is_null()) {
    vm.RaiseTypeError(!encoding.is_null() ? "encoding without a string argument"
                                          : "errors without a string argument");
    return false;
  }
  int64_t n;
  int is_size = SizeArgument(vm, x, &n);
  if (is_size < 0) return false;
  if (is_size > 0) {
    if (n < 0) {
      vm.RaiseValueError("negative count");
      return false;
    }
    if (static_cast<uint64_t>(n) > kMaxBytesSize) {
      vm.RaiseMemoryErrorFor(n);
      return false;
    }
    if (!vm.ChargeBytes(static_cast<uint64_t>(n)) ||
        !ByteArrayResize(vm, ba, static_cast<size_t>(n))) {
      return false;
    }
    if (n > 0) std::memset(ba->data, 0, ba->size);
    return true;
  }
  std::string_view data;
  if (BytesLikeView(x, &data)) return AssignLinear(vm, ba, 0, 0, data);  // x may be ba: empty
  if (!IsIterable(x)) {
    vm.RaiseFormat(&kTypeErrorType, "cannot convert '%s' object to bytearray", TypeName(x));
    return false;
  }
  // Each byte is appended as it is converted (as CPython does): an item's
  // __index__ that changes `ba` sees the bytes before it and keeps its
  // change, and a failure leaves what came before the bad item.
  auto append = [&vm, ba](int byte) {
    if (!ByteArrayResize(vm, ba, ba->size + 1)) return false;
    ba->data[ba->size - 1] = static_cast<char>(byte);
    return true;
  };
  return ForEachByteItem(vm, x, "byte must be in range(0, 256)", false, append);
}

Value ByteArrayConstruct(Interp& vm, Value cls, CallArgs args) {
  Value parsed[3];
  if (!ParseByteArrayArgs(vm, args, parsed)) return Value::Null();
  Value result = ObjValue(NewByteArray(vm, {}, As<TypeObject>(cls)));
  if (result.is_null()) return result;
  RootScope roots(vm);
  roots.Add(&result);
  if (!FillByteArray(vm, As<ByteArrayObject>(result), parsed)) return Value::Null();
  return result;
}

// bytes.__new__ (class B(bytes), super().__new__(cls, ...)): the same
// steps as bytes(...), building an instance of `subtype`.
Value BytesNew(Interp& vm, TypeObject* subtype, CallArgs args) {
  return BytesConstruct(vm, Value::FromObject(subtype), args);
}

// bytearray.__new__ makes an empty instance; __init__ fills it
// (CPython's bytearray tp_new is PyType_GenericNew).
Value ByteArrayNew(Interp& vm, TypeObject* subtype, CallArgs) {
  return ObjValue(NewByteArray(vm, {}, subtype));
}

// bytearray.__init__ (bytearray___init__): `self` gets the contents
// bytearray(...) would have with the same arguments, whatever it held.
int ByteArrayInit(Interp& vm, Value self, CallArgs args) {
  Value parsed[3];
  if (!ParseByteArrayArgs(vm, args, parsed)) return -1;
  return FillByteArray(vm, As<ByteArrayObject>(self), parsed) ? 0 : -1;
}

void InitIteratorType(TypeObject* type, const char* name) {
  InitStaticType(type, name, &kObjectType, 0);
  type->methods = kIndexIteratorMethods;
  type->trace = SeqIteratorTrace;
  type->iter = IterSelf;
  type->next = BytesIteratorNext;
}

void SetSharedSlots(TypeObject* t) {
  t->richcompare = BytesRichCompare;
  t->len = BytesLenSlot;
  t->contains = BytesContainsSlot;
  t->getitem = BytesSubscript;
  t->iter = BytesIter;
  t->binary[static_cast<int>(BinaryOp::kAdd)] = BytesConcat;
  t->binary[static_cast<int>(BinaryOp::kMultiply)] = BytesRepeat;
  t->binary[static_cast<int>(BinaryOp::kRemainder)] = BytesRemainder;
}

}  // namespace

Value BytesFromObject(Interp& vm, Value x) {
  if (HasType(x, &kBytesType)) return x;
  std::string_view data;
  if (BytesLikeView(x, &data)) return NewBytesValue(vm, data);
  if (!IsStr(x) && IsIterable(x)) {
    ByteWriter w(vm);
    if (!CollectByteItems(vm, x, "bytes must be in range(0, 256)", &w)) return Value::Null();
    return w.Finish(false);
  }
  return vm.RaiseFormat(&kTypeErrorType, "cannot convert '%s' object to bytes", TypeName(x));
}

Value ObjectBytes(Interp& vm, Value x) {
  bool found;
  Value r = CallDunderBytes(vm, x, &found);
  if (found || vm.HasException()) return r;
  return BytesFromObject(vm, x);
}

void InitBytesTypes() {
  // Not kTypeSequence: like str, bytes and bytearray never match a sequence
  // pattern in `match`.
  InitStaticType(&kBytesType, "bytes", &kObjectType, kTypeBaseType);
  SetSharedSlots(&kBytesType);
  kBytesType.repr = BytesReprSlot;
  // str(b) is the repr even when a subclass defines __repr__ (bytes_str).
  kBytesType.str = BytesReprSlot;
  kBytesType.hash = BytesHashSlot;
  kBytesType.methods = kBytesMethods;
  kBytesType.construct = BytesConstruct;
  kBytesType.type_flags |= kTypeVarSize;
  kBytesType.basic_size = kBytesHeaderSize;
  kBytesType.new_instance = BytesNew;

  InitStaticType(&kByteArrayType, "bytearray", &kObjectType, kTypeBaseType);
  SetSharedSlots(&kByteArrayType);
  kByteArrayType.binary[static_cast<int>(BinaryOp::kRemainder)] = ByteArrayRemainder;
  kByteArrayType.finalize = ByteArrayFinalize;
  kByteArrayType.repr = ByteArrayReprSlot;
  kByteArrayType.str = ByteArrayReprSlot;  // bytearray_str, as for bytes
  kByteArrayType.setitem = ByteArrayAssSubscript;
  kByteArrayType.inplace[static_cast<int>(BinaryOp::kAdd)] = ByteArrayInplaceConcat;
  kByteArrayType.inplace[static_cast<int>(BinaryOp::kMultiply)] = ByteArrayInplaceRepeat;
  kByteArrayType.methods = kByteArrayMethods;
  kByteArrayType.construct = ByteArrayConstruct;
  kByteArrayType.basic_size = sizeof(ByteArrayObject);
  kByteArrayType.new_instance = ByteArrayNew;
  kByteArrayType.init = ByteArrayInit;

  InitIteratorType(&kBytesIteratorType, "bytes_iterator");
  InitIteratorType(&kByteArrayIteratorType, "bytearray_iterator");
}

}  // namespace moat::vm
