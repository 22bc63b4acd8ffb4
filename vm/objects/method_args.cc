// Shared method-argument checks and slot wrappers (see method_args.h).
#include "vm/objects/method_args.h"

#include <string>

#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::vm {

bool CheckMethodNoArgs(Interp& vm, CallArgs args, const char* qualname) {
  if (args.nkwargs() != 0) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (args.nargs != 0) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no arguments (%d given)", qualname, args.nargs);
    return false;
  }
  return true;
}

bool CheckMethodOneArg(Interp& vm, CallArgs args, const char* qualname) {
  if (args.nkwargs() != 0) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (args.nargs != 1) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes exactly one argument (%d given)", qualname,
                   args.nargs);
    return false;
  }
  return true;
}

std::string ClassMethodQualname(Value cls, const char* name) {
  return StrCat(TypeQualName(As<TypeObject>(cls)), ".", name);
}

namespace {

bool CheckWrapperArgs(Interp& vm, CallArgs args, const char* name, size_t n) {
  if (args.nkwargs() != 0) {
    vm.RaiseFormat(&kTypeErrorType, "wrapper %s() takes no keyword arguments", name);
    return false;
  }
  if (args.nargs != n) {
    vm.RaiseFormat(&kTypeErrorType, "expected %d argument%s, got %d", n, n == 1 ? "" : "s",
                   args.nargs);
    return false;
  }
  return true;
}

// The slot of the built-in part of `self`'s type: list.__len__(x) is
// list's length even when x's class overrides __len__ (which may itself
// call super().__len__()). Null when the built-in part lacks the slot.
template <typename Fn>
Fn BuiltinSlot(Value self, Fn TypeObject::*field) {
  for (TypeObject* t = TypeOf(self); t != nullptr; t = t->base) {
    if ((t->type_flags & kTypeHeapType) == 0 && t->*field != nullptr) return t->*field;
  }
  return nullptr;
}

}  // namespace

Value SlotWrapperLen(Interp& vm, Value self, CallArgs args) {
  if (!CheckWrapperArgs(vm, args, "__len__", 0)) return Value::Null();
  LenFn len = BuiltinSlot(self, &TypeObject::len);
  int64_t n = len ? len(vm, self) : Length(vm, self);
  if (n < 0) return Value::Null();
  return IntFromInt64(vm, n);
}

Value SlotWrapperGetItem(Interp& vm, Value self, CallArgs args) {
  if (!CheckWrapperArgs(vm, args, "__getitem__", 1)) return Value::Null();
  GetItemFn getitem = BuiltinSlot(self, &TypeObject::getitem);
  return getitem ? getitem(vm, self, args.args[0]) : GetItem(vm, self, args.args[0]);
}

Value GetItemMethod(Interp& vm, Value self, CallArgs args, const char* qualname) {
  if (!CheckMethodOneArg(vm, args, qualname)) return Value::Null();
  GetItemFn getitem = BuiltinSlot(self, &TypeObject::getitem);
  return getitem ? getitem(vm, self, args.args[0]) : GetItem(vm, self, args.args[0]);
}

Value NewArgsTuple(Interp& vm, Value arg) {
  if (arg.is_null()) return arg;
  TupleObject* t = NewTupleFrom(vm, &arg, 1);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

Value SlotWrapperContains(Interp& vm, Value self, CallArgs args) {
  if (!CheckWrapperArgs(vm, args, "__contains__", 1)) return Value::Null();
  ContainsFn contains = BuiltinSlot(self, &TypeObject::contains);
  int k = contains ? contains(vm, self, args.args[0]) : Contains(vm, self, args.args[0]);
  if (k < 0) return Value::Null();
  return Value::Bool(k != 0);
}

Value SlotWrapperIter(Interp& vm, Value self, CallArgs args) {
  if (!CheckWrapperArgs(vm, args, "__iter__", 0)) return Value::Null();
  UnaryFn iter = BuiltinSlot(self, &TypeObject::iter);
  return iter ? iter(vm, self) : GetIter(vm, self);
}

}  // namespace moat::vm
