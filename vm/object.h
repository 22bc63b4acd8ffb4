// Heap objects and type objects.
//
// Every heap object starts with the Object header. Objects are allocated only
// through Interp::New (vm/interp.h), which charges the memory budget before
// allocating, and freed only by the collector (vm/gc.cc), which calls the
// type's `finalize` slot to release owned buffers.
//
// Built-in types are static, immutable, process-wide TypeObjects (flag
// kObjStatic); they are shared by every interpreter and never collected.
// Static objects are never linked into a heap and never mutated after start.
//
// Slot conventions (CPython's, see Include/cpython/object.h):
//   - A slot returning Value returns Value::Null() when it raised: the
//     exception is pending on the Interp.
//   - A slot returning int/int64_t returns -1 when it raised.
//   - `next` returns Null with NO exception pending when the iterator is
//     exhausted (tp_iternext's convention).
//   - binary/compare slots return Value::NotImplemented() for operand types
//     they do not handle; the caller then tries the other operand.
// Hazards: every slot may raise and allocate. Slots of user-defined classes
// (issue 3) may also run Python code, and so may collect: a slot caller that
// holds Values only in C++ locals across such a call must root them
// (vm/gc.h: RootScope).
#ifndef MOAT_VM_OBJECT_H_
#define MOAT_VM_OBJECT_H_

#include <compare>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/value.h"

namespace moat::vm {

class Interp;
class Heap;
class GcTracer;
struct TypeObject;
struct StrObject;
struct TupleObject;

// The collector's mark of an object too large for the block pool; a pooled
// object's mark is a bit of its chunk (Heap::Mark, vm/heap.h).
inline constexpr uint32_t kObjMarked = 1u << 0;
inline constexpr uint32_t kObjStatic = 1u << 1;  // never collected, immutable
// Has an entry in its heap's identity table (vm/heap.h IdentitySerial).
inline constexpr uint32_t kObjHasIdentity = 1u << 2;
// (Bits 3 and 4 are the collector's own, vm/gc.cc.)
// An exact str that an in-place append made and stored in one local, never
// loaded since but by the next append: nothing else references it, so the
// next `s += t` may extend it in place (vm/objects/str.h StrAppendInPlace).
inline constexpr uint32_t kObjAppendOwned = 1u << 5;
// A dict that is a class's namespace: a change to its set of keys
// invalidates the type attribute cache (vm/type_attr_cache.h).
inline constexpr uint32_t kObjClassNamespace = 1u << 6;

struct Object {
  TypeObject* type;
  uint32_t gc_flags;
  uint32_t alloc_size;  // bytes of this struct (Heap::AllocateObject charges them)
};

// Python comparison operators, numbered as COMPARE_OP's oparg.
enum class CompareOp : uint8_t { kLt = 0, kLe = 1, kEq = 2, kNe = 3, kGt = 4, kGe = 5 };

// Whether an ordering of two operands satisfies `op` (an unordered result,
// NaN's, satisfies only kNe). The one mapping from <=> to a Python operator.
inline bool OrderingSatisfies(std::partial_ordering r, CompareOp op) {
  switch (op) {
    case CompareOp::kLt: return r < 0;
    case CompareOp::kLe: return r <= 0;
    case CompareOp::kEq: return r == 0;
    case CompareOp::kNe: return r != 0;
    case CompareOp::kGt: return r > 0;
    case CompareOp::kGe: return r >= 0;
  }
  return false;
}

// Binary operators, numbered as BINARY_OP's oparg (NB_* in opcode.py).
// The in-place forms are these plus kInplaceOffset.
enum class BinaryOp : uint8_t {
  kAdd = 0,
  kAnd = 1,
  kFloorDivide = 2,
  kLshift = 3,
  kMatrixMultiply = 4,
  kMultiply = 5,
  kRemainder = 6,
  kOr = 7,
  kPower = 8,
  kRshift = 9,
  kSubtract = 10,
  kTrueDivide = 11,
  kXor = 12,
};
inline constexpr int kNumBinaryOps = 13;
inline constexpr int kInplaceOffset = 13;

enum class UnaryOp : uint8_t { kNegative, kPositive, kInvert };

// Arguments of a native call, vectorcall style: `args[0..nargs)` are the
// positional arguments and, if kwnames is not null, the next
// len(kwnames) entries are the keyword arguments' values in kwnames order.
struct CallArgs {
  const Value* args = nullptr;
  size_t nargs = 0;
  TupleObject* kwnames = nullptr;
  size_t nkwargs() const;
  // Declared so that the C++ ABI passes CallArgs by reference to a copy
  // the caller builds with three 8-byte stores. Passed by value, GCC
  // copies a just-built CallArgs into the argument area with a 16-byte
  // load of two 8-byte stores, which stalls on store forwarding: about a
  // tenth of a str method call's time. It does nothing, so a computed goto
  // that leaves a scope of RunFrame without running it is harmless.
  constexpr ~CallArgs() {}
};

// A native function or method. `self` is the bound object for methods, the
// module for module functions, Null for plain builtins.
using NativeFn = Value (*)(Interp& vm, Value self, CallArgs args);

enum class MethodKind : uint8_t {
  kMethod,        // bound to an instance: fn(vm, instance, args)
  kClassMethod,   // fn(vm, type, args)
  kStaticMethod,  // fn(vm, Null, args)
  kGetter,        // attribute: fn(vm, instance, no args)
};

struct MethodDef {
  const char* name;  // nullptr terminates a table
  NativeFn fn;
  MethodKind kind = MethodKind::kMethod;
  const char* doc = nullptr;
  // CPython declares it METH_VARARGS: called through a bound method object
  // (`f = b''.count; f(x=1)`), a keyword is refused with the bare name,
  // "count() takes no keyword arguments" (cfunction_call), where a call
  // through the type names it with its type, as `fn` itself does.
  bool varargs = false;
  // Each call is a step of the recursion limit, as in CPython 3.11 for a
  // METH_NOARGS, METH_O or METH_VARARGS method of a built-in type: every
  // path checks it (method_vectorcall_*, cfunction_vectorcall_*, and the
  // CALL_NO_KW_METHOD_DESCRIPTOR_{NOARGS,O} specializations), so a call
  // at the limit (`d.items()`, `seen.add(x)` in a runaway recursion) fails
  // there "while calling a Python object". METH_FASTCALL ones are counted
  // only until their call site is specialized, and list.append's
  // specialization skips the check: those are counted by CALL while its
  // code is unspecialized (CodeObject::warmup_steps, CallNative).
  bool counted = false;
};

// A table entry for a method CPython declares METH_VARARGS (above).
constexpr MethodDef VarArgsMethod(const char* name, NativeFn fn) {
  return MethodDef{name, fn, MethodKind::kMethod, nullptr, true, true};
}

// A table entry for a method CPython declares METH_NOARGS or METH_O.
constexpr MethodDef CountedMethod(const char* name, NativeFn fn) {
  return MethodDef{name, fn, MethodKind::kMethod, nullptr, false, true};
}

using TraceFn = void (*)(Object* self, GcTracer& tracer);
using FinalizeFn = void (*)(Heap& heap, Object* self);
using UnaryFn = Value (*)(Interp& vm, Value self);
using BinaryFn = Value (*)(Interp& vm, Value a, Value b);
using CompareFn = Value (*)(Interp& vm, Value a, Value b, CompareOp op);
using HashFn = int64_t (*)(Interp& vm, Value self);
using LenFn = int64_t (*)(Interp& vm, Value self);
using TruthFn = int (*)(Interp& vm, Value self);
using ContainsFn = int (*)(Interp& vm, Value self, Value item);
using GetItemFn = Value (*)(Interp& vm, Value self, Value key);
// `value` Null means delete.
using SetItemFn = int (*)(Interp& vm, Value self, Value key, Value value);
using CallFn = Value (*)(Interp& vm, Value callable, CallArgs args);
using GetAttrFn = Value (*)(Interp& vm, Value self, StrObject* name);
using SetAttrFn = int (*)(Interp& vm, Value self, StrObject* name, Value value);
// __new__ of a built-in type: a fresh instance of `subtype` (the type itself
// or a user class deriving from it) with the built-in part initialised.
using NewFn = Value (*)(Interp& vm, TypeObject* subtype, CallArgs args);
// __init__ of a built-in type: 0 on success, -1 with an exception pending.
using InitFn = int (*)(Interp& vm, Value self, CallArgs args);

inline constexpr uint32_t kTypeBaseType = 1u << 0;    // may be subclassed
inline constexpr uint32_t kTypeHeapType = 1u << 1;    // a user class
inline constexpr uint32_t kTypeException = 1u << 2;   // BaseException family
inline constexpr uint32_t kTypeSequence = 1u << 3;    // for match
inline constexpr uint32_t kTypeMapping = 1u << 4;     // for match
// Instances hold their items inline after the struct (tuple, str), so a
// subclass's instance-dict pointer goes at the end of each allocation
// rather than at a fixed offset (vm/objects/type.h InstanceAllocSize).
inline constexpr uint32_t kTypeVarSize = 1u << 5;
// A user class deriving from `type` (a metaclass): its instances are classes
// (vm/objects/type.h IsMetaclass).
inline constexpr uint32_t kTypeMetaclass = 1u << 6;
// The class has a non-empty __abstractmethods__ (set by abc.ABCMeta):
// object.__new__ refuses to instantiate it, as CPython's Py_TPFLAGS_IS_ABSTRACT.
inline constexpr uint32_t kTypeAbstract = 1u << 7;
// A user class on the MRO defines __del__: the heap registers each new
// instance as finalizable (vm/finalize.h).
inline constexpr uint32_t kTypeHasFinalizer = 1u << 8;
// Subscripting the type makes a types.GenericAlias, as a built-in
// __class_getitem__ does (a native module's type: re.Pattern[str]).
inline constexpr uint32_t kTypeGeneric = 1u << 9;
// A user class made by a class statement of moat's own modules
// (CodeOrigin::kMoatModule; not inherited): only such a dict subclass may be
// the namespace a metaclass's __prepare__ gives a class body (enum's
// _EnumDict), so no script code runs at a class body's name bindings.
inline constexpr uint32_t kTypeMoatModuleClass = 1u << 10;
// A native stand-in for a CPython class whose instances have a `__dict__`
// (`exit`'s _sitebuiltins.Quitter): moat withholds it, where for another
// built-in type's instance `__dict__` is simply missing (vm/ops.cc).
inline constexpr uint32_t kTypeInstanceDictWithheld = 1u << 11;
// A class of moat's modules standing in for a CPython C type, which
// _set_type_name gave its dotted tp_name (decimal.Decimal): it has no
// sequence table unless its base gives one (vm/ops.cc
// HasRepeatlessSequenceTable). Not inherited.
inline constexpr uint32_t kTypeCTypeStandIn = 1u << 12;
// A stand-in whose C type is immutable (decimal.Decimal, but not
// time.struct_time): its class setattr and delattr raise "cannot set ...
// attribute of immutable type" as a built-in type's, once kTypeSealed is set.
// _set_type_name sets this one; the module's import sets kTypeSealed when its
// body ends (vm/import.cc SealStandInTypes), so the body itself may still
// finish the class. Neither is inherited: a script's subclass is mutable.
inline constexpr uint32_t kTypeImmutableStandIn = 1u << 13;
inline constexpr uint32_t kTypeSealed = 1u << 14;
// A stand-in whose C type lacks Py_TPFLAGS_BASETYPE (odict_keys,
// datetime.timezone): a class statement naming it as a base raises "type
// '...' is not an acceptable base type" (_set_type_name's `final`). Not
// inherited, since nothing derives from it.
inline constexpr uint32_t kTypeFinalStandIn = 1u << 15;
// functools.partial's stand-in class (functools' _inline_partial_calls):
// the loop calls a partial's Python func in func's own frame, as CPython's
// partial_vectorcall, with no frame or recursion step of partial.__call__
// (vm/interpreter.cc TryFrameForPartialCall). Not inherited: a subclass's
// instances are called through __call__.
inline constexpr uint32_t kTypePartialCall = 1u << 16;
// Its getitem slot is CPython's sq_item alone, without mp_subscript
// (collections.deque): PyMapping_Check is false for it and for subclasses
// that keep the slot, so `'%(a)s' % deque()` wants a mapping.
inline constexpr uint32_t kTypeSequenceItemOnly = 1u << 17;
// CPython calls the type through its tp_vectorcall (list, dict, enumerate,
// map...), not _PyObject_MakeTpCall: calling it counts no recursion step
// (vm/objects/base_types.cc TypeCall). Not inherited.
inline constexpr uint32_t kTypeVectorcall = 1u << 18;
// A native type whose constructor, as CPython's tp_new given the call's
// dict, takes keywords of any type (operator.methodcaller): a `**` dict
// with a key that is not a str reaches it in CallArgs::kwnames
// (vm/interpreter.cc KeywordsAreStrings). Not inherited.
inline constexpr uint32_t kTypeAnyKeywords = 1u << 19;

struct TypeObject : Object {
  const char* name;
  TypeObject* base;  // nullptr only for `object`
  uint32_t type_flags;
  const MethodDef* methods;  // nullptr-terminated, may be nullptr

  TraceFn trace;
  FinalizeFn finalize;

  UnaryFn repr;
  UnaryFn str;  // nullptr: use repr
  HashFn hash;  // nullptr: unhashable
  CompareFn richcompare;
  TruthFn truth;  // nullptr: use len, else always true
  LenFn len;
  ContainsFn contains;
  GetItemFn getitem;
  SetItemFn setitem;
  UnaryFn iter;
  UnaryFn next;
  CallFn call;
  GetAttrFn getattr;  // nullptr: generic lookup in `methods`
  SetAttrFn setattr;  // nullptr: attributes are read-only

  BinaryFn binary[kNumBinaryOps];
  BinaryFn inplace[kNumBinaryOps];  // nullptr: fall back to binary
  UnaryFn negative;
  UnaryFn positive;
  UnaryFn invert;
  UnaryFn absolute;
  UnaryFn index;     // __index__: returns an int Value
  UnaryFn to_int;    // int(x)
  UnaryFn to_float;  // float(x)
  // Constructor: type(args). Receives the type being called.
  CallFn construct;

  // Subclassing (vm/objects/type.h). A user class may derive from a built-in
  // type only if it has `new_instance`; `basic_size` is the byte size of its
  // instances (a user class adds its instance-dict pointer after that).
  uint32_t basic_size;
  NewFn new_instance;
  InitFn init;
};

// The type of an immediate (small int or special) Value.
TypeObject* TypeOfImmediate(Value v);

// The type of a Value, for every kind of Value (never nullptr for non-null).
// Inline for heap objects: it runs in every call, comparison and lookup.
inline TypeObject* TypeOf(Value v) {
  if (v.is_object()) [[likely]] return v.object()->type;
  return TypeOfImmediate(v);
}

// True if `type` is `base` or derives from it (along the MRO for user
// classes, the base chain for built-in types).
bool IsSubtype(const TypeObject* type, const TypeObject* base);

inline bool HasType(Value v, const TypeObject* t) {
  return v.is_object() && v.object()->type == t;
}

template <typename T>
T* As(Value v) {
  return static_cast<T*>(v.object());
}

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECT_H_
