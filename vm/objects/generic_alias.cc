// GenericAlias (`list[int]`) and UnionType (`int | None`).
#include "vm/objects/generic_alias.h"

#include <string>

#include "vm/args.h"
#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/list.h"
#include "vm/objects/mapping_proxy.h"
#include "vm/objects/method_args.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

TypeObject kGenericAliasType;
TypeObject kUnionType;

namespace {

TupleObject* AsArgs(Interp& vm, Value key) {
  if (HasType(key, &kTupleType)) return As<TupleObject>(key);
  return NewTupleFrom(vm, &key, 1);
}

// An alias of `type` (types.GenericAlias or a class deriving from it).
Value NewAlias(Interp& vm, Value origin, Value key, TypeObject* type = &kGenericAliasType) {
  RootScope roots(vm);
  roots.Add(&origin);
  roots.Add(&key);
  TupleObject* args = AsArgs(vm, key);
  if (args == nullptr) return Value::Null();
  Value args_value = Value::FromObject(args);
  roots.Add(&args_value);
  GenericAliasObject* a = NewInstance<GenericAliasObject>(vm, type);
  if (a == nullptr) return Value::Null();
  a->origin = origin;
  a->args = args;
  a->starred = false;
  return Value::FromObject(a);
}

// One member of a type expression as CPython's reprs show it: a union
// shows NoneType as None (`int | None`), an alias shows its name
// (`list[NoneType]`).
bool AppendTypeRepr(Interp& vm, Value v, std::string* out, bool in_union = false) {
  if (v.Is(Value::Ellipsis())) {
    out->append("...");
    return true;
  }
  if (v.is_none() || (in_union && v.is_object() && v.object() == &kNoneType)) {
    out->append("None");
    return true;
  }
  if (IsType(v)) {
    out->append(TypeQualifiedName(As<TypeObject>(v)));
    return true;
  }
  return AppendRepr(vm, v, out);
}

Value AliasRepr(Interp& vm, Value self) {
  GenericAliasObject* a = As<GenericAliasObject>(self);
  std::string out = a->starred ? "*" : "";
  if (!AppendTypeRepr(vm, a->origin, &out)) return Value::Null();
  out.push_back('[');
  for (size_t i = 0; i < a->args->size; ++i) {
    if (i > 0) out.append(", ");
    if (!AppendTypeRepr(vm, a->args->items[i], &out)) return Value::Null();
  }
  if (a->args->size == 0) out.append("()");
  out.push_back(']');
  return NewStrValue(vm, out);
}

// types.GenericAlias.__new__(subtype, origin, args), as ga_new in CPython's
// Objects/genericaliasobject.c (collections.abc's __class_getitem__, and
// the Callable alias, a subclass).
Value AliasNew(Interp& vm, TypeObject* subtype, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "GenericAlias")) return Value::Null();
  if (args.nargs != 2) {
    return vm.RaiseFormat(&kTypeErrorType, "GenericAlias expected 2 arguments, got %d",
                          static_cast<int>(args.nargs));
  }
  return NewAlias(vm, args.args[0], args.args[1], subtype);
}

Value AliasConstruct(Interp& vm, Value, CallArgs args) {
  return AliasNew(vm, &kGenericAliasType, args);
}

Value AliasCall(Interp& vm, Value self, CallArgs args) {
  return vm.Call(As<GenericAliasObject>(self)->origin, args);
}

Value AliasCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !IsGenericAlias(b)) {
    return Value::NotImplemented();
  }
  GenericAliasObject* x = As<GenericAliasObject>(a);
  GenericAliasObject* y = As<GenericAliasObject>(b);
  int eq = x->starred == y->starred ? Equals(vm, x->origin, y->origin) : 0;
  if (eq > 0) eq = Equals(vm, Value::FromObject(x->args), Value::FromObject(y->args));
  if (eq < 0) return Value::Null();
  return Value::Bool(op == CompareOp::kEq ? eq != 0 : eq == 0);
}

int64_t AliasHash(Interp& vm, Value self) {
  GenericAliasObject* a = As<GenericAliasObject>(self);
  int64_t h1 = Hash(vm, a->origin);
  if (h1 == -1) return -1;
  int64_t h2 = Hash(vm, Value::FromObject(a->args));
  if (h2 == -1) return -1;
  int64_t h = h1 ^ h2;
  return h == -1 ? -2 : h;
}

Value TypeParameters(Interp& vm, TupleObject* args);

// The alias's own attributes are in its type's table (kAliasMethods) and
// any other is the origin's, as in CPython (list[int].append is list.append).
Value AliasGetAttr(Interp& vm, Value self, StrObject* name) {
  if (IsAliasOwnAttr(name->view())) return GenericGetAttr(vm, self, name);
  // The origin's own AttributeError ("type object 'list' has no attribute").
  return GetAttr(vm, As<GenericAliasObject>(self)->origin, name);
}

Value AliasGetOrigin(Interp&, Value self, CallArgs) {
  return As<GenericAliasObject>(self)->origin;
}

Value AliasGetArgs(Interp&, Value self, CallArgs) {
  return Value::FromObject(As<GenericAliasObject>(self)->args);
}

Value AliasGetParameters(Interp& vm, Value self, CallArgs) {
  return TypeParameters(vm, As<GenericAliasObject>(self)->args);
}

Value AliasGetUnpacked(Interp&, Value self, CallArgs) {
  return Value::Bool(As<GenericAliasObject>(self)->starred);
}

// `*tuple[int, str]`'s arguments (int, str); None for any other alias.
Value AliasGetUnpackedTupleArgs(Interp&, Value self, CallArgs) {
  GenericAliasObject* a = As<GenericAliasObject>(self);
  if (!a->starred || !a->origin.Is(Value::FromObject(&kTupleType))) return Value::None();
  return Value::FromObject(a->args);
}

// __reduce__: the alias's type called with its origin and arguments, as
// CPython's ga_reduce (copy.copy(list[int]) makes list[int] again).
Value AliasReduce(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "GenericAlias.__reduce__")) return Value::Null();
  GenericAliasObject* a = As<GenericAliasObject>(self);
  Value pair[2] = {a->origin, Value::FromObject(a->args)};
  TupleObject* inner = NewTupleFrom(vm, pair, 2);
  if (inner == nullptr) return Value::Null();
  RootScope roots(vm);
  Value inner_value = Value::FromObject(inner);
  roots.Add(&inner_value);
  Value outer[2] = {Value::FromObject(TypeOf(self)), inner_value};
  TupleObject* r = NewTupleFrom(vm, outer, 2);
  return r == nullptr ? Value::Null() : Value::FromObject(r);
}

// __mro_entries__(bases): the origin alone, as CPython's ga_mro_entries. A class statement
// reads it natively for an exact alias (vm/objects/type.cc ResolveMroEntries) and looks it
// up for a subclass's instance, whose override then decides.
Value AliasMroEntries(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "GenericAlias.__mro_entries__")) return Value::Null();
  TupleObject* r = NewTupleFrom(vm, &As<GenericAliasObject>(self)->origin, 1);
  return r == nullptr ? Value::Null() : Value::FromObject(r);
}

// iter(list[int]) gives one item, the starred alias `*list[int]`, as
// CPython's ga_iter (so `tuple[int, *tuple[str, ...]]` can be written).
Value AliasIter(Interp& vm, Value self) {
  GenericAliasObject* a = As<GenericAliasObject>(self);
  Value starred = NewAlias(vm, a->origin, Value::FromObject(a->args));
  if (starred.is_null()) return starred;
  As<GenericAliasObject>(starred)->starred = true;
  RootScope roots(vm);
  roots.Add(&starred);
  TupleObject* one = NewTupleFrom(vm, &starred, 1);
  if (one == nullptr) return Value::Null();
  return GetIter(vm, Value::FromObject(one));
}

const MethodDef kAliasMethods[] = {
    {"__origin__", AliasGetOrigin, MethodKind::kGetter},
    {"__args__", AliasGetArgs, MethodKind::kGetter},
    {"__parameters__", AliasGetParameters, MethodKind::kGetter},
    {"__unpacked__", AliasGetUnpacked, MethodKind::kGetter},
    {"__typing_unpacked_tuple_args__", AliasGetUnpackedTupleArgs, MethodKind::kGetter},
    {"__reduce__", AliasReduce},
    {"__mro_entries__", AliasMroEntries},
    {nullptr, nullptr},
};

// ---- Type variables: __parameters__ and substitution ----------------------
// CPython 3.11's _Py_make_parameters and _Py_subs_parameters: a type
// variable is a non-class argument with __typing_subst__ (typing.TypeVar);
// aliases and unions among the arguments contribute their own
// __parameters__. Nested aliases recurse here in C++, under a depth guard.

// `obj.name`, or Null with no exception when it has none (AttributeError is
// swallowed, as _PyObject_LookupAttr does); Null with an exception on error.
Value LookupAttr(Interp& vm, Value obj, const char* name) {
  StrObject* key = vm.Intern(name);
  Value v = GetAttrOptional(vm, obj, key);
  if (v.is_null() && vm.HasException() && vm.ExceptionMatches(&kAttributeErrorType)) {
    vm.ClearException();
  }
  return v;
}

// Appends `v` to `list` unless an equal item is there. False on error.
bool AppendNew(Interp& vm, ListObject* list, Value v) {
  for (size_t i = 0; i < list->size; ++i) {
    int eq = Equals(vm, list->items[i], v);
    if (eq < 0) return false;
    if (eq > 0) return true;
  }
  return ListAppendValue(vm, list, v);
}

// The type variables of `args`, in order of first appearance, as a tuple.
Value TypeParameters(Interp& vm, TupleObject* args) {
  NativeDepthGuard guard(vm, " while collecting type parameters");
  if (!guard.ok()) return Value::Null();
  RootScope roots(vm);
  Value args_value = Value::FromObject(args);
  roots.Add(&args_value);
  ListObject* found = NewList(vm);
  if (found == nullptr) return Value::Null();
  Value found_value = Value::FromObject(found);
  roots.Add(&found_value);
  Value inner = Value::Null();
  roots.Add(&inner);
  for (size_t i = 0; i < args->size; ++i) {
    Value t = args->items[i];
    if (IsType(t)) continue;
    inner = LookupAttr(vm, t, "__typing_subst__");
    if (inner.is_null() && vm.HasException()) return Value::Null();
    if (!inner.is_null()) {
      if (!AppendNew(vm, found, t)) return Value::Null();
      continue;
    }
    inner = LookupAttr(vm, t, "__parameters__");
    if (inner.is_null()) {
      if (vm.HasException()) return Value::Null();
      continue;
    }
    if (!HasType(inner, &kTupleType)) continue;
    TupleObject* sub = As<TupleObject>(inner);
    for (size_t j = 0; j < sub->size; ++j) {
      if (!AppendNew(vm, found, sub->items[j])) return Value::Null();
    }
  }
  TupleObject* r = NewTupleFrom(vm, found->items, found->size);
  return r == nullptr ? Value::Null() : Value::FromObject(r);
}

// Index of `param` in `params` (by identity first, then equality); -1 if
// absent, -2 on error.
int64_t ParamIndex(Interp& vm, TupleObject* params, Value param) {
  for (size_t i = 0; i < params->size; ++i) {
    if (params->items[i].Is(param)) return static_cast<int64_t>(i);
  }
  for (size_t i = 0; i < params->size; ++i) {
    int eq = Equals(vm, params->items[i], param);
    if (eq < 0) return -2;
    if (eq > 0) return static_cast<int64_t>(i);
  }
  return -1;
}

// `self[key]` for an alias or a union whose arguments are `args`: the
// arguments with each type variable replaced by its value, as a tuple
// (Null on error). `self` names itself in the errors.
Value SubstituteArgs(Interp& vm, Value self, TupleObject* args, Value key) {
  NativeDepthGuard guard(vm, " while substituting type parameters");
  if (!guard.ok()) return Value::Null();
  RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&key);
  Value args_value = Value::FromObject(args);
  roots.Add(&args_value);
  Value params_value = TypeParameters(vm, args);
  if (params_value.is_null()) return params_value;
  roots.Add(&params_value);
  TupleObject* params = As<TupleObject>(params_value);
  if (params->size == 0) {
    Value r = Repr(vm, self);
    if (r.is_null()) return r;
    return vm.RaiseFormat(&kTypeErrorType, "%s is not a generic class",
                          std::string(As<StrObject>(r)->view()));
  }
  TupleObject* items = AsArgs(vm, key);
  if (items == nullptr) return Value::Null();
  Value items_value = Value::FromObject(items);
  roots.Add(&items_value);
  if (items->size != params->size) {
    Value r = Repr(vm, self);
    if (r.is_null()) return r;
    return vm.RaiseFormat(&kTypeErrorType, "Too %s arguments for %s; actual %d, expected %d",
                          items->size > params->size ? "many" : "few",
                          std::string(As<StrObject>(r)->view()),
                          static_cast<int>(items->size), static_cast<int>(params->size));
  }
  ListObject* out = NewList(vm, args->size);
  if (out == nullptr) return Value::Null();
  Value out_value = Value::FromObject(out);
  roots.Add(&out_value);
  Value hook = Value::Null(), sub = Value::Null(), arg = Value::Null();
  roots.Add(&hook);
  roots.Add(&sub);
  roots.Add(&arg);
  for (size_t i = 0; i < args->size; ++i) {
    arg = args->items[i];
    if (!IsType(arg)) {
      hook = LookupAttr(vm, arg, "__typing_subst__");
      if (hook.is_null() && vm.HasException()) return Value::Null();
      if (!hook.is_null()) {
        int64_t k = ParamIndex(vm, params, arg);
        if (k == -2) return Value::Null();
        if (k >= 0) arg = vm.Call1(hook, items->items[k]);
      } else {
        sub = LookupAttr(vm, arg, "__parameters__");
        if (sub.is_null() && vm.HasException()) return Value::Null();
        if (!sub.is_null() && HasType(sub, &kTupleType) && As<TupleObject>(sub)->size > 0) {
          TupleObject* inner = As<TupleObject>(sub);
          TupleObject* values = NewTuple(vm, inner->size);
          if (values == nullptr) return Value::Null();
          for (size_t j = 0; j < inner->size; ++j) {
            int64_t k = ParamIndex(vm, params, inner->items[j]);
            if (k == -2) return Value::Null();
            values->items[j] = k >= 0 ? items->items[k] : inner->items[j];
          }
          sub = Value::FromObject(values);
          arg = GetItem(vm, arg, sub);
        }
      }
      if (arg.is_null()) return Value::Null();
    }
    if (!ListAppendValue(vm, out, arg)) return Value::Null();
  }
  TupleObject* r = NewTupleFrom(vm, out->items, out->size);
  return r == nullptr ? Value::Null() : Value::FromObject(r);
}

// list[T][int]: the alias with its type variables substituted; an alias
// without any is not subscriptable ("list[int] is not a generic class").
Value AliasGetItem(Interp& vm, Value self, Value key) {
  GenericAliasObject* a = As<GenericAliasObject>(self);
  Value args = SubstituteArgs(vm, self, a->args, key);
  if (args.is_null()) return args;
  Value r = NewAlias(vm, As<GenericAliasObject>(self)->origin, args);
  if (!r.is_null()) As<GenericAliasObject>(r)->starred = As<GenericAliasObject>(self)->starred;
  return r;
}

void AliasTrace(Object* o, GcTracer& t) {
  GenericAliasObject* a = static_cast<GenericAliasObject*>(o);
  t.Visit(a->origin);
  t.VisitPtr(a->args);
}

// ---- UnionType ------------------------------------------------------------

bool IsUnionMember(Value v) {
  return v.is_none() || IsType(v) || IsGenericAlias(v) || HasType(v, &kUnionType);
}

// `a | b` on types: a UnionType of both (flattened, without duplicates), or
// NotImplemented when either side is not a type expression.
Value TypeOr(Interp& vm, Value a, Value b) {
  if (!IsUnionMember(a) || !IsUnionMember(b)) return Value::NotImplemented();
  std::vector<Value> members;
  RootScope roots(vm);
  members.reserve(16);
  auto add = [&](Value v) -> bool {
    if (v.is_none()) v = Value::FromObject(&kNoneType);
    for (Value m : members) {
      int eq = Equals(vm, m, v);
      if (eq < 0) return false;
      if (eq) return true;
    }
    if (members.size() == members.capacity()) members.reserve(members.size() * 2);
    members.push_back(v);
    return true;
  };
  for (Value side : {a, b}) {
    if (HasType(side, &kUnionType)) {
      TupleObject* args = As<UnionObject>(side)->args;
      for (size_t i = 0; i < args->size; ++i) {
        if (!add(args->items[i])) return Value::Null();
      }
    } else if (!add(side)) {
      return Value::Null();
    }
  }
  if (members.size() == 1) return members[0];
  TupleObject* args = NewTupleFrom(vm, members.data(), members.size());
  if (args == nullptr) return Value::Null();
  Value args_value = Value::FromObject(args);
  roots.Add(&args_value);
  UnionObject* u = vm.New<UnionObject>(&kUnionType);
  if (u == nullptr) return Value::Null();
  u->args = args;
  return Value::FromObject(u);
}

Value UnionRepr(Interp& vm, Value self) {
  TupleObject* args = As<UnionObject>(self)->args;
  std::string out;
  for (size_t i = 0; i < args->size; ++i) {
    if (i > 0) out.append(" | ");
    if (!AppendTypeRepr(vm, args->items[i], &out, /*in_union=*/true)) return Value::Null();
  }
  return NewStrValue(vm, out);
}

Value UnionCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !HasType(b, &kUnionType)) {
    return Value::NotImplemented();
  }
  // Equal as sets of members.
  TupleObject* x = As<UnionObject>(a)->args;
  TupleObject* y = As<UnionObject>(b)->args;
  bool same = x->size == y->size;
  for (size_t i = 0; same && i < x->size; ++i) {
    bool found = false;
    for (size_t j = 0; j < y->size && !found; ++j) {
      int eq = Equals(vm, x->items[i], y->items[j]);
      if (eq < 0) return Value::Null();
      found = eq != 0;
    }
    same = found;
  }
  return Value::Bool(op == CompareOp::kEq ? same : !same);
}

// hash(frozenset(args)), as CPython's union_hash: equal to the hash of the
// typing.Union of the same members, which compares equal to it.
int64_t UnionHash(Interp& vm, Value self) {
  SetObject* members =
      SetFromIterable(vm, Value::FromObject(As<UnionObject>(self)->args), &kFrozenSetType);
  if (members == nullptr) return -1;
  Value members_value = Value::FromObject(members);
  RootScope roots(vm);
  roots.Add(&members_value);
  return Hash(vm, members_value);
}

Value UnionGetArgs(Interp&, Value self, CallArgs) {
  return Value::FromObject(As<UnionObject>(self)->args);
}

Value UnionGetParameters(Interp& vm, Value self, CallArgs) {
  return TypeParameters(vm, As<UnionObject>(self)->args);
}

// (list[T] | int)[str]: the members with the type variables substituted,
// joined again with `|` (so a typing member makes a typing.Union).
Value UnionGetItem(Interp& vm, Value self, Value key) {
  Value args_value = SubstituteArgs(vm, self, As<UnionObject>(self)->args, key);
  if (args_value.is_null()) return args_value;
  RootScope roots(vm);
  roots.Add(&args_value);
  TupleObject* args = As<TupleObject>(args_value);
  Value result = args->size > 0 ? args->items[0] : Value::Null();
  roots.Add(&result);
  for (size_t i = 1; i < args->size && !result.is_null(); ++i) {
    result = BinaryOperation(vm, BinaryOp::kOr, result, args->items[i]);
  }
  return result;
}

const MethodDef kUnionMethods[] = {
    {"__args__", UnionGetArgs, MethodKind::kGetter},
    {"__parameters__", UnionGetParameters, MethodKind::kGetter},
    {nullptr, nullptr},
};

// UnionType has a mapping subscript only (substitution): not iterable.
Value UnionIter(Interp& vm, Value) {
  return vm.RaiseTypeError("'types.UnionType' object is not iterable");
}

void UnionTrace(Object* o, GcTracer& t) { t.VisitPtr(static_cast<UnionObject*>(o)->args); }

// The built-in types CPython 3.11 gives a __class_getitem__ (GenericAlias),
// and those defined outside vm/ that set kTypeGeneric (enumerate,
// re.Pattern, re.Match).
bool IsBuiltinGeneric(TypeObject* t) {
  static const TypeObject* const kGenerics[] = {
      &kListType,         &kDictType,      &kTupleType,
      &kSetType,          &kFrozenSetType, &kTypeType,
      &kMappingProxyType, &kBaseExceptionGroupType, &kExceptionGroupType};
  for (const TypeObject* g : kGenerics) {
    if (t == g) return true;
  }
  return (t->type_flags & kTypeGeneric) != 0;
}

}  // namespace

bool IsAliasOwnAttr(std::string_view name) {
  // CPython 3.11's attr_exceptions (Objects/genericaliasobject.c).
  static constexpr std::string_view kOwn[] = {
      "__class__",   "__origin__",     "__args__",   "__parameters__", "__unpacked__",
      "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce__", "__reduce_ex__",
      "__copy__", "__deepcopy__"};
  for (std::string_view own : kOwn) {
    if (name == own) return true;
  }
  return false;
}

Value SubscriptType(Interp& vm, Value cls, Value key) {
  TypeObject* t = As<TypeObject>(cls);
  if (IsBuiltinGeneric(t)) return NewAlias(vm, cls, key);
  if (IsUserClass(t)) {
    TypeAttr attr;
    if (FindTypeAttr(vm, t, vm.Intern("__class_getitem__"), &attr) && !attr.value.is_null()) {
      Value fn = BindTypeAttr(vm, attr, Value::Null(), t);
      if (fn.is_null()) return fn;
      RootScope roots(vm);
      roots.Add(&fn);
      return vm.Call1(fn, key);
    }
    if (vm.HasException()) return Value::Null();
    // A subclass of list, dict... inherits their __class_getitem__, which
    // aliases the subclass itself (`class L(list)`: L[int]).
    for (TypeObject* b = t->base; b != nullptr; b = b->base) {
      if (b != &kTypeType && IsBuiltinGeneric(b)) return NewAlias(vm, cls, key);
    }
  }
  return vm.RaiseFormat(&kTypeErrorType, "type '%s' is not subscriptable", t->name);
}

Value ClassGetItemMethod(Interp& vm, Value cls, CallArgs args) {
  if ((args.nargs != 1 || args.nkwargs() != 0) &&
      !CheckMethodOneArg(vm, args, ClassMethodQualname(cls, "__class_getitem__").c_str())) {
    return Value::Null();
  }
  return NewAlias(vm, cls, args.args[0]);
}

void InitGenericAliasTypes() {
  InitStaticType(&kGenericAliasType, "types.GenericAlias", &kObjectType);
  kGenericAliasType.type_flags |= kTypeBaseType;
  kGenericAliasType.basic_size = sizeof(GenericAliasObject);
  kGenericAliasType.new_instance = AliasNew;
  kGenericAliasType.methods = kAliasMethods;
  kGenericAliasType.repr = AliasRepr;
  kGenericAliasType.call = AliasCall;
  kGenericAliasType.construct = AliasConstruct;
  kGenericAliasType.richcompare = AliasCompare;
  kGenericAliasType.hash = AliasHash;
  kGenericAliasType.getattr = AliasGetAttr;
  kGenericAliasType.trace = AliasTrace;
  kGenericAliasType.getitem = AliasGetItem;
  kGenericAliasType.iter = AliasIter;
  kGenericAliasType.binary[static_cast<int>(BinaryOp::kOr)] = TypeOr;

  InitStaticType(&kUnionType, "types.UnionType", &kObjectType);
  kUnionType.repr = UnionRepr;
  kUnionType.richcompare = UnionCompare;
  kUnionType.hash = UnionHash;
  kUnionType.methods = kUnionMethods;
  kUnionType.trace = UnionTrace;
  kUnionType.getitem = UnionGetItem;
  kUnionType.iter = UnionIter;
  kUnionType.binary[static_cast<int>(BinaryOp::kOr)] = TypeOr;

  // NoneType has no `|` of its own: `None | int` reaches type's, and
  // `None | None` is a TypeError, as in CPython.
  kTypeType.binary[static_cast<int>(BinaryOp::kOr)] = TypeOr;
}

}  // namespace moat::vm
