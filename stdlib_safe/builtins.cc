// The builtins namespace (see builtins.h): CPython 3.11's
// Python/bltinmodule.c, function by function, in its alphabetical order,
// then the table that installs them.
//
// Argument handling mirrors each function's CPython calling convention,
// because the error texts differ with it: METH_O functions (abs, len, ...)
// use CheckMethodOneArg ("len() takes exactly one argument (0 given)"),
// positional-only clinic functions (divmod, getattr, ...) use
// CheckNoKeywords + CheckPositionalCount ("divmod expected 2 arguments, got
// 1"), and functions with keywords use an ArgSpec.
//
// Rooting: loops hold their iterator, running result and current item in a
// RootScope, because __next__, __eq__, __lt__, __add__, key functions and
// __str__ may run Python and collect. Native loops also charge the
// instruction budget per item (NativeLoopSafepoint); sum, min and max,
// which always drain their iterable, charge a known length (a range) up
// front as well, so sum(range(10**15)) ends at once.
#include "stdlib_safe/builtins.h"

#include <cstdint>
#include <cstdio>
#include <string>

#include "stdlib_safe/builtin_iterators.h"
#include "stdlib_safe/builtins_introspect.h"
#include "stdlib_safe/native_util.h"
#include "stdlib_safe/stdin_stream.h"
#include "stdlib_safe/sys_module.h"
#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/format.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codecs.h"
#include "vm/objects/complex.h"
#include "vm/objects/coroutine.h"
#include "vm/objects/descriptor.h"
#include "vm/objects/dict.h"
#include "vm/objects/method_args.h"
#include "vm/objects/slots.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/range.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/objects/weakref.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"

namespace moat::stdlib {

namespace {

using vm::ArgSpec;
using vm::As;
using vm::BigInt;
using vm::BinaryOp;
using vm::CallArgs;
using vm::CompareOp;
using vm::Interp;
using vm::ListObject;
using vm::RootScope;
using vm::StrObject;
using vm::TupleObject;
using vm::TypeObject;
using vm::Value;

// print() writes its text in chunks of about this size, so printing a huge
// string does not hold a second copy of it.
constexpr size_t kPrintChunk = 64 * 1024;

std::string TypeNameOf(Value v) { return std::string(vm::TypeName(v)); }

// PyLong_CheckExact: an int that is neither a bool nor a subclass instance.
bool IsExactInt(Value v) { return v.is_small_int() || vm::IsBigInt(v); }
bool IsExactFloat(Value v) { return vm::HasType(v, &vm::kFloatType); }

Value NewInt(Interp& vm, int64_t v) { return vm::IntFromInt64(vm, v); }

// ---- abs, all, any, ascii ---------------------------------------------------------

}  // namespace

Value NumberAbsolute(Interp& vm, Value x) {
  if (x.is_small_int()) {
    int64_t v = x.small_int();
    return NewInt(vm, v < 0 ? -v : v);
  }
  vm::UnaryFn absolute = FindSlot(vm::TypeOf(x), &TypeObject::absolute);
  if (absolute == nullptr) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "bad operand type for abs(): '%s'",
                          TypeNameOf(x));
  }
  return absolute(vm, x);
}

namespace {

Value BuiltinAbs(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "abs")) return Value::Null();
  return NumberAbsolute(vm, args.args[0]);
}

// all() and any(): stop at the first item whose truth is `stop_on`.
Value AllAny(Interp& vm, CallArgs args, const char* name, bool stop_on) {
  if (!vm::CheckMethodOneArg(vm, args, name)) return Value::Null();
  Value it = vm::GetIter(vm, args.args[0]);
  if (it.is_null()) return it;
  RootScope roots(vm);
  roots.Add(&it);
  for (;;) {
    Value item = vm::IterNext(vm, it);
    if (item.is_null()) return vm.HasException() ? item : Value::Bool(!stop_on);
    int truth = vm::IsTrue(vm, item);
    if (truth < 0) return Value::Null();
    if ((truth != 0) == stop_on) return Value::Bool(stop_on);
    if (!NativeLoopSafepoint(vm)) return Value::Null();
  }
}

Value BuiltinAll(Interp& vm, Value, CallArgs args) { return AllAny(vm, args, "all", false); }
Value BuiltinAny(Interp& vm, Value, CallArgs args) { return AllAny(vm, args, "any", true); }

// PyObject_ASCII: repr() with non-ASCII code points escaped as
// backslashreplace does (\xe9, \u1234, \U0001f600).
Value BuiltinAscii(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "ascii")) return Value::Null();
  Value r = vm::Repr(vm, args.args[0]);
  if (r.is_null()) return r;
  StrObject* s = As<StrObject>(r);
  if (s->ascii) return r;
  vm::StrWriter out(vm);
  std::string_view text = s->view();
  size_t pos = 0;
  char escape[12];
  while (pos < text.size()) {
    uint32_t cp = vm::DecodeUtf8(text, &pos);
    bool ok;
    if (cp < 0x80) {
      ok = out.AppendCodePoint(cp);
    } else {
      int n = cp < 0x100     ? std::snprintf(escape, sizeof escape, "\\x%02x", cp)
              : cp < 0x10000 ? std::snprintf(escape, sizeof escape, "\\u%04x", cp)
                             : std::snprintf(escape, sizeof escape, "\\U%08x", cp);
      ok = out.AppendAscii(std::string_view(escape, n));
    }
    if (!ok) return Value::Null();
  }
  return out.FinishValue();
}

// ---- bin, callable, chr -------------------------------------------------------------

// PyNumber_ToBase: "0b101", "-0x1f" (the sign goes before the prefix).
Value ToBase(Interp& vm, CallArgs args, const char* name, int base) {
  if (!vm::CheckMethodOneArg(vm, args, name)) return Value::Null();
  Value i = vm::NumberIndex(vm, args.args[0]);
  if (i.is_null()) return i;
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  std::string digits;
  if (i.is_small_int()) {
    int64_t v = i.small_int();
    uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    int shift = base == 2 ? 1 : base == 8 ? 3 : 4;
    do {
      digits.push_back("0123456789abcdef"[mag & (base - 1)]);
      mag >>= shift;
    } while (mag != 0);
    digits.append(prefix[1] == 'b' ? "b0" : prefix[1] == 'o' ? "o0" : "x0");
    if (v < 0) digits.push_back('-');
    return vm::NewStrValue(vm, std::string(digits.rbegin(), digits.rend()));
  }
  // The digits (charged to both budgets before they are made), then the
  // prefix after the sign.
  vm::ScratchCharge scratch(vm);
  std::string t;
  if (!vm::IntDigits(vm, i, base, &scratch, &t)) return Value::Null();
  size_t at = !t.empty() && t[0] == '-' ? 1 : 0;
  t.insert(at, prefix);
  return vm::NewStrValue(vm, t);
}

Value BuiltinBin(Interp& vm, Value, CallArgs args) { return ToBase(vm, args, "bin", 2); }
Value BuiltinOct(Interp& vm, Value, CallArgs args) { return ToBase(vm, args, "oct", 8); }
Value BuiltinHex(Interp& vm, Value, CallArgs args) { return ToBase(vm, args, "hex", 16); }

bool IsCallable(Value v) { return FindSlot(vm::TypeOf(v), &TypeObject::call) != nullptr; }

Value BuiltinCallable(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "callable")) return Value::Null();
  return Value::Bool(IsCallable(args.args[0]));
}

// chr(i): the argument goes through _PyLong_AsInt first, so values outside
// C int raise OverflowError before the range check.
Value BuiltinChr(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "chr")) return Value::Null();
  Value i = vm::NumberIndex(vm, args.args[0]);
  if (i.is_null()) return i;
  int64_t v;
  if (!vm::IntToInt64(i, &v) || v < INT32_MIN || v > INT32_MAX) {
    return vm.RaiseOverflowError("Python int too large to convert to C int");
  }
  if (v < 0 || v > 0x10FFFF) return vm.RaiseValueError("chr() arg not in range(0x110000)");
  StrObject* s = vm::StrFromCodePoint(vm, static_cast<uint32_t>(v));
  return s == nullptr ? Value::Null() : Value::FromObject(s);
}

// ---- divmod, format, getattr, hasattr, hash -------------------------------------

// The nb_divmod slot CPython's binary_op1 finds on a value's type: a class
// that defines __divmod__ or __rdivmod__ has slot_nb_divmod (one function
// for every such class, which tries both operands' methods itself);
// otherwise int's or float's, which their subclasses inherit.
enum class DivmodSlot { kNone, kUser, kInt, kFloat };

DivmodSlot FindDivmodSlot(Interp& vm, Value v) {
  if (vm::DefinesBinaryPair(vm, vm::TypeOf(v), vm.Intern("__divmod__"),
                            vm.Intern("__rdivmod__"))) {
    return DivmodSlot::kUser;
  }
  if (vm::IsInt(v)) return DivmodSlot::kInt;
  if (vm::IsFloat(v)) return DivmodSlot::kFloat;
  return DivmodSlot::kNone;
}

Value CallDivmodSlot(Interp& vm, DivmodSlot slot, Value a, Value b) {
  switch (slot) {
    case DivmodSlot::kUser: return vm::CallUserBinary(vm, a, b, "__divmod__", "__rdivmod__");
    case DivmodSlot::kInt: return vm::IntDivmod(vm, a, b);
    case DivmodSlot::kFloat: return vm::FloatDivmodValue(vm, a, b);
    case DivmodSlot::kNone: break;
  }
  return Value::NotImplemented();
}

// divmod(a, b): binary_op1's order, so `divmod(2.5, C())` is float's answer
// even when C defines __rdivmod__, unless C derives from float.
Value BuiltinDivmod(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "divmod", 2, 2)) {
    return Value::Null();
  }
  Value a = args.args[0];
  Value b = args.args[1];
  DivmodSlot sa = FindDivmodSlot(vm, a);
  DivmodSlot sb = vm::TypeOf(a) != vm::TypeOf(b) ? FindDivmodSlot(vm, b) : DivmodSlot::kNone;
  if (sb == sa) sb = DivmodSlot::kNone;
  if (sa != DivmodSlot::kNone) {
    if (sb != DivmodSlot::kNone && vm::IsSubtype(vm::TypeOf(b), vm::TypeOf(a))) {
      Value r = CallDivmodSlot(vm, sb, a, b);
      if (r.is_null() || !r.is_not_implemented()) return r;
      sb = DivmodSlot::kNone;
    }
    Value r = CallDivmodSlot(vm, sa, a, b);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  if (sb != DivmodSlot::kNone) {
    Value r = CallDivmodSlot(vm, sb, a, b);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  return vm.RaiseFormat(&vm::kTypeErrorType,
                        "unsupported operand type(s) for divmod(): '%s' and '%s'",
                        TypeNameOf(a), TypeNameOf(b));
}

Value BuiltinFormat(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "format", 1, 2)) {
    return Value::Null();
  }
  std::string_view spec;
  if (args.nargs == 2) {
    Value s = args.args[1];
    if (!vm::IsStr(s)) {
      return vm.RaiseFormat(&vm::kTypeErrorType, "format() argument 2 must be str, not %s",
                            vm::ClinicTypeName(s));
    }
    spec = As<StrObject>(s)->view();
  }
  return vm::FormatValue(vm, args.args[0], spec);
}

bool CheckAttributeName(Interp& vm, Value name) {
  if (vm::IsStr(name)) return true;
  vm.RaiseFormat(&vm::kTypeErrorType, "attribute name must be string, not '%s'",
                 TypeNameOf(name));
  return false;
}

// getattr(object, name[, default]), through GetAttr so the sandbox's
// attribute policy applies; a default replaces AttributeError only.
Value BuiltinGetattr(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "getattr", 2, 3)) {
    return Value::Null();
  }
  if (!CheckAttributeName(vm, args.args[1])) return Value::Null();
  Value v = vm::GetAttr(vm, args.args[0], As<StrObject>(args.args[1]));
  if (v.is_null() && args.nargs == 3 && vm.ExceptionMatches(&vm::kAttributeErrorType)) {
    vm.ClearException();
    return args.args[2];
  }
  return v;
}

Value BuiltinHasattr(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "hasattr", 2, 2)) {
    return Value::Null();
  }
  if (!CheckAttributeName(vm, args.args[1])) return Value::Null();
  Value v = vm::GetAttr(vm, args.args[0], As<StrObject>(args.args[1]));
  if (!v.is_null()) return Value::True();
  if (!vm.ExceptionMatches(&vm::kAttributeErrorType)) return v;
  vm.ClearException();
  return Value::False();
}

Value BuiltinSetattr(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "setattr", 3, 3)) {
    return Value::Null();
  }
  if (!CheckAttributeName(vm, args.args[1])) return Value::Null();
  if (vm::SetAttr(vm, args.args[0], As<StrObject>(args.args[1]), args.args[2]) < 0) {
    return Value::Null();
  }
  return Value::None();
}

Value BuiltinDelattr(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "delattr", 2, 2)) {
    return Value::Null();
  }
  if (!CheckAttributeName(vm, args.args[1])) return Value::Null();
  if (vm::SetAttr(vm, args.args[0], As<StrObject>(args.args[1]), Value::Null()) < 0) {
    return Value::Null();
  }
  return Value::None();
}

Value BuiltinHash(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "hash")) return Value::Null();
  int64_t h = vm::Hash(vm, args.args[0]);
  if (h == -1 && vm.HasException()) return Value::Null();
  return NewInt(vm, h);
}

// id(): never an address (vm/objects/base_types.h IdentityId).
Value BuiltinId(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "id")) return Value::Null();
  return vm::IdentityId(vm, args.args[0]);
}

// ---- isinstance, issubclass, iter, len ---------------------------------------------

// The `hook` (__instancecheck__ or __subclasscheck__) of an instance of a
// user class (or of a class whose metaclass defines it) used as
// isinstance's or issubclass's second argument, looked up
// on its type as PyObject_IsInstance does for what is neither a type nor a
// tuple (typing's subscripted aliases define one): the truth of
// hook(arg), -1 with the error pending, or 2 when there is no such hook.
// Runs Python code.
int CallTypeCheckHook(Interp& vm, Value cls, const char* hook, Value arg) {
  if (!vm::IsUserClass(vm::TypeOf(cls))) return 2;
  Value check = vm::LookupSpecial(vm, cls, vm.Intern(hook));
  if (check.is_null()) return vm.HasException() ? -1 : 2;
  RootScope roots(vm);
  roots.Add(&check);
  Value result = vm.Call(check, CallArgs{&arg, 1, nullptr});
  if (result.is_null()) return -1;
  return vm::IsTrue(vm, result);
}

// obj.__class__ as isinstance reads it: Null with nothing pending when
// the attribute is absent or raises AttributeError, Null with the error
// pending when it raises anything else. Runs Python code.
Value ClaimedClass(Interp& vm, Value obj) {
  Value claimed = vm::GetAttrOptional(vm, obj, vm.Intern("__class__"));
  if (claimed.is_null() && vm.HasException() &&
      vm.ExceptionMatches(&vm::kAttributeErrorType)) {
    vm.ClearException();
  }
  return claimed;
}

// isinstance's second chance for an object that is not an instance of `cls`
// by type: a proxy's `__class__` (a property, or __getattribute__) naming
// another class counts (CPython object_isinstance). Only an instance of a
// user class, or a weak proxy (its referent's class), can answer with
// anything but its own type. Runs Python code.
int IsInstanceByClassAttr(Interp& vm, Value obj, TypeObject* cls) {
  // Among the built-in types only the weak proxies forward `__class__`.
  const TypeObject* t = vm::TypeOf(obj);
  if (!vm::IsUserClass(t) && t != &vm::kWeakProxyType && t != &vm::kWeakCallableProxyType) {
    return 0;
  }
  Value claimed = ClaimedClass(vm, obj);
  if (claimed.is_null()) return vm.HasException() ? -1 : 0;
  if (!vm::IsType(claimed) || As<TypeObject>(claimed) == vm::TypeOf(obj)) return 0;
  return vm::IsSubtype(As<TypeObject>(claimed), cls) ? 1 : 0;
}

// CPython's abstract_get_bases for an object that is not a class: its
// `__bases__` if that is a tuple, else Null (an AttributeError is
// swallowed; any other error stays pending). Runs Python code.
Value AbstractBases(Interp& vm, Value obj) {
  Value bases = vm::GetAttrOptional(vm, obj, vm.Intern("__bases__"));
  if (bases.is_null()) {
    if (vm.HasException() && vm.ExceptionMatches(&vm::kAttributeErrorType)) {
      vm.ClearException();
    }
    return Value::Null();
  }
  return vm::IsTuple(bases) ? bases : Value::Null();
}

// check_class: whether `obj` is a class or has a tuple `__bases__`; raises
// TypeError(`error`) when not, unless looking it up raised. Runs Python code.
bool CheckAbstractClass(Interp& vm, Value obj, const char* error) {
  if (vm::IsType(obj)) return true;
  if (!AbstractBases(vm, obj).is_null()) return true;
  if (!vm.HasException()) vm.RaiseTypeError(error);
  return false;
}

// abstract_issubclass: whether `cls` is `derived` or is reached through the
// `__bases__` of `derived`, recursively. A class's bases are its real ones,
// so below a class only a class can be found. Runs Python code.
int AbstractIsSubclass(Interp& vm, Value derived, Value cls) {
  RootScope roots(vm);
  roots.Add(&derived);
  Value bases;
  roots.Add(&bases);
  while (true) {
    if (derived == cls) return 1;
    if (vm::IsType(derived)) {
      return vm::IsType(cls) && vm::IsSubtype(As<TypeObject>(derived), As<TypeObject>(cls));
    }
    bases = AbstractBases(vm, derived);
    if (bases.is_null()) return vm.HasException() ? -1 : 0;
    TupleObject* t = As<TupleObject>(bases);
    if (t->size == 0) return 0;
    if (t->size > 1) break;
    derived = t->items[0];  // single inheritance: a loop, not recursion
  }
  // Py_EnterRecursiveCall: counted against the recursion limit, and charged.
  vm::RecursiveCallGuard guard(vm, " in __issubclass__");
  if (!guard.ok() || !vm.ChargeWork(1)) return -1;
  TupleObject* t = As<TupleObject>(bases);
  for (size_t i = 0; i < t->size; ++i) {
    int r = AbstractIsSubclass(vm, t->items[i], cls);
    if (r != 0) return r;
  }
  return 0;
}

// PyObject_IsInstance for classes and (nested) tuples of classes: 1, 0, or
// -1 with TypeError pending. `by_type`: a plain class is checked against
// obj's real type only, as PyObject_TypeCheck (PyDate_Check...) in CPython's
// C modules, never against a claimed `__class__` (TypeCheckIsinstance).
int IsInstanceOf(Interp& vm, Value obj, Value cls, bool by_type = false) {
  if (vm::IsType(cls)) {
    // A class whose metaclass defines __instancecheck__ (abc.ABCMeta)
    // decides, unless obj is exactly of that class.
    if (vm::IsMetaclass(vm::TypeOf(cls)) && vm::TypeOf(obj) != As<TypeObject>(cls)) {
      int hooked = CallTypeCheckHook(vm, cls, "__instancecheck__", obj);
      if (hooked != 2) return hooked;
    }
    if (vm::IsInstance(obj, As<TypeObject>(cls))) return 1;
    return by_type ? 0 : IsInstanceByClassAttr(vm, obj, As<TypeObject>(cls));
  }
  if (vm::HasType(cls, &vm::kUnionType)) {
    return IsInstanceOf(vm, obj, Value::FromObject(As<vm::UnionObject>(cls)->args), by_type);
  }
  if (vm::IsGenericAlias(cls)) {
    vm.RaiseTypeError("isinstance() argument 2 cannot be a parameterized generic");
    return -1;
  }
  if (vm::IsTuple(cls)) {
    // Each nested tuple is a Py_EnterRecursiveCall step, as in CPython.
    vm::RecursiveCallGuard guard(vm, " in __instancecheck__");
    if (!guard.ok() || !vm.ChargeWork(1)) return -1;
    TupleObject* t = As<TupleObject>(cls);
    for (size_t i = 0; i < t->size; ++i) {
      int r = IsInstanceOf(vm, obj, t->items[i], by_type);
      if (r != 0) return r;
    }
    return 0;
  }
  int hooked = CallTypeCheckHook(vm, cls, "__instancecheck__", obj);
  if (hooked != 2) return hooked;
  // An object with a tuple `__bases__` stands for a class: obj's
  // `__class__` is looked for among them (object_isinstance).
  if (!CheckAbstractClass(vm, cls,
                          "isinstance() arg 2 must be a type, a tuple of types, or a union")) {
    return -1;
  }
  RootScope roots(vm);
  roots.Add(&cls);
  Value claimed = ClaimedClass(vm, obj);
  if (claimed.is_null()) return vm.HasException() ? -1 : 0;
  return AbstractIsSubclass(vm, claimed, cls);
}

// PyObject_IsSubclass: arg 1 is checked before arg 2 unless arg 2 is a
// tuple, whose items are checked one by one.
int IsSubclassOf(Interp& vm, Value derived, Value cls) {
  if (vm::IsType(cls) && vm::IsMetaclass(vm::TypeOf(cls))) {
    int hooked = CallTypeCheckHook(vm, cls, "__subclasscheck__", derived);
    if (hooked != 2) return hooked;
  }
  if (vm::IsType(cls) && vm::IsType(derived)) {
    return vm::IsSubtype(As<TypeObject>(derived), As<TypeObject>(cls)) ? 1 : 0;
  }
  if (vm::IsType(cls) && vm::IsGenericAlias(derived) &&
      vm::IsType(As<vm::GenericAliasObject>(derived)->origin)) {
    // CPython's abstract_issubclass walks the alias's __bases__, which are
    // its origin's: list[int] derives from object, not from list.
    TypeObject* origin = As<TypeObject>(As<vm::GenericAliasObject>(derived)->origin);
    TypeObject* target = As<TypeObject>(cls);
    return origin != target && vm::IsSubtype(origin, target) ? 1 : 0;
  }
  if (vm::HasType(cls, &vm::kUnionType) && vm::IsType(derived)) {
    return IsSubclassOf(vm, derived, Value::FromObject(As<vm::UnionObject>(cls)->args));
  }
  if (vm::IsGenericAlias(cls)) {
    vm.RaiseTypeError("issubclass() argument 2 cannot be a parameterized generic");
    return -1;
  }
  if (vm::IsTuple(cls)) {
    vm::RecursiveCallGuard guard(vm, " in __subclasscheck__");
    if (!guard.ok() || !vm.ChargeWork(1)) return -1;
    TupleObject* t = As<TupleObject>(cls);
    for (size_t i = 0; i < t->size; ++i) {
      int r = IsSubclassOf(vm, derived, t->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  int hooked = CallTypeCheckHook(vm, cls, "__subclasscheck__", derived);
  if (hooked != 2) return hooked;
  // recursive_issubclass: objects with a tuple `__bases__` stand for classes.
  RootScope roots(vm);
  roots.Add(&derived);
  roots.Add(&cls);
  if (!CheckAbstractClass(vm, derived, "issubclass() arg 1 must be a class")) return -1;
  if (!vm::HasType(cls, &vm::kUnionType) &&
      !CheckAbstractClass(vm, cls,
                          "issubclass() arg 2 must be a class, a tuple of classes, or a union")) {
    return -1;
  }
  return AbstractIsSubclass(vm, derived, cls);
}

// isinstance(obj, classinfo) called with `args`; `by_type` as IsInstanceOf.
Value CallIsinstance(Interp& vm, CallArgs args, bool by_type) {
  if (!vm::CheckPositionalOnly(vm, args, "isinstance", 2, 2)) {
    return Value::Null();
  }
  int r = IsInstanceOf(vm, args.args[0], args.args[1], by_type);
  return r < 0 ? Value::Null() : Value::Bool(r != 0);
}

Value BuiltinIsinstance(Interp& vm, Value, CallArgs args) {
  // A C-type stand-in's method checks as its C code does (real types).
  const vm::Frame* frame = vm.current_frame();
  return CallIsinstance(
      vm, args, frame != nullptr && (frame->code->flags & vm::kCodeFlagCTypeMethod) != 0);
}

// The `isinstance` of the modules moat writes in Python for CPython's C
// modules (TypeCheckIsinstance in builtins.h).
Value TypeCheckIsinstanceFn(Interp& vm, Value, CallArgs args) {
  return CallIsinstance(vm, args, /*by_type=*/true);
}

Value BuiltinIssubclass(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "issubclass", 2, 2)) {
    return Value::Null();
  }
  int r = IsSubclassOf(vm, args.args[0], args.args[1]);
  return r < 0 ? Value::Null() : Value::Bool(r != 0);
}

Value BuiltinIter(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "iter", 1, 2)) {
    return Value::Null();
  }
  if (args.nargs == 1) return vm::GetIter(vm, args.args[0]);
  if (!IsCallable(args.args[0])) return vm.RaiseTypeError("iter(v, w): v must be callable");
  return NewCallableIterator(vm, args.args[0], args.args[1]);
}

Value BuiltinLen(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "len")) return Value::Null();
  int64_t n = vm::Length(vm, args.args[0]);
  return n < 0 ? Value::Null() : NewInt(vm, n);
}

// ---- max, min, next --------------------------------------------------------------

// min_max: one iterable or several arguments, key=, default=. The best item
// is replaced only when strictly better, so the first of equal items wins.
Value MinMax(Interp& vm, CallArgs args, const ArgSpec& spec, const char* name, CompareOp op) {
  // CPython counts the positionals before it looks at the keywords.
  if (args.nargs == 0) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "%s expected at least 1 argument, got 0", name);
  }
  if (args.kwnames == nullptr && args.nargs >= 2) {
    // max(a, b, ...) without keywords, the common call: the same
    // comparisons in the same order, without an argument tuple and its
    // iterator. The arguments stay rooted in the caller's frame.
    if (!vm.ChargeItems(args.nargs)) return Value::Null();
    Value best = args.args[0];
    for (size_t i = 1; i < args.nargs; ++i) {
      int better = vm::RichCompareBool(vm, args.args[i], best, op);
      if (better < 0) return Value::Null();
      if (better > 0) best = args.args[i];
      if (!NativeLoopSafepoint(vm)) return Value::Null();
    }
    return best;
  }
  Value out[3];
  if (!vm::CheckKeywordCount(vm, args, name, 2)) return Value::Null();
  if (!vm::ParseArgs(vm, spec, args, out)) return Value::Null();
  Value positional = out[0];
  Value key = out[1].is_none() ? Value::Null() : out[1];
  Value default_value = out[2];
  size_t count = As<TupleObject>(positional)->size;
  if (count > 1 && !default_value.is_null()) {
    return vm.RaiseFormat(&vm::kTypeErrorType,
                          "Cannot specify a default for %s() with multiple positional arguments",
                          name);
  }
  RootScope roots(vm);
  roots.Add(&positional);
  roots.Add(&key);
  roots.Add(&default_value);
  Value it = vm::GetIter(vm, count == 1 ? As<TupleObject>(positional)->items[0] : positional);
  if (it.is_null() || !vm::ChargeKnownLength(vm, it)) return Value::Null();
  Value best_item, best_key, item, item_key;
  roots.Add(&it);
  roots.Add(&best_item);
  roots.Add(&best_key);
  roots.Add(&item);
  roots.Add(&item_key);
  for (;;) {
    item = vm::IterNext(vm, it);
    if (item.is_null()) {
      if (vm.HasException()) return Value::Null();
      break;
    }
    if (!key.is_null()) {
      item_key = vm.Call1(key, item);
      if (item_key.is_null()) return item_key;
    } else {
      item_key = item;
    }
    if (best_item.is_null()) {
      best_item = item;
      best_key = item_key;
    } else {
      int better = vm::RichCompareBool(vm, item_key, best_key, op);
      if (better < 0) return Value::Null();
      if (better > 0) {
        best_item = item;
        best_key = item_key;
      }
    }
    if (!NativeLoopSafepoint(vm)) return Value::Null();
  }
  if (!best_item.is_null()) return best_item;
  if (!default_value.is_null()) return default_value;
  return vm.RaiseFormat(&vm::kValueErrorType, "%s() arg is an empty sequence", name);
}

Value BuiltinMax(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("max(*args, key=None, default=None)");
  return MinMax(vm, args, kSpec, "max", CompareOp::kGt);
}

Value BuiltinMin(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("min(*args, key=None, default=None)");
  return MinMax(vm, args, kSpec, "min", CompareOp::kLt);
}

// next(iterator[, default]): calls the type's next slot directly, as
// CPython calls tp_iternext.
Value BuiltinNext(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "next", 1, 2)) {
    return Value::Null();
  }
  Value it = args.args[0];
  vm::UnaryFn next = FindSlot(vm::TypeOf(it), &TypeObject::next);
  if (next == nullptr) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "'%s' object is not an iterator",
                          TypeNameOf(it));
  }
  Value r = next(vm, it);
  if (!r.is_null()) return r;
  if (args.nargs == 2) {
    if (vm.HasException()) {
      if (!vm.ExceptionMatches(&vm::kStopIterationType)) return Value::Null();
      vm.ClearException();
    }
    return args.args[1];
  }
  if (!vm.HasException()) vm.RaiseEmpty(&vm::kStopIterationType);
  return Value::Null();
}

// aiter(async_iterable) and anext(async_iterator[, default]): the async
// protocol's iter() and next() (vm/objects/coroutine.h).
Value BuiltinAIter(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "aiter")) return Value::Null();
  return vm::BuiltinAIter(vm, args.args[0]);
}

Value BuiltinANext(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "anext", 1, 2)) return Value::Null();
  return vm::BuiltinANext(vm, args.args[0], args.nargs == 2 ? args.args[1] : Value::Null());
}

// ---- ord, pow, print, repr, round -----------------------------------------------

Value BuiltinOrd(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "ord")) return Value::Null();
  Value c = args.args[0];
  std::string_view bytes;
  if (vm::BytesLikeView(c, &bytes)) {
    if (bytes.size() != 1) {
      return vm.RaiseFormat(&vm::kTypeErrorType,
                            "ord() expected a character, but string of length %d found",
                            bytes.size());
    }
    return Value::SmallInt(static_cast<unsigned char>(bytes[0]));
  }
  if (!vm::IsStr(c)) {
    return vm.RaiseFormat(&vm::kTypeErrorType,
                          "ord() expected string of length 1, but %s found", TypeNameOf(c));
  }
  StrObject* s = As<StrObject>(c);
  if (s->length != 1) {
    return vm.RaiseFormat(&vm::kTypeErrorType,
                          "ord() expected a character, but string of length %d found",
                          s->length);
  }
  return NewInt(vm, vm::StrCodePointAt(s, 0));
}

Value BuiltinPow(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("pow(base, exp, mod=None)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  if (out[2].is_null() || out[2].is_none()) {
    return vm::BinaryOperation(vm, BinaryOp::kPower, out[0], out[1]);
  }
  Value r = vm::CallUserTernaryPow(vm, out[0], out[1], out[2]);
  if (r.is_null() || !r.is_not_implemented()) return r;
  return vm::IntPowMod(vm, out[0], out[1], out[2]);
}

// print() to a file that is not one of sys's streams: as CPython's
// PyFile_WriteObject, each piece (item, separator, end) is a separate
// file.write(str(piece)) call, looking `write` up each time.
bool PrintPiece(Interp& vm, Value file, Value piece) {
  StrObject* write_name = vm.Intern("write");
  Value writer = vm::GetAttr(vm, file, write_name);
  if (writer.is_null()) return false;
  RootScope roots(vm);
  roots.Add(&writer);
  Value text = vm::Str(vm, piece);
  if (text.is_null()) return false;
  roots.Add(&text);
  return !vm.Call1(writer, text).is_null();
}

Value PrintToFile(Interp& vm, Value file, const Value* objects, size_t count, Value sep,
                  Value end, bool flush) {
  RootScope roots(vm);
  roots.Add(&file);
  roots.Add(&sep);
  roots.Add(&end);
  if (sep.is_null()) sep = vm::NewStrValue(vm, " ");
  if (sep.is_null()) return Value::Null();
  if (end.is_null()) end = vm::NewStrValue(vm, "\n");
  if (end.is_null()) return Value::Null();
  for (size_t i = 0; i < count; ++i) {
    if (i > 0 && !PrintPiece(vm, file, sep)) return Value::Null();
    if (!PrintPiece(vm, file, objects[i])) return Value::Null();
  }
  if (!PrintPiece(vm, file, end)) return Value::Null();
  if (flush) {
    StrObject* flush_name = vm.Intern("flush");
    Value f = vm::GetAttr(vm, file, flush_name);
    if (f.is_null() || vm.Call0(f).is_null()) return Value::Null();
  }
  return Value::None();
}

// print(*objects, sep=' ', end='\n', file=None, flush=False). Without a
// file (or with sys.stdout or sys.stderr) text goes to the interpreter's
// output or error output; another object gets write() calls. As in
// CPython, what was printed before a failing str() stays printed.
Value BuiltinPrint(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("print(*args, sep=' ', end='\\n', file=None, flush=False)");
  const Value* objects = args.args;
  size_t count = args.nargs;
  std::string_view sep = " ";
  std::string_view end = "\n";
  Value out[5];
  bool flush = false;
  if (args.nkwargs() > 0) {
    if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
    if (!out[4].is_null()) {
      int t = vm::IsTrue(vm, out[4]);
      if (t < 0) return Value::Null();
      flush = t > 0;
    }
  }
  // CPython's print looks sys.stdout up on every call: a script may have
  // rebound it (to None: print does nothing).
  Value file = out[3];
  if (file.is_null() || file.is_none()) {
    file = SysStdoutForPrint(vm);
    if (file.is_null() && vm.HasException()) return Value::Null();
    if (file.is_none()) return Value::None();
  }
  Value* texts[2] = {&out[1], &out[2]};
  std::string_view* views[2] = {&sep, &end};
  const char* names[2] = {"sep", "end"};
  for (int i = 0; i < 2; ++i) {
    Value v = *texts[i];
    if (v.is_null() || v.is_none()) {
      *texts[i] = Value::Null();
      continue;
    }
    if (!vm::IsStr(v)) {
      return vm.RaiseFormat(&vm::kTypeErrorType, "%s must be None or a string, not %s",
                            names[i], TypeNameOf(v));
    }
    *views[i] = As<StrObject>(v)->view();
  }
  SysStream stream = file.is_null() ? SysStream::kStdout : SysStreamOf(file);
  if (stream == SysStream::kNone) {
    return PrintToFile(vm, file, objects, count, out[1], out[2], flush);
  }
  std::string text;
  // CPython's print writes the pieces (each object's str, sep, end) one by
  // one: stdout's refusal of a lone surrogate fails the one piece that
  // holds it, after the pieces before it, and counts positions within it.
  auto piece_written = [&](size_t start) {
    if (stream != SysStream::kStdout ||
        !vm::HasLoneSurrogate(std::string_view(text).substr(start))) {
      return true;
    }
    std::string piece = text.substr(start);
    text.resize(start);
    if (!text.empty() && !SysStreamWrite(vm, stream, text)) return false;
    text.clear();
    return SysStreamWrite(vm, stream, piece);
  };
  // Appends one piece: str(obj), so a str subclass's __str__ runs for sep
  // and end too, as CPython's PyFile_WriteObject(..., Py_PRINT_RAW) calls it
  // each time; plain text (an exact str or the default) as it is.
  auto append_piece = [&](Value obj, std::string_view plain) {
    size_t start = text.size();
    if (obj.is_null()) {
      text.append(plain);
    } else if (vm::IsExactStr(obj)) {
      text.append(As<StrObject>(obj)->view());
    } else if (!vm::AppendStr(vm, obj, &text)) {
      // What was converted before the failure is printed, as CPython's
      // print writes each piece as it goes.
      vm::Value pending = vm.TakeException();
      if (!text.empty() && !SysStreamWrite(vm, stream, text)) return false;
      vm.SetException(pending);
      return false;
    }
    return piece_written(start);
  };
  for (size_t i = 0; i < count; ++i) {
    if (i > 0 && !append_piece(out[1], sep)) return Value::Null();
    if (!append_piece(objects[i], {})) return Value::Null();
    if (text.size() >= kPrintChunk) {
      if (!SysStreamWrite(vm, stream, text)) return Value::Null();
      text.clear();
    }
  }
  if (!append_piece(out[2], end)) return Value::Null();
  if (!SysStreamWrite(vm, stream, text)) return Value::Null();
  return Value::None();
}

Value BuiltinRepr(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "repr")) return Value::Null();
  return vm::Repr(vm, args.args[0]);
}

// round(number, ndigits=None): number.__round__(ndigits), with int and
// float handled directly.
Value BuiltinRound(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("round(number, ndigits=None)");
  Value out[2];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value number = out[0];
  Value ndigits = out[1].is_none() ? Value::Null() : out[1];
  if (!IsHeapInstance(number) && (vm::IsFloat(number) || vm::IsInt(number))) {
    // CPython calls the type's __round__, a bound built-in method, through
    // vectorcall: a recursion step (cfunction_enter_call).
    vm::RecursiveCallGuard round_call(vm, " while calling a Python object");
    if (!round_call.ok()) return Value::Null();
    if (vm::IsFloat(number)) return vm::FloatRoundValue(vm, vm::FloatValue(number), ndigits);
    return vm::IntRound(vm, number, ndigits);
  }
  bool found;
  Value r = CallSpecialMethod(vm, number, "__round__",
                              ndigits.is_null() ? CallArgs{} : CallArgs{&out[1], 1, nullptr},
                              &found);
  if (found || vm.HasException()) return r;
  return vm.RaiseFormat(&vm::kTypeErrorType, "type %s doesn't define __round__ method",
                        TypeNameOf(number));
}

// ---- sorted, sum -----------------------------------------------------------------

// sorted(iterable, /, *, key=None, reverse=False): as CPython, the list is
// built first and the keywords are then parsed as list.sort's.
Value BuiltinSorted(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSortSpec("sort(*, key=None, reverse=False)");
  if (!vm::CheckPositionalCount(vm, CallArgs{args.args, args.nargs, nullptr}, "sorted", 1, 1)) {
    return Value::Null();
  }
  ListObject* list = vm::ListFromIterable(vm, args.args[0]);
  if (list == nullptr) return Value::Null();
  Value result = Value::FromObject(list);
  RootScope roots(vm);
  roots.Add(&result);
  // builtin_sorted calls the new list's sort method through vectorcall,
  // whose method_enter_call is a recursion step (so a key function that
  // sorts again recurses two steps a level).
  vm::RecursiveCallGuard sort_call(vm, " while calling a Python object");
  if (!sort_call.ok()) return Value::Null();
  Value out[2];
  if (!vm::ParseArgs(vm, kSortSpec, CallArgs{args.args + args.nargs, 0, args.kwnames}, out)) {
    return Value::Null();
  }
  bool reverse = false;
  if (!out[1].is_null()) {
    // list.sort converts `reverse` with _PyLong_AsInt.
    Value r = vm::NumberIndex(vm, out[1]);
    if (r.is_null()) return r;
    int64_t v;
    if (!vm::IntToInt64(r, &v) || v < INT32_MIN || v > INT32_MAX) {
      return vm.RaiseOverflowError("Python int too large to convert to C int");
    }
    reverse = v != 0;
  }
  Value key = out[0].is_none() ? Value::Null() : out[0];
  if (!vm::ListSort(vm, list, key, reverse)) return Value::Null();
  return result;
}

// builtin_sum_impl: an int fast path (int64 with overflow checks), then a
// float fast path (plain addition, as 3.11 does: not fsum), then generic
// `+` for whatever is left.
Value BuiltinSum(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("sum(iterable, /, start=0)");
  Value out[2];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value result = out[1].is_null() ? Value::SmallInt(0) : out[1];
  // The iterator first: sum(5, start='') complains about the 5.
  Value it = vm::GetIter(vm, out[0]);
  if (it.is_null()) return Value::Null();
  if (vm::IsStr(result)) {
    return vm.RaiseTypeError("sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (vm::IsBytes(result)) {
    return vm.RaiseTypeError("sum() can't sum bytes [use b''.join(seq) instead]");
  }
  if (vm::IsByteArray(result)) {
    return vm.RaiseTypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  if (!vm::ChargeKnownLength(vm, it)) return Value::Null();
  Value item;
  RootScope roots(vm);
  roots.Add(&it);
  roots.Add(&result);
  roots.Add(&item);

  int64_t int_sum;
  if (IsExactInt(result) && vm::IntToInt64(result, &int_sum)) {
    for (;;) {
      item = vm::IterNext(vm, it);
      if (item.is_null()) return vm.HasException() ? item : NewInt(vm, int_sum);
      int64_t b, s;
      if ((IsExactInt(item) || item.is_bool()) && vm::IntToInt64(item, &b) &&
          !__builtin_add_overflow(int_sum, b, &s)) {
        int_sum = s;
        if (!NativeLoopSafepoint(vm)) return Value::Null();
        continue;
      }
      result = NewInt(vm, int_sum);
      if (result.is_null()) return result;
      result = vm::BinaryOperation(vm, BinaryOp::kAdd, result, item);
      if (result.is_null()) return result;
      break;
    }
  }

  if (IsExactFloat(result)) {
    double float_sum = vm::FloatValue(result);
    for (;;) {
      item = vm::IterNext(vm, it);
      if (item.is_null()) return vm.HasException() ? item : vm::NewFloat(vm, float_sum);
      int64_t b;
      if (IsExactFloat(item)) {
        float_sum += vm::FloatValue(item);
      } else if (vm::IsInt(item) && vm::IntToInt64(item, &b)) {
        float_sum += static_cast<double>(b);
      } else {
        result = vm::NewFloat(vm, float_sum);
        if (result.is_null()) return result;
        result = vm::BinaryOperation(vm, BinaryOp::kAdd, result, item);
        if (result.is_null()) return result;
        break;
      }
      if (!NativeLoopSafepoint(vm)) return Value::Null();
    }
  }

  for (;;) {
    if (!NativeLoopSafepoint(vm)) return Value::Null();
    item = vm::IterNext(vm, it);
    if (item.is_null()) return vm.HasException() ? item : result;
    result = vm::BinaryOperation(vm, BinaryOp::kAdd, result, item);
    if (result.is_null()) return result;
  }
}

// ---- The namespace -------------------------------------------------------------

// CPython 3.11 counts a call of a METH_O or METH_VARARGS built-in against
// the recursion limit on every path (cfunction_vectorcall_O, the specialized
// CALL_NO_KW_BUILTIN_O, _PyObject_MakeTpCall), so `repr(x)` inside a
// recursing __repr__ takes three steps a level, and a call at the limit fails
// with this text: those entries are MethodDef::counted. Its METH_FASTCALL
// ones (sum, sorted, format...) and len are counted only while their call
// site is not yet specialized (CodeObject::warmup_steps).
const vm::MethodDef kBuiltinFunctions[] = {
    vm::CountedMethod("abs", BuiltinAbs),
    vm::CountedMethod("aiter", BuiltinAIter),
    vm::CountedMethod("all", BuiltinAll),
    {"anext", BuiltinANext},
    vm::CountedMethod("any", BuiltinAny),
    vm::CountedMethod("ascii", BuiltinAscii),
    vm::CountedMethod("bin", BuiltinBin),
    vm::CountedMethod("callable", BuiltinCallable),
    vm::CountedMethod("chr", BuiltinChr),
    {"divmod", BuiltinDivmod},
    {"format", BuiltinFormat},
    {"delattr", BuiltinDelattr},
    {"getattr", BuiltinGetattr},
    {"hasattr", BuiltinHasattr},
    vm::CountedMethod("hash", BuiltinHash),
    vm::CountedMethod("hex", BuiltinHex),
    vm::CountedMethod("id", BuiltinId),
    {"isinstance", BuiltinIsinstance},
    {"issubclass", BuiltinIssubclass},
    {"iter", BuiltinIter},
    {"len", BuiltinLen},
    vm::CountedMethod("max", BuiltinMax),
    vm::CountedMethod("min", BuiltinMin),
    {"next", BuiltinNext},
    vm::CountedMethod("oct", BuiltinOct),
    vm::CountedMethod("ord", BuiltinOrd),
    {"pow", BuiltinPow},
    {"print", BuiltinPrint},
    vm::CountedMethod("repr", BuiltinRepr),
    {"setattr", BuiltinSetattr},
    {"round", BuiltinRound},
    {"sorted", BuiltinSorted},
    {"sum", BuiltinSum},
    {nullptr, nullptr},
};

struct NamedType {
  const char* name;
  TypeObject* type;
};

const NamedType kBuiltinTypes[] = {
    {"bool", &vm::kBoolType},
    {"bytearray", &vm::kByteArrayType},
    {"bytes", &vm::kBytesType},
    {"classmethod", &vm::kClassMethodType},
    {"dict", &vm::kDictType},
    {"enumerate", &vm::kEnumerateType},
    {"filter", &vm::kFilterType},
    {"float", &vm::kFloatType},
    {"complex", &vm::kComplexType},
    {"frozenset", &vm::kFrozenSetType},
    {"int", &vm::kIntType},
    {"list", &vm::kListType},
    {"map", &vm::kMapType},
    {"object", &vm::kObjectType},
    {"property", &vm::kPropertyType},
    {"range", &vm::kRangeType},
    {"reversed", &vm::kReversedType},
    {"set", &vm::kSetType},
    {"slice", &vm::kSliceType},
    {"staticmethod", &vm::kStaticMethodType},
    {"str", &vm::kStrType},
    {"super", &vm::kSuperType},
    {"tuple", &vm::kTupleType},
    {"type", &vm::kTypeType},
    {"zip", &vm::kZipType},
#define MOAT_NAMED_EXCEPTION_TYPE(name, base) {#name, &vm::k##name##Type},
    MOAT_EXCEPTION_TYPES(MOAT_NAMED_EXCEPTION_TYPE)
#undef MOAT_NAMED_EXCEPTION_TYPE
    // CPython's aliases of OSError.
    {"EnvironmentError", &vm::kOSErrorType},
    {"IOError", &vm::kOSErrorType},
};

bool Install(Interp& vm, vm::DictObject* builtins, std::string_view name, Value v) {
  // A refused name must stay absent so the loop can explain the refusal.
  if (vm::IsRefusedBuiltin(name)) return true;
  return vm::DictSetStr(vm, builtins, name, v) == 0;
}

}  // namespace

const vm::MethodDef kTypeCheckIsinstanceDef = {"isinstance", TypeCheckIsinstanceFn};

bool InstallBuiltins(Interp& vm, vm::DictObject* builtins) {
  InitBuiltinIteratorTypes();
  for (const vm::MethodDef* def = kBuiltinFunctions; def->name != nullptr; ++def) {
    vm::BuiltinFunctionObject* f = vm::NewBuiltinFunction(vm, def, Value::Null(), nullptr);
    if (f == nullptr || !Install(vm, builtins, def->name, Value::FromObject(f))) return false;
  }
  for (const NamedType& t : kBuiltinTypes) {
    if (!Install(vm, builtins, t.name, Value::FromObject(t.type))) return false;
  }
  return Install(vm, builtins, "Ellipsis", Value::Ellipsis()) &&
         Install(vm, builtins, "NotImplemented", Value::NotImplemented()) &&
         InstallIntrospectionBuiltins(vm, builtins) && InstallInputBuiltin(vm, builtins);
}

}  // namespace moat::stdlib
