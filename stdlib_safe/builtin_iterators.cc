// enumerate, zip, map, filter, reversed and callable_iterator (see
// builtin_iterators.h). Argument handling and error texts follow CPython
// 3.11's vectorcall entry points (enum_vectorcall, zip_new, map_vectorcall,
// filter_vectorcall, reversed_vectorcall), which differ from one another.
//
// An iterator that wraps another recurses in C++ when it is advanced: a
// chain of 100,000 map objects is 100,000 nested next() calls. Each next()
// that advances a wrapped iterator or calls back out enters a
// NativeDepthGuard, so a deep chain ends in RecursionError (CPython 3.11
// crashes on such chains).
#include "stdlib_safe/builtin_iterators.h"

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <string>

#include "absl/container/inlined_vector.h"
#include "stdlib_safe/native_util.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::vm {

// Declared in vm/objects/iterators.h; the builtins own them.
TypeObject kEnumerateType;
TypeObject kZipType;
TypeObject kMapType;
TypeObject kFilterType;
TypeObject kReversedType;

}  // namespace moat::vm

namespace moat::stdlib {

vm::TypeObject kCallableIteratorType;

namespace {

using vm::As;
using vm::CallArgs;
using vm::GcTracer;
using vm::Interp;
using vm::Object;
using vm::RootScope;
using vm::StrObject;
using vm::TupleObject;
using vm::TypeObject;
using vm::Value;

// Small arrays of Values gathered for one step (zip, map).
using ValueBuffer = absl::InlinedVector<Value, 8>;

// ---- Layouts ------------------------------------------------------------------

struct EnumerateObject : Object {
  Value iterator;
  Value index;  // int Value: the count of the next item
};

struct ZipObject : Object {
  TupleObject* iterators;
  bool strict;
};

struct MapObject : Object {
  Value func;
  TupleObject* iterators;
};

struct FilterObject : Object {
  Value func;  // None or bool: keep truthy items
  Value iterator;
};

// reversed() over the sequence protocol. `index` is the next index to
// fetch; -1 (with seq Null) once exhausted. For an exact str, `byte_pos` is
// the byte offset just past the next code point, so non-ASCII text is
// walked backwards in O(1) per item.
struct ReversedObject : Object {
  Value seq;
  int64_t index;
  size_t byte_pos;
};

struct CallableIteratorObject : Object {
  Value callable;  // Null once exhausted
  Value sentinel;
};

Value SelfIter(Interp&, Value self) { return self; }

// ---- enumerate -----------------------------------------------------------------

void EnumerateTrace(Object* self, GcTracer& tracer) {
  auto* e = static_cast<EnumerateObject*>(self);
  tracer.Visit(e->iterator);
  tracer.Visit(e->index);
}

// enum_new_impl: the start index is converted before the iterable.
Value EnumerateNew(Interp& vm, TypeObject* type, Value iterable, Value start) {
  Value index = Value::SmallInt(0);
  if (!start.is_null()) {
    index = vm::NumberIndex(vm, start);
    if (index.is_null()) return index;
  }
  RootScope roots(vm);
  roots.Add(&index);
  Value it = vm::GetIter(vm, iterable);
  if (it.is_null()) return it;
  // A subclass's instance (class MyEnum(enumerate)) has room for its dict.
  auto* e = vm::NewInstance<EnumerateObject>(vm, type);
  if (e == nullptr) return Value::Null();
  e->iterator = it;
  e->index = index;
  return Value::FromObject(e);
}

bool CheckEnumerateKeyword(Interp& vm, TupleObject* kwnames, size_t i, std::string_view name) {
  std::string_view given = As<StrObject>(kwnames->items[i])->view();
  if (given == name) return true;
  vm.RaiseFormat(&vm::kTypeErrorType, "'%s' is an invalid keyword argument for enumerate()",
                 std::string(given));
  return false;
}

// enum_vectorcall: enumerate(iterable, start=0) parsed by hand, with its
// own texts.
Value EnumerateConstruct(Interp& vm, Value type_value, CallArgs args) {
  TypeObject* type = As<TypeObject>(type_value);
  size_t nkw = args.nkwargs();
  size_t total = args.nargs + nkw;
  if (total == 2) {
    if (nkw == 1) {
      if (!CheckEnumerateKeyword(vm, args.kwnames, 0, "start")) return Value::Null();
    } else if (nkw == 2) {
      if (As<StrObject>(args.kwnames->items[0])->view() == "start") {
        if (!CheckEnumerateKeyword(vm, args.kwnames, 1, "iterable")) return Value::Null();
        return EnumerateNew(vm, type, args.args[1], args.args[0]);
      }
      if (!CheckEnumerateKeyword(vm, args.kwnames, 0, "iterable") ||
          !CheckEnumerateKeyword(vm, args.kwnames, 1, "start")) {
        return Value::Null();
      }
    }
    return EnumerateNew(vm, type, args.args[0], args.args[1]);
  }
  if (total == 1) {
    if (nkw == 1 && !CheckEnumerateKeyword(vm, args.kwnames, 0, "iterable")) {
      return Value::Null();
    }
    return EnumerateNew(vm, type, args.args[0], Value::Null());
  }
  if (args.nargs == 0) {
    return vm.RaiseTypeError("enumerate() missing required argument 'iterable'");
  }
  return vm.RaiseFormat(&vm::kTypeErrorType, "enumerate() takes at most 2 arguments (%d given)",
                        total);
}

// tp_new of a class deriving from enumerate: the same arguments, parsed
// by CPython's argument clinic rather than its vectorcall.
Value EnumerateNewInstance(Interp& vm, TypeObject* subtype, CallArgs args) {
  if (args.nargs == 0 && args.nkwargs() == 0) {
    return vm.RaiseTypeError("enumerate() missing required argument 'iterable' (pos 1)");
  }
  return EnumerateConstruct(vm, Value::FromObject(subtype), args);
}

Value EnumerateNext(Interp& vm, Value self) {
  auto* e = As<EnumerateObject>(self);
  if (!vm.ChargeWork(1)) return Value::Null();
  vm::NativeDepthGuard guard(vm, "");
  if (!guard.ok()) return Value::Null();
  Value item = vm::IterNext(vm, e->iterator);
  if (item.is_null()) return item;
  RootScope roots(vm);
  roots.Add(&item);
  Value index = e->index;
  Value next_index;
  if (index.is_small_int() && Value::FitsSmallInt(index.small_int() + 1)) {
    next_index = Value::SmallInt(index.small_int() + 1);
  } else {
    next_index = vm::IntBinaryOp(vm, vm::BinaryOp::kAdd, index, Value::SmallInt(1));
    if (next_index.is_null()) return next_index;
  }
  Value pair[2] = {index, item};
  TupleObject* t = vm::NewTupleFrom(vm, pair, 2);
  if (t == nullptr) return Value::Null();
  e->index = next_index;
  return Value::FromObject(t);
}

// ---- zip -------------------------------------------------------------------------

void ZipTrace(Object* self, GcTracer& tracer) {
  tracer.VisitPtr(static_cast<ZipObject*>(self)->iterators);
}

// A tuple of iter(x) for each of `n` values; rooted while it fills because
// __iter__ may run Python.
TupleObject* IteratorsOf(Interp& vm, const Value* items, size_t n) {
  TupleObject* t = vm::NewTuple(vm, n);
  if (t == nullptr) return nullptr;
  Value tv = Value::FromObject(t);
  RootScope roots(vm);
  roots.Add(&tv);
  for (size_t i = 0; i < n; ++i) {
    Value it = vm::GetIter(vm, items[i]);
    if (it.is_null()) return nullptr;
    t->items[i] = it;
  }
  return t;
}

// zip_new: zip(*iterables, strict=False).
Value ZipConstruct(Interp& vm, Value type_value, CallArgs args) {
  static const vm::ArgSpec kSpec("zip(*iterables, strict=False)");
  Value out[2];
  bool strict = false;
  if (args.nkwargs() > 0) {
    if (!vm::CheckKeywordCount(vm, args, "zip", 1)) return Value::Null();
    if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
    if (!out[1].is_null()) {
      int t = vm::IsTrue(vm, out[1]);
      if (t < 0) return Value::Null();
      strict = t != 0;
    }
  }
  TupleObject* iterators = IteratorsOf(vm, args.args, args.nargs);
  if (iterators == nullptr) return Value::Null();
  auto* z = vm::NewInstance<ZipObject>(vm, As<TypeObject>(type_value));
  if (z == nullptr) return Value::Null();
  z->iterators = iterators;
  z->strict = strict;
  return Value::FromObject(z);
}

// zip() argument 3 is shorter than arguments 1-2
Value ZipLengthError(Interp& vm, size_t i, const char* which) {
  return vm.RaiseFormat(&vm::kValueErrorType, "zip() argument %d is %s than argument%s%d", i + 1,
                        which, i == 1 ? " " : "s 1-", i);
}

// zip_next's `check` label: iterator `i` ran out in strict mode.
Value ZipStrictCheck(Interp& vm, ZipObject* z, size_t i) {
  if (vm.HasException()) {
    if (!vm.ExceptionMatches(&vm::kStopIterationType)) return Value::Null();
    vm.ClearException();
  }
  if (i > 0) return ZipLengthError(vm, i, "shorter");
  for (size_t j = 1; j < z->iterators->size; ++j) {
    Value item = vm::IterNext(vm, z->iterators->items[j]);
    if (!item.is_null()) return ZipLengthError(vm, j, "longer");
    if (vm.HasException()) {
      if (!vm.ExceptionMatches(&vm::kStopIterationType)) return Value::Null();
      vm.ClearException();
    }
  }
  return Value::Null();
}

Value ZipNext(Interp& vm, Value self) {
  auto* z = As<ZipObject>(self);
  size_t n = z->iterators->size;
  if (n == 0) return Value::Null();
  if (!vm.ChargeWork(1)) return Value::Null();
  vm::NativeDepthGuard guard(vm, "");
  if (!guard.ok()) return Value::Null();
  ValueBuffer items(n, Value::None());
  RootScope roots(vm);
  for (Value& v : items) roots.Add(&v);
  for (size_t i = 0; i < n; ++i) {
    Value item = vm::IterNext(vm, z->iterators->items[i]);
    if (item.is_null()) {
      if (z->strict) return ZipStrictCheck(vm, z, i);
      return item;
    }
    items[i] = item;
  }
  TupleObject* t = vm::NewTupleFrom(vm, items.data(), n);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// ---- map -------------------------------------------------------------------------

// Keywords are refused unless a subclass's own __init__ may take them.
bool KeywordsAllowed(Interp& vm, Value type_value, const TypeObject* builtin_type, CallArgs args,
                     const char* name) {
  return !vm::HasBuiltinInit(As<TypeObject>(type_value), builtin_type) ||
         vm::CheckNoKeywords(vm, args, name);
}

void MapTrace(Object* self, GcTracer& tracer) {
  auto* m = static_cast<MapObject*>(self);
  tracer.Visit(m->func);
  tracer.VisitPtr(m->iterators);
}

// map_vectorcall: map(func, *iterables).
Value MapConstruct(Interp& vm, Value type_value, CallArgs args) {
  if (!KeywordsAllowed(vm, type_value, &vm::kMapType, args, "map")) return Value::Null();
  if (args.nargs < 2) return vm.RaiseTypeError("map() must have at least two arguments.");
  TupleObject* iterators = IteratorsOf(vm, args.args + 1, args.nargs - 1);
  if (iterators == nullptr) return Value::Null();
  auto* m = vm::NewInstance<MapObject>(vm, As<TypeObject>(type_value));
  if (m == nullptr) return Value::Null();
  m->func = args.args[0];
  m->iterators = iterators;
  return Value::FromObject(m);
}

Value MapNext(Interp& vm, Value self) {
  auto* m = As<MapObject>(self);
  if (!vm.ChargeWork(1)) return Value::Null();
  vm::NativeDepthGuard guard(vm, "");
  if (!guard.ok()) return Value::Null();
  size_t n = m->iterators->size;
  ValueBuffer items(n, Value::None());
  RootScope roots(vm);
  for (Value& v : items) roots.Add(&v);
  for (size_t i = 0; i < n; ++i) {
    Value item = vm::IterNext(vm, m->iterators->items[i]);
    if (item.is_null()) return item;
    items[i] = item;
  }
  return vm.Call(m->func, CallArgs{items.data(), n, nullptr});
}

// ---- filter ----------------------------------------------------------------------

void FilterTrace(Object* self, GcTracer& tracer) {
  auto* f = static_cast<FilterObject*>(self);
  tracer.Visit(f->func);
  tracer.Visit(f->iterator);
}

// filter_vectorcall: filter(function or None, iterable).
Value FilterConstruct(Interp& vm, Value type_value, CallArgs args) {
  if (!KeywordsAllowed(vm, type_value, &vm::kFilterType, args, "filter")) return Value::Null();
  if (!vm::CheckPositionalCount(vm, args, "filter", 2, 2)) return Value::Null();
  Value it = vm::GetIter(vm, args.args[1]);
  if (it.is_null()) return it;
  auto* f = vm::NewInstance<FilterObject>(vm, As<TypeObject>(type_value));
  if (f == nullptr) return Value::Null();
  f->func = args.args[0];
  f->iterator = it;
  return Value::FromObject(f);
}

Value FilterNext(Interp& vm, Value self) {
  auto* f = As<FilterObject>(self);
  bool check_true =
      f->func.is_none() || (f->func.is_object() && f->func.object() == &vm::kBoolType);
  vm::NativeDepthGuard guard(vm, "");
  if (!guard.ok()) return Value::Null();
  Value item;
  RootScope roots(vm);
  roots.Add(&item);
  for (;;) {
    if (!vm.ChargeWork(1)) return Value::Null();
    item = vm::IterNext(vm, f->iterator);
    if (item.is_null()) return item;
    int ok;
    if (check_true) {
      ok = vm::IsTrue(vm, item);
    } else {
      Value good = vm.Call1(f->func, item);
      if (good.is_null()) return good;
      ok = vm::IsTrue(vm, good);
    }
    if (ok > 0) return item;
    if (ok < 0) return Value::Null();
  }
}

// ---- reversed --------------------------------------------------------------------

void ReversedTrace(Object* self, GcTracer& tracer) {
  tracer.Visit(static_cast<ReversedObject*>(self)->seq);
}

Value NotReversible(Interp& vm, Value seq) {
  return vm.RaiseFormat(&vm::kTypeErrorType, "'%s' object is not reversible",
                        std::string(vm::TypeName(seq)));
}

// reversed_new_impl: __reversed__ if the type has it (None: refused), else
// the sequence protocol (__len__ and __getitem__, not a dict).
Value ReversedConstruct(Interp& vm, Value type_value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "reversed")) return Value::Null();
  if (!vm::CheckPositionalCount(vm, args, "reversed", 1, 1)) return Value::Null();
  Value seq = args.args[0];
  TypeObject* type = vm::TypeOf(seq);
  if (IsHeapInstance(seq)) {
    StrObject* name = vm.Intern("__reversed__");
    // A special method: looked up on the type, past the instance and its
    // __getattribute__/__getattr__, as _PyObject_LookupSpecial does.
    Value method = vm::LookupSpecial(vm, seq, name);
    if (method.is_null() && vm.HasException()) return method;
    if (!method.is_null()) {
      if (method.is_none()) return NotReversible(vm, seq);
      return vm.Call0(method);
    }
  } else if (const vm::MethodDef* m = vm::FindMethod(type, "__reversed__");
             m != nullptr && m->kind == vm::MethodKind::kMethod) {
    return m->fn(vm, seq, CallArgs{});
  }
  if (FindSlot(type, &TypeObject::getitem) == nullptr || vm::IsDict(seq)) {
    return NotReversible(vm, seq);
  }
  int64_t n = vm::Length(vm, seq);
  if (n < 0) return Value::Null();
  auto* r = vm::NewInstance<ReversedObject>(vm, As<TypeObject>(type_value));
  if (r == nullptr) return Value::Null();
  r->seq = seq;
  r->index = n - 1;
  r->byte_pos = vm::IsExactStr(seq) ? As<StrObject>(seq)->byte_length : 0;
  return Value::FromObject(r);
}

// The code point of `s` that ends just before byte `*pos`; moves *pos to
// its first byte.
uint32_t PreviousCodePoint(const StrObject* s, size_t* pos) {
  size_t p = *pos - 1;
  while (p > 0 && (static_cast<unsigned char>(s->data[p]) & 0xC0) == 0x80) --p;
  *pos = p;
  size_t cursor = p;
  return vm::DecodeUtf8(s->view(), &cursor);
}

Value ReversedNext(Interp& vm, Value self) {
  auto* r = As<ReversedObject>(self);
  if (r->index >= 0 && !r->seq.is_null()) {
    if (!vm.ChargeWork(1)) return Value::Null();
    Value seq = r->seq;
    Value item;
    if (vm::IsExactStr(seq)) {
      StrObject* s = As<StrObject>(seq);
      uint32_t cp = s->ascii ? static_cast<unsigned char>(s->data[r->index])
                             : PreviousCodePoint(s, &r->byte_pos);
      StrObject* c = vm::StrFromCodePoint(vm, cp);
      if (c == nullptr) return Value::Null();
      item = Value::FromObject(c);
    } else if (vm::HasType(seq, &vm::kTupleType)) {
      TupleObject* t = As<TupleObject>(seq);
      item = static_cast<size_t>(r->index) < t->size ? t->items[r->index] : Value::Null();
      if (item.is_null()) vm.RaiseIndexError("tuple index out of range");
    } else {
      // A __len__ may give any index up to sys.maxsize - 1.
      Value index = vm::IntFromInt64(vm, r->index);
      item = index.is_null() ? index : vm::GetItem(vm, seq, index);
    }
    if (!item.is_null()) {
      --r->index;
      return item;
    }
    if (!vm.ExceptionMatches(&vm::kIndexErrorType) &&
        !vm.ExceptionMatches(&vm::kStopIterationType)) {
      return Value::Null();
    }
    vm.ClearException();
  }
  r->index = -1;
  r->seq = Value::Null();
  return Value::Null();
}

// ---- callable_iterator -------------------------------------------------------------

void CallableIteratorTrace(Object* self, GcTracer& tracer) {
  auto* c = static_cast<CallableIteratorObject*>(self);
  tracer.Visit(c->callable);
  tracer.Visit(c->sentinel);
}

// calliter_iternext: stops when the result equals the sentinel (compared
// as `sentinel == result`) or the callable raises StopIteration.
Value CallableIteratorNext(Interp& vm, Value self) {
  auto* c = As<CallableIteratorObject>(self);
  if (c->callable.is_null()) return Value::Null();
  if (!vm.ChargeWork(1)) return Value::Null();
  vm::NativeDepthGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::Null();
  Value result = vm.Call0(c->callable);
  if (!result.is_null()) {
    RootScope roots(vm);
    roots.Add(&result);
    int ok = vm::RichCompareBool(vm, c->sentinel, result, vm::CompareOp::kEq);
    if (ok == 0) return result;
    if (ok > 0) {
      c->callable = Value::Null();
      c->sentinel = Value::Null();
    }
  } else if (vm.ExceptionMatches(&vm::kStopIterationType)) {
    vm.ClearException();
    c->callable = Value::Null();
    c->sentinel = Value::Null();
  }
  return Value::Null();
}

// ---- Methods shared by every type here ---------------------------------------------

// Argument check of a slot wrapper (wrapperobject's texts, not a method's).
bool CheckWrapperNoArgs(Interp& vm, CallArgs args, const char* name) {
  if (args.nkwargs() != 0) {
    vm.RaiseFormat(&vm::kTypeErrorType, "wrapper %s() takes no keyword arguments", name);
    return false;
  }
  if (args.nargs != 0) {
    vm.RaiseFormat(&vm::kTypeErrorType, "expected 0 arguments, got %d", args.nargs);
    return false;
  }
  return true;
}

// it.__next__(): the next slot, with exhaustion turned into StopIteration.
Value IteratorNextMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckWrapperNoArgs(vm, args, "__next__")) return Value::Null();
  // The built-in type's own next: a subclass's slot would call its
  // __next__, which may be the caller (super().__next__()).
  TypeObject* type = vm::TypeOf(self);
  if (vm::IsUserClass(type)) type = static_cast<vm::ClassObject*>(type)->builtin_base;
  Value r = type->next(vm, self);
  if (r.is_null() && !vm.HasException()) vm.RaiseEmpty(&vm::kStopIterationType);
  return r;
}

Value IteratorIterMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckWrapperNoArgs(vm, args, "__iter__")) return Value::Null();
  return self;
}

// reversed.__length_hint__: CPython's reversed_len, the items left, bounded
// by the sequence's current length (which may run code and raise).
Value ReversedLengthHint(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "reversed.__length_hint__")) return Value::Null();
  auto* r = As<ReversedObject>(self);
  if (r->seq.is_null()) return Value::SmallInt(0);
  int64_t size = vm::Length(vm, r->seq);
  if (size < 0) return Value::Null();
  int64_t position = r->index + 1;
  return vm::IntFromInt64(vm, size < position ? 0 : position);
}

Value ReductionOf(Interp& vm, Value self, const Value* args, size_t nargs, Value state);

// reversed.__reduce__(): CPython's reversed_reduce, the class with the
// sequence and the next index, or with an empty tuple once exhausted.
// Allocates.
Value ReversedReduce(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "reversed.__reduce__")) return Value::Null();
  auto* r = As<ReversedObject>(self);
  if (r->seq.is_null() || r->index < 0) {
    Value empty = Value::FromObject(vm.empty_tuple());
    return ReductionOf(vm, self, &empty, 1, Value::Null());
  }
  Value index = vm::IntFromInt64(vm, r->index);
  if (index.is_null()) return index;
  return ReductionOf(vm, self, &r->seq, 1, index);
}

// reversed.__setstate__(index): CPython's reversed_setstate, the index
// clamped to [-1, len(seq) - 1] (len may run Python code).
Value ReversedSetState(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "reversed.__setstate__")) return Value::Null();
  int64_t index = 0;
  if (!vm::IsInt(args.args[0])) return vm.RaiseTypeError("an integer is required");
  if (!vm::IntToInt64(args.args[0], &index)) {
    return vm.Raise(&vm::kOverflowErrorType, "Python int too large to convert to C ssize_t");
  }
  auto* r = As<ReversedObject>(self);
  if (r->seq.is_null()) return Value::None();
  RootScope roots(vm);
  roots.Add(&self);
  int64_t n = vm::Length(vm, r->seq);
  if (n < 0) return Value::Null();
  // The length ran Python code, which may have exhausted this iterator.
  if (r->seq.is_null()) return Value::None();
  index = std::clamp<int64_t>(index, -1, n - 1);
  if (vm::IsExactStr(r->seq)) {
    StrObject* s = As<StrObject>(r->seq);
    // byte_pos is just past the code point at `index`.
    size_t end = static_cast<size_t>(index + 1);
    if (!vm::ChargeCodePointWalk(vm, s, end)) return Value::Null();
    r->byte_pos = vm::StrCodePointOffset(s, end);
  }
  r->index = index;
  return Value::None();
}

const vm::MethodDef kReversedMethods[] = {
    {"__iter__", IteratorIterMethod},
    {"__next__", IteratorNextMethod},
    {"__length_hint__", ReversedLengthHint},
    {"__reduce__", ReversedReduce},
    {"__setstate__", ReversedSetState},
    {nullptr, nullptr},
};

// (type(self), args) or, with `state` set, (type(self), args, state): a
// reduction tuple. Allocates.
Value ReductionOf(Interp& vm, Value self, const Value* args, size_t nargs, Value state) {
  RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&state);
  TupleObject* arg_tuple = vm::NewTupleFrom(vm, args, nargs);
  if (arg_tuple == nullptr) return Value::Null();
  Value items[3] = {Value::FromObject(vm::TypeOf(self)), Value::FromObject(arg_tuple), state};
  TupleObject* out = vm::NewTupleFrom(vm, items, state.is_null() ? 2 : 3);
  return out != nullptr ? Value::FromObject(out) : Value::Null();
}

// __reduce__() of enumerate, zip, map and filter, as CPython's enum_reduce,
// zip_reduce, map_reduce and filter_reduce: the class with the iterators
// the object draws from (shared by a shallow copy, as in CPython) and its
// own state. Allocates.
Value LazyIteratorReduce(Interp& vm, Value self, CallArgs args) {
  std::string qualname = StrCat(vm::TypeOf(self)->name, ".__reduce__");
  if (!vm::CheckMethodNoArgs(vm, args, qualname.c_str())) return Value::Null();
  TypeObject* t = vm::TypeOf(self);
  if (vm::IsSubtype(t, &vm::kEnumerateType)) {
    auto* e = As<EnumerateObject>(self);
    Value pair[2] = {e->iterator, e->index};
    return ReductionOf(vm, self, pair, 2, Value::Null());
  }
  if (vm::IsSubtype(t, &vm::kZipType)) {
    auto* z = As<ZipObject>(self);
    return ReductionOf(vm, self, z->iterators->items, z->iterators->size,
                       z->strict ? Value::True() : Value::Null());
  }
  if (vm::IsSubtype(t, &vm::kMapType)) {
    auto* m = As<MapObject>(self);
    ValueBuffer parts;
    parts.push_back(m->func);
    for (size_t i = 0; i < m->iterators->size; ++i) parts.push_back(m->iterators->items[i]);
    return ReductionOf(vm, self, parts.data(), parts.size(), Value::Null());
  }
  auto* f = As<FilterObject>(self);
  Value pair[2] = {f->func, f->iterator};
  return ReductionOf(vm, self, pair, 2, Value::Null());
}

// zip.__setstate__(strict): CPython's zip_setstate.
Value ZipSetState(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "zip.__setstate__")) return Value::Null();
  int truth = vm::IsTrue(vm, args.args[0]);
  if (truth < 0) return Value::Null();
  As<ZipObject>(self)->strict = truth != 0;
  return Value::None();
}

const vm::MethodDef kIteratorMethods[] = {
    {"__iter__", IteratorIterMethod},
    {"__next__", IteratorNextMethod},
    {nullptr, nullptr},
};

const vm::MethodDef kReducibleIteratorMethods[] = {
    {"__iter__", IteratorIterMethod},
    {"__next__", IteratorNextMethod},
    {"__reduce__", LazyIteratorReduce},
    {nullptr, nullptr},
};

// enumerate's, with the __class_getitem__ CPython gives it (enumerate[int]).
const vm::MethodDef kEnumerateMethods[] = {
    {"__iter__", IteratorIterMethod},
    {"__next__", IteratorNextMethod},
    {"__reduce__", LazyIteratorReduce},
    {"__class_getitem__", vm::ClassGetItemMethod, vm::MethodKind::kClassMethod},
    {nullptr, nullptr},
};

const vm::MethodDef kZipMethods[] = {
    {"__iter__", IteratorIterMethod},
    {"__next__", IteratorNextMethod},
    {"__reduce__", LazyIteratorReduce},
    {"__setstate__", ZipSetState},
    {nullptr, nullptr},
};

// tp_new of a class deriving from zip, map, filter or reversed: CPython's
// tp_new takes the arguments of the call, with the same texts. (The
// instance is made with room for the subclass's dict: vm::NewInstance.)
template <vm::CallFn construct>
Value IteratorSubclassNew(Interp& vm, TypeObject* subtype, CallArgs args) {
  return construct(vm, Value::FromObject(subtype), args);
}

// A built-in iterator type scripts may subclass, whose instances are `T`s.
template <typename T, vm::CallFn construct>
void MakeSubclassable(TypeObject* type) {
  type->type_flags |= vm::kTypeBaseType;
  type->basic_size = sizeof(T);
  type->new_instance = IteratorSubclassNew<construct>;
}

void InitIteratorType(TypeObject* type, const char* name, vm::TraceFn trace, vm::UnaryFn next,
                      vm::CallFn construct) {
  vm::InitStaticType(type, name, &vm::kObjectType);
  type->methods = kIteratorMethods;
  type->trace = trace;
  type->iter = SelfIter;
  type->next = next;
  type->construct = construct;
}

}  // namespace

Value NewCallableIterator(Interp& vm, Value callable, Value sentinel) {
  auto* c = vm.New<CallableIteratorObject>(&kCallableIteratorType);
  if (c == nullptr) return Value::Null();
  c->callable = callable;
  c->sentinel = sentinel;
  return Value::FromObject(c);
}

void InitBuiltinIteratorTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    InitIteratorType(&vm::kEnumerateType, "enumerate", EnumerateTrace, EnumerateNext,
                     EnumerateConstruct);
    // enumerate[int]
    vm::kEnumerateType.type_flags |= vm::kTypeGeneric | vm::kTypeBaseType | vm::kTypeVectorcall;
    vm::kEnumerateType.basic_size = sizeof(EnumerateObject);
    vm::kEnumerateType.new_instance = EnumerateNewInstance;
    InitIteratorType(&vm::kZipType, "zip", ZipTrace, ZipNext, ZipConstruct);
    InitIteratorType(&vm::kMapType, "map", MapTrace, MapNext, MapConstruct);
    InitIteratorType(&vm::kFilterType, "filter", FilterTrace, FilterNext, FilterConstruct);
    vm::kMapType.type_flags |= vm::kTypeVectorcall;
    vm::kFilterType.type_flags |= vm::kTypeVectorcall;
    InitIteratorType(&vm::kReversedType, "reversed", ReversedTrace, ReversedNext,
                     ReversedConstruct);
    vm::kReversedType.methods = kReversedMethods;
    vm::kEnumerateType.methods = kEnumerateMethods;
    vm::kMapType.methods = kReducibleIteratorMethods;
    vm::kFilterType.methods = kReducibleIteratorMethods;
    vm::kZipType.methods = kZipMethods;
    MakeSubclassable<ZipObject, ZipConstruct>(&vm::kZipType);
    MakeSubclassable<MapObject, MapConstruct>(&vm::kMapType);
    MakeSubclassable<FilterObject, FilterConstruct>(&vm::kFilterType);
    MakeSubclassable<ReversedObject, ReversedConstruct>(&vm::kReversedType);
    InitIteratorType(&kCallableIteratorType, "callable_iterator", CallableIteratorTrace,
                     CallableIteratorNext, nullptr);
  });
}

}  // namespace moat::stdlib
