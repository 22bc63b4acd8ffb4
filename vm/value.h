// The tagged 64-bit Value.
//
// Layout of the bits (see vm/value_layout.md for the reasoning):
//
//   ...........................................1   small int: value = bits >> 1
//   ..........................................000   heap pointer (Object*), 8-aligned
//   0000000000000000000000000000000000000000000000   (all zero) "no value"
//   .......................................kkkk010   special constant, k = SpecialKind
//
// Small ints cover [-2^62, 2^62); larger results are promoted to IntObject
// (arbitrary precision). A Value never holds a "small int" outside that range,
// and an IntObject never holds a value inside it: ints have one canonical form,
// so equality of two small ints is equality of bits.
//
// The all-zero Value ("null") is never a Python object. Functions that return
// Value use it to say "an exception is pending on the Interp" (CPython's NULL);
// frames use it for unbound locals.
#ifndef MOAT_VM_VALUE_H_
#define MOAT_VM_VALUE_H_

#include <cstdint>

namespace moat::vm {

struct Object;

enum class SpecialKind : uint8_t {
  kNone = 0,
  kFalse = 1,
  kTrue = 2,
  kNotImplemented = 3,
  kEllipsis = 4,
};

class Value {
 public:
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 62);
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 62) - 1;

  constexpr Value() : bits_(0) {}

  static constexpr Value Null() { return Value(); }
  static constexpr Value None() { return Special(SpecialKind::kNone); }
  static constexpr Value True() { return Special(SpecialKind::kTrue); }
  static constexpr Value False() { return Special(SpecialKind::kFalse); }
  static constexpr Value Bool(bool b) { return b ? True() : False(); }
  static constexpr Value NotImplemented() {
    return Special(SpecialKind::kNotImplemented);
  }
  static constexpr Value Ellipsis() { return Special(SpecialKind::kEllipsis); }

  // Requires FitsSmallInt(v).
  static constexpr Value SmallInt(int64_t v) {
    return Value((static_cast<uint64_t>(v) << 1) | 1);
  }
  static constexpr bool FitsSmallInt(int64_t v) {
    return v >= kSmallIntMin && v <= kSmallIntMax;
  }
  static Value FromObject(const Object* o) {
    return Value(reinterpret_cast<uint64_t>(o));
  }
  static constexpr Value FromBits(uint64_t bits) { return Value(bits); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_small_int() const { return (bits_ & 1) != 0; }
  constexpr bool is_object() const { return (bits_ & 7) == 0 && bits_ != 0; }
  constexpr bool is_special() const { return (bits_ & 7) == 2; }
  constexpr bool is_none() const { return bits_ == None().bits_; }
  constexpr bool is_true() const { return bits_ == True().bits_; }
  constexpr bool is_false() const { return bits_ == False().bits_; }
  constexpr bool is_bool() const { return is_true() || is_false(); }
  constexpr bool is_not_implemented() const {
    return bits_ == NotImplemented().bits_;
  }

  constexpr int64_t small_int() const {
    return static_cast<int64_t>(bits_) >> 1;
  }
  Object* object() const { return reinterpret_cast<Object*>(bits_); }
  constexpr SpecialKind special_kind() const {
    return static_cast<SpecialKind>(bits_ >> 3);
  }
  constexpr uint64_t bits() const { return bits_; }

  // Identity (Python `is`).
  constexpr bool Is(Value other) const { return bits_ == other.bits_; }
  friend constexpr bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }

 private:
  constexpr explicit Value(uint64_t bits) : bits_(bits) {}
  static constexpr Value Special(SpecialKind k) {
    return Value((static_cast<uint64_t>(k) << 3) | 2);
  }
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace moat::vm

#endif  // MOAT_VM_VALUE_H_
