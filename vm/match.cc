// MATCH_KEYS and MATCH_CLASS (PEP 634 semantics, CPython 3.11's texts).
#include "vm/match.h"

#include <string>
#include <vector>

#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

namespace {

// A mapping's value for `key` as `subject.get(key)` finds it (no
// __missing__), Null without an exception when absent.
//
// CPython calls the bound `get` through vectorcall: dict's (a built-in
// method) is a recursion step (cfunction_enter_call), so a mapping pattern
// at the recursion limit fails there, as CPython's does.
Value MappingGet(Interp& vm, Value subject, Value key) {
  if (HasType(subject, &kDictType)) {  // a subclass may override get()
    RecursiveCallGuard get_call(vm, " while calling a Python object");
    if (!get_call.ok()) return Value::Null();
    Value out;
    int r = DictGet(vm, As<DictObject>(subject), key, &out);
    return r > 0 ? out : Value::Null();
  }
  Value get = GetAttr(vm, subject, vm.Intern("get"));
  if (get.is_null()) return get;
  RootScope roots(vm);
  roots.Add(&get);
  // A private sentinel tells a missing key from a stored None.
  TupleObject* sentinel = NewTuple(vm, 1);
  if (sentinel == nullptr) return Value::Null();
  Value sentinel_value = Value::FromObject(sentinel);
  roots.Add(&sentinel_value);
  Value v = vm.Call2(get, key, sentinel_value);
  if (!v.is_null() && v.Is(sentinel_value)) return Value::Null();
  return v;
}

// Built-in types whose class pattern with one positional sub-pattern
// matches the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF).
bool MatchesSelf(TypeObject* t) {
  static const char* const kNames[] = {"bool", "bytearray", "bytes", "dict", "float",
                                       "frozenset", "int", "list", "set", "str", "tuple"};
  for (TypeObject* s = t; s != nullptr; s = s->base) {
    if (IsUserClass(s)) continue;
    for (const char* name : kNames) {
      if (std::string_view(s->name) == name) return true;
    }
  }
  return false;
}

}  // namespace

Value MatchKeys(Interp& vm, Value subject, Value keys) {
  TupleObject* k = As<TupleObject>(keys);
  if (k->size == 0) return Value::FromObject(vm.empty_tuple());
  TupleObject* values = NewTuple(vm, k->size);
  if (values == nullptr) return Value::Null();
  Value values_value = Value::FromObject(values);
  RootScope roots(vm);
  roots.Add(&values_value);
  for (size_t i = 0; i < k->size; ++i) {
    Value key = k->items[i];
    for (size_t j = 0; j < i; ++j) {
      int eq = Equals(vm, k->items[j], key);
      if (eq < 0) return Value::Null();
      if (eq) {
        std::string text;
        if (!AppendRepr(vm, key, &text)) return Value::Null();
        return vm.RaiseFormat(&kValueErrorType, "mapping pattern checks duplicate key (%s)",
                              text);
      }
    }
    Value v = MappingGet(vm, subject, key);
    if (v.is_null()) return vm.HasException() ? v : Value::None();
    values->items[i] = v;
  }
  return values_value;
}

Value MatchClass(Interp& vm, Value subject, Value cls, uint32_t count, Value names) {
  if (!IsType(cls)) return vm.RaiseTypeError("called match pattern must be a type");
  TypeObject* type = As<TypeObject>(cls);
  if (!IsSubtype(TypeOf(subject), type)) return Value::None();
  TupleObject* kw = As<TupleObject>(names);
  std::vector<Value> attrs;
  std::vector<StrObject*> seen;
  RootScope roots(vm);
  attrs.reserve(count + kw->size);
  // Roots are registered by address: reserve first so they never move.
  auto add_attr = [&](Value v) {
    attrs.push_back(v);
    roots.Add(&attrs.back());
  };
  auto fetch = [&](StrObject* name) -> int {  // 1 matched, 0 missing, -1 error
    for (StrObject* s : seen) {
      if (s->view() == name->view()) {
        vm.RaiseFormat(&kTypeErrorType, "%s() got multiple sub-patterns for attribute '%s'",
                       type->name, std::string(name->view()));
        return -1;
      }
    }
    seen.push_back(name);
    Value v = GetAttr(vm, subject, name);
    if (v.is_null()) {
      if (!vm.ExceptionMatches(&kAttributeErrorType)) return -1;
      vm.ClearException();
      return 0;
    }
    add_attr(v);
    return 1;
  };
  if (count > 0) {
    Value match_args = GetAttr(vm, cls, vm.Intern("__match_args__"));
    bool self_match = false;
    size_t allowed = 0;
    if (match_args.is_null()) {
      if (!vm.ExceptionMatches(&kAttributeErrorType)) return Value::Null();
      vm.ClearException();
      self_match = MatchesSelf(type);
      allowed = self_match ? 1 : 0;
    } else {
      roots.Add(&match_args);
      if (!HasType(match_args, &kTupleType)) {
        return vm.RaiseFormat(&kTypeErrorType, "%s.__match_args__ must be a tuple (got %s)",
                              type->name, std::string(TypeName(match_args)));
      }
      allowed = As<TupleObject>(match_args)->size;
    }
    if (count > allowed) {
      return vm.RaiseFormat(&kTypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)",
                            type->name, allowed, allowed == 1 ? "" : "s", count);
    }
    if (self_match) {
      add_attr(subject);
    } else {
      TupleObject* args = As<TupleObject>(match_args);
      for (uint32_t i = 0; i < count; ++i) {
        Value name = args->items[i];
        if (!IsStr(name)) {
          return vm.RaiseFormat(&kTypeErrorType, "__match_args__ elements must be strings (got %s)",
                                std::string(TypeName(name)));
        }
        int r = fetch(As<StrObject>(name));
        if (r <= 0) return r < 0 ? Value::Null() : Value::None();
      }
    }
  }
  for (size_t i = 0; i < kw->size; ++i) {
    int r = fetch(As<StrObject>(kw->items[i]));
    if (r <= 0) return r < 0 ? Value::Null() : Value::None();
  }
  TupleObject* out = NewTupleFrom(vm, attrs.data(), attrs.size());
  return out ? Value::FromObject(out) : Value::Null();
}

}  // namespace moat::vm
