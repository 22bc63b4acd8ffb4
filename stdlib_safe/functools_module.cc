// functools' native part (see functools_module.h).
#include "stdlib_safe/functools_module.h"

#include <string>

#include "stdlib_safe/datetime_module.h"
#include "stdlib_safe/frozen_modules.h"
#include "stdlib_safe/native_util.h"
#include "vm/args.h"
#include "vm/objects/base_types.h"
#include "vm/objects/descriptor.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/lru_cache.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

// _inline_partial_calls(cls, /): marks `partial`, a class of functools'
// own body, as the one whose instances the interpreter loop calls inline
// (vm/object.h kTypePartialCall). Only a class a moat module made; the body
// deletes the name. Returns None.
vm::Value InlinePartialCalls(vm::Interp& vm, vm::Value, vm::CallArgs args) {
  if (args.nargs != 1 || args.nkwargs() != 0 || !vm::IsType(args.args[0]) ||
      !vm::IsUserClass(vm::As<vm::TypeObject>(args.args[0])) ||
      (vm::As<vm::TypeObject>(args.args[0])->type_flags & vm::kTypeMoatModuleClass) == 0) {
    return vm.RaiseTypeError("_inline_partial_calls() takes a class of moat's own modules");
  }
  vm::As<vm::TypeObject>(args.args[0])->type_flags |= vm::kTypePartialCall;
  return vm::Value::None();
}

const vm::MethodDef kInlinePartialCallsDef = {"_inline_partial_calls", InlinePartialCalls};

// The member descriptors of `partial`'s func, args and keywords (its own
// namespace's, which a subclass's attributes of those names cannot shadow),
// once _readonly_members marked them; false when `cls` has none.
bool PartialMembers(vm::Interp& vm, vm::TypeObject* cls, vm::MemberDescriptorObject* out[3]) {
  const char* const kNames[3] = {"func", "args", "keywords"};
  for (size_t i = 0; i < 3; ++i) {
    vm::StrObject* name = vm.Intern(kNames[i]);
    vm::Value m = vm::DictGetStr(vm, static_cast<vm::ClassObject*>(cls)->dict, name);
    if (!vm::HasType(m, &vm::kMemberDescriptorType)) return false;
    out[i] = vm::As<vm::MemberDescriptorObject>(m);
    if (out[i]->owner != cls || !out[i]->readonly) return false;
  }
  return true;
}

// _readonly_members(cls, /): makes the func, args and keywords members of
// `partial`, a class of functools' own body, read-only as the C type's
// READONLY members: `p.func = f` and `object.__setattr__(p, 'func', f)`
// raise "readonly attribute". The body deletes the name. Returns None.
vm::Value ReadonlyMembers(vm::Interp& vm, vm::Value, vm::CallArgs args) {
  if (args.nargs != 1 || args.nkwargs() != 0 || !vm::IsType(args.args[0]) ||
      !vm::IsUserClass(vm::As<vm::TypeObject>(args.args[0])) ||
      (vm::As<vm::TypeObject>(args.args[0])->type_flags & vm::kTypeMoatModuleClass) == 0) {
    return vm.RaiseTypeError("_readonly_members() takes a class of moat's own modules");
  }
  vm::ClassObject* cls = vm::As<vm::ClassObject>(args.args[0]);
  for (const char* name : {"func", "args", "keywords"}) {
    vm::StrObject* key = vm.Intern(name);
    vm::Value m = vm::DictGetStr(vm, cls->dict, key);
    if (!vm::HasType(m, &vm::kMemberDescriptorType)) {
      return vm.RaiseTypeError("_readonly_members() takes a class with those __slots__");
    }
    vm::As<vm::MemberDescriptorObject>(m)->readonly = true;
  }
  return vm::Value::None();
}

// The partial class on `obj`'s MRO and its members (PartialMembers), or
// false with TypeError naming `fn` pending.
bool FindPartialMembers(vm::Interp& vm, vm::Value obj, const char* fn,
                        vm::MemberDescriptorObject* members[3]) {
  vm::TypeObject* t = vm::TypeOf(obj);
  if (vm::IsUserClass(t)) {
    vm::TupleObject* mro = static_cast<vm::ClassObject*>(t)->mro;
    for (size_t i = 0; i < mro->size; ++i) {
      vm::TypeObject* k = vm::As<vm::TypeObject>(mro->items[i]);
      if ((k->type_flags & vm::kTypePartialCall) != 0 && PartialMembers(vm, k, members)) {
        return true;
      }
    }
  }
  vm.RaiseFormat(&vm::kTypeErrorType, "%s() takes a partial", fn);
  return false;
}

// _partial_members(obj, /): a partial's (func, args, keywords), as the C
// type's methods read its struct: a subclass's attributes of those names
// do not shadow them.
vm::Value PartialMembersTuple(vm::Interp& vm, vm::Value, vm::CallArgs args) {
  if (args.nargs != 1 || args.nkwargs() != 0) {
    return vm.RaiseTypeError("_partial_members() takes 1 positional argument");
  }
  vm::MemberDescriptorObject* members[3];
  if (!FindPartialMembers(vm, args.args[0], "_partial_members", members)) return vm::Value::Null();
  vm::Value values[3];
  for (size_t i = 0; i < 3; ++i) {
    values[i] = *vm::MemberField(members[i], args.args[0]);
    if (values[i].is_null()) values[i] = vm::Value::None();
  }
  vm::TupleObject* t = vm::NewTupleFrom(vm, values, 3);
  return t == nullptr ? vm::Value::Null() : vm::Value::FromObject(t);
}

// _set_partial_members(obj, func, args, keywords, /): stores a partial's
// members, as partial_new and partial_setstate fill the C struct, past
// the read-only members and any subclass attribute of those names. Checks
// what __setstate__ checks (a callable, a tuple, a dict), so a script
// calling it gets no more than `p.__setstate__(...)` gives. Returns None.
vm::Value SetPartialMembers(vm::Interp& vm, vm::Value, vm::CallArgs args) {
  if (args.nargs != 4 || args.nkwargs() != 0) {
    return vm.RaiseTypeError("_set_partial_members() takes 4 positional arguments");
  }
  vm::MemberDescriptorObject* members[3];
  if (!FindPartialMembers(vm, args.args[0], "_set_partial_members", members)) {
    return vm::Value::Null();
  }
  if (FindSlot(vm::TypeOf(args.args[1]), &vm::TypeObject::call) == nullptr ||
      !vm::HasType(args.args[2], &vm::kTupleType) || !vm::HasType(args.args[3], &vm::kDictType)) {
    return vm.RaiseTypeError("invalid partial state");
  }
  for (size_t i = 0; i < 3; ++i) *vm::MemberField(members[i], args.args[0]) = args.args[i + 1];
  return vm::Value::None();
}

// The index of `wanted` on the MRO of `type` (a user class's mro tuple, a
// built-in type's base chain), or -1.
int64_t MroIndex(const vm::TypeObject* type, vm::Value wanted) {
  if (vm::IsUserClass(type)) {
    const vm::TupleObject* mro = static_cast<const vm::ClassObject*>(type)->mro;
    for (size_t i = 0; i < mro->size; ++i) {
      if (mro->items[i] == wanted) return static_cast<int64_t>(i);
    }
    return -1;
  }
  int64_t i = 0;
  for (const vm::TypeObject* b = type; b != nullptr; b = b->base, ++i) {
    if (vm::Value::FromObject(const_cast<vm::TypeObject*>(b)) == wanted) return i;
  }
  return -1;
}

// _mro_positions(cls, types, /): for singledispatch, which CPython resolves
// along `cls.__mro__` (withheld from scripts): a tuple with, for each item
// of the tuple `types`, its index on cls's MRO or -1 (a class cls is only a
// virtual subclass of, or anything else). Hands out no class; allocates.
vm::Value MroPositions(vm::Interp& vm, vm::Value, vm::CallArgs args) {
  static const vm::ArgSpec kSpec("_mro_positions(cls, types, /)");
  vm::Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return vm::Value::Null();
  if (!vm::IsType(argv[0])) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "_mro_positions() argument 1 must be a type, not %s",
                          std::string(vm::TypeName(argv[0])));
  }
  if (!vm::HasType(argv[1], &vm::kTupleType)) {
    return vm.RaiseFormat(&vm::kTypeErrorType,
                          "_mro_positions() argument 2 must be tuple, not %s",
                          std::string(vm::TypeName(argv[1])));
  }
  const vm::TypeObject* type = vm::As<vm::TypeObject>(argv[0]);
  const vm::TupleObject* types = vm::As<vm::TupleObject>(argv[1]);
  if (!vm.ChargeItems(types->size)) return vm::Value::Null();
  vm::TupleObject* out = vm::NewTuple(vm, types->size);
  if (out == nullptr) return vm::Value::Null();
  for (size_t i = 0; i < types->size; ++i) {
    out->items[i] = vm::Value::SmallInt(MroIndex(type, types->items[i]));
  }
  return vm::Value::FromObject(out);
}

const vm::MethodDef kReadonlyMembersDef = {"_readonly_members", ReadonlyMembers};
const vm::MethodDef kSetPartialMembersDef = {"_set_partial_members", SetPartialMembers};
const vm::MethodDef kPartialMembersDef = {"_partial_members", PartialMembersTuple};
const vm::MethodDef kMroPositionsDef = {"_mro_positions", MroPositions};

}  // namespace

bool InitFunctoolsModule(vm::Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddValue(vm, module, "_lru_cache_wrapper",
                            vm::Value::FromObject(&vm::kLruCacheType)) &&
         vm::ModuleAddFunction(vm, module, &kInlinePartialCallsDef) &&
         vm::ModuleAddFunction(vm, module, &kReadonlyMembersDef) &&
         vm::ModuleAddFunction(vm, module, &kSetPartialMembersDef) &&
         vm::ModuleAddFunction(vm, module, &kPartialMembersDef) &&
         vm::ModuleAddFunction(vm, module, &kMroPositionsDef) &&
         AddSetTypeName(vm, module) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
