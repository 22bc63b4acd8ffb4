// BaseExceptionGroup / ExceptionGroup and except* (see exception_group.h),
// with CPython 3.11's rules and messages (Objects/exceptions.c, ceval.c).
#include "vm/objects/exception_group.h"

#include "absl/container/flat_hash_set.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {

namespace {

// A group's `value` is the pair (message, sub-exceptions tuple).
TupleObject* GroupState(Value group) {
  Value v = As<ExceptionObject>(group)->value;
  return v.is_null() ? nullptr : As<TupleObject>(v);
}

Value GroupMessage(Value group) {
  TupleObject* state = GroupState(group);
  return state == nullptr ? Value::None() : state->items[0];
}

bool IsCallableValue(Value v) {
  for (TypeObject* t = TypeOf(v); t != nullptr; t = t->base) {
    if (t->call != nullptr) return true;
  }
  return false;
}

// PySequence_Check: indexable and not a mapping.
bool IsSequenceValue(Value v) {
  if (IsSubtype(TypeOf(v), &kDictType)) return false;
  for (TypeObject* t = TypeOf(v); t != nullptr; t = t->base) {
    if (t->getitem != nullptr) return true;
  }
  return false;
}

// BaseExceptionGroup.__new__(cls, message, exceptions).
Value GroupNew(Interp& vm, TypeObject* cls, CallArgs args) {
  if (args.nkwargs() > 0) {
    return vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", cls->name);
  }
  if (args.nargs != 2) {
    return vm.RaiseFormat(&kTypeErrorType,
                          "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                          static_cast<int>(args.nargs));
  }
  Value message = args.args[0];
  Value given = args.args[1];
  if (!IsStr(message)) {
    return vm.RaiseFormat(&kTypeErrorType,
                          "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                          TypeOf(message)->name);
  }
  if (!IsSequenceValue(given)) {
    return vm.RaiseTypeError("second argument (exceptions) must be a sequence");
  }
  Value fast = SequenceFast(vm, given, "");
  if (fast.is_null()) return fast;
  RootScope roots(vm);
  roots.Add(&fast);
  const Value* items = IsList(fast) ? As<ListObject>(fast)->items : As<TupleObject>(fast)->items;
  size_t n = IsList(fast) ? As<ListObject>(fast)->size : As<TupleObject>(fast)->size;
  if (n == 0) return vm.RaiseValueError("second argument (exceptions) must be a non-empty sequence");
  bool nested_base_exceptions = false;
  for (size_t i = 0; i < n; ++i) {
    if (!IsException(items[i])) {
      return vm.RaiseFormat(&kValueErrorType,
                            "Item %d of second argument (exceptions) is not an exception",
                            static_cast<int>(i));
    }
    if (!IsSubtype(TypeOf(items[i]), &kExceptionType)) nested_base_exceptions = true;
  }
  if (cls == &kBaseExceptionGroupType) {
    if (!nested_base_exceptions) cls = &kExceptionGroupType;
  } else if (cls == &kExceptionGroupType) {
    if (nested_base_exceptions) {
      return vm.RaiseTypeError("Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (nested_base_exceptions && IsSubtype(cls, &kExceptionType)) {
    return vm.RaiseFormat(&kTypeErrorType, "Cannot nest BaseExceptions in '%s'", cls->name);
  }
  TupleObject* excs = NewTupleFrom(vm, items, n);
  if (excs == nullptr) return Value::Null();
  Value excs_value = Value::FromObject(excs);
  roots.Add(&excs_value);
  Value pair[2] = {message, excs_value};
  TupleObject* state = NewTupleFrom(vm, pair, 2);
  if (state == nullptr) return Value::Null();
  Value state_value = Value::FromObject(state);
  roots.Add(&state_value);
  TupleObject* all_args = NewTupleFrom(vm, args.args, 2);
  if (all_args == nullptr) return Value::Null();
  ExceptionObject* e = NewException(vm, cls, all_args);
  if (e == nullptr) return Value::Null();
  e->value = state_value;
  return Value::FromObject(e);
}

Value GroupConstruct(Interp& vm, Value type_value, CallArgs args) {
  return GroupNew(vm, As<TypeObject>(type_value), args);
}

// BaseExceptionGroup(message, excs): the type is chosen from the items.
Value CreateGroup(Interp& vm, Value message, Value excs) {
  Value args[2] = {message, excs};
  return GroupNew(vm, &kBaseExceptionGroupType, CallArgs{args, 2, nullptr});
}

Value GroupStr(Interp& vm, Value self) {
  TupleObject* state = GroupState(self);
  size_t n = state == nullptr ? 0 : As<TupleObject>(TupleItems(state)[1])->size;
  Value message = GroupMessage(self);
  std::string_view text = IsStr(message) ? As<StrObject>(message)->view() : "";
  return NewStrValue(vm, StrCat(text, " (", n, " sub-exception", n == 1 ? "" : "s", ")"));
}

Value GetMessage(Interp& vm, Value self, CallArgs) { return GroupMessage(self); }

Value GetExceptions(Interp& vm, Value self, CallArgs) {
  TupleObject* state = GroupState(self);
  return state == nullptr ? Value::FromObject(vm.empty_tuple()) : TupleItems(state)[1];
}

// How split() and subgroup() decide what matches.
struct Matcher {
  enum class Kind { kByType, kPredicate, kInstanceIds } kind;
  Value value;                                      // class(es) or predicate
  const absl::flat_hash_set<uint64_t>* ids = nullptr;  // leaf identities
};

bool MakeMatcher(Interp& vm, Value value, Matcher* m) {
  if (IsCallableValue(value) && !IsType(value)) {
    *m = Matcher{Matcher::Kind::kPredicate, value};
    return true;
  }
  bool ok = IsExceptionType(value);
  if (IsTuple(value)) {
    ok = true;
    TupleObject* t = As<TupleObject>(value);
    for (size_t i = 0; i < t->size; ++i) ok = ok && IsExceptionType(t->items[i]);
  }
  if (!ok) {
    vm.RaiseTypeError("expected a function, exception type or tuple of exception types");
    return false;
  }
  *m = Matcher{Matcher::Kind::kByType, value};
  return true;
}

// 1 if `exc` matches, 0 if not, -1 on error.
int Matches(Interp& vm, Value exc, const Matcher& m) {
  switch (m.kind) {
    case Matcher::Kind::kByType:
      return ExceptionMatchesTarget(exc, m.value) ? 1 : 0;
    case Matcher::Kind::kPredicate: {
      Value r = vm.Call1(m.value, exc);
      if (r.is_null()) return -1;
      return IsTrue(vm, r);
    }
    case Matcher::Kind::kInstanceIds:
      return m.ids->contains(exc.bits()) ? 1 : 0;
  }
  return 0;
}

// orig.derive(excs) with orig's traceback, cause and context, or Null
// (meaning None) when `excs` is empty. *failed reports an error.
Value DeriveSubset(Interp& vm, Value orig, ListObject* excs, bool* failed) {
  *failed = false;
  if (excs->size == 0) return Value::Null();
  StrObject* derive_name = vm.Intern("derive");
  Value derive = derive_name == nullptr ? Value::Null() : GetAttr(vm, orig, derive_name);
  Value eg = derive.is_null() ? derive : vm.Call1(derive, Value::FromObject(excs));
  if (eg.is_null()) {
    *failed = true;
    return eg;
  }
  if (!IsExceptionGroup(eg)) {
    *failed = true;
    return vm.RaiseTypeError("derive must return an instance of BaseExceptionGroup");
  }
  ExceptionObject* from = As<ExceptionObject>(orig);
  ExceptionObject* to = As<ExceptionObject>(eg);
  to->traceback = from->traceback;
  to->context = from->context;
  to->cause = from->cause;
  to->suppress_context = true;  // as PyException_SetCause leaves it
  // A copy of orig's __notes__ when it is a sequence, so the parts have
  // independent lists (CPython's exceptiongroup_subset).
  RootScope roots(vm);
  roots.Add(&eg);
  StrObject* notes_name = vm.Intern("__notes__");
  Value notes = GetAttrOptional(vm, orig, notes_name);
  if (notes.is_null()) {
    if (vm.ExceptionMatches(&kAttributeErrorType)) vm.ClearException();
    *failed = vm.HasException();
    return *failed ? Value::Null() : eg;
  }
  roots.Add(&notes);
  if (TypeOf(notes)->getitem != nullptr && !IsSubtype(TypeOf(notes), &kDictType)) {
    ListObject* copy = ListFromIterable(vm, notes);
    if (copy == nullptr || SetAttr(vm, eg, notes_name, Value::FromObject(copy)) < 0) {
      *failed = true;
      return Value::Null();
    }
  }
  return eg;
}

struct SplitResult {
  Value match = Value::Null();  // Null: nothing
  Value rest = Value::Null();
};

bool SplitRecursive(Interp& vm, Value exc, const Matcher& m, bool construct_rest,
                    SplitResult* out) {
  // A recursion step, as CPython's (_Py_EnterRecursiveCall): counted with
  // the Python frames, so a derive() or predicate that splits again stops
  // here with this message.
  RecursiveCallGuard guard(vm, " in exceptiongroup_split_recursive");
  if (!guard.ok()) return false;
  int is_match = Matches(vm, exc, m);
  if (is_match < 0) return false;
  if (is_match) {
    out->match = exc;
    return true;
  }
  if (!IsExceptionGroup(exc)) {
    if (construct_rest) out->rest = exc;
    return true;
  }
  ListObject* match_list = NewList(vm);
  if (match_list == nullptr) return false;
  Value match_value = Value::FromObject(match_list);
  RootScope roots(vm);
  roots.Add(&match_value);
  roots.Add(&exc);
  ListObject* rest_list = NewList(vm);
  if (rest_list == nullptr) return false;
  Value rest_value = Value::FromObject(rest_list);
  roots.Add(&rest_value);
  Value items_value = Value::FromObject(ExceptionGroupItems(vm, exc));
  roots.Add(&items_value);
  TupleObject* items = As<TupleObject>(items_value);
  for (size_t i = 0; i < items->size; ++i) {
    SplitResult part;
    if (!SplitRecursive(vm, items->items[i], m, construct_rest, &part)) return false;
    if (!part.match.is_null() && !ListAppendValue(vm, match_list, part.match)) return false;
    if (construct_rest && !part.rest.is_null() && !ListAppendValue(vm, rest_list, part.rest)) {
      return false;
    }
  }
  bool failed;
  out->match = DeriveSubset(vm, exc, match_list, &failed);
  if (failed) return false;
  roots.Add(&out->match);
  if (construct_rest) {
    out->rest = DeriveSubset(vm, exc, rest_list, &failed);
    if (failed) return false;
  }
  return true;
}

Value NoneIfNull(Value v) { return v.is_null() ? Value::None() : v; }

Value GroupSplit(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "split")) return Value::Null();
  Matcher m;
  if (!MakeMatcher(vm, args.args[0], &m)) return Value::Null();
  SplitResult r;
  if (!SplitRecursive(vm, self, m, true, &r)) return Value::Null();
  Value pair[2] = {NoneIfNull(r.match), NoneIfNull(r.rest)};
  TupleObject* t = NewTupleFrom(vm, pair, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

Value GroupSubgroup(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "subgroup")) return Value::Null();
  Matcher m;
  if (!MakeMatcher(vm, args.args[0], &m)) return Value::Null();
  SplitResult r;
  if (!SplitRecursive(vm, self, m, false, &r)) return Value::Null();
  return NoneIfNull(r.match);
}

Value GroupDerive(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "derive")) return Value::Null();
  return CreateGroup(vm, GroupMessage(self), args.args[0]);
}

const MethodDef kGroupMethods[] = {
    {"message", GetMessage, MethodKind::kGetter},
    {"exceptions", GetExceptions, MethodKind::kGetter},
    {"split", GroupSplit},
    {"subgroup", GroupSubgroup},
    {"derive", GroupDerive},
    {"__class_getitem__", ClassGetItemMethod, MethodKind::kClassMethod},
    {nullptr, nullptr},
};

// The identities of every leaf (non-group) exception under `exc`.
bool CollectLeafIds(Interp& vm, Value exc, absl::flat_hash_set<uint64_t>* ids) {
  if (exc.is_none()) return true;
  if (!IsExceptionGroup(exc)) {
    ids->insert(exc.bits());
    return true;
  }
  NativeDepthGuard guard(vm, " in collect_exception_group_leaf_ids");
  if (!guard.ok()) return false;
  TupleObject* items = ExceptionGroupItems(vm, exc);
  for (size_t i = 0; i < items->size; ++i) {
    if (!CollectLeafIds(vm, items->items[i], ids)) return false;
  }
  return true;
}

// A re-raised part of the caught exception still carries its context and
// cause; an exception raised afresh in an except* clause has the matched
// part as its context.
bool SameMetadata(Value a, Value b) {
  ExceptionObject* x = As<ExceptionObject>(a);
  ExceptionObject* y = As<ExceptionObject>(b);
  return NoneIfNull(x->context).Is(NoneIfNull(y->context)) &&
         NoneIfNull(x->cause).Is(NoneIfNull(y->cause));
}

}  // namespace

bool IsExceptionGroup(Value v) {
  return IsException(v) && IsSubtype(TypeOf(v), &kBaseExceptionGroupType);
}

TupleObject* ExceptionGroupItems(Interp& vm, Value v) {
  TupleObject* state = GroupState(v);
  // A subclass whose __new__ bypassed BaseExceptionGroup.__new__ has none.
  return state == nullptr ? vm.empty_tuple() : As<TupleObject>(TupleItems(state)[1]);
}

bool ExceptStarMatch(Interp& vm, Value exc, Value match_type, Value* match, Value* rest) {
  if (!CheckExceptTarget(vm, match_type)) return false;
  bool names_group = IsType(match_type) &&
                     IsSubtype(As<TypeObject>(match_type), &kBaseExceptionGroupType);
  if (IsTuple(match_type)) {
    TupleObject* t = As<TupleObject>(match_type);
    for (size_t i = 0; i < t->size; ++i) {
      names_group = names_group || IsSubtype(As<TypeObject>(t->items[i]), &kBaseExceptionGroupType);
    }
  }
  if (names_group) {
    vm.RaiseTypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  *match = Value::None();
  *rest = Value::None();
  if (exc.is_none() || !IsException(exc)) return true;
  if (ExceptionMatchesTarget(exc, match_type)) {
    if (IsExceptionGroup(exc)) {
      *match = exc;
      return true;
    }
    // A naked exception is wrapped in a group of its own, which starts
    // with no traceback (python3.11's exception_group_match does not copy
    // the naked one's): a bare `raise` of it shows no frame it left.
    TupleObject* one = NewTupleFrom(vm, &exc, 1);
    if (one == nullptr) return false;
    Value empty = NewStrValue(vm, "");
    if (empty.is_null()) return false;
    Value wrapped = CreateGroup(vm, empty, Value::FromObject(one));
    if (wrapped.is_null()) return false;
    *match = wrapped;
    return true;
  }
  if (!IsExceptionGroup(exc)) return true;
  // A partial match: exc.split(match_type), which a subclass may override.
  StrObject* split_name = vm.Intern("split");
  Value split = GetAttr(vm, exc, split_name);
  Value pair = split.is_null() ? split : vm.Call1(split, match_type);
  if (pair.is_null()) return false;
  if (!IsTuple(pair) || As<TupleObject>(pair)->size != 2) {
    vm.RaiseTypeError("split must return a 2-tuple");
    return false;
  }
  *match = As<TupleObject>(pair)->items[0];
  *rest = TupleItems(As<TupleObject>(pair))[1];
  return true;
}

Value ExceptStarReraise(Interp& vm, Value orig, Value raised) {
  if (!IsList(raised)) return vm.Raise(&kSystemErrorType, "PREP_RERAISE_STAR: not a list");
  ListObject* excs = As<ListObject>(raised);
  if (excs->size == 0) return Value::None();
  if (!IsExceptionGroup(orig)) {
    // A naked exception was caught and wrapped: only one clause ran.
    return excs->items[0];
  }
  ListObject* raised_list = NewList(vm);
  if (raised_list == nullptr) return Value::Null();
  Value raised_value = Value::FromObject(raised_list);
  RootScope roots(vm);
  roots.Add(&raised_value);
  absl::flat_hash_set<uint64_t> reraised_ids;
  for (size_t i = 0; i < excs->size; ++i) {
    Value e = excs->items[i];
    if (e.is_none() || !IsException(e)) continue;
    if (SameMetadata(e, orig)) {
      if (!CollectLeafIds(vm, e, &reraised_ids)) return Value::Null();
    } else if (!ListAppendValue(vm, raised_list, e)) {
      return Value::Null();
    }
  }
  // The re-raised leaves, in the caught group's structure.
  SplitResult reraised;
  if (!reraised_ids.empty()) {
    Matcher by_id{Matcher::Kind::kInstanceIds, Value::None(), &reraised_ids};
    if (!SplitRecursive(vm, orig, by_id, false, &reraised)) return Value::Null();
  }
  if (raised_list->size == 0) return NoneIfNull(reraised.match);
  if (!reraised.match.is_null() && !ListAppendValue(vm, raised_list, reraised.match)) {
    return Value::Null();
  }
  // 3.11 wraps what the handlers raised even when it is one exception
  // (3.12 stopped doing so).
  Value empty = NewStrValue(vm, "");
  if (empty.is_null()) return empty;
  return CreateGroup(vm, empty, raised_value);
}

void InitExceptionGroupTypes() {
  for (TypeObject* t : {&kBaseExceptionGroupType, &kExceptionGroupType}) {
    t->construct = GroupConstruct;
    t->new_instance = GroupNew;
  }
  // ExceptionGroup's base chain is Exception's: give it the group parts too.
  for (TypeObject* t : {&kBaseExceptionGroupType, &kExceptionGroupType}) {
    t->str = GroupStr;
    t->methods = kGroupMethods;
  }
}

}  // namespace moat::vm
