// Iterators over the built-in containers (CPython's listiterobject,
// tupleiterobject, dictiterobject, setiterobject and seqiterobject). The
// str iterator lives in str.cc, the lazy builtins (enumerate, zip, map,
// filter, reversed) with the builtins.
//
// Every next() re-reads the container: it may have changed since the last
// call. Exhausted iterators drop their container (Null), as CPython's do.
#include "vm/objects/iterators.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::vm {

TypeObject kListIteratorType;
TypeObject kListReverseIteratorType;
TypeObject kTupleIteratorType;
TypeObject kDictKeyIteratorType;
TypeObject kDictValueIteratorType;
TypeObject kDictItemIteratorType;
TypeObject kDictReverseKeyIteratorType;
TypeObject kDictReverseValueIteratorType;
TypeObject kDictReverseItemIteratorType;
TypeObject kSetIteratorType;
TypeObject kSeqIteratorType;

Value NewSeqIterator(Interp& vm, TypeObject* type, Value seq) {
  auto* it = vm.New<SeqIteratorObject>(type);
  if (it == nullptr) return Value::Null();
  it->seq = seq;
  it->index = 0;
  return Value::FromObject(it);
}

Value NewHashIterator(Interp& vm, TypeObject* type, Value container, size_t size) {
  auto* it = vm.New<HashIteratorObject>(type);
  if (it == nullptr) return Value::Null();
  it->container = container;
  it->initial_size = size;
  it->remaining = size;
  it->pos = 0;
  if (type == &kDictReverseKeyIteratorType || type == &kDictReverseValueIteratorType ||
      type == &kDictReverseItemIteratorType) {
    it->pos = As<DictObject>(container)->entries_used;
  }
  return Value::FromObject(it);
}

bool IteratorLengthHint(Value iterator, uint64_t* count) {
  if (!iterator.is_object()) return false;
  TypeObject* type = iterator.object()->type;
  if (type == &kRangeIteratorType) {
    int64_t n = As<RangeIteratorObject>(iterator)->remaining;
    *count = n > 0 ? static_cast<uint64_t>(n) : 0;
    return true;
  }
  if (type == &kLongRangeIteratorType) {
    Value n = As<LongRangeIteratorObject>(iterator)->remaining;
    int64_t small;
    if (IntToInt64(n, &small)) {
      *count = small > 0 ? static_cast<uint64_t>(small) : 0;
    } else {
      *count = IntCompare(n, Value::SmallInt(0)) > 0 ? UINT64_MAX : 0;
    }
    return true;
  }
  if (type == &kBytesIteratorType || type == &kByteArrayIteratorType) {
    auto* it = As<SeqIteratorObject>(iterator);
    std::string_view v;
    *count = 0;
    if (!it->seq.is_null() && BytesLikeView(it->seq, &v) && it->index < v.size()) {
      *count = v.size() - it->index;
    }
    return true;
  }
  if (type == &kListIteratorType || type == &kTupleIteratorType ||
      type == &kListReverseIteratorType) {
    auto* it = As<SeqIteratorObject>(iterator);
    *count = 0;
    if (it->seq.is_null()) return true;
    size_t size = type == &kTupleIteratorType ? As<TupleObject>(it->seq)->size
                                              : As<ListObject>(it->seq)->size;
    if (type == &kListReverseIteratorType) {
      if (it->index < size) *count = it->index + 1;
    } else if (it->index < size) {
      *count = size - it->index;
    }
    return true;
  }
  if (type == &kDictKeyIteratorType || type == &kDictValueIteratorType ||
      type == &kDictItemIteratorType || type == &kDictReverseKeyIteratorType ||
      type == &kDictReverseValueIteratorType || type == &kDictReverseItemIteratorType ||
      type == &kSetIteratorType) {
    auto* it = As<HashIteratorObject>(iterator);
    *count = 0;
    if (it->container.is_null()) return true;
    // As dictiter_len and setiter_len: nothing once the size has changed.
    size_t size = type == &kSetIteratorType ? As<SetObject>(it->container)->used
                                            : As<DictObject>(it->container)->size;
    if (size == it->initial_size) *count = it->remaining;
    return true;
  }
  return false;
}

Value ObjectLengthHint(Interp& vm, Value obj) {
  for (TypeObject* t = TypeOf(obj); t != nullptr; t = t->base) {
    if (t->len == nullptr) continue;
    int64_t n = Length(vm, obj);
    if (n >= 0) return IntFromInt64(vm, n);
    if (!vm.ExceptionMatches(&kTypeErrorType)) return Value::Null();
    vm.ClearException();
    break;
  }
  Value method = LookupSpecial(vm, obj, vm.Intern("__length_hint__"));
  if (method.is_null()) return vm.HasException() ? Value::Null() : Value::None();
  RootScope roots(vm);
  roots.Add(&method);
  Value hint = vm.Call(method, CallArgs{});
  if (hint.is_null()) {
    if (!vm.ExceptionMatches(&kTypeErrorType)) return Value::Null();
    vm.ClearException();
    return Value::None();
  }
  if (hint.Is(Value::NotImplemented())) return Value::None();
  if (!IsInt(hint)) {
    return vm.RaiseFormat(&kTypeErrorType, "__length_hint__ must be an integer, not %s",
                          std::string(TypeName(hint)));
  }
  int64_t n;
  if (!IntToInt64(hint, &n)) {
    return vm.RaiseOverflowError("Python int too large to convert to C ssize_t");
  }
  if (n < 0) return vm.RaiseValueError("__length_hint__() should return >= 0");
  return IntFromInt64(vm, n);
}

bool AskUserLengthHint(Interp& vm, Value iterable) {
  uint64_t known;
  if (IteratorLengthHint(iterable, &known) || HasType(iterable, &kStrIteratorType) ||
      HasType(iterable, &kStrAsciiIteratorType)) {
    return TakeLengthHintStep(vm);
  }
  // The __getitem__ iterator's hint calls its sequence's __len__.
  if (!IsUserClass(TypeOf(iterable)) && !HasType(iterable, &kSeqIteratorType)) return true;
  return !ObjectLengthHint(vm, iterable).is_null();
}

bool TakeLengthHintStep(Interp& vm) {
  RecursiveCallGuard hint_call(vm, " while calling a Python object");
  return hint_call.ok();
}

bool ChargeKnownLength(Interp& vm, Value iterator) {
  uint64_t n;
  return !IteratorLengthHint(iterator, &n) || vm.ChargeItems(n);
}

DrainBudget::DrainBudget(Interp& vm, Value iterator) : vm_(vm) {
  uint64_t n;
  if (IteratorLengthHint(iterator, &n)) {
    ok_ = vm.ChargeItems(n);
    prepaid_ = n;
  }
}

bool DrainBudget::ChargeAfterPrepaid() { return ChargeStep(vm_, fetched_++); }

// it.__length_hint__(): CPython's listiter_len, rangeiter_len, dictiter_len...
// A range iterator longer than 2**63 answers with its exact big count.
Value IteratorLengthHintMethod(Interp& vm, Value self, CallArgs args) {
  if (args.nargs != 0 || args.nkwargs() != 0) {
    std::string qualname = StrCat(TypeName(self), ".__length_hint__");
    if (!CheckMethodNoArgs(vm, args, qualname.c_str())) return Value::Null();
  }
  if (HasType(self, &kLongRangeIteratorType)) {
    Value n = As<LongRangeIteratorObject>(self)->remaining;
    return IntCompare(n, Value::SmallInt(0)) > 0 ? n : Value::SmallInt(0);
  }
  uint64_t count = 0;
  IteratorLengthHint(self, &count);
  return IntFromInt64(vm, static_cast<int64_t>(std::min<uint64_t>(count, INT64_MAX)));
}

namespace {

bool IsHashIterator(const TypeObject* t) {
  return t == &kDictKeyIteratorType || t == &kDictValueIteratorType ||
         t == &kDictItemIteratorType || t == &kDictReverseKeyIteratorType ||
         t == &kDictReverseValueIteratorType || t == &kDictReverseItemIteratorType ||
         t == &kSetIteratorType;
}

}  // namespace

Value ReductionTuple(Interp& vm, const char* func_name, Value arg, Value state) {
  // The builtin a script reaches by name (CPython's _PyEval_GetBuiltin,
  // with its AttributeError when a host has taken it out).
  Value func = DictGetStr(vm, vm.builtins(), vm.Intern(func_name));
  if (func.is_null()) {
    return vm.HasException() ? func : vm.Raise(&kAttributeErrorType, func_name);
  }
  RootScope roots(vm);
  roots.Add(&func);
  roots.Add(&arg);
  roots.Add(&state);
  TupleObject* args = NewTupleFrom(vm, &arg, 1);
  if (args == nullptr) return Value::Null();
  Value items[3] = {func, Value::FromObject(args), state};
  TupleObject* out = NewTupleFrom(vm, items, state.is_null() ? 2 : 3);
  return out != nullptr ? Value::FromObject(out) : Value::Null();
}

namespace {

// it.__reduce__() of the index and hash iterators, as CPython's
// listiter_reduce, listreviter_reduce, dictiter_reduce...: the iterable
// and the position, rebuilt by iter() (reversed() for a list's reverse
// iterator) and __setstate__; an exhausted one as iter() of an empty
// list or tuple; a dict or set iterator as iter() of a list of the items
// it has left, read from a copy so this one does not advance. Allocates.
Value IteratorReduce(Interp& vm, Value self, CallArgs args) {
  std::string qualname = StrCat(TypeName(self), ".__reduce__");
  if (!CheckMethodNoArgs(vm, args, qualname.c_str())) return Value::Null();
  TypeObject* t = TypeOf(self);
  if (IsHashIterator(t)) {
    auto* it = As<HashIteratorObject>(self);
    ListObject* rest = NewList(vm);
    if (rest == nullptr) return Value::Null();
    Value rest_value = Value::FromObject(rest);
    RootScope roots(vm);
    roots.Add(&rest_value);
    roots.Add(&self);
    if (!it->container.is_null()) {
      Value copy = NewHashIterator(vm, t, it->container, 0);
      if (copy.is_null()) return Value::Null();
      roots.Add(&copy);
      auto* c = As<HashIteratorObject>(copy);
      c->pos = it->pos;
      c->initial_size = it->initial_size;
      c->remaining = it->remaining;
      DrainBudget budget(vm, copy);
      if (!budget.ok()) return Value::Null();
      for (;;) {
        Value item = t->next(vm, copy);
        if (item.is_null()) {
          if (vm.HasException()) return Value::Null();
          break;
        }
        if (!budget.Next() || !ListAppendValue(vm, rest, item)) return Value::Null();
      }
    }
    return ReductionTuple(vm, "iter", rest_value, Value::Null());
  }
  auto* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) {
    Value empty;
    if (t == &kListIteratorType || t == &kListReverseIteratorType) {
      ListObject* l = NewList(vm);
      empty = l != nullptr ? Value::FromObject(l) : Value::Null();
    } else {
      TupleObject* e = EmptyTuple(vm);
      empty = e != nullptr ? Value::FromObject(e) : Value::Null();
    }
    if (empty.is_null()) return empty;
    return ReductionTuple(vm, "iter", empty, Value::Null());
  }
  bool reverse = t == &kListReverseIteratorType;
  int64_t index = reverse && it->index == SIZE_MAX ? -1 : static_cast<int64_t>(it->index);
  Value state = IntFromInt64(vm, index);
  if (state.is_null()) return state;
  return ReductionTuple(vm, reverse ? "reversed" : "iter", it->seq, state);
}

// it.__setstate__(index) of the index iterators: CPython's listiter_setstate
// and the others, the index clamped into the sequence (a list's reverse
// iterator to [-1, len - 1]).
Value IteratorSetState(Interp& vm, Value self, CallArgs args) {
  std::string qualname = StrCat(TypeName(self), ".__setstate__");
  if (!CheckMethodOneArg(vm, args, qualname.c_str())) return Value::Null();
  int64_t index = 0;
  if (!IsInt(args.args[0])) return vm.RaiseTypeError("an integer is required");
  if (!IntToInt64(args.args[0], &index)) {
    return vm.Raise(&kOverflowErrorType, "Python int too large to convert to C ssize_t");
  }
  auto* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) return Value::None();
  TypeObject* t = TypeOf(self);
  int64_t size = -1;  // unbounded: the __getitem__ iterator
  if (t == &kListIteratorType || t == &kListReverseIteratorType) {
    size = static_cast<int64_t>(As<ListObject>(it->seq)->size);
  } else if (t == &kTupleIteratorType) {
    size = static_cast<int64_t>(As<TupleObject>(it->seq)->size);
  } else if (t != &kSeqIteratorType) {
    std::string_view bytes;
    if (BytesLikeView(it->seq, &bytes)) size = static_cast<int64_t>(bytes.size());
  }
  if (t == &kListReverseIteratorType) {
    index = std::clamp<int64_t>(index, -1, size - 1);
    it->index = index < 0 ? SIZE_MAX : static_cast<size_t>(index);
    return Value::None();
  }
  if (index < 0) index = 0;
  if (size >= 0 && index > size) index = size;
  it->index = static_cast<size_t>(index);
  return Value::None();
}

}  // namespace

// The index iterators: their length, and the reduction copy and pickle use.
const MethodDef kIndexIteratorMethods[] = {
    {"__length_hint__", IteratorLengthHintMethod},
    {"__reduce__", IteratorReduce},
    {"__setstate__", IteratorSetState},
    {nullptr, nullptr},
};

namespace {

// The __getitem__ iterator's __length_hint__: CPython's iter_len, the
// sequence's length (which may run Python code) less the index, or
// NotImplemented when the sequence has no __len__.
Value SeqIterLengthHint(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "iterator.__length_hint__")) return Value::Null();
  Value seq = As<SeqIteratorObject>(self)->seq;
  if (seq.is_null()) return Value::SmallInt(0);
  bool has_len = false;
  for (TypeObject* t = TypeOf(seq); t != nullptr && !has_len; t = t->base) {
    has_len = t->len != nullptr;
  }
  if (!has_len) return Value::NotImplemented();
  RootScope roots(vm);
  roots.Add(&self);
  int64_t size = Length(vm, seq);
  if (size < 0) return Value::Null();
  // The length ran Python code, which may have moved this iterator.
  auto* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null() || static_cast<uint64_t>(size) < it->index) return Value::SmallInt(0);
  return IntFromInt64(vm, size - static_cast<int64_t>(it->index));
}

// The __getitem__ iterator's.
const MethodDef kSeqIteratorMethods[] = {
    {"__length_hint__", SeqIterLengthHint},
    {"__reduce__", IteratorReduce},
    {"__setstate__", IteratorSetState},
    {nullptr, nullptr},
};

// The dict and set iterators': no __setstate__, their reduction holds the
// items themselves.
const MethodDef kHashIteratorMethods[] = {
    {"__length_hint__", IteratorLengthHintMethod},
    {"__reduce__", IteratorReduce},
    {nullptr, nullptr},
};

}  // namespace

namespace {

void SeqIterTrace(Object* self, GcTracer& tracer) {
  tracer.Visit(static_cast<SeqIteratorObject*>(self)->seq);
}

void HashIterTrace(Object* self, GcTracer& tracer) {
  tracer.Visit(static_cast<HashIteratorObject*>(self)->container);
}

Value SelfIter(Interp& vm, Value self) { return self; }

Value IteratorRepr(Interp& vm, Value self) {
  return DefaultObjectRepr(vm, self, TypeOf(self)->name);
}

// ---- list and tuple ------------------------------------------------------------

Value ListIterNext(Interp& vm, Value self) {
  auto* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) return Value::Null();
  ListObject* l = As<ListObject>(it->seq);
  if (it->index < l->size) return l->items[it->index++];
  it->seq = Value::Null();
  return Value::Null();
}

// `index` counts down; SIZE_MAX (a wrapped -1) or an index past a shrunk
// list ends the iteration (listreviter_next).
Value ListReverseIterNext(Interp& vm, Value self) {
  auto* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) return Value::Null();
  ListObject* l = As<ListObject>(it->seq);
  if (it->index < l->size) return l->items[it->index--];
  it->index = SIZE_MAX;
  it->seq = Value::Null();
  return Value::Null();
}

Value TupleIterNext(Interp& vm, Value self) {
  auto* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) return Value::Null();
  TupleObject* t = As<TupleObject>(it->seq);
  if (it->index < t->size) return t->items[it->index++];
  it->seq = Value::Null();
  return Value::Null();
}

// The sequence protocol: seq[0], seq[1], ... until IndexError or
// StopIteration.
Value SeqIterNext(Interp& vm, Value self) {
  auto* it = As<SeqIteratorObject>(self);
  if (it->seq.is_null()) return Value::Null();
  // __setstate__ can move the index anywhere in [0, PY_SSIZE_T_MAX].
  if (it->index >= static_cast<size_t>(INT64_MAX)) {
    return vm.Raise(&kOverflowErrorType, "iter index too large");
  }
  Value index = IntFromInt64(vm, static_cast<int64_t>(it->index));
  if (index.is_null()) return index;
  Value item = GetItem(vm, it->seq, index);
  if (item.is_null()) {
    if (vm.ExceptionMatches(&kIndexErrorType) || vm.ExceptionMatches(&kStopIterationType)) {
      vm.ClearException();
      it->seq = Value::Null();
    }
    return Value::Null();
  }
  ++it->index;
  return item;
}

// ---- dict ----------------------------------------------------------------------

enum class DictIterKind { kKeys, kValues, kItems };

Value DictIterResult(Interp& vm, const DictEntry& e, DictIterKind kind) {
  switch (kind) {
    case DictIterKind::kKeys:
      return e.key;
    case DictIterKind::kValues:
      return e.value;
    case DictIterKind::kItems: {
      Value pair[2] = {e.key, e.value};
      TupleObject* t = NewTupleFrom(vm, pair, 2);
      return t ? Value::FromObject(t) : Value::Null();
    }
  }
  return Value::Null();
}

// False (with RuntimeError pending) when the dict changed size.
bool DictSizeUnchanged(Interp& vm, HashIteratorObject* it, const DictObject* d) {
  if (it->initial_size == d->size) return true;
  vm.Raise(&kRuntimeErrorType, "dictionary changed size during iteration");
  it->initial_size = SIZE_MAX;  // sticky
  return false;
}

Value DictIterNext(Interp& vm, Value self, DictIterKind kind) {
  auto* it = As<HashIteratorObject>(self);
  if (it->container.is_null()) return Value::Null();
  DictObject* d = As<DictObject>(it->container);
  if (!DictSizeUnchanged(vm, it, d)) return Value::Null();
  size_t i = it->pos;
  // Deleted entries are skipped; a long run of them is charged.
  for (uint64_t skipped = 0; i < d->entries_used && d->entries[i].key.is_null(); ++i) {
    if (!ChargeStep(vm, skipped++)) return Value::Null();
  }
  if (i >= d->entries_used) {
    it->container = Value::Null();
    return Value::Null();
  }
  if (it->remaining == 0) {
    // Same size, but keys were deleted and others added.
    it->container = Value::Null();
    return vm.Raise(&kRuntimeErrorType, "dictionary keys changed during iteration");
  }
  it->pos = i + 1;
  --it->remaining;
  return DictIterResult(vm, d->entries[i], kind);
}

Value DictReverseIterNext(Interp& vm, Value self, DictIterKind kind) {
  auto* it = As<HashIteratorObject>(self);
  if (it->container.is_null()) return Value::Null();
  DictObject* d = As<DictObject>(it->container);
  if (!DictSizeUnchanged(vm, it, d)) return Value::Null();
  size_t i = it->pos < d->entries_used ? it->pos : d->entries_used;
  for (uint64_t skipped = 0; i > 0 && d->entries[i - 1].key.is_null(); --i) {
    if (!ChargeStep(vm, skipped++)) return Value::Null();
  }
  if (i == 0 || it->remaining == 0) {
    it->container = Value::Null();
    return Value::Null();
  }
  it->pos = i - 1;
  --it->remaining;
  return DictIterResult(vm, d->entries[i - 1], kind);
}

Value DictKeyIterNext(Interp& vm, Value self) {
  return DictIterNext(vm, self, DictIterKind::kKeys);
}
Value DictValueIterNext(Interp& vm, Value self) {
  return DictIterNext(vm, self, DictIterKind::kValues);
}
Value DictItemIterNext(Interp& vm, Value self) {
  return DictIterNext(vm, self, DictIterKind::kItems);
}
Value DictReverseKeyIterNext(Interp& vm, Value self) {
  return DictReverseIterNext(vm, self, DictIterKind::kKeys);
}
Value DictReverseValueIterNext(Interp& vm, Value self) {
  return DictReverseIterNext(vm, self, DictIterKind::kValues);
}
Value DictReverseItemIterNext(Interp& vm, Value self) {
  return DictReverseIterNext(vm, self, DictIterKind::kItems);
}

// ---- set -----------------------------------------------------------------------

Value SetIterNext(Interp& vm, Value self) {
  auto* it = As<HashIteratorObject>(self);
  if (it->container.is_null()) return Value::Null();
  SetObject* s = As<SetObject>(it->container);
  if (it->initial_size != s->used) {
    it->initial_size = SIZE_MAX;  // sticky
    return vm.Raise(&kRuntimeErrorType, "Set changed size during iteration");
  }
  // Empty and deleted slots are skipped; a long run of them is charged.
  for (uint64_t skipped = 0; s->table != nullptr && it->pos <= s->mask &&
                             s->table[it->pos].key.is_null();
       ++it->pos) {
    if (!ChargeStep(vm, skipped++)) return Value::Null();
  }
  Value key;
  if (!SetNext(s, &it->pos, &key)) {
    it->container = Value::Null();
    return Value::Null();
  }
  if (it->remaining > 0) --it->remaining;
  return key;
}

void InitIterator(TypeObject* type, const char* name, TraceFn trace, UnaryFn next) {
  InitStaticType(type, name, &kObjectType);
  type->trace = trace;
  type->repr = IteratorRepr;
  type->iter = SelfIter;
  type->next = next;
  // The types whose count IteratorLengthHint knows (not the __getitem__
  // iterator) tell it; all of them reduce for copy.
  if (type == &kSeqIteratorType) {
    type->methods = kSeqIteratorMethods;
  } else if (IsHashIterator(type)) {
    type->methods = kHashIteratorMethods;
  } else {
    type->methods = kIndexIteratorMethods;
  }
}

}  // namespace

void InitIteratorTypes() {
  InitIterator(&kListIteratorType, "list_iterator", SeqIterTrace, ListIterNext);
  InitIterator(&kListReverseIteratorType, "list_reverseiterator", SeqIterTrace,
               ListReverseIterNext);
  InitIterator(&kTupleIteratorType, "tuple_iterator", SeqIterTrace, TupleIterNext);
  InitIterator(&kSeqIteratorType, "iterator", SeqIterTrace, SeqIterNext);
  InitIterator(&kDictKeyIteratorType, "dict_keyiterator", HashIterTrace, DictKeyIterNext);
  InitIterator(&kDictValueIteratorType, "dict_valueiterator", HashIterTrace, DictValueIterNext);
  InitIterator(&kDictItemIteratorType, "dict_itemiterator", HashIterTrace, DictItemIterNext);
  InitIterator(&kDictReverseKeyIteratorType, "dict_reversekeyiterator", HashIterTrace,
               DictReverseKeyIterNext);
  InitIterator(&kDictReverseValueIteratorType, "dict_reversevalueiterator", HashIterTrace,
               DictReverseValueIterNext);
  InitIterator(&kDictReverseItemIteratorType, "dict_reverseitemiterator", HashIterTrace,
               DictReverseItemIterNext);
  InitIterator(&kSetIteratorType, "set_iterator", HashIterTrace, SetIterNext);
}

}  // namespace moat::vm
