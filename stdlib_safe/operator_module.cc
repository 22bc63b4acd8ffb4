// The `operator` module (see operator_module.h), in the order of CPython
// 3.11's Modules/_operator.c: the operator functions, the sequence
// functions, then itemgetter, attrgetter and methodcaller, and the module's
// init.
//
// The functions are positional-only fastcall functions of the `_operator`
// module, so their error texts name it: "_operator.add() takes no keyword
// arguments", "add expected 2 arguments, got 1"; the one-argument ones say
// "_operator.neg() takes exactly one argument (0 given)".
#include "stdlib_safe/operator_module.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "stdlib_safe/builtins.h"
#include "stdlib_safe/native_util.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/interpreter.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::BinaryOp;
using vm::CallArgs;
using vm::CompareOp;
using vm::GcTracer;
using vm::Interp;
using vm::Object;
using vm::RootScope;
using vm::StrObject;
using vm::TupleObject;
using vm::TypeObject;
using vm::Value;

TypeObject kItemGetterType;
TypeObject kAttrGetterType;
TypeObject kMethodCallerType;

// ---- Argument checks ------------------------------------------------------------

// A positional-only function of _operator taking exactly `count` arguments.
bool CheckFixedArgs(Interp& vm, CallArgs args, const char* name, size_t count) {
  if (args.nkwargs() == 0 && args.nargs == count) return true;  // the usual call
  std::string qualname = StrCat("_operator.", name);
  if (!vm::CheckNoKeywords(vm, args, qualname.c_str())) return false;
  if (count == 1) return vm::CheckMethodOneArg(vm, args, qualname.c_str());
  return vm::CheckPositionalCount(vm, args, name, count, count);
}

// ---- Operators ------------------------------------------------------------------
//
// One table per shape; each entry becomes a module function through a
// template instantiated on its index, so the function knows its own name.

struct BinaryEntry {
  const char* name;
  BinaryOp op;
  bool inplace;
};

constexpr BinaryEntry kBinaryEntries[] = {
    {"add", BinaryOp::kAdd, false},
    {"and_", BinaryOp::kAnd, false},
    {"floordiv", BinaryOp::kFloorDivide, false},
    {"lshift", BinaryOp::kLshift, false},
    {"matmul", BinaryOp::kMatrixMultiply, false},
    {"mod", BinaryOp::kRemainder, false},
    {"mul", BinaryOp::kMultiply, false},
    {"or_", BinaryOp::kOr, false},
    {"pow", BinaryOp::kPower, false},
    {"rshift", BinaryOp::kRshift, false},
    {"sub", BinaryOp::kSubtract, false},
    {"truediv", BinaryOp::kTrueDivide, false},
    {"xor", BinaryOp::kXor, false},
    {"iadd", BinaryOp::kAdd, true},
    {"iand", BinaryOp::kAnd, true},
    {"ifloordiv", BinaryOp::kFloorDivide, true},
    {"ilshift", BinaryOp::kLshift, true},
    {"imatmul", BinaryOp::kMatrixMultiply, true},
    {"imod", BinaryOp::kRemainder, true},
    {"imul", BinaryOp::kMultiply, true},
    {"ior", BinaryOp::kOr, true},
    {"ipow", BinaryOp::kPower, true},
    {"irshift", BinaryOp::kRshift, true},
    {"isub", BinaryOp::kSubtract, true},
    {"itruediv", BinaryOp::kTrueDivide, true},
    {"ixor", BinaryOp::kXor, true},
};

template <size_t I>
Value OperatorBinary(Interp& vm, Value, CallArgs args) {
  constexpr const BinaryEntry& e = kBinaryEntries[I];
  if (!CheckFixedArgs(vm, args, e.name, 2)) return Value::Null();
  return e.inplace ? vm::InplaceOperation(vm, e.op, args.args[0], args.args[1])
                   : vm::BinaryOperation(vm, e.op, args.args[0], args.args[1]);
}

struct CompareEntry {
  const char* name;
  CompareOp op;
};

constexpr CompareEntry kCompareEntries[] = {
    {"lt", CompareOp::kLt}, {"le", CompareOp::kLe}, {"eq", CompareOp::kEq},
    {"ne", CompareOp::kNe}, {"gt", CompareOp::kGt}, {"ge", CompareOp::kGe},
};

template <size_t I>
Value OperatorCompare(Interp& vm, Value, CallArgs args) {
  constexpr const CompareEntry& e = kCompareEntries[I];
  if (!CheckFixedArgs(vm, args, e.name, 2)) return Value::Null();
  return vm::RichCompare(vm, args.args[0], args.args[1], e.op);
}

Value Negative(Interp& vm, Value x) { return vm::UnaryOperation(vm, vm::UnaryOp::kNegative, x); }
Value Positive(Interp& vm, Value x) { return vm::UnaryOperation(vm, vm::UnaryOp::kPositive, x); }
Value Invert(Interp& vm, Value x) { return vm::UnaryOperation(vm, vm::UnaryOp::kInvert, x); }
Value Index(Interp& vm, Value x) { return vm::NumberIndex(vm, x); }
Value Truth(Interp& vm, Value x) {
  int r = vm::IsTrue(vm, x);
  return r < 0 ? Value::Null() : Value::Bool(r != 0);
}
Value Not(Interp& vm, Value x) {
  int r = vm::IsTrue(vm, x);
  return r < 0 ? Value::Null() : Value::Bool(r == 0);
}

struct UnaryEntry {
  const char* name;
  Value (*fn)(Interp& vm, Value x);
};

constexpr UnaryEntry kUnaryEntries[] = {
    {"abs", NumberAbsolute}, {"index", Index},   {"inv", Invert},   {"invert", Invert},
    {"neg", Negative}, {"not_", Not},      {"pos", Positive}, {"truth", Truth},
};

template <size_t I>
Value OperatorUnary(Interp& vm, Value, CallArgs args) {
  constexpr const UnaryEntry& e = kUnaryEntries[I];
  if (!CheckFixedArgs(vm, args, e.name, 1)) return Value::Null();
  return e.fn(vm, args.args[0]);
}

Value OperatorIs(Interp& vm, Value, CallArgs args) {
  if (!CheckFixedArgs(vm, args, "is_", 2)) return Value::Null();
  return Value::Bool(args.args[0].Is(args.args[1]));
}

Value OperatorIsNot(Interp& vm, Value, CallArgs args) {
  if (!CheckFixedArgs(vm, args, "is_not", 2)) return Value::Null();
  return Value::Bool(!args.args[0].Is(args.args[1]));
}

// ---- Sequences ------------------------------------------------------------------

// PySequence_Check: indexable by position (a __getitem__ that is not a
// mapping's).
bool IsSequence(Value v) {
  TypeObject* t = vm::TypeOf(v);
  return !vm::IsSubtype(t, &vm::kDictType) && FindSlot(t, &TypeObject::getitem) != nullptr;
}

// PySequence_Concat / PySequence_InPlaceConcat: `+` for sequences only.
Value Concat(Interp& vm, CallArgs args, const char* name, bool inplace) {
  if (!CheckFixedArgs(vm, args, name, 2)) return Value::Null();
  Value a = args.args[0];
  Value b = args.args[1];
  Value r = vm::SequenceConcat(vm, a, b, inplace);
  if (r.is_null() || !r.is_not_implemented()) return r;
  // Sequences without a concatenation of their own (user classes, range)
  // get `+` only through its number slots, and the refusal is this
  // function's own.
  if (IsSequence(a) && IsSequence(b)) {
    r = inplace ? vm::InplaceOp1(vm, BinaryOp::kAdd, a, b)
                      : vm::BinaryOp1(vm, BinaryOp::kAdd, a, b);
    if (r.is_null() || !r.is_not_implemented()) return r;
  }
  return vm.RaiseFormat(&vm::kTypeErrorType, "'%s' object can't be concatenated",
                        std::string(vm::TypeName(a)));
}

Value OperatorConcat(Interp& vm, Value, CallArgs args) {
  return Concat(vm, args, "concat", false);
}

Value OperatorIconcat(Interp& vm, Value, CallArgs args) {
  return Concat(vm, args, "iconcat", true);
}

Value OperatorContains(Interp& vm, Value, CallArgs args) {
  if (!CheckFixedArgs(vm, args, "contains", 2)) return Value::Null();
  int r = vm::Contains(vm, args.args[0], args.args[1]);
  return r < 0 ? Value::Null() : Value::Bool(r != 0);
}

// countOf and indexOf (_PySequence_IterSearch): walk the iterable comparing
// each item with identity-or-equality. Returns the count, or the index of
// the first match, or -1 when `find_first` finds none; -2 on exception.
int64_t IterSearch(Interp& vm, Value seq, Value target, bool find_first) {
  Value it = vm::GetIter(vm, seq);
  if (it.is_null()) {
    if (vm.ExceptionMatches(&vm::kTypeErrorType)) {
      vm.RaiseFormat(&vm::kTypeErrorType, "argument of type '%s' is not iterable",
                     std::string(vm::TypeName(seq)));
    }
    return -2;
  }
  RootScope roots(vm);
  roots.Add(&it);
  int64_t count = 0;
  for (uint64_t i = 0;; ++i) {
    if (!vm::ChargeStep(vm, i)) return -2;
    Value item = vm::IterNext(vm, it);
    if (item.is_null()) {
      if (vm.HasException()) return -2;
      return find_first ? -1 : count;
    }
    int eq = vm::Equals(vm, item, target);
    if (eq < 0) return -2;
    if (eq == 0) continue;
    if (find_first) return static_cast<int64_t>(i);
    ++count;
  }
}

Value OperatorCountOf(Interp& vm, Value, CallArgs args) {
  if (!CheckFixedArgs(vm, args, "countOf", 2)) return Value::Null();
  int64_t n = IterSearch(vm, args.args[0], args.args[1], false);
  return n < 0 ? Value::Null() : vm::IntFromInt64(vm, n);
}

Value OperatorIndexOf(Interp& vm, Value, CallArgs args) {
  if (!CheckFixedArgs(vm, args, "indexOf", 2)) return Value::Null();
  int64_t n = IterSearch(vm, args.args[0], args.args[1], true);
  if (n == -1) return vm.RaiseValueError("sequence.index(x): x not in sequence");
  return n < 0 ? Value::Null() : vm::IntFromInt64(vm, n);
}

Value OperatorGetItem(Interp& vm, Value, CallArgs args) {
  if (!CheckFixedArgs(vm, args, "getitem", 2)) return Value::Null();
  return vm::GetItem(vm, args.args[0], args.args[1]);
}

Value OperatorSetItem(Interp& vm, Value, CallArgs args) {
  if (!CheckFixedArgs(vm, args, "setitem", 3)) return Value::Null();
  if (vm::SetItem(vm, args.args[0], args.args[1], args.args[2]) < 0) return Value::Null();
  return Value::None();
}

Value OperatorDelItem(Interp& vm, Value, CallArgs args) {
  if (!CheckFixedArgs(vm, args, "delitem", 2)) return Value::Null();
  if (vm::DelItem(vm, args.args[0], args.args[1]) < 0) return Value::Null();
  return Value::None();
}

// PyObject_LengthHint: len() when the object has one (a TypeError from it
// falls through), else __length_hint__, else the default.
Value OperatorLengthHint(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_operator.length_hint(obj, default=0, /)");
  Value out[2];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value obj = out[0];
  Value fallback = Value::SmallInt(0);
  if (!out[1].is_null()) {
    // The default is a Py_ssize_t: its conversion error comes first.
    int64_t n;
    if (!vm::ClinicSsize(vm, out[1], &n)) return Value::Null();
    fallback = vm::IntFromInt64(vm, n);
    if (fallback.is_null()) return Value::Null();
  }
  RootScope roots(vm);
  roots.Add(&fallback);
  Value hint = vm::ObjectLengthHint(vm, obj);
  if (hint.is_null()) return Value::Null();
  return hint.is_none() ? fallback : hint;
}

// operator.call(obj, /, *args, **kwargs)
Value OperatorCall(Interp& vm, Value, CallArgs args) {
  if (args.nargs == 0) {
    return vm.RaiseTypeError("call expected at least 1 argument, got 0");
  }
  CallArgs rest{args.args + 1, args.nargs - 1, args.kwnames};
  return vm.Call(args.args[0], rest);
}

// ---- itemgetter -------------------------------------------------------------------

// itemgetter(item, ...) and attrgetter(attr, ...) keep their arguments as a
// tuple; `single` is true when there was one, so a call returns the item
// itself rather than a 1-tuple. An attrgetter also keeps, in `lookups`,
// what a call looks up for each name, made once as CPython's attrgetter_new
// does: the interned name, or for a dotted name the tuple of its interned
// parts (nullptr for an itemgetter).
struct GetterObject : Object {
  TupleObject* items;
  TupleObject* lookups;
  bool single;
};

void GetterTrace(Object* self, GcTracer& tracer) {
  tracer.VisitPtr(static_cast<GetterObject*>(self)->items);
  tracer.VisitPtr(static_cast<GetterObject*>(self)->lookups);
}

// The constructor checks shared by both getters.
TupleObject* GetterArgs(Interp& vm, CallArgs args, const char* name) {
  if (!vm::CheckNoKeywords(vm, args, name)) return nullptr;
  if (args.nargs == 0) {
    vm.RaiseFormat(&vm::kTypeErrorType, "%s expected 1 argument, got 0", name);
    return nullptr;
  }
  return vm::NewTupleFrom(vm, args.args, args.nargs);
}

Value NewGetter(Interp& vm, TypeObject* type, TupleObject* items,
                TupleObject* lookups = nullptr) {
  RootScope roots(vm);
  Value held = Value::FromObject(items);
  Value held_lookups = Value::FromObject(lookups);
  roots.Add(&held);
  roots.Add(&held_lookups);
  auto* g = vm.New<GetterObject>(type);
  if (g == nullptr) return Value::Null();
  g->items = items;
  g->lookups = lookups;
  g->single = items->size == 1;
  return Value::FromObject(g);
}

Value ItemGetterConstruct(Interp& vm, Value, CallArgs args) {
  TupleObject* items = GetterArgs(vm, args, "itemgetter");
  if (items == nullptr) return Value::Null();
  return NewGetter(vm, &kItemGetterType, items);
}

// The one argument of a getter call.
bool CheckGetterCall(Interp& vm, CallArgs args, const char* name) {
  return vm::CheckPositionalOnly(vm, args, name, 1, 1);
}

// Applies `fetch` to each of `keys` (the getter's items or lookups) and
// returns the result, or the tuple of results.
template <typename Fetch>
Value ApplyGetter(Interp& vm, GetterObject* g, TupleObject* keys, Fetch fetch) {
  if (g->single) return fetch(keys->items[0]);
  TupleObject* out = vm::NewTuple(vm, keys->size);
  if (out == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held = Value::FromObject(out);
  roots.Add(&held);
  for (size_t i = 0; i < keys->size; ++i) {
    Value v = fetch(keys->items[i]);
    if (v.is_null()) return v;
    out->items[i] = v;
  }
  return held;
}

Value ItemGetterCall(Interp& vm, Value self, CallArgs args) {
  if (!CheckGetterCall(vm, args, "itemgetter")) return Value::Null();
  Value obj = args.args[0];
  auto* g = As<GetterObject>(self);
  return ApplyGetter(vm, g, g->items, [&](Value key) { return vm::GetItem(vm, obj, key); });
}

// "operator.itemgetter(1, 'a')": the type name, then the reprs of `items`.
Value GetterRepr(Interp& vm, Value self, TupleObject* items, std::string_view extra) {
  vm::ReprGuard repr_guard(self.object());
  if (repr_guard.active()) {
    return vm::NewStrValue(vm, StrCat(vm::TypeName(self), "(...)"));
  }
  vm::NativeDepthGuard guard(vm, " while getting the repr of an object");
  if (!guard.ok()) return Value::Null();
  vm::ReprText repr(vm);
  std::string& out = repr.text();
  StrAppend(&out, vm::TypeName(self), "(");
  for (size_t i = 0; i < items->size; ++i) {
    if (!vm::ChargeStep(vm, i) || !repr.Reserve()) return Value::Null();
    if (i > 0) out += ", ";
    if (!vm::AppendRepr(vm, items->items[i], &out)) return Value::Null();
  }
  out += extra;
  out += ")";
  return vm::NewStrValue(vm, out);
}

Value ItemGetterRepr(Interp& vm, Value self) {
  return GetterRepr(vm, self, As<GetterObject>(self)->items, "");
}

// ---- attrgetter -------------------------------------------------------------------

// What an attrgetter looks up for `name` (GetterObject::lookups): the
// interned name, or the tuple of the interned parts of a dotted one.
Value AttrLookup(Interp& vm, std::string_view name) {
  if (name.find('.') == std::string_view::npos) {
    StrObject* interned = vm.Intern(name);
    return interned == nullptr ? Value::Null() : Value::FromObject(interned);
  }
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  TupleObject* out = vm::NewTuple(vm, parts.size());
  if (out == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held = Value::FromObject(out);
  roots.Add(&held);
  for (size_t i = 0; i < parts.size(); ++i) {
    StrObject* part = vm.Intern(parts[i]);
    if (part == nullptr) return Value::Null();
    out->items[i] = Value::FromObject(part);
  }
  return held;
}

// attrgetter keeps each name as given (for its repr) and what to look up
// for it.
Value AttrGetterConstruct(Interp& vm, Value, CallArgs args) {
  for (size_t i = 0; i < args.nargs; ++i) {
    if (!vm::IsStr(args.args[i])) return vm.RaiseTypeError("attribute name must be a string");
  }
  TupleObject* names = GetterArgs(vm, args, "attrgetter");
  if (names == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held_names = Value::FromObject(names);
  roots.Add(&held_names);
  TupleObject* lookups = vm::NewTuple(vm, names->size);
  if (lookups == nullptr) return Value::Null();
  Value held_lookups = Value::FromObject(lookups);
  roots.Add(&held_lookups);
  for (size_t i = 0; i < names->size; ++i) {
    Value lookup = AttrLookup(vm, As<StrObject>(names->items[i])->view());
    if (lookup.is_null()) return lookup;
    lookups->items[i] = lookup;
  }
  return NewGetter(vm, &kAttrGetterType, names, lookups);
}

// getattr(obj, "a.b.c") one dotted part at a time, through vm::GetAttr (so
// the sandbox's attribute rule applies to every part); `lookup` is from
// AttrLookup.
Value GetDottedAttr(Interp& vm, Value obj, Value lookup) {
  if (!vm::HasType(lookup, &vm::kTupleType)) return vm::GetAttr(vm, obj, As<StrObject>(lookup));
  TupleObject* parts = As<TupleObject>(lookup);
  RootScope roots(vm);
  roots.Add(&obj);
  for (size_t i = 0; i < parts->size && !obj.is_null(); ++i) {
    obj = vm::GetAttr(vm, obj, As<StrObject>(parts->items[i]));
  }
  return obj;
}

Value AttrGetterCall(Interp& vm, Value self, CallArgs args) {
  if (!CheckGetterCall(vm, args, "attrgetter")) return Value::Null();
  Value obj = args.args[0];
  auto* g = As<GetterObject>(self);
  return ApplyGetter(vm, g, g->lookups,
                     [&](Value lookup) { return GetDottedAttr(vm, obj, lookup); });
}

Value AttrGetterRepr(Interp& vm, Value self) {
  return GetterRepr(vm, self, As<GetterObject>(self)->items, "");
}

// ---- methodcaller -----------------------------------------------------------------

// methodcaller(name, /, *args, **kwargs): `call_args` holds the positional
// arguments followed by the keyword values, in the order of `kwnames`
// (nullptr without keywords), so a call passes them on unchanged.
struct MethodCallerObject : Object {
  StrObject* name;
  TupleObject* call_args;
  TupleObject* kwnames;
  size_t nargs;
};

void MethodCallerTrace(Object* self, GcTracer& tracer) {
  auto* m = static_cast<MethodCallerObject*>(self);
  tracer.VisitPtr(m->name);
  tracer.VisitPtr(m->call_args);
  tracer.VisitPtr(m->kwnames);
}

Value MethodCallerConstruct(Interp& vm, Value, CallArgs args) {
  if (args.nargs == 0) {
    return vm.RaiseTypeError("methodcaller needs at least one argument, the method name");
  }
  if (!vm::IsStr(args.args[0])) return vm.RaiseTypeError("method name must be a string");
  StrObject* name = vm.Intern(As<StrObject>(args.args[0])->view());
  if (name == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held_name = Value::FromObject(name);
  roots.Add(&held_name);
  TupleObject* call_args =
      vm::NewTupleFrom(vm, args.args + 1, args.nargs - 1 + args.nkwargs());
  if (call_args == nullptr) return Value::Null();
  Value held_args = Value::FromObject(call_args);
  roots.Add(&held_args);
  auto* m = vm.New<MethodCallerObject>(&kMethodCallerType);
  if (m == nullptr) return Value::Null();
  m->name = name;
  m->call_args = call_args;
  m->kwnames = args.nkwargs() > 0 ? args.kwnames : nullptr;
  m->nargs = args.nargs - 1;
  return Value::FromObject(m);
}

// Whether the keywords given to methodcaller hold a key that is not a str
// (the type is kTypeAnyKeywords: `methodcaller('m', **{1: 2})` is made).
bool HasNonStrKeyword(const MethodCallerObject* m) {
  if (m->kwnames == nullptr) return false;
  for (size_t i = 0; i < m->kwnames->size; ++i) {
    if (!vm::IsStr(m->kwnames->items[i])) return true;
  }
  return false;
}

Value MethodCallerCall(Interp& vm, Value self, CallArgs args) {
  if (!CheckGetterCall(vm, args, "methodcaller")) return Value::Null();
  auto* m = As<MethodCallerObject>(self);
  Value method = vm::GetAttr(vm, args.args[0], m->name);
  if (method.is_null()) return method;
  RootScope roots(vm);
  roots.Add(&method);
  if (HasNonStrKeyword(m)) {
    // methodcaller(name, **{1: 2}): CPython's PyObject_Call with the dict,
    // which most callees refuse ("keywords must be strings").
    TupleObject* positional = vm::NewTupleFrom(vm, m->call_args->items, m->nargs);
    if (positional == nullptr) return Value::Null();
    Value positional_v = Value::FromObject(positional);
    roots.Add(&positional_v);
    vm::DictObject* kwargs = vm::NewDict(vm);
    if (kwargs == nullptr) return Value::Null();
    Value kwargs_v = Value::FromObject(kwargs);
    roots.Add(&kwargs_v);
    for (size_t i = 0; i < m->kwnames->size; ++i) {
      if (vm::DictSet(vm, kwargs, m->kwnames->items[i], m->call_args->items[m->nargs + i]) < 0) {
        return Value::Null();
      }
    }
    return vm::CallWithKeywordDict(vm, method, positional, kwargs);
  }
  CallArgs call{m->call_args->items, m->nargs, m->kwnames};
  return vm.Call(method, call);
}

Value MethodCallerRepr(Interp& vm, Value self) {
  auto* m = As<MethodCallerObject>(self);
  vm::ReprGuard repr_guard(m);
  if (repr_guard.active()) return vm::NewStrValue(vm, "operator.methodcaller(...)");
  vm::NativeDepthGuard guard(vm, " while getting the repr of an object");
  if (!guard.ok()) return Value::Null();
  vm::ReprText repr(vm);
  std::string& out = repr.text();
  out += "operator.methodcaller(";
  if (!vm::AppendRepr(vm, Value::FromObject(m->name), &out)) return Value::Null();
  size_t total = m->call_args->size;
  for (size_t i = 0; i < total; ++i) {
    if (!vm::ChargeStep(vm, i) || !repr.Reserve()) return Value::Null();
    out += ", ";
    if (i >= m->nargs) {
      // A key that is not a str shows as its str(), as partial's repr does
      // (CPython's methodcaller_repr reads it as a str, out of bounds).
      Value key = m->kwnames->items[i - m->nargs];
      if (vm::IsStr(key)) {
        StrAppend(&out, As<StrObject>(key)->view(), "=");
      } else {
        Value text = vm::Str(vm, key);
        if (text.is_null()) return Value::Null();
        StrAppend(&out, As<StrObject>(text)->view(), "=");
      }
    }
    if (!vm::AppendRepr(vm, m->call_args->items[i], &out)) return Value::Null();
  }
  out += ")";
  return vm::NewStrValue(vm, out);
}

// ---- __reduce__ ---------------------------------------------------------------------

// (type(self), args): what copy and deepcopy remake a getter or a
// methodcaller from.
Value ReduceTo(Interp& vm, Value ctor, Value ctor_args) {
  Value items[2] = {ctor, ctor_args};
  TupleObject* result = vm::NewTupleFrom(vm, items, 2);
  return result == nullptr ? Value::Null() : Value::FromObject(result);
}

// itemgetter.__reduce__() and attrgetter.__reduce__(): the class and the
// items or the attribute names as given (dotted ones whole), as CPython's.
Value ItemGetterReduce(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "itemgetter.__reduce__")) return Value::Null();
  return ReduceTo(vm, Value::FromObject(vm::TypeOf(self)),
                  Value::FromObject(As<GetterObject>(self)->items));
}

Value AttrGetterReduce(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "attrgetter.__reduce__")) return Value::Null();
  return ReduceTo(vm, Value::FromObject(vm::TypeOf(self)),
                  Value::FromObject(As<GetterObject>(self)->items));
}

// methodcaller.__reduce__(): (methodcaller, (name, *args)) without
// keywords, else (functools.partial(methodcaller, name, **kwargs), args),
// as CPython's methodcaller_reduce.
Value MethodCallerReduce(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "methodcaller.__reduce__")) return Value::Null();
  auto* m = As<MethodCallerObject>(self);
  RootScope roots(vm);
  roots.Add(&self);
  Value type = Value::FromObject(vm::TypeOf(self));
  if (m->kwnames == nullptr) {
    TupleObject* ctor_args = vm::NewTuple(vm, m->nargs + 1);
    if (ctor_args == nullptr) return Value::Null();
    ctor_args->items[0] = Value::FromObject(m->name);
    for (size_t i = 0; i < m->nargs; ++i) ctor_args->items[i + 1] = m->call_args->items[i];
    Value held = Value::FromObject(ctor_args);
    roots.Add(&held);
    return ReduceTo(vm, type, held);
  }
  StrObject* functools_name = vm.Intern("functools");
  StrObject* partial_name = vm.Intern("partial");
  if (functools_name == nullptr || partial_name == nullptr) return Value::Null();
  Value functools = vm.ImportModule(functools_name);
  if (functools.is_null()) return functools;
  roots.Add(&functools);
  Value partial = vm::GetAttr(vm, functools, partial_name);
  if (partial.is_null()) return partial;
  roots.Add(&partial);
  // partial(type, name, **kwargs): the keywords as methodcaller holds them.
  size_t nkw = m->kwnames->size;
  std::vector<Value> argv = {type, Value::FromObject(m->name)};
  argv.insert(argv.end(), m->call_args->items + m->nargs, m->call_args->items + m->nargs + nkw);
  for (Value& v : argv) roots.Add(&v);
  Value ctor = vm.Call(partial, CallArgs{argv.data(), 2, m->kwnames});
  if (ctor.is_null()) return ctor;
  roots.Add(&ctor);
  TupleObject* rest = vm::NewTupleFrom(vm, m->call_args->items, m->nargs);
  if (rest == nullptr) return Value::Null();
  Value held = Value::FromObject(rest);
  roots.Add(&held);
  return ReduceTo(vm, ctor, held);
}

const vm::MethodDef kItemGetterMethods[] = {{"__reduce__", ItemGetterReduce}, {nullptr, nullptr}};
const vm::MethodDef kAttrGetterMethods[] = {{"__reduce__", AttrGetterReduce}, {nullptr, nullptr}};
const vm::MethodDef kMethodCallerMethods[] = {{"__reduce__", MethodCallerReduce},
                                              {nullptr, nullptr}};

// ---- The module ---------------------------------------------------------------------

template <size_t... I>
constexpr auto BinaryDefs(std::index_sequence<I...>) {
  return std::array<vm::MethodDef, sizeof...(I)>{
      vm::MethodDef{kBinaryEntries[I].name, OperatorBinary<I>}...};
}
template <size_t... I>
constexpr auto CompareDefs(std::index_sequence<I...>) {
  return std::array<vm::MethodDef, sizeof...(I)>{
      vm::MethodDef{kCompareEntries[I].name, OperatorCompare<I>}...};
}
template <size_t... I>
constexpr auto UnaryDefs(std::index_sequence<I...>) {
  return std::array<vm::MethodDef, sizeof...(I)>{
      vm::MethodDef{kUnaryEntries[I].name, OperatorUnary<I>}...};
}

const auto kBinaryDefs = BinaryDefs(std::make_index_sequence<std::size(kBinaryEntries)>());
const auto kCompareDefs = CompareDefs(std::make_index_sequence<std::size(kCompareEntries)>());
const auto kUnaryDefs = UnaryDefs(std::make_index_sequence<std::size(kUnaryEntries)>());

const vm::MethodDef kOtherDefs[] = {
    {"call", OperatorCall},
    {"concat", OperatorConcat},
    {"contains", OperatorContains},
    {"countOf", OperatorCountOf},
    {"delitem", OperatorDelItem},
    {"getitem", OperatorGetItem},
    {"iconcat", OperatorIconcat},
    {"indexOf", OperatorIndexOf},
    {"is_", OperatorIs},
    {"is_not", OperatorIsNot},
    {"length_hint", OperatorLengthHint},
    {"setitem", OperatorSetItem},
};

void InitCallableType(TypeObject* type, const char* name, vm::TraceFn trace, vm::CallFn call,
                      vm::UnaryFn repr, vm::CallFn construct) {
  vm::InitStaticType(type, name, &vm::kObjectType);
  type->trace = trace;
  type->call = call;
  type->repr = repr;
  type->hash = vm::IdentityHash;
  type->construct = construct;
}

void InitOperatorTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    InitCallableType(&kItemGetterType, "operator.itemgetter", GetterTrace, ItemGetterCall,
                     ItemGetterRepr, ItemGetterConstruct);
    InitCallableType(&kAttrGetterType, "operator.attrgetter", GetterTrace, AttrGetterCall,
                     AttrGetterRepr, AttrGetterConstruct);
    InitCallableType(&kMethodCallerType, "operator.methodcaller", MethodCallerTrace,
                     MethodCallerCall, MethodCallerRepr, MethodCallerConstruct);
    kItemGetterType.methods = kItemGetterMethods;
    kAttrGetterType.methods = kAttrGetterMethods;
    kMethodCallerType.methods = kMethodCallerMethods;
    // methodcaller_new takes its keywords as a dict, of any keys.
    kMethodCallerType.type_flags |= vm::kTypeAnyKeywords;
  });
}

}  // namespace

bool InitOperatorModule(Interp& vm, vm::ModuleObject* module) {
  InitOperatorTypes();
  for (const vm::MethodDef& def : kBinaryDefs) {
    if (!vm::ModuleAddFunction(vm, module, &def)) return false;
  }
  for (const vm::MethodDef& def : kCompareDefs) {
    if (!vm::ModuleAddFunction(vm, module, &def)) return false;
  }
  for (const vm::MethodDef& def : kUnaryDefs) {
    if (!vm::ModuleAddFunction(vm, module, &def)) return false;
  }
  for (const vm::MethodDef& def : kOtherDefs) {
    if (!vm::ModuleAddFunction(vm, module, &def)) return false;
  }
  // The dunder aliases are public names: a (empty) withheld list tells the
  // module type that this namespace is the module's whole surface.
  static const char* const kNothingWithheld[] = {nullptr};
  module->withheld = kNothingWithheld;
  // Lib/operator.py binds the dunder spelling of most functions to the same
  // object (`__lt__ = lt`, `__and__ = and_`); these are the ones it leaves out.
  constexpr std::string_view kNoDunder[] = {"truth",   "is_",     "is_not",
                                            "countOf", "indexOf", "length_hint"};
  auto add_dunder = [&](const vm::MethodDef& def) {
    std::string_view name = def.name;
    if (std::find(std::begin(kNoDunder), std::end(kNoDunder), name) != std::end(kNoDunder)) {
      return true;
    }
    if (name.back() == '_') name.remove_suffix(1);
    StrObject* key = vm.Intern(def.name);
    Value fn = vm::DictGetStr(vm, module->dict, key);
    return !fn.is_null() && vm::ModuleAddValue(vm, module, StrCat("__", name, "__"), fn);
  };
  for (const vm::MethodDef& def : kBinaryDefs) {
    if (!add_dunder(def)) return false;
  }
  for (const vm::MethodDef& def : kCompareDefs) {
    if (!add_dunder(def)) return false;
  }
  for (const vm::MethodDef& def : kUnaryDefs) {
    if (!add_dunder(def)) return false;
  }
  for (const vm::MethodDef& def : kOtherDefs) {
    if (!add_dunder(def)) return false;
  }
  std::vector<const char*> public_names;
  for (const vm::MethodDef& def : kOtherDefs) public_names.push_back(def.name);
  for (const vm::MethodDef& def : kBinaryDefs) public_names.push_back(def.name);
  for (const vm::MethodDef& def : kCompareDefs) public_names.push_back(def.name);
  for (const vm::MethodDef& def : kUnaryDefs) public_names.push_back(def.name);
  for (TypeObject* type : {&kItemGetterType, &kAttrGetterType, &kMethodCallerType}) {
    std::string_view name = type->name;
    name.remove_prefix(name.rfind('.') + 1);
    public_names.push_back(name.data());  // the tail of a C string
    if (!vm::ModuleAddValue(vm, module, name, Value::FromObject(type))) return false;
  }
  // Lib/operator.py's __all__ lists every public name, alphabetically.
  std::sort(public_names.begin(), public_names.end(),
            [](const char* a, const char* b) { return std::string_view(a) < b; });
  vm::ListObject* all = vm::NewList(vm, public_names.size());
  if (all == nullptr) return false;
  Value all_value = Value::FromObject(all);
  vm::RootScope roots(vm);
  roots.Add(&all_value);
  for (const char* name : public_names) {
    if (!vm::ListAppendValue(vm, all, Value::FromObject(vm.Intern(name)))) return false;
  }
  return vm::ModuleAddValue(vm, module, "__all__", all_value);
}

}  // namespace moat::stdlib
