// struct's native functions (see struct_module.h). The format parser and
// the per-code packers follow Modules/_struct.c of CPython 3.11
// (prepare_s, the native/little/big formatdef tables, s_pack_internal,
// s_unpack_internal), whose messages they keep.
#include "stdlib_safe/struct_module.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "stdlib_safe/datetime_module.h"
#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/gc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::CallArgs;
using vm::Interp;
using vm::Value;

constexpr int64_t kSsizeMax = std::numeric_limits<int64_t>::max();

// ---- Errors ------------------------------------------------------------------

// Raises struct.error(message): the `error` class of the loaded struct
// module. Returns Null.
Value RaiseStructError(Interp& vm, std::string_view message) {
  vm::StrObject* module_name = vm.Intern("struct");
  vm::StrObject* error_name = vm.Intern("error");
  Value module = vm::DictGetStr(vm, vm.modules(), module_name);
  Value cls = Value::Null();
  if (!module.is_null() && vm::HasType(module, &vm::kModuleType)) {
    cls = vm::DictGetStr(vm, As<vm::ModuleObject>(module)->dict, error_name);
  }
  if (cls.is_null() || !vm::IsExceptionType(cls)) {
    return vm.Raise(&vm::kValueErrorType, message);
  }
  Value text = vm::NewStrValue(vm, message);
  if (text.is_null()) return Value::Null();
  Value exc = vm.Call1(cls, text);
  if (exc.is_null()) return Value::Null();
  return vm.SetException(exc);
}

// ---- Formats -------------------------------------------------------------------

enum class Order : uint8_t { kNative, kLittle, kBig };

struct Item {
  char code;
  int64_t count;   // the repeat count (the length for s and p)
  int64_t offset;  // of the first byte
  int64_t size;    // of one item
};

struct Format {
  Order order = Order::kNative;
  std::vector<Item> items;
  int64_t size = 0;
  int64_t values = 0;  // how many values pack takes and unpack gives
};

// Size of one item of `code` in `order`; 0 for a bad code.
int64_t CodeSize(char code, Order order) {
  bool native = order == Order::kNative;
  switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
      return 1;
    case 'h': case 'H': case 'e':
      return 2;
    case 'i': case 'I': case 'f':
      return 4;
    case 'l': case 'L':
      return native ? 8 : 4;
    case 'q': case 'Q': case 'd':
      return 8;
    case 'n': case 'N': case 'P':
      return native ? 8 : 0;
    default:
      return 0;
  }
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Parses `fmt_value` (str or bytes) into *out; false with the exception
// pending. Charges the format's length.
bool ParseFormat(Interp& vm, Value fmt_value, Format* out) {
  std::string_view fmt;
  if (vm::IsStr(fmt_value)) {
    fmt = As<vm::StrObject>(fmt_value)->view();
  } else if (vm::IsBytes(fmt_value)) {
    fmt = As<vm::BytesObject>(fmt_value)->view();
  } else {
    vm.RaiseFormat(&vm::kTypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s",
                   std::string(vm::TypeName(fmt_value)));
    return false;
  }
  if (!vm.ChargeBytes(fmt.size())) return false;
  if (fmt.find('\0') != std::string_view::npos) {
    // prepare_s in CPython's _struct.c raises struct.error here, not ValueError.
    RaiseStructError(vm, "embedded null character");
    return false;
  }
  size_t i = 0;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '<': out->order = Order::kLittle; ++i; break;
      case '>': case '!': out->order = Order::kBig; ++i; break;
      case '=':
        out->order = std::endian::native == std::endian::little ? Order::kLittle : Order::kBig;
        ++i;
        break;
      case '@': ++i; break;
      default: break;
    }
  }
  int64_t size = 0;
  while (i < fmt.size()) {
    char c = fmt[i++];
    if (IsSpace(c)) continue;
    int64_t num = 1;
    if (c >= '0' && c <= '9') {
      num = c - '0';
      for (;;) {
        if (i >= fmt.size()) {
          RaiseStructError(vm, "repeat count given without format specifier");
          return false;
        }
        c = fmt[i++];
        if (c < '0' || c > '9') break;
        if (num >= kSsizeMax / 10 &&
            (num > kSsizeMax / 10 || (c - '0') > kSsizeMax % 10)) {
          RaiseStructError(vm, "total struct size too long");
          return false;
        }
        num = num * 10 + (c - '0');
      }
    }
    int64_t item_size = CodeSize(c, out->order);
    if (item_size == 0) {
      RaiseStructError(vm, "bad char in struct format");
      return false;
    }
    if (c == 's' || c == 'p') {
      out->values += 1;
    } else if (c != 'x') {
      out->values += num;
    }
    if (out->order == Order::kNative && size > 0) {
      // Native alignment: each item at a multiple of its size.
      int64_t extra = (item_size - 1) - (size - 1) % item_size;
      if (extra > kSsizeMax - size) {
        RaiseStructError(vm, "total struct size too long");
        return false;
      }
      size += extra;
    }
    if (num > (kSsizeMax - size) / item_size) {
      RaiseStructError(vm, "total struct size too long");
      return false;
    }
    if (c == 's' || c == 'p') {
      out->items.push_back(Item{c, num, size, num});
    } else if (num > 0 && c != 'x') {
      out->items.push_back(Item{c, num, size, item_size});
    }
    size += num * item_size;
  }
  out->size = size;
  return true;
}

// ---- Integers ------------------------------------------------------------------

// Writes the low `size` bytes of `bits` in `order`.
void PutBits(char* p, uint64_t bits, int64_t size, Order order) {
  bool big = order == Order::kBig ||
             (order == Order::kNative && std::endian::native == std::endian::big);
  for (int64_t k = 0; k < size; ++k) {
    unsigned char byte = static_cast<unsigned char>(bits >> (8 * k));
    p[big ? size - 1 - k : k] = static_cast<char>(byte);
  }
}

uint64_t GetBits(const char* p, int64_t size, Order order) {
  bool big = order == Order::kBig ||
             (order == Order::kNative && std::endian::native == std::endian::big);
  uint64_t bits = 0;
  for (int64_t k = 0; k < size; ++k) {
    unsigned char byte = static_cast<unsigned char>(p[big ? size - 1 - k : k]);
    bits |= static_cast<uint64_t>(byte) << (8 * k);
  }
  return bits;
}

// An int argument as a BigInt (get_pylong): ints pass, objects with
// __index__ are converted, anything else is struct.error.
bool IntArg(Interp& vm, Value v, vm::BigInt* out) {
  if (!vm::IsInt(v)) {
    Value index = vm::NumberIndex(vm, v);
    if (index.is_null()) {
      if (vm.ExceptionMatches(&vm::kTypeErrorType)) {
        vm.ClearException();
        RaiseStructError(vm, "required argument is not an integer");
      }
      return false;
    }
    v = index;
  }
  *out = vm::IntToBig(v);
  return true;
}

bool FitsInt64(const vm::BigInt& x) { return x.FitsInt64(); }
bool FitsUint64(const vm::BigInt& x) { return x.Sign() >= 0 && x.BitLength() <= 64; }

uint64_t ToUint64(const vm::BigInt& x) {
  if (x.FitsInt64()) return static_cast<uint64_t>(x.ToInt64());
  // In [2**63, 2**64): subtract 2**63 to fit, then add it back.
  vm::BigInt low = vm::BigInt::Sub(x, vm::BigInt(uint64_t{1} << 63));
  return static_cast<uint64_t>(low.ToInt64()) + (uint64_t{1} << 63);
}

std::string RangeMessage(char code, int64_t size, bool is_unsigned) {
  uint64_t ulargest = size >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * size)) - 1;
  if (is_unsigned) return absl::StrFormat("'%c' format requires 0 <= number <= %u", code, ulargest);
  int64_t largest = static_cast<int64_t>(ulargest >> 1);
  return absl::StrFormat("'%c' format requires %d <= number <= %d", code, ~largest, largest);
}

// Packs one integer item; false with the exception pending. The checks
// and messages are those of the function CPython uses for the code in
// this byte order (see struct_module.h).
bool PackInt(Interp& vm, char* p, const Item& item, Order order, Value v) {
  vm::BigInt x;
  if (!IntArg(vm, v, &x)) return false;
  char code = item.code;
  int64_t size = item.size;
  bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' ||
                     code == 'N';
  // Which of CPython's packers: the native ones (np_*) for native mode,
  // for the one-byte codes everywhere and, on a little-endian host, for
  // the standard codes whose size is the native one (all but l and L).
  bool native_packer = order == Order::kNative || code == 'b' || code == 'B' ||
                       (order == Order::kLittle && std::endian::native == std::endian::little &&
                        code != 'l' && code != 'L');
  const char* out_of_range = "argument out of range";
  if (code == 'P') {
    // np_void_p: PyLong_AsVoidPtr.
    if (!FitsInt64(x) && !FitsUint64(x)) {
      RaiseStructError(vm, "int too large to convert");
      return false;
    }
    PutBits(p, FitsInt64(x) ? static_cast<uint64_t>(x.ToInt64()) : ToUint64(x), size, order);
    return true;
  }
  // The native packers of the one- and two-byte codes have messages of
  // their own; every other code's range message comes from RangeMessage.
  if (native_packer && (code == 'b' || code == 'B' || code == 'h' || code == 'H')) {
    if (!FitsInt64(x)) {
      RaiseStructError(vm, out_of_range);
      return false;
    }
    int64_t n = x.ToInt64();
    int64_t lo = 0, hi = 0;
    const char* message = nullptr;
    switch (code) {
      case 'b': lo = -128; hi = 127; message = "byte format requires -128 <= number <= 127"; break;
      case 'B': lo = 0; hi = 255; message = "ubyte format requires 0 <= number <= 255"; break;
      case 'h': lo = -32768; hi = 32767; message = "short format requires -32768 <= number <= 32767"; break;
      default: lo = 0; hi = 65535; message = "ushort format requires 0 <= number <= 65535"; break;
    }
    if (n < lo || n > hi) {
      RaiseStructError(vm, message);
      return false;
    }
    PutBits(p, static_cast<uint64_t>(n), size, order);
    return true;
  }
  // The standard packers (lp_*/bp_*) put 8-byte codes through
  // _PyLong_AsByteArray, whose OverflowError s_pack_internal words so.
  if (!native_packer && size == 8 && !(is_unsigned ? FitsUint64(x) : FitsInt64(x))) {
    RaiseStructError(vm, "int too large to convert");
    return false;
  }
  // The rest go through a C long or unsigned long, range-checked below
  // 8 bytes.
  if (is_unsigned) {
    if (!FitsUint64(x)) {
      RaiseStructError(vm, out_of_range);
      return false;
    }
    uint64_t n = ToUint64(x);
    if (size < 8 && n > (uint64_t{1} << (8 * size)) - 1) {
      RaiseStructError(vm, RangeMessage(code, size, true));
      return false;
    }
    PutBits(p, n, size, order);
    return true;
  }
  if (!FitsInt64(x)) {
    RaiseStructError(vm, out_of_range);
    return false;
  }
  int64_t n = x.ToInt64();
  if (size < 8) {
    int64_t largest = (int64_t{1} << (8 * size - 1)) - 1;
    if (n < ~largest || n > largest) {
      RaiseStructError(vm, RangeMessage(code, size, false));
      return false;
    }
  }
  PutBits(p, static_cast<uint64_t>(n), size, order);
  return true;
}

Value UnpackInt(Interp& vm, const char* p, const Item& item, Order order) {
  uint64_t bits = GetBits(p, item.size, order);
  char code = item.code;
  bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' ||
                     code == 'N' || code == 'P';
  if (is_unsigned) {
    if (bits <= static_cast<uint64_t>(kSsizeMax)) {
      return vm::IntFromInt64(vm, static_cast<int64_t>(bits));
    }
    return vm::IntFromBig(vm, vm::BigInt(bits));
  }
  int shift = static_cast<int>(64 - 8 * item.size);
  int64_t n = static_cast<int64_t>(bits << shift) >> shift;
  return vm::IntFromInt64(vm, n);
}

// ---- Floats --------------------------------------------------------------------

// PyFloat_Pack2's bits for `x`; false on overflow.
bool HalfBits(double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 1 : 0;
  int e = 0;
  uint32_t bits = 0;
  if (x == 0.0) {
    // ±0
  } else if (std::isinf(x)) {
    e = 0x1f;
  } else if (std::isnan(x)) {
    e = 0x1f;
    bits = 512;
  } else {
    double f = std::frexp(std::fabs(x), &e);
    f *= 2.0;  // [1, 2)
    e--;
    if (e >= 16) return false;
    if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = std::ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = static_cast<uint32_t>(f);
    if ((f - bits > 0.5) || ((f - bits == 0.5) && (bits % 2 == 1))) {
      ++bits;
      if (bits == 1024) {
        bits = 0;
        ++e;
        if (e == 31) return false;
      }
    }
  }
  *out = static_cast<uint16_t>(bits | (static_cast<uint32_t>(e) << 10) |
                               (static_cast<uint32_t>(sign) << 15));
  return true;
}

double HalfValue(uint16_t h) {
  bool sign = (h >> 15) != 0;
  int e = (h >> 10) & 0x1f;
  int f = h & 0x3ff;
  if (e == 0x1f) {
    if (f == 0) return sign ? -INFINITY : INFINITY;
    return sign ? -std::nan("") : std::nan("");
  }
  double x = f / 1024.0;
  if (e == 0) {
    e = -14;
  } else {
    x += 1.0;
    e -= 15;
  }
  x = std::ldexp(x, e);
  return sign ? -x : x;
}

bool FloatArg(Interp& vm, Value v, double* out) {
  if (vm::ToDouble(vm, v, out)) return true;
  if (!vm.ExceptionMatches(&vm::kTypeErrorType) && !vm.ExceptionMatches(&vm::kOverflowErrorType)) {
    return false;
  }
  vm.ClearException();
  RaiseStructError(vm, "required argument is not a float");
  return false;
}

bool PackFloat(Interp& vm, char* p, const Item& item, Order order, Value v) {
  double x = 0;
  if (!FloatArg(vm, v, &x)) return false;
  if (item.code == 'e') {
    uint16_t h = 0;
    if (!HalfBits(x, &h)) {
      vm.RaiseOverflowError("float too large to pack with e format");
      return false;
    }
    PutBits(p, h, 2, order);
  } else if (item.code == 'f') {
    float y = static_cast<float>(x);
    if (order != Order::kNative && std::isinf(y) && !std::isinf(x)) {
      vm.RaiseOverflowError("float too large to pack with f format");
      return false;
    }
    PutBits(p, std::bit_cast<uint32_t>(y), 4, order);
  } else {
    PutBits(p, std::bit_cast<uint64_t>(x), 8, order);
  }
  return true;
}

Value UnpackFloat(Interp& vm, const char* p, const Item& item, Order order) {
  double x = 0;
  if (item.code == 'e') {
    x = HalfValue(static_cast<uint16_t>(GetBits(p, 2, order)));
  } else if (item.code == 'f') {
    x = std::bit_cast<float>(static_cast<uint32_t>(GetBits(p, 4, order)));
  } else {
    x = std::bit_cast<double>(GetBits(p, 8, order));
  }
  return vm::NewFloat(vm, x);
}

// ---- Pack and unpack -------------------------------------------------------------

// Packs `args` by `format` into `out` (format.size bytes, zeroed).
// May run Python (__index__, __float__, __bool__); `out` must not move
// meanwhile, so callers pack into a C++ buffer and copy afterwards.
bool PackInto(Interp& vm, const Format& format, const Value* args, char* out) {
  size_t next = 0;
  for (const Item& item : format.items) {
    char* p = out + item.offset;
    if (item.code == 's' || item.code == 'p') {
      Value v = args[next++];
      std::string_view data;
      if (!vm::BytesLikeView(v, &data)) {
        RaiseStructError(vm, absl::StrFormat("argument for '%c' must be a bytes object", item.code));
        return false;
      }
      int64_t n = static_cast<int64_t>(data.size());
      if (item.code == 's') {
        if (n > item.count) n = item.count;
        std::memcpy(p, data.data(), static_cast<size_t>(n));
      } else if (item.count > 0) {
        if (n > item.count - 1) n = item.count - 1;
        std::memcpy(p + 1, data.data(), static_cast<size_t>(n));
        p[0] = static_cast<char>(n > 255 ? 255 : n);
      }
      continue;
    }
    for (int64_t k = 0; k < item.count; ++k, p += item.size) {
      Value v = args[next++];
      switch (item.code) {
        case 'c': {
          std::string_view data;
          if (!vm::BytesLikeView(v, &data) || data.size() != 1) {
            RaiseStructError(vm, "char format requires a bytes object of length 1");
            return false;
          }
          p[0] = data[0];
          break;
        }
        case '?': {
          int truth = vm::IsTrue(vm, v);
          if (truth < 0) return false;
          p[0] = static_cast<char>(truth);
          break;
        }
        case 'e': case 'f': case 'd':
          if (!PackFloat(vm, p, item, format.order, v)) return false;
          break;
        default:
          if (!PackInt(vm, p, item, format.order, v)) return false;
          break;
      }
    }
  }
  return true;
}

// A tuple of the values `data` (format.size bytes) holds.
Value Unpack(Interp& vm, const Format& format, std::string_view data) {
  if (!vm.ChargeItems(static_cast<uint64_t>(format.values))) return Value::Null();
  vm::TupleObject* t = vm::NewTuple(vm, static_cast<size_t>(format.values));
  if (t == nullptr) return Value::Null();
  Value result = Value::FromObject(t);
  vm::RootScope roots(vm);
  roots.Add(&result);
  size_t next = 0;
  for (const Item& item : format.items) {
    const char* p = data.data() + item.offset;
    if (item.code == 's' || item.code == 'p') {
      std::string_view bytes(p, static_cast<size_t>(item.count));
      if (item.code == 'p') {
        size_t n = item.count > 0 ? static_cast<unsigned char>(p[0]) : 0;
        if (item.count > 0 && n >= static_cast<size_t>(item.count)) n = item.count - 1;
        bytes = item.count > 0 ? std::string_view(p + 1, n) : std::string_view();
      }
      Value v = vm::NewBytesValue(vm, bytes);
      if (v.is_null()) return Value::Null();
      As<vm::TupleObject>(result)->items[next++] = v;
      continue;
    }
    for (int64_t k = 0; k < item.count; ++k, p += item.size) {
      Value v;
      switch (item.code) {
        case 'c': v = vm::NewBytesValue(vm, std::string_view(p, 1)); break;
        case '?': v = Value::Bool(p[0] != 0); break;
        case 'e': case 'f': case 'd': v = UnpackFloat(vm, p, item, format.order); break;
        default: v = UnpackInt(vm, p, item, format.order); break;
      }
      if (v.is_null()) return Value::Null();
      As<vm::TupleObject>(result)->items[next++] = v;
    }
  }
  return result;
}

// A buffer charged to the heap for the packed bytes (PackInto may run
// Python, so it cannot write into a bytes or bytearray that could move or
// be seen half-filled).
class PackBuffer {
 public:
  explicit PackBuffer(Interp& vm) : vm_(vm) {}
  ~PackBuffer() {
    if (data_ != nullptr) vm_.FreeBuffer(data_, size_);
  }
  PackBuffer(const PackBuffer&) = delete;
  PackBuffer& operator=(const PackBuffer&) = delete;

  // Zeroed `size` bytes; false with MemoryError pending.
  bool Allocate(size_t size) {
    if (size == 0) return true;
    data_ = static_cast<char*>(vm_.AllocBuffer(size));
    if (data_ == nullptr) return false;
    size_ = size;
    std::memset(data_, 0, size);
    return true;
  }
  char* data() { return data_; }
  std::string_view view() const { return {data_ == nullptr ? "" : data_, size_}; }

 private:
  Interp& vm_;
  char* data_ = nullptr;
  size_t size_ = 0;
};

// Packs `args` into *out (pack's count check first, naming `name`).
bool PackToBuffer(Interp& vm, const Format& format, const Value* args, size_t nargs,
                  const char* name, PackBuffer* out) {
  if (static_cast<int64_t>(nargs) != format.values) {
    RaiseStructError(vm, absl::StrFormat("%s expected %d items for packing (got %d)", name,
                                         format.values, nargs));
    return false;
  }
  // A result past what bytes may hold (CPython's 33-byte object header
  // would overflow Py_ssize_t): OverflowError, as _PyBytes_FromSize says;
  // one the whole budget could never hold: MemoryError, before any work.
  constexpr int64_t kCPythonBytesHeader = 33;
  if (format.size > std::numeric_limits<int64_t>::max() - kCPythonBytesHeader) {
    vm.Raise(&vm::kOverflowErrorType, "byte string is too large");
    return false;
  }
  if (!vm.CheckRequestFits(static_cast<uint64_t>(format.size))) return false;
  if (!vm.ChargeBytes(static_cast<uint64_t>(format.size)) ||
      !vm.ChargeItems(static_cast<uint64_t>(format.values)) ||
      !out->Allocate(static_cast<size_t>(format.size))) {
    return false;
  }
  return format.size == 0 || PackInto(vm, format, args, out->data());
}

// The view of a bytes-like buffer, or TypeError as CPython's "y*" says.
bool ReadableBuffer(Interp& vm, Value v, std::string_view* out) {
  if (vm::BytesLikeView(v, out)) return true;
  vm.RaiseFormat(&vm::kTypeErrorType, "a bytes-like object is required, not '%s'",
                 std::string(vm::TypeName(v)));
  return false;
}

enum class Direction { kPack, kUnpack };

// Resolves a negative *offset from the end of a `length`-byte buffer and
// checks that `format` fits at it, with the struct.error messages (and
// their order) of pack_into or unpack_from.
bool PlaceFormat(Interp& vm, const Format& format, int64_t length, Direction direction,
                 int64_t* offset) {
  const bool packing = direction == Direction::kPack;
  if (*offset < 0) {
    const bool no_room = *offset + format.size > 0;
    if (packing && no_room) {
      RaiseStructError(vm, absl::StrFormat("no space to pack %d bytes at offset %d",
                                           format.size, *offset));
      return false;
    }
    if (*offset + length < 0) {
      RaiseStructError(
          vm, absl::StrFormat("offset %d out of range for %d-byte buffer", *offset, length));
      return false;
    }
    if (no_room) {
      RaiseStructError(vm, absl::StrFormat("not enough data to unpack %d bytes at offset %d",
                                           format.size, *offset));
      return false;
    }
    *offset += length;
  }
  if (length - *offset < format.size) {
    RaiseStructError(
        vm, absl::StrFormat("%s requires a buffer of at least %d bytes for %s %d bytes at "
                            "offset %d (actual buffer size is %d)",
                            packing ? "pack_into" : "unpack_from",
                            // size_t as CPython's %zu: an offset near 2**63 must not overflow.
                            static_cast<uint64_t>(format.size) + static_cast<uint64_t>(*offset),
                            packing ? "packing" : "unpacking", format.size, *offset, length));
    return false;
  }
  return true;
}

// ---- Module functions --------------------------------------------------------------

// pack(format, /, *v)
Value StructPack(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "_struct.pack")) return Value::Null();
  if (args.nargs < 1) return vm.RaiseTypeError("missing format argument");
  Format format;
  if (!ParseFormat(vm, args.args[0], &format)) return Value::Null();
  PackBuffer packed(vm);
  if (!PackToBuffer(vm, format, args.args + 1, args.nargs - 1, "pack", &packed)) {
    return Value::Null();
  }
  return vm::NewBytesValue(vm, packed.view());
}

// pack_into(format, buffer, offset, /, *v)
Value StructPackInto(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "_struct.pack_into")) return Value::Null();
  if (args.nargs < 1) return vm.RaiseTypeError("missing format argument");
  Format format;
  if (!ParseFormat(vm, args.args[0], &format)) return Value::Null();
  if (args.nargs - 1 != static_cast<size_t>(format.values) + 2) {
    if (args.nargs < 2) return RaiseStructError(vm, "pack_into expected buffer argument");
    if (args.nargs < 3) return RaiseStructError(vm, "pack_into expected offset argument");
    return RaiseStructError(vm, absl::StrFormat("pack_into expected %d items for packing (got %d)",
                                                format.values, args.nargs - 3));
  }
  Value buffer = args.args[1];
  if (!vm::IsByteArray(buffer)) {
    return vm.RaiseFormat(&vm::kTypeErrorType,
                          "argument must be read-write bytes-like object, not %s",
                          std::string(vm::TypeName(buffer)));
  }
  // CPython reads the offset with PyNumber_AsSsize_t(offset, IndexError):
  // one too big for an index is an IndexError here.
  int64_t offset = 0;
  Value offset_arg = args.args[2];
  bool offset_ok = vm::IsIndexKey(offset_arg) ? vm::SubscriptIndex(vm, offset_arg, &offset)
                                              : vm::IndexToInt64(vm, offset_arg, &offset);
  if (!offset_ok) return Value::Null();
  // The placement is checked before packing, as CPython does (so a format
  // too big for the buffer is a struct.error, with nothing allocated for
  // it), and again after, since packing may run Python that resizes it.
  vm::ByteArrayObject* ba = As<vm::ByteArrayObject>(buffer);
  int64_t placed = offset;
  if (!PlaceFormat(vm, format, static_cast<int64_t>(ba->size), Direction::kPack, &placed)) {
    return Value::Null();
  }
  PackBuffer packed(vm);
  if (!PackToBuffer(vm, format, args.args + 3, args.nargs - 3, "pack_into", &packed)) {
    return Value::Null();
  }
  int64_t length = static_cast<int64_t>(ba->size);
  if (!PlaceFormat(vm, format, length, Direction::kPack, &offset)) return Value::Null();
  std::string_view bytes = packed.view();
  if (!bytes.empty()) std::memcpy(ba->data + offset, bytes.data(), bytes.size());
  return Value::None();
}

// unpack(format, buffer, /)
Value StructUnpack(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "_struct.unpack")) return Value::Null();
  if (args.nargs != 2) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "unpack expected 2 arguments, got %d", args.nargs);
  }
  Format format;
  if (!ParseFormat(vm, args.args[0], &format)) return Value::Null();
  std::string_view data;
  if (!ReadableBuffer(vm, args.args[1], &data)) return Value::Null();
  if (static_cast<int64_t>(data.size()) != format.size) {
    return RaiseStructError(vm, absl::StrFormat("unpack requires a buffer of %d bytes",
                                                format.size));
  }
  return Unpack(vm, format, data);
}

// unpack_from(format, /, buffer, offset=0)
Value StructUnpackFrom(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("unpack_from(format, /, buffer, offset=0)");
  Value argv[3];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  Format format;
  if (!ParseFormat(vm, argv[0], &format)) return Value::Null();
  int64_t offset = 0;
  if (!argv[2].is_null() && !vm::ClinicSsize(vm, argv[2], &offset)) return Value::Null();
  std::string_view data;
  if (!ReadableBuffer(vm, argv[1], &data)) return Value::Null();
  int64_t length = static_cast<int64_t>(data.size());
  if (!PlaceFormat(vm, format, length, Direction::kUnpack, &offset)) return Value::Null();
  return Unpack(vm, format, data.substr(static_cast<size_t>(offset)));
}

// calcsize(format, /)
Value StructCalcsize(Interp& vm, Value, CallArgs args) {
  // METH_O in CPython.
  if (!vm::CheckMethodOneArg(vm, args, "_struct.calcsize")) return Value::Null();
  Value argv[1] = {args.args[0]};
  Format format;
  if (!ParseFormat(vm, argv[0], &format)) return Value::Null();
  return vm::IntFromInt64(vm, format.size);
}

constexpr vm::MethodDef kStructFunctions[] = {
    {"pack", StructPack},
    {"pack_into", StructPackInto},
    {"unpack", StructUnpack},
    {"unpack_from", StructUnpackFrom},
    {"calcsize", StructCalcsize},
    {nullptr, nullptr},
};

}  // namespace

bool InitStructModule(Interp& vm, vm::ModuleObject* module) {
  for (const vm::MethodDef* def = kStructFunctions; def->name != nullptr; ++def) {
    if (!vm::ModuleAddFunction(vm, module, def)) return false;
  }
  return InitFrozenModuleWithTypeNames(vm, module);
}

}  // namespace moat::stdlib
