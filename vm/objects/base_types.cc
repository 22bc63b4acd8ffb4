// object, type, NoneType, NotImplementedType, ellipsis; type lookup helpers
// and the one place every built-in type is initialised.
#include "vm/objects/base_types.h"

#include <mutex>

#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/objects/bytes.h"
#include "vm/objects/complex.h"
#include "vm/objects/coroutine.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/generator.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/lru_cache.h"
#include "vm/objects/module.h"
#include "vm/objects/range.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/descriptor.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/mapping_proxy.h"
#include "vm/objects/slots.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"
#include "vm/warnings.h"

namespace moat::vm {

TypeObject kObjectType;
TypeObject kTypeType;
TypeObject kNoneType;
TypeObject kNotImplementedType;
TypeObject kEllipsisType;

TypeObject* TypeOfImmediate(Value v) {
  if (v.is_small_int()) return &kIntType;
  switch (v.special_kind()) {
    case SpecialKind::kNone:
      return &kNoneType;
    case SpecialKind::kFalse:
    case SpecialKind::kTrue:
      return &kBoolType;
    case SpecialKind::kNotImplemented:
      return &kNotImplementedType;
    case SpecialKind::kEllipsis:
      return &kEllipsisType;
  }
  return &kObjectType;
}

void InitStaticType(TypeObject* type, const char* name, TypeObject* base, uint32_t flags) {
  type->type = &kTypeType;
  type->gc_flags = kObjStatic;
  type->alloc_size = 0;
  type->name = name;
  type->base = base;
  type->type_flags = flags;
}

int64_t IdentityHash(Interp& vm, Value self) {
  if (!self.is_object()) {
    // NotImplemented and Ellipsis (the other immediates hash by value):
    // their bits are the same on every run.
    uint64_t x = self.bits();
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<int64_t>(x >> 2);
  }
  // Never from the address, which differs between runs: a serial given in
  // the order hashes are first asked for, which the program determines.
  uint64_t serial = vm.heap().IdentitySerial(self.object());
  if (serial == 0) {
    vm.RaiseMemoryError();
    return -1;
  }
  return static_cast<int64_t>(serial);  // 1, 2, 3...: never -1
}

Value IdentityId(Interp& vm, Value v) {
  uint64_t id;
  if (v.is_small_int()) {
    // Odd, one-to-one on [-2^62, 2^62), and small for small ints: the
    // zigzag code of v (0, -1, 1, -2... -> 0, 1, 2, 3...) times 2, plus 1.
    int64_t n = v.small_int();
    uint64_t zigzag = n >= 0 ? static_cast<uint64_t>(n) << 1
                             : (static_cast<uint64_t>(-(n + 1)) << 1) | 1;
    id = (zigzag << 1) | 1;
  } else if (v.is_special()) {
    id = (static_cast<uint64_t>(v.special_kind()) << 4) | 8;
  } else {
    uint64_t serial = vm.heap().IdentitySerial(v.object());
    if (serial == 0) {
      vm.RaiseMemoryError();
      return Value::Null();
    }
    // Serials stay far below 2^60 (each is a live object's table entry).
    id = serial << 4;
  }
  if (id <= static_cast<uint64_t>(Value::kSmallIntMax)) {
    return Value::SmallInt(static_cast<int64_t>(id));
  }
  return IntFromBig(vm, BigInt(id));
}

Value ReprWithAddress(Interp& vm, std::string head, Value v, std::string_view at) {
  Value id = IdentityId(vm, v);
  if (id.is_null()) return id;
  // Ids of heap objects are 16 times a serial far below 2^59: small ints.
  uint64_t n = id.is_small_int() ? static_cast<uint64_t>(id.small_int()) : 0;
  absl::StrAppend(&head, absl::string_view(at.data(), at.size()), "0x", absl::Hex(n), ">");
  return NewStrValue(vm, head);
}

Value DefaultObjectRepr(Interp& vm, Value v, std::string_view type_name) {
  return ReprWithAddress(vm, StrCat("<", type_name, " object"), v);
}

const MethodDef* FindMethod(const TypeObject* type, std::string_view name) {
  for (const TypeObject* t = type; t != nullptr; t = t->base) {
    if (t->methods == nullptr) continue;
    for (const MethodDef* m = t->methods; m->name != nullptr; ++m) {
      if (EqualsCString(name, m->name)) return m;
    }
  }
  return nullptr;
}

Value GenericGetAttr(Interp& vm, Value self, StrObject* name) {
  TypeObject* t = TypeOf(self);
  TypeAttr attr;
  if (!FindTypeAttr(vm, t, name, &attr)) {
    // An instance reads its type's docstring, which moat's built-in types
    // do not carry: None, as `int.__doc__` (a class holds its own entry).
    if (name->view() == "__doc__" && !IsUserClass(t)) return Value::None();
    return Value::Null();
  }
  return BindTypeAttr(vm, attr, self, t);
}

namespace {

Value ObjectRepr(Interp& vm, Value self) {
  return DefaultObjectRepr(vm, self, TypeQualifiedName(TypeOf(self)));
}

Value IdentityCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (op == CompareOp::kEq) return a.Is(b) ? Value::True() : Value::NotImplemented();
  if (op == CompareOp::kNe) {
    // object.__ne__ inverts the type's __eq__ (CPython object_richcompare).
    CompareFn eq = nullptr;
    for (TypeObject* t = TypeOf(a); t != nullptr && eq == nullptr; t = t->base) {
      eq = t->richcompare;
    }
    if (eq == nullptr || eq == IdentityCompare) {
      return a.Is(b) ? Value::False() : Value::NotImplemented();
    }
    Value r = eq(vm, a, b, CompareOp::kEq);
    if (r.is_null() || r.is_not_implemented()) return r;
    int t = IsTrue(vm, r);
    return t < 0 ? Value::Null() : Value::Bool(!t);
  }
  return Value::NotImplemented();
}


namespace {

// Whether CPython 3.11 calls built-in type `t` through _PyObject_MakeTpCall,
// a step of the recursion limit held while the construction runs: every
// type but those with a vectorcall (below), and str with one positional
// argument, which a warm call site specializes (PRECALL_NO_KW_STR_1) to
// PyObject_Str. So `raise ValueError(...)` or `int(s)` in the handler of a
// RecursionError fails again "while calling a Python object", as CPython's.
// User classes count their step in ClassConstruct.
bool TypeCallIsRecursionStep(const TypeObject* t, CallArgs args) {
  if ((t->type_flags & kTypeVectorcall) != 0) return false;
  return !(t == &kStrType && args.nargs == 1 && args.nkwargs() == 0);
}

}  // namespace

Value TypeCall(Interp& vm, Value callable, CallArgs args) {
  TypeObject* t = As<TypeObject>(callable);
  if (t == &kTypeType) {
    if (args.nargs == 1 && args.nkwargs() == 0) return Value::FromObject(TypeOf(args.args[0]));
    // CPython's type_new lets type(x, k=v) through to the one-argument
    // check of type_init.
    if (args.nargs == 1) return vm.RaiseTypeError("type() takes no keyword arguments");
    if (args.nargs == 3) {
      return vm.RaiseTypeError("type() with three arguments is not available in the sandbox");
    }
    return vm.RaiseTypeError("type() takes 1 or 3 arguments");
  }
  if (t->construct == nullptr) {
    if (IsRefusedConstructor(t->name)) {
      return vm.RaiseTypeError(RefusedConstructorMessage(t->name));
    }
    return vm.RaiseFormat(&kTypeErrorType, "cannot create '%s' instances", t->name);
  }
  if (!IsUserClass(t) && TypeCallIsRecursionStep(t, args)) {
    RecursiveCallGuard guard(vm, " while calling a Python object");
    if (!guard.ok()) return Value::Null();
    return t->construct(vm, callable, args);
  }
  return t->construct(vm, callable, args);
}






Value NoneRepr(Interp& vm, Value) { return Value::FromObject(vm.Intern("None")); }
// notimplemented_bool: true, with CPython 3.11's DeprecationWarning.
int NotImplementedTruth(Interp& vm, Value) {
  if (!WarnFromNative(vm, &kDeprecationWarningType,
                      "NotImplemented should not be used in a boolean context")) {
    return -1;
  }
  return 1;
}

Value NotImplementedRepr(Interp& vm, Value) {
  return Value::FromObject(vm.Intern("NotImplemented"));
}
Value EllipsisRepr(Interp& vm, Value) { return Value::FromObject(vm.Intern("Ellipsis")); }
int FalseTruth(Interp&, Value) { return 0; }
int64_t NoneHash(Interp&, Value) { return 0xFCA86420 >> 4; }

// type(None)(), type(NotImplemented)(), type(...)(): the singletons.
Value SingletonConstruct(Interp& vm, Value callable, CallArgs args) {
  TypeObject* t = As<TypeObject>(callable);
  if (args.nargs != 0 || args.nkwargs() != 0) {
    // ellipsis_new names the type by its types-module name.
    return vm.RaiseFormat(&kTypeErrorType, "%s takes no arguments",
                          t == &kEllipsisType ? "EllipsisType" : t->name);
  }
  if (t == &kNoneType) return Value::None();
  if (t == &kNotImplementedType) return Value::NotImplemented();
  return Value::Ellipsis();
}

void InitBaseTypesOnce() {
  InitStaticType(&kObjectType, "object", nullptr, kTypeBaseType);
  kObjectType.repr = ObjectRepr;
  kObjectType.hash = IdentityHash;
  kObjectType.richcompare = IdentityCompare;

  InitStaticType(&kTypeType, "type", &kObjectType, 0);
  kTypeType.call = TypeCall;

  InitStaticType(&kNoneType, "NoneType", &kObjectType, 0);
  kNoneType.repr = NoneRepr;
  kNoneType.truth = FalseTruth;
  kNoneType.hash = NoneHash;
  kNoneType.construct = SingletonConstruct;

  InitStaticType(&kNotImplementedType, "NotImplementedType", &kObjectType, 0);
  kNotImplementedType.repr = NotImplementedRepr;
  kNotImplementedType.truth = NotImplementedTruth;
  kNotImplementedType.construct = SingletonConstruct;

  InitStaticType(&kEllipsisType, "ellipsis", &kObjectType, 0);
  kEllipsisType.repr = EllipsisRepr;
  kEllipsisType.construct = SingletonConstruct;
}

}  // namespace

void InitBaseTypes() { InitBaseTypesOnce(); }

void InitAllTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    InitBaseTypes();
    InitIntType();
    InitFloatType();
    InitComplexType();
    InitStrType();
    InitBytesTypes();
    InitTupleType();
    InitListType();
    InitDictType();
    InitSetTypes();
    InitRangeTypes();
    InitIteratorTypes();
    InitFunctionTypes();
    InitLruCacheType();
    InitGeneratorType();
    InitCoroutineTypes();
    InitModuleType();
    InitExceptionTypes();
    InitSlotTypes();
    InitDescriptorTypes();
    InitClassSupport();
    InitGenericAliasTypes();
    InitMappingProxyType();
  });
}

}  // namespace moat::vm
