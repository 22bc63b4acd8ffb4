// itertools' native type shells (see itertools_module.h).
//
// Each shell is a static type named as CPython's ("itertools.islice"),
// shared by every interpreter; what it runs is per interpreter: the
// `_new_<name>` functions of the interpreter's own itertools module, found
// through its module table when an instance is made.
#include "stdlib_safe/itertools_module.h"

#include <mutex>
#include <string>
#include <utility>

#include "absl/container/inlined_vector.h"
#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::CallArgs;
using vm::GcTracer;
using vm::Interp;
using vm::Object;
using vm::RootScope;
using vm::TypeObject;
using vm::Value;

// An instance: the iterator it advances (a generator of py/itertools.py, or
// a function of it called with the state on each next(): see that file's
// docstring) and what else the Python side keeps for it (groupby's shared
// state, a tee's cursor, an iterator's fields; None for the rest).
// CPython's compress, dropwhile, takewhile, filterfalse, starmap,
// accumulate, groupby and tee call their input again on each next() after
// it ran out: their Python side gives the module's `_exhausted` each time
// it finds the input exhausted, which the next slot turns into the end of
// iteration without ending for good.
struct LazyIteratorObject : Object {
  Value iterator;
  Value state;
  Value exhausted;  // the module's `_exhausted` marker
};

// One shell per CPython type. `signature` is CPython's (its texts come from
// ArgSpec); `subclassable` is Py_TPFLAGS_BASETYPE.
struct LazyTypeDef {
  const char* name;
  const char* qualified_name;  // the type's name, as CPython's: "itertools.<name>"
  const char* signature;
  bool subclassable;
  const vm::MethodDef* extra_methods;  // nullptr-terminated, or nullptr
  bool has_repr;  // CPython's repr shows the state: _repr_<name>(obj)
  TypeObject type;
  const vm::ArgSpec* spec;
};

Value LazyIteratorIterMethod(Interp& vm, Value self, CallArgs args);
Value LazyIteratorNextMethod(Interp& vm, Value self, CallArgs args);
Value ChainFromIterable(Interp& vm, Value cls, CallArgs args);
Value TeeCopy(Interp& vm, Value self, CallArgs args);
Value RepeatLengthHint(Interp& vm, Value self, CallArgs args);
Value LazyIteratorReduce(Interp& vm, Value self, CallArgs args);

const vm::MethodDef kCountMethods[] = {
    {"__iter__", LazyIteratorIterMethod},
    {"__next__", LazyIteratorNextMethod},
    {"__reduce__", LazyIteratorReduce},
    {nullptr, nullptr},
};

const vm::MethodDef kChainMethods[] = {
    {"__iter__", LazyIteratorIterMethod},
    {"__next__", LazyIteratorNextMethod},
    {"from_iterable", ChainFromIterable, vm::MethodKind::kClassMethod},
    {"__class_getitem__", vm::ClassGetItemMethod, vm::MethodKind::kClassMethod},
    {nullptr, nullptr},
};

const vm::MethodDef kTeeMethods[] = {
    {"__iter__", LazyIteratorIterMethod},
    {"__next__", LazyIteratorNextMethod},
    {"__copy__", TeeCopy},
    {nullptr, nullptr},
};

const vm::MethodDef kRepeatMethods[] = {
    {"__iter__", LazyIteratorIterMethod},
    {"__next__", LazyIteratorNextMethod},
    {"__length_hint__", RepeatLengthHint},
    {"__reduce__", LazyIteratorReduce},
    {nullptr, nullptr},
};

const vm::MethodDef kLazyIteratorMethods[] = {
    {"__iter__", LazyIteratorIterMethod},
    {"__next__", LazyIteratorNextMethod},
    {nullptr, nullptr},
};

LazyTypeDef kLazyTypes[] = {
    {"count", "itertools.count", "count(start=0, step=1)", true, kCountMethods, true, {},
     nullptr},
    {"repeat", "itertools.repeat",
     "repeat(object, times=None)", true, kRepeatMethods, true, {}, nullptr},
    {"accumulate", "itertools.accumulate",
     "accumulate(iterable, func=None, *, initial=None)", true, nullptr, false, {}, nullptr},
    {"chain", "itertools.chain", "chain(*iterables)", true, kChainMethods, false, {}, nullptr},
    {"combinations", "itertools.combinations",
     "combinations(iterable, r)", true, nullptr, false, {}, nullptr},
    {"combinations_with_replacement", "itertools.combinations_with_replacement",
     "combinations_with_replacement(iterable, r)", true, nullptr, false, {}, nullptr},
    {"compress", "itertools.compress",
     "compress(data, selectors)", true, nullptr, false, {}, nullptr},
    {"cycle", "itertools.cycle", "cycle(iterable, /)", true, nullptr, false, {}, nullptr},
    {"dropwhile", "itertools.dropwhile",
     "dropwhile(predicate, iterable, /)", true, nullptr, false, {}, nullptr},
    {"filterfalse", "itertools.filterfalse",
     "filterfalse(function, iterable, /)", true, nullptr, false, {}, nullptr},
    {"groupby", "itertools.groupby",
     "groupby(iterable, key=None)", true, nullptr, false, {}, nullptr},
    // islice, product and zip_longest check their arguments by hand, with
    // texts of their own, in Python.
    {"islice", "itertools.islice", "islice(*args)", true, nullptr, false, {}, nullptr},
    {"pairwise", "itertools.pairwise", "pairwise(iterable, /)", true, nullptr, false, {}, nullptr},
    {"permutations", "itertools.permutations",
     "permutations(iterable, r=None)", true, nullptr, false, {}, nullptr},
    {"product", "itertools.product",
     "product(*iterables, **kwargs)", true, nullptr, false, {}, nullptr},
    {"starmap", "itertools.starmap",
     "starmap(function, iterable, /)", true, nullptr, false, {}, nullptr},
    {"takewhile", "itertools.takewhile",
     "takewhile(predicate, iterable, /)", true, nullptr, false, {}, nullptr},
    {"zip_longest", "itertools.zip_longest",
     "zip_longest(*iterables, **kwargs)", true, nullptr, false, {}, nullptr},
    {"_grouper", "itertools._grouper",
     "_grouper(parent, tgtkey, /)", false, nullptr, false, {}, nullptr},
    {"_tee", "itertools._tee", "_tee(iterable, /)", false, kTeeMethods, false, {}, nullptr},
};

constexpr size_t kChainIndex = 3;

const LazyTypeDef* FindLazyTypeDef(const TypeObject* type) {
  for (const TypeObject* t = type; t != nullptr; t = t->base) {
    for (const LazyTypeDef& def : kLazyTypes) {
      if (t == &def.type) return &def;
    }
  }
  return nullptr;
}

void LazyIteratorTrace(Object* self, GcTracer& tracer) {
  auto* o = static_cast<LazyIteratorObject*>(self);
  tracer.Visit(o->iterator);
  tracer.Visit(o->state);
  tracer.Visit(o->exhausted);
}

Value SelfIter(Interp&, Value self) { return self; }

// The next slot: the generator's own step, nothing around it; or, for an
// iterator whose "iterator" is a function of the module (accumulate,
// groupby, islice...), that function called with the state, so its input
// or callback may call next() on it again, as in CPython.
Value LazyIteratorNext(Interp& vm, Value self) {
  auto* o = As<LazyIteratorObject>(self);
  Value item = vm::HasType(o->iterator, &vm::kFunctionType) ? vm.Call1(o->iterator, o->state)
                                                            : vm::IterNext(vm, o->iterator);
  return item == o->exhausted ? Value::Null() : item;
}

// _tee's next slot: its "iterator" is the module's _tee_next, called with
// the tee's cursor (a function, so an exception from the input or a
// re-entered fetch leaves the tee usable, as CPython's).
Value TeeNext(Interp& vm, Value self) {
  auto* o = As<LazyIteratorObject>(self);
  Value item = vm.Call1(o->iterator, o->state);
  return item == o->exhausted ? Value::Null() : item;
}

Value LazyIteratorIterMethod(Interp& vm, Value self, CallArgs args) {
  if (args.nargs != 0 || args.nkwargs() != 0) {
    return vm.RaiseTypeError("expected 0 arguments");
  }
  return self;
}

// it.__next__(): the next slot, with exhaustion turned into StopIteration.
Value LazyIteratorNextMethod(Interp& vm, Value self, CallArgs args) {
  if (args.nargs != 0 || args.nkwargs() != 0) {
    return vm.RaiseTypeError("expected 0 arguments");
  }
  // The shell's own next slot: a subclass's would call its __next__, which
  // may be the caller (super().__next__()).
  Value r = FindLazyTypeDef(vm::TypeOf(self))->type.next(vm, self);
  if (r.is_null() && !vm.HasException()) vm.RaiseEmpty(&vm::kStopIterationType);
  return r;
}

// <name> of the interpreter's itertools code (its private namespace), or
// Null with RuntimeError pending.
Value ModuleMember(Interp& vm, const char* name) {
  Value module = vm::DictGetStr(vm, vm.modules(), vm.Intern("itertools"));
  vm::DictObject* globals = module.is_null() || !vm::HasType(module, &vm::kModuleType)
                                ? nullptr
                                : As<vm::ModuleObject>(module)->private_globals;
  Value member = globals == nullptr ? Value::Null() : vm::DictGetStr(vm, globals, vm.Intern(name));
  if (member.is_null()) {
    return vm.RaiseFormat(&vm::kRuntimeErrorType, "itertools.%s is missing", name);
  }
  return member;
}

// Calls the interpreter's itertools.<function>(args...). Runs Python code.
Value CallModuleFunction(Interp& vm, const char* function, CallArgs args) {
  Value fn = ModuleMember(vm, function);
  if (fn.is_null()) return fn;
  return vm.Call(fn, args);
}

// An instance of `type` around the (iterator, state) pair a Python helper
// returned.
Value WrapPair(Interp& vm, TypeObject* type, Value pair) {
  if (!vm::HasType(pair, &vm::kTupleType) || As<vm::TupleObject>(pair)->size != 2) {
    return vm.RaiseTypeError("an itertools helper must return (iterator, state)");
  }
  Value exhausted = ModuleMember(vm, "_exhausted");
  if (exhausted.is_null()) return exhausted;
  RootScope roots(vm);
  roots.Add(&pair);
  roots.Add(&exhausted);
  auto* o = vm::NewInstance<LazyIteratorObject>(vm, type);
  if (o == nullptr) return Value::Null();
  o->iterator = As<vm::TupleObject>(pair)->items[0];
  o->state = vm::TupleItems(As<vm::TupleObject>(pair))[1];
  o->exhausted = exhausted;
  return Value::FromObject(o);
}

// tp_new of every shell: CPython's argument checks (ArgSpec's texts), then
// _new_<name> called as the type was: its Python signature is the same.
Value LazyIteratorNew(Interp& vm, TypeObject* subtype, CallArgs args) {
  const LazyTypeDef* def = FindLazyTypeDef(subtype);
  // A subclass with its own __init__ may take keywords: they are left to it.
  if (!def->spec->takes_keywords() && !vm::HasBuiltinInit(subtype, &def->type)) {
    args = CallArgs{args.args, args.nargs, nullptr};
  }
  absl::InlinedVector<Value, 4> parsed(def->spec->slot_count());
  if (!vm::ParseArgs(vm, *def->spec, args, parsed.data())) return Value::Null();
  std::string factory = StrCat("_new_", def->name);
  Value pair = CallModuleFunction(vm, factory.c_str(), args);
  if (pair.is_null()) return pair;
  return WrapPair(vm, subtype, pair);
}

Value LazyIteratorConstruct(Interp& vm, Value type, CallArgs args) {
  return LazyIteratorNew(vm, As<TypeObject>(type), args);
}

// chain.from_iterable(iterable, /), on chain or a subclass: a METH_O class
// method in CPython, whose errors name the class it was called on.
Value ChainFromIterable(Interp& vm, Value cls, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, vm::ClassMethodQualname(cls, "from_iterable").c_str())) {
    return Value::Null();
  }
  Value pair = CallModuleFunction(vm, "_chain_from_iterable", args);
  if (pair.is_null()) return pair;
  return WrapPair(vm, As<TypeObject>(cls), pair);
}

// count's and repeat's repr: _repr_<name>(obj) of the module.
Value LazyIteratorRepr(Interp& vm, Value self) {
  const LazyTypeDef* def = FindLazyTypeDef(vm::TypeOf(self));
  std::string helper = StrCat("_repr_", def->name);
  return CallModuleFunction(vm, helper.c_str(), CallArgs{&self, 1, nullptr});
}

// repeat.__length_hint__(): the count left; an endless repeat has none.
Value RepeatLengthHint(Interp& vm, Value self, CallArgs args) {
  if (args.nargs != 0 || args.nkwargs() != 0) {
    return vm.RaiseTypeError("__length_hint__() takes no arguments");
  }
  return CallModuleFunction(vm, "_length_hint_repeat", CallArgs{&self, 1, nullptr});
}

// __reduce__() of count and repeat: _reduce_<name>(obj) of the module, the
// class with the arguments that make the object again from where it is
// (CPython's count_reduce, repeat_reduce), which copy uses.
Value LazyIteratorReduce(Interp& vm, Value self, CallArgs args) {
  const LazyTypeDef* def = FindLazyTypeDef(vm::TypeOf(self));
  std::string qualname = StrCat(def->qualified_name, ".__reduce__");
  if (!vm::CheckMethodNoArgs(vm, args, qualname.c_str())) return Value::Null();
  std::string helper = StrCat("_reduce_", def->name);
  return CallModuleFunction(vm, helper.c_str(), CallArgs{&self, 1, nullptr});
}

// _tee.__copy__(): a tee at the same position over the same buffer.
Value TeeCopy(Interp& vm, Value self, CallArgs args) {
  if (args.nargs != 0 || args.nkwargs() != 0) {
    return vm.RaiseTypeError("__copy__() takes no arguments");
  }
  Value state = As<LazyIteratorObject>(self)->state;
  Value pair = CallModuleFunction(vm, "_copy_tee", CallArgs{&state, 1, nullptr});
  if (pair.is_null()) return pair;
  return WrapPair(vm, vm::TypeOf(self), pair);
}

// _wrap(type, iterator, state, /): an instance of one of the shells made by
// the Python side itself (groupby's _grouper objects, tee's _tee objects).
Value Wrap(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_wrap(type, iterator, state, /)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  if (!vm::IsType(out[0]) || FindLazyTypeDef(As<TypeObject>(out[0])) == nullptr) {
    return vm.RaiseTypeError("_wrap() needs an itertools type");
  }
  Value pair_items[2] = {out[1], out[2]};
  vm::TupleObject* tuple = vm::NewTupleFrom(vm, pair_items, 2);
  if (tuple == nullptr) return Value::Null();
  Value pair = Value::FromObject(tuple);
  return WrapPair(vm, As<TypeObject>(out[0]), pair);
}

// _state(obj, /): the state an instance of a shell keeps.
Value State(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_state(obj, /)");
  Value obj;
  if (!vm::ParseArgs(vm, kSpec, args, &obj)) return Value::Null();
  if (FindLazyTypeDef(vm::TypeOf(obj)) == nullptr) {
    return vm.RaiseTypeError("_state() needs an itertools object");
  }
  return As<LazyIteratorObject>(obj)->state;
}

// tee(iterable, n=2, /): a builtin function in CPython too; the work is
// _make_tees's.
Value Tee(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "itertools.tee") ||
      !vm::CheckPositionalCount(vm, args, "tee", 1, 2)) {
    return Value::Null();
  }
  return CallModuleFunction(vm, "_make_tees", args);
}

// The index list of a combinatoric generator: a list of non-negative small
// ints below `bound`, or nullptr with TypeError pending.
vm::ListObject* IndexList(Interp& vm, Value v, size_t bound) {
  if (!vm::HasType(v, &vm::kListType)) {
    vm.RaiseTypeError("an itertools index list must be a list");
    return nullptr;
  }
  auto* list = As<vm::ListObject>(v);
  for (size_t k = 0; k < list->size; ++k) {
    Value item = list->items[k];
    if (!item.is_small_int() || item.small_int() < 0 ||
        static_cast<uint64_t>(item.small_int()) >= bound) {
      vm.RaiseTypeError("an itertools index list holds indices of its pool");
      return nullptr;
    }
  }
  return list;
}

void ReverseRange(Value* items, size_t begin, size_t end) {
  while (begin + 1 < end) std::swap(items[begin++], items[--end]);
}

// _next_permutation(indices, values, r, /): steps the arrangement of a
// permutations() generator to the next r-prefix in lexicographic order of
// the indices, and returns the tuple of its first r values, or None after
// the last. `indices` is a permutation of range(n) and `values` the pool's
// items in that order; both are private to the generator. Reversing the
// tail past r makes the arrangement the last one with its prefix, so the
// next full permutation starts the next prefix (with its tail ascending).
// A native step because every permutations() item needs one: written in
// Python it was several times slower than CPython's C.
Value NextPermutation(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_next_permutation(indices, values, r, /)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  if (!vm::HasType(out[1], &vm::kListType) || !out[2].is_small_int()) {
    return vm.RaiseTypeError("_next_permutation() needs a values list and an int r");
  }
  auto* values = As<vm::ListObject>(out[1]);
  size_t n = values->size;
  vm::ListObject* indices = IndexList(vm, out[0], n);
  if (indices == nullptr) return Value::Null();
  int64_t r = out[2].small_int();
  if (indices->size != n || r < 0 || static_cast<uint64_t>(r) > n) {
    return vm.RaiseTypeError("_next_permutation() needs lists of one size and 0 <= r <= n");
  }
  if (!vm.ChargeItems(n)) return Value::Null();
  Value* idx = indices->items;
  Value* val = values->items;
  auto at = [idx](size_t k) { return idx[k].small_int(); };
  ReverseRange(idx, r, n);
  ReverseRange(val, r, n);
  if (n < 2) return Value::None();
  size_t i = n - 1;
  while (i > 0 && at(i - 1) > at(i)) --i;
  if (i == 0) return Value::None();
  size_t pivot = i - 1;
  size_t j = n - 1;
  while (at(j) < at(pivot)) --j;
  std::swap(idx[pivot], idx[j]);
  std::swap(val[pivot], val[j]);
  ReverseRange(idx, pivot + 1, n);
  ReverseRange(val, pivot + 1, n);
  vm::TupleObject* tuple = vm::NewTupleFrom(vm, val, r);
  return tuple == nullptr ? Value::Null() : Value::FromObject(tuple);
}

// _next_combination(indices, pool, with_replacement, /): steps the sorted
// indices of a combinations() (or combinations_with_replacement())
// generator to the next ones in lexicographic order and returns the tuple
// of the pool's items at them, or None after the last. Native for the same
// reason as _next_permutation.
Value NextCombination(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_next_combination(indices, pool, with_replacement, /)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  if (!vm::HasType(out[1], &vm::kTupleType) || !out[2].is_bool()) {
    return vm.RaiseTypeError("_next_combination() needs a pool tuple and a bool");
  }
  auto* pool = As<vm::TupleObject>(out[1]);
  size_t n = pool->size;
  vm::ListObject* indices = IndexList(vm, out[0], n);
  if (indices == nullptr) return Value::Null();
  bool with_replacement = out[2].is_true();
  size_t r = indices->size;
  if (!vm.ChargeItems(r)) return Value::Null();
  Value* idx = indices->items;
  // The rightmost index that can still move right.
  size_t position = r;
  while (position > 0) {
    size_t limit = with_replacement ? n - 1 : position - 1 + n - r;
    if (static_cast<size_t>(idx[position - 1].small_int()) < limit) break;
    --position;
  }
  if (position == 0) return Value::None();
  --position;
  int64_t moved = idx[position].small_int() + 1;
  for (size_t k = position; k < r; ++k) {
    idx[k] = Value::SmallInt(moved);
    if (!with_replacement) ++moved;
  }
  vm::TupleObject* tuple = vm::NewTuple(vm, r);
  if (tuple == nullptr) return Value::Null();
  for (size_t k = 0; k < r; ++k) {
    vm::TupleItems(tuple)[k] = vm::TupleItems(pool)[idx[k].small_int()];
  }
  return Value::FromObject(tuple);
}

const vm::MethodDef kTeeDef = {"tee", Tee};
const vm::MethodDef kWrapDef = {"_wrap", Wrap};
const vm::MethodDef kStateDef = {"_state", State};
const vm::MethodDef kNextPermutationDef = {"_next_permutation", NextPermutation};
const vm::MethodDef kNextCombinationDef = {"_next_combination", NextCombination};

void InitLazyTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (LazyTypeDef& def : kLazyTypes) {
      vm::InitStaticType(&def.type, def.qualified_name, &vm::kObjectType,
                         def.subclassable ? vm::kTypeBaseType : 0);
      def.type.methods = def.extra_methods != nullptr ? def.extra_methods : kLazyIteratorMethods;
      def.type.basic_size = sizeof(LazyIteratorObject);
      def.type.trace = LazyIteratorTrace;
      def.type.hash = vm::IdentityHash;
      def.type.iter = SelfIter;
      def.type.next = def.extra_methods == kTeeMethods ? TeeNext : LazyIteratorNext;
      def.type.new_instance = LazyIteratorNew;
      if (def.has_repr) def.type.repr = LazyIteratorRepr;
      def.type.construct = LazyIteratorConstruct;
      def.spec = new vm::ArgSpec(def.signature);
    }
    kLazyTypes[kChainIndex].type.type_flags |= vm::kTypeGeneric;  // chain[int]
  });
}

}  // namespace

// The module's code runs in a namespace of its own (private_globals), with
// the types and the helpers _wrap and _state; the module shows only what
// CPython's does: the types, tee and __doc__. So no script reaches the
// helpers, the `_new_<name>` factories or the `_exhausted` marker, and
// rebinding a name on the module changes only what scripts read from it.
bool InitItertoolsModule(Interp& vm, vm::ModuleObject* module) {
  InitLazyTypes();
  vm::DictObject* globals = vm::NewDict(vm);
  if (globals == nullptr) return false;
  module->private_globals = globals;  // rooted by the module from here
  if (vm::DictSetStr(vm, globals, "__name__", Value::FromObject(module->name)) != 0) return false;
  auto add_everywhere = [&](std::string_view name, Value v) {
    return vm::DictSetStr(vm, globals, name, v) == 0 && vm::ModuleAddValue(vm, module, name, v);
  };
  for (LazyTypeDef& def : kLazyTypes) {
    if (!add_everywhere(def.name, Value::FromObject(&def.type))) return false;
  }
  for (const vm::MethodDef* def :
       {&kWrapDef, &kStateDef, &kNextPermutationDef, &kNextCombinationDef}) {
    vm::BuiltinFunctionObject* f =
        vm::NewBuiltinFunction(vm, def, Value::FromObject(module), nullptr);
    if (f == nullptr || vm::DictSetStr(vm, globals, def->name, Value::FromObject(f)) != 0) {
      return false;
    }
  }
  vm::BuiltinFunctionObject* tee =
      vm::NewBuiltinFunction(vm, &kTeeDef, Value::FromObject(module), nullptr);
  if (tee == nullptr || !add_everywhere(kTeeDef.name, Value::FromObject(tee)) ||
      !InitFrozenModuleIn(vm, module, globals)) {
    return false;
  }
  vm::StrObject* doc_name = vm.Intern("__doc__");
  Value doc = vm::DictGetStr(vm, globals, doc_name);
  return doc.is_null() || vm::ModuleAddValue(vm, module, "__doc__", doc);
}

}  // namespace moat::stdlib
