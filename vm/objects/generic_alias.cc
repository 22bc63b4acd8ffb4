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

Value NewAlias(Interp& vm, Value origin, Value key) {
  RootScope roots(vm);
  roots.Add(&key);
  TupleObject* args = AsArgs(vm, key);
  if (args == nullptr) return Value::Null();
  Value args_value = Value::FromObject(args);
  roots.Add(&args_value);
  GenericAliasObject* a = vm.New<GenericAliasObject>(&kGenericAliasType);
  if (a == nullptr) return Value::Null();
  a->origin = origin;
  a->args = args;
  return Value::FromObject(a);
}

// One member of a type expression as CPython's reprs show it.
bool AppendTypeRepr(Interp& vm, Value v, std::string* out) {
  if (v.Is(Value::Ellipsis())) {
    out->append("...");
    return true;
  }
  if (v.is_none() || (v.is_object() && v.object() == &kNoneType)) {
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
  std::string out;
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

// types.GenericAlias(origin, args), as ga_new in CPython's
// Objects/genericaliasobject.c (collections.abc's __class_getitem__).
Value AliasConstruct(Interp& vm, Value, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "GenericAlias")) return Value::Null();
  if (args.nargs != 2) {
    return vm.RaiseFormat(&kTypeErrorType, "GenericAlias expected 2 arguments, got %d",
                          static_cast<int>(args.nargs));
  }
  return NewAlias(vm, args.args[0], args.args[1]);
}

Value AliasCall(Interp& vm, Value self, CallArgs args) {
  return vm.Call(As<GenericAliasObject>(self)->origin, args);
}

Value AliasCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !HasType(b, &kGenericAliasType)) {
    return Value::NotImplemented();
  }
  GenericAliasObject* x = As<GenericAliasObject>(a);
  GenericAliasObject* y = As<GenericAliasObject>(b);
  int eq = Equals(vm, x->origin, y->origin);
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

// __origin__ and __args__; any other attribute is the origin's, as in
// CPython (list[int].append is list.append).
Value AliasGetAttr(Interp& vm, Value self, StrObject* name) {
  GenericAliasObject* a = As<GenericAliasObject>(self);
  if (name->view() == "__origin__") return a->origin;
  if (name->view() == "__args__") return Value::FromObject(a->args);
  if (name->view() == "__class__") return Value::FromObject(&kGenericAliasType);
  return GetAttrOptional(vm, a->origin, name);
}

// list[int][str]: ga_getitem's error for an alias without type variables.
// Substituting them (list[T][int]) is not supported: an alias with an
// argument that may be one (an instance of a class) is not subscriptable.
Value AliasGetItem(Interp& vm, Value self, Value) {
  TupleObject* args = As<GenericAliasObject>(self)->args;
  for (size_t i = 0; i < args->size; ++i) {
    if (IsUserClass(TypeOf(args->items[i]))) {
      return vm.RaiseFormat(&kTypeErrorType, "'%s' object is not subscriptable",
                            std::string(TypeName(self)));
    }
  }
  Value r = AliasRepr(vm, self);
  if (r.is_null()) return r;
  return vm.RaiseFormat(&kTypeErrorType, "%s is not a generic class",
                        std::string(As<StrObject>(r)->view()));
}

void AliasTrace(Object* o, GcTracer& t) {
  GenericAliasObject* a = static_cast<GenericAliasObject*>(o);
  t.Visit(a->origin);
  t.VisitPtr(a->args);
}

// ---- UnionType ------------------------------------------------------------

bool IsUnionMember(Value v) {
  return v.is_none() || IsType(v) || HasType(v, &kGenericAliasType) || HasType(v, &kUnionType);
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
    if (!AppendTypeRepr(vm, args->items[i], &out)) return Value::Null();
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

int64_t UnionHash(Interp& vm, Value self) {
  // Order-independent, as hash(frozenset(args)) is.
  TupleObject* args = As<UnionObject>(self)->args;
  uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (size_t i = 0; i < args->size; ++i) {
    int64_t m = Hash(vm, args->items[i]);
    if (m == -1) return -1;
    h ^= static_cast<uint64_t>(m) * 0xff51afd7ed558ccdULL;
  }
  int64_t r = static_cast<int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

Value UnionGetArgs(Interp&, Value self, CallArgs) {
  return Value::FromObject(As<UnionObject>(self)->args);
}

const MethodDef kUnionMethods[] = {
    {"__args__", UnionGetArgs, MethodKind::kGetter},
    {nullptr, nullptr},
};

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
  kGenericAliasType.repr = AliasRepr;
  kGenericAliasType.call = AliasCall;
  kGenericAliasType.construct = AliasConstruct;
  kGenericAliasType.richcompare = AliasCompare;
  kGenericAliasType.hash = AliasHash;
  kGenericAliasType.getattr = AliasGetAttr;
  kGenericAliasType.trace = AliasTrace;
  kGenericAliasType.getitem = AliasGetItem;
  kGenericAliasType.binary[static_cast<int>(BinaryOp::kOr)] = TypeOr;

  InitStaticType(&kUnionType, "types.UnionType", &kObjectType);
  kUnionType.repr = UnionRepr;
  kUnionType.richcompare = UnionCompare;
  kUnionType.hash = UnionHash;
  kUnionType.methods = kUnionMethods;
  kUnionType.trace = UnionTrace;
  kUnionType.binary[static_cast<int>(BinaryOp::kOr)] = TypeOr;

  // NoneType has no `|` of its own: `None | int` reaches type's, and
  // `None | None` is a TypeError, as in CPython.
  kTypeType.binary[static_cast<int>(BinaryOp::kOr)] = TypeOr;
}

}  // namespace moat::vm
