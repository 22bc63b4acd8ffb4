// `obj.__class__ = C`: CPython's object_set_class and
// compatible_for_assignment (Objects/typeobject.c), with the sandbox's
// extra rules.
//
// An instance may change class only between two script-made classes
// (user classes that are not stand-ins for CPython's immutable C types)
// whose instances have the same layout, so every native reader of the
// instance (the trace, the slot descriptors, the instance dict, a built-in
// base's fields) finds what it expects whichever class it goes by:
//  - the same built-in types and C-type stand-ins (whose private state
//    their constructors made) on the two MROs, the same instance size,
//    instance dict and weak-reference slot;
//  - as CPython's walk up tp_base: the classes that fix each layout (the
//    class, or its nearest base adding `__slots__`, a `__dict__` or a
//    weak-reference slot, past none but script classes) are one class, or
//    two with the same base whose fields have the same names at the same
//    offsets (a class of moat's modules with fields never pairs with a
//    script's, which would forge its state). Like CPython, subclasses of
//    int, bytes and tuple, whose items are inline, never change class.
// A class with `__del__` registers the instance as finalizable, as a new
// instance would be, unless its finalizer ran already (kObjFinalized); the
// old class's registration finds no `__del__` to run. Caches are keyed on
// the type pointer and so need nothing.
#include <algorithm>
#include <string>
#include <vector>

#include "vm/finalize.h"
#include "vm/heap.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/descriptor.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

namespace {

ClassObject* AsClass(TypeObject* t) { return static_cast<ClassObject*>(t); }

bool IsStandIn(const TypeObject* t) {
  return IsUserClass(t) && (t->type_flags & kTypeCTypeStandIn) != 0;
}

// What fixes the native part of `cls`'s instances: the built-in types and
// C-type stand-ins on its MRO, in MRO order.
std::vector<const TypeObject*> NativeLayout(const ClassObject* cls) {
  std::vector<const TypeObject*> out;
  for (size_t i = 0; i < cls->mro->size; ++i) {
    const TypeObject* t = As<TypeObject>(cls->mro->items[i]);
    if (!IsUserClass(t) || IsStandIn(t)) out.push_back(t);
  }
  return out;
}

// The class whose layout `cls`'s instances have, as CPython's walk up
// tp_base while a heap type adds nothing to its base's layout.
ClassObject* LayoutClass(ClassObject* cls) {
  while (IsUserClass(cls->base) && !IsStandIn(cls->base)) {
    const ClassObject* base = static_cast<const ClassObject*>(cls->base);
    if (cls->nslots != 0 || cls->no_instance_dict != base->no_instance_dict ||
        cls->weakref_slot != base->weakref_slot) {
      break;
    }
    cls = AsClass(cls->base);
  }
  return cls;
}

// `cls`'s own slot names by field index, from the member descriptors its
// namespace still holds; false when one was rebound or deleted since.
bool SlotNames(ClassObject* cls, std::vector<const StrObject*>* names) {
  names->assign(cls->nslots, nullptr);
  size_t pos = 0;
  Value key, value;
  while (DictNext(cls->dict, &pos, &key, &value)) {
    if (!HasType(value, &kMemberDescriptorType)) continue;
    const MemberDescriptorObject* m = As<MemberDescriptorObject>(value);
    if (m->owner != cls || m->offset < cls->slots_offset) continue;
    size_t index = (m->offset - cls->slots_offset) / sizeof(Value);
    if (index < names->size()) (*names)[index] = m->name;
  }
  return std::find(names->begin(), names->end(), nullptr) == names->end();
}

// Whether instances of `from` may become instances of `to` (both script
// classes): the rules at the top of this file.
bool SameInstanceLayout(ClassObject* from, ClassObject* to) {
  if (from == to) return true;
  if (IsMetaclass(from) || IsMetaclass(to)) return false;
  if (from->basic_size != to->basic_size || from->dict_offset != to->dict_offset ||
      from->no_instance_dict != to->no_instance_dict ||
      from->weakref_slot != to->weakref_slot || NativeLayout(from) != NativeLayout(to)) {
    return false;
  }
  const TypeObject* solid = from->solid_base;
  if (IsSubtype(solid, &kIntType) || IsSubtype(solid, &kTupleType) ||
      IsSubtype(solid, &kBytesType)) {
    return false;
  }
  ClassObject* a = LayoutClass(from);
  ClassObject* b = LayoutClass(to);
  if (a == b) return true;
  if (a->base != b->base || a->nslots != b->nslots || a->slots_offset != b->slots_offset) {
    return false;
  }
  if (a->nslots != 0 && ((a->type_flags | b->type_flags) & kTypeMoatModuleClass) != 0) {
    return false;
  }
  std::vector<const StrObject*> a_names, b_names;
  return SlotNames(a, &a_names) && SlotNames(b, &b_names) && a_names == b_names;
}

// A class an instance may leave or join: made by a class statement and
// not a stand-in for one of CPython's immutable C types.
bool IsMutableClass(const TypeObject* t) {
  return IsUserClass(t) && (t->type_flags & kTypeImmutableStandIn) == 0;
}

}  // namespace

int ObjectSetClass(Interp& vm, Value obj, Value value) {
  if (value.is_null()) {
    vm.RaiseTypeError("can't delete __class__ attribute");
    return -1;
  }
  if (!IsType(value)) {
    vm.RaiseFormat(&kTypeErrorType, "__class__ must be set to a class, not '%s' object",
                   std::string(TypeName(value)));
    return -1;
  }
  TypeObject* to = As<TypeObject>(value);
  TypeObject* from = TypeOf(obj);
  if (!IsMutableClass(from) || !IsMutableClass(to)) {
    vm.RaiseTypeError(
        "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!SameInstanceLayout(AsClass(from), AsClass(to))) {
    vm.RaiseFormat(&kTypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'",
                   to->name, from->name);
    return -1;
  }
  Object* o = obj.object();
  if ((to->type_flags & kTypeHasFinalizer) != 0 && (from->type_flags & kTypeHasFinalizer) == 0 &&
      (o->gc_flags & kObjFinalized) == 0) {
    std::vector<Object*>& registry = vm.heap().finalizables();
    if (!vm.ChargeItems(registry.size())) return -1;
    if (std::find(registry.begin(), registry.end(), o) == registry.end()) {
      vm.heap().RegisterFinalizable(o);
    }
  }
  o->type = to;
  return 0;
}

}  // namespace moat::vm
