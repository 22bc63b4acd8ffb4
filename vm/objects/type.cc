// User classes: creation (CPython's type_new and __build_class__), the C3
// MRO, attribute lookup and the descriptor protocol, instance attributes,
// and calling a class to make an instance.
#include "vm/objects/type.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "vm/args.h"
#include "vm/format.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"
#include "vm/objects/base_types.h"
#include "vm/objects/descriptor.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/bytes.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/lru_cache.h"
#include "vm/objects/method_args.h"
#include "vm/objects/object_state.h"
#include "vm/objects/slots.h"
#include "vm/objects/str.h"
#include "vm/objects/str_unicode.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/mapping_proxy.h"
#include "vm/objects/set.h"
#include "vm/objects/tuple.h"
#include "vm/objects/weakref.h"

namespace moat::vm {

namespace {

ClassObject* AsClass(TypeObject* t) { return static_cast<ClassObject*>(t); }

// Calls `fn(type)` for each class of the MRO of `t` until it returns true.
template <typename Fn>
bool ForEachInMro(TypeObject* t, Fn fn) {
  if (IsUserClass(t)) {
    TupleObject* mro = AsClass(t)->mro;
    for (size_t i = 0; i < mro->size; ++i) {
      if (fn(As<TypeObject>(mro->items[i]))) return true;
    }
    return false;
  }
  for (; t != nullptr; t = t->base) {
    if (fn(t)) return true;
  }
  return false;
}

// A built-in type's own method-table entry (not its bases').
const MethodDef* OwnMethod(const TypeObject* t, std::string_view name) {
  if (t->methods == nullptr) return nullptr;
  for (const MethodDef* m = t->methods; m->name != nullptr; ++m) {
    if (EqualsCString(name, m->name)) return m;
  }
  return nullptr;
}

bool IsDunderName(std::string_view name) {
  return name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__";
}

}  // namespace

bool IsSubtype(const TypeObject* type, const TypeObject* base) {
  if (IsUserClass(type)) {
    TupleObject* mro = static_cast<const ClassObject*>(type)->mro;
    if (mro == nullptr) return type == base;
    for (size_t i = 0; i < mro->size; ++i) {
      const Object* t = mro->items[i].object();
      if (t == base) return true;
      // ExceptionGroup's second base is not on the built-in chain (below).
      if (t == &kExceptionGroupType && base == &kBaseExceptionGroupType) return true;
    }
    return false;
  }
  for (const TypeObject* t = type; t != nullptr; t = t->base) {
    if (t == base) return true;
    // The one built-in type with two bases: ExceptionGroup derives from
    // BaseExceptionGroup and Exception; its chain holds the second.
    if (t == &kExceptionGroupType && base == &kBaseExceptionGroupType) return true;
  }
  return false;
}

std::string TypeQualName(TypeObject* type) {
  if (IsUserClass(type)) return std::string(AsClass(type)->qualname->view());
  // A built-in type's tp_name may carry its module ("itertools.chain").
  std::string_view name(type->name);
  size_t dot = name.rfind('.');
  return std::string(dot == std::string_view::npos ? name : name.substr(dot + 1));
}

namespace {
InitFn InheritedInit(const TypeObject* type) {
  for (; type != nullptr; type = type->base) {
    if (type->init != nullptr) return type->init;
  }
  return nullptr;
}
}  // namespace

bool HasBuiltinInit(const TypeObject* type, const TypeObject* builtin_type) {
  return type == builtin_type || InheritedInit(type) == InheritedInit(builtin_type);
}

std::string TypeQualifiedName(TypeObject* type) {
  if (!IsUserClass(type)) return type->name;
  ClassObject* c = AsClass(type);
  std::string out;
  if (IsStr(c->module) && As<StrObject>(c->module)->view() != "builtins") {
    StrAppend(&out, As<StrObject>(c->module)->view(), ".");
  }
  StrAppend(&out, c->qualname->view());
  return out;
}

namespace {

// FindTypeAttr's walk. A hit in a class namespace sets *dict_index to its
// entry's index there.
bool WalkMroForAttr(Interp& vm, TypeObject* type, StrObject* name, TypeAttr* out,
                    TypeObject* after, int64_t* dict_index) {
  // A lookup walks the whole MRO, which a class chain can make thousands of
  // classes long: long walks are charged to the instruction budget. This
  // cannot fail here; the next safepoint stops the run if the budget is spent.
  if (IsUserClass(type) && AsClass(type)->mro != nullptr) {
    size_t n = AsClass(type)->mro->size;
    if (n >= 64) vm.instruction_count += n;
  }
  bool skipping = after != nullptr;
  const SlotDef* slot = nullptr;
  bool slot_looked_up = false;
  return ForEachInMro(type, [&](TypeObject* t) {
    if (skipping) {
      if (t == after) skipping = false;
      return false;
    }
    if (IsUserClass(t)) {
      DictObject* dict = AsClass(t)->dict;
      int64_t ix = DictFindStr(vm, dict, name);
      if (ix < 0) return false;
      out->value = dict->entries[ix].value;
      out->owner = t;
      *dict_index = ix;
      return true;
    }
    if (const MethodDef* m = OwnMethod(t, name->view())) {
      out->method = m;
      out->owner = t;
      return true;
    }
    // A built-in type that compares but does not hash (list, dict, set)
    // has `__hash__ = None`, as in CPython, and as ops.cc Hash reads the
    // chain: `list.__hash__` is None and `Hashable` sees it.
    if (t->hash == nullptr && t->richcompare != nullptr && t != &kObjectType &&
        name->view() == "__hash__") {
      out->value = Value::None();
      out->owner = t;
      return true;
    }
    if (!slot_looked_up) {
      slot = FindSlotDef(name->view());
      slot_looked_up = true;
    }
    if (slot != nullptr && StaticTypeDefinesSlot(t, *slot)) {
      out->slot = slot;
      out->owner = t;
      return true;
    }
    return false;
  });
}

}  // namespace

bool IsPrivateName(const StrObject* name) {
  std::string_view n = name->view();
  return n.size() > 1 && n[0] == '_' && !(n.size() > 4 && n[1] == '_' && n.ends_with("__"));
}

bool PrivateNameVisible(Interp& vm, const TypeObject* owner, const StrObject* name) {
  const ClassObject* c = static_cast<const ClassObject*>(owner);
  if (c->private_scope == nullptr || !IsPrivateName(name)) return true;
  // ABCMeta's opaque token, which abc's own code reads from every class it
  // made, stand-ins deriving from an ABC included (odict_keys), as CPython's
  // C types registered with an ABC show it.
  if (name->view() == "_abc_impl") return true;
  // The host (no frame) sees everything, as it does the module's globals.
  const Frame* frame = vm.current_frame();
  return frame == nullptr || frame->globals == c->private_scope;
}

namespace {

// A stand-in's private name found by code outside its module is not found
// (ClassObject::private_scope). Applied after the cache, which is shared by
// all code.
bool HidePrivateStandInName(Interp& vm, StrObject* name, TypeAttr* out) {
  if ((out->owner->type_flags & kTypeCTypeStandIn) == 0 ||
      PrivateNameVisible(vm, out->owner, name)) {
    return true;
  }
  *out = TypeAttr{};
  return false;
}

}  // namespace

bool FindTypeAttr(Interp& vm, TypeObject* type, StrObject* name, TypeAttr* out,
                  TypeObject* after) {
  *out = TypeAttr{};
  int64_t dict_index = -1;
  // super() lookups start part-way along an MRO; they and names that are
  // not interned walk every time.
  if (after != nullptr || !name->interned) {
    return WalkMroForAttr(vm, type, name, out, after, &dict_index) &&
           HidePrivateStandInName(vm, name, out);
  }
  TypeAttrCache& cache = vm.type_attr_cache();
  TypeAttrCache::Entry& entry = cache.Slot(type, name);
  if (cache.Holds(entry, type, name)) {
    if (entry.owner == nullptr) return false;
    out->owner = entry.owner;
    out->method = entry.method;
    out->slot = entry.slot;
    out->value = entry.dict_index >= 0
                     ? AsClass(entry.owner)->dict->entries[entry.dict_index].value
                     : entry.value;
    return HidePrivateStandInName(vm, name, out);
  }
  bool found = WalkMroForAttr(vm, type, name, out, nullptr, &dict_index);
  entry = TypeAttrCache::Entry{type,
                               name,
                               cache.epoch(),
                               out->owner,
                               out->method,
                               out->slot,
                               dict_index >= 0 ? Value::Null() : out->value,
                               dict_index};
  return found && HidePrivateStandInName(vm, name, out);
}

namespace {

// A user object whose class defines __get__ (and __set__/__delete__).
// Whether a user class on the MRO defines `name` (a hook such as
// __getattr__), giving the attribute.
bool UserHook(Interp& vm, TypeObject* t, const char* name, TypeAttr* attr) {
  return FindTypeAttr(vm, t, vm.Intern(name), attr) && !attr->value.is_null();
}

// A property or an instance of a subclass of property: always a data
// descriptor, as its type has property's tp_descr_set or an override.
bool IsPropertyValue(Value v) {
  return v.is_object() && IsSubtype(v.object()->type, &kPropertyType);
}

bool UserDescriptorDefines(Interp& vm, Value v, const char* dunder) {
  TypeAttr a;
  return IsUserClass(TypeOf(v)) && UserHook(vm, TypeOf(v), dunder, &a);
}

bool IsDataDescriptor(Interp& vm, const TypeAttr& attr) {
  if (attr.method != nullptr) return attr.method->kind == MethodKind::kGetter;
  if (attr.value.is_null()) return false;
  if (IsPropertyValue(attr.value) || HasType(attr.value, &kMemberDescriptorType) ||
      HasType(attr.value, &kGetSetDescriptorType)) {
    return true;
  }
  return UserDescriptorDefines(vm, attr.value, "__set__") ||
         UserDescriptorDefines(vm, attr.value, "__delete__");
}

Value BindBuiltinDescriptor(Interp& vm, const TypeAttr& attr, TypeObject* kind, Value instance,
                            TypeObject* type);

}  // namespace

Value BindTypeAttr(Interp& vm, const TypeAttr& attr, Value instance, TypeObject* type) {
  if (const MethodDef* m = attr.method) {
    const char* owner = attr.owner->name;
    BuiltinFunctionObject* f = nullptr;
    switch (m->kind) {
      case MethodKind::kGetter:
        if (!instance.is_null()) return m->fn(vm, instance, CallArgs{});
        f = UnboundBuiltinMethod(vm, m, attr.owner);
        break;
      case MethodKind::kMethod:
        f = instance.is_null() ? UnboundBuiltinMethod(vm, m, attr.owner)
                               : NewBoundBuiltinMethod(vm, m, instance, attr.owner);
        break;
      case MethodKind::kClassMethod:
        f = NewBuiltinFunction(vm, m, Value::FromObject(type), owner);
        break;
      case MethodKind::kStaticMethod:
        f = NewBuiltinFunction(vm, m, Value::Null(), owner);
        break;
    }
    return f ? Value::FromObject(f) : Value::Null();
  }
  if (attr.slot != nullptr) {
    Value self = attr.slot->kind == SlotKind::kNew ? Value::Null() : instance;
    SlotWrapperObject* w = NewSlotWrapper(vm, attr.slot, attr.owner, self);
    return w ? Value::FromObject(w) : Value::Null();
  }
  Value v = attr.value;
  TypeObject* vt = TypeOf(v);
  if (IsUserClass(vt)) {
    TypeAttr get;
    if (FindTypeAttr(vm, vt, vm.Intern("__get__"), &get) && !get.value.is_null()) {
      Value bound = BindTypeAttr(vm, get, v, vt);
      if (bound.is_null()) return bound;
      RootScope roots(vm);
      roots.Add(&bound);
      return vm.Call2(bound, instance.is_null() ? Value::None() : instance,
                      Value::FromObject(type));
    }
    // A subclass of property, classmethod or staticmethod that does not
    // override __get__ binds as its built-in base does.
    vt = BuiltinDescriptorKind(vt);
  }
  return BindBuiltinDescriptor(vm, attr, vt, instance, type);
}

namespace {

// BindTypeAttr for a namespace value whose type, or the built-in base it
// behaves as (`kind`), is one of the built-in descriptors; any other value
// is returned as it is. May run Python code (a property's getter).
Value BindBuiltinDescriptor(Interp& vm, const TypeAttr& attr, TypeObject* kind, Value instance,
                            TypeObject* type) {
  Value v = attr.value;
  TypeObject* vt = kind;
  // functools._lru_cache_wrapper binds as a function does (its __get__).
  if (vt == &kFunctionType || vt == &kLruCacheType) {
    if (instance.is_null()) return v;
    MethodObject* m = NewMethod(vm, v, instance);
    return m ? Value::FromObject(m) : Value::Null();
  }
  if (vt == &kClassMethodType) {
    // A wrapped descriptor (`@classmethod @property`) is read through the
    // class, as CPython 3.11's cm_descr_get does; anything else is bound.
    Value callable = As<FunctionWrapperObject>(v)->callable;
    if (IsPropertyValue(callable) || UserDescriptorDefines(vm, callable, "__get__")) {
      TypeAttr inner;
      inner.value = callable;
      inner.owner = attr.owner;
      return BindTypeAttr(vm, inner, Value::FromObject(type), type);
    }
    // A C-type stand-in's class method is a C method bound to the class.
    bool c_method = IsPythonFunction(callable) &&
                    (As<FunctionObject>(callable)->code->flags & kCodeFlagCTypeMethod) != 0;
    MethodObject* m = c_method ? NewBuiltinMethodStandIn(vm, callable, Value::FromObject(type))
                               : NewMethod(vm, callable, Value::FromObject(type));
    return m ? Value::FromObject(m) : Value::Null();
  }
  if (vt == &kStaticMethodType) return As<FunctionWrapperObject>(v)->callable;
  if (vt == &kGetSetDescriptorType) {
    if (instance.is_null()) return v;
    return GetSetDescriptorGet(vm, As<BuiltinFunctionObject>(v), instance);
  }
  // A built-in type's unbound method or slot stored in a class
  // (`__hash__ = str.__hash__`) binds like a method descriptor; an instance
  // of another type gets the descriptor's error when the method is called.
  if (!instance.is_null() && IsBuiltinFunction(v) &&
      As<BuiltinFunctionObject>(v)->unbound_for != nullptr) {
    BuiltinFunctionObject* f = As<BuiltinFunctionObject>(v);
    if (IsSubtype(TypeOf(instance), f->unbound_for)) {
      BuiltinFunctionObject* b = NewBoundBuiltinMethod(vm, f->def, instance, f->unbound_for);
      return b ? Value::FromObject(b) : Value::Null();
    }
    MethodObject* m = NewMethod(vm, v, instance);
    return m ? Value::FromObject(m) : Value::Null();
  }
  if (!instance.is_null() && vt == &kSlotWrapperType &&
      As<SlotWrapperObject>(v)->def->kind != SlotKind::kNew) {
    SlotWrapperObject* w = As<SlotWrapperObject>(v);
    if (IsSubtype(TypeOf(instance), w->owner)) {
      SlotWrapperObject* b = NewSlotWrapper(vm, w->def, w->owner, instance);
      return b ? Value::FromObject(b) : Value::Null();
    }
    MethodObject* m = NewMethod(vm, v, instance);
    return m ? Value::FromObject(m) : Value::Null();
  }
  if (vt == &kPropertyType) {
    if (instance.is_null()) return v;
    return PropertyGet(vm, As<PropertyObject>(v), instance);
  }
  if (vt == &kMemberDescriptorType) {
    if (instance.is_null()) return v;
    return MemberGet(vm, As<MemberDescriptorObject>(v), instance);
  }
  return v;
}

}  // namespace

Value DescriptorGetMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "wrapper __get__") ||
      !CheckPositionalCount(vm, args, "", 1, 2)) {
    return Value::Null();
  }
  Value instance = args.args[0].is_none() ? Value::Null() : args.args[0];
  Value owner = args.nargs < 2 || args.args[1].is_none() ? Value::Null() : args.args[1];
  if (instance.is_null() && owner.is_null()) {
    return vm.RaiseTypeError("__get__(None, None) is invalid");
  }
  TypeObject* kind = BuiltinDescriptorKind(TypeOf(self));
  if (!owner.is_null() && !IsType(owner) && kind == &kClassMethodType) {
    // cm_descr_get binds to whatever owner it is given.
    MethodObject* m = NewMethod(vm, As<FunctionWrapperObject>(self)->callable, owner);
    return m ? Value::FromObject(m) : Value::Null();
  }
  TypeObject* type = !owner.is_null() && IsType(owner) ? As<TypeObject>(owner)
                     : instance.is_null()                ? TypeOf(owner)
                                                         : TypeOf(instance);
  TypeAttr attr;
  attr.value = self;
  attr.owner = type;
  // The built-in behaviour, also for a subclass that overrides __get__ and
  // calls this through super().
  return BindBuiltinDescriptor(vm, attr, kind, instance, type);
}

Value LookupSpecial(Interp& vm, Value obj, StrObject* name) {
  TypeObject* t = TypeOf(obj);
  TypeAttr attr;
  if (!FindTypeAttr(vm, t, name, &attr)) return Value::Null();
  return BindTypeAttr(vm, attr, obj, t);
}

DictObject** InstanceDictSlot(Value obj) {
  if (!obj.is_object()) return nullptr;
  TypeObject* t = obj.object()->type;
  if (!IsUserClass(t) || AsClass(t)->no_instance_dict) return nullptr;
  return InstanceDictSlotOf(AsClass(t), obj.object());
}

int AssignGenericDict(Interp& vm, DictObject** slot, Value value) {
  if (value.is_null()) {
    vm.RaiseTypeError("cannot delete __dict__");
    return -1;
  }
  if (!IsDict(value)) {
    vm.RaiseFormat(&kTypeErrorType, "__dict__ must be set to a dictionary, not a '%s'",
                   std::string(TypeName(value)));
    return -1;
  }
  *slot = As<DictObject>(value);
  return 0;
}

namespace {

// The instance dict, created on first use. nullptr + MemoryError.
DictObject* InstanceDict(Interp& vm, Value obj) {
  DictObject** slot = InstanceDictSlot(obj);
  if (*slot == nullptr) *slot = NewDict(vm);
  return *slot;
}

// `obj.__dict__ = value` (Null: `del obj.__dict__`, which leaves a fresh
// dict to be made on next use), as CPython's subtype_setdict.
int AssignInstanceDict(Interp& vm, DictObject** slot, Value value) {
  if (value.is_null()) {
    *slot = nullptr;
    return 0;
  }
  return AssignGenericDict(vm, slot, value);
}

// ---- a user class's '__dict__' and '__weakref__' -------------------------
//
// CPython's subtype_getsets: a class statement whose best base gives its
// instances no attribute dict (or no weak-reference slot) stores a
// getset_descriptor for it in the new class's namespace, which
// `A.__dict__`, dir() and vars() show. '__weakref__' reads the first weak
// reference on the object's list (vm/objects/weakref.h), or None.

Value InstanceDictGetter(Interp& vm, Value self, CallArgs) {
  if (InstanceDictSlot(self) == nullptr) {
    // A class that added the descriptor always gives its instances a dict;
    // this only guards against a descriptor moved to another class.
    return vm.RaiseFormat(&kAttributeErrorType, "This object has no __dict__");
  }
  DictObject* d = InstanceDict(vm, self);
  return d ? Value::FromObject(d) : Value::Null();
}

Value InstanceWeakrefGetter(Interp& vm, Value self, CallArgs) {
  WeakRefObject* head = self.is_object() ? WeakRefHead(vm, self.object()) : nullptr;
  return head == nullptr ? Value::None() : Value::FromObject(head);
}

const MethodDef kInstanceDictGetSet = {"__dict__", InstanceDictGetter, MethodKind::kGetter};
const MethodDef kInstanceWeakrefGetSet = {"__weakref__", InstanceWeakrefGetter,
                                          MethodKind::kGetter};

// Stores the descriptor of `def` under its name in the namespace of `cls`,
// unless the class body bound that name (CPython adds it with setdefault).
bool AddInstanceGetSet(Interp& vm, ClassObject* cls, const MethodDef* def) {
  StrObject* key = vm.Intern(def->name);
  if (!DictGetStr(vm, cls->dict, key).is_null()) return true;
  BuiltinFunctionObject* d = vm.New<BuiltinFunctionObject>(&kGetSetDescriptorType);
  if (d == nullptr) return false;
  d->def = def;
  d->self = Value::Null();
  d->owner = nullptr;  // the qualname comes from the class (BuiltinGetQualname)
  d->unbound_for = cls;  // traced by BuiltinTrace: a descriptor keeps its class
  return DictSet(vm, cls->dict, Value::FromObject(key), Value::FromObject(d)) >= 0;
}

// Whether instances of `t` have an attribute dict (CPython's
// tp_dictoffset != 0): exceptions and classes among the built-in types; a
// metaclass's instances are classes, with their namespace.
bool InstancesHaveDict(const TypeObject* t) {
  if (IsUserClass(t)) {
    return IsMetaclass(t) || !static_cast<const ClassObject*>(t)->no_instance_dict;
  }
  return (t->type_flags & kTypeException) != 0 || t == &kTypeType;
}

// Whether a class deriving from `t` may not add a '__weakref__' descriptor:
// its instances have the slot already (tp_weaklistoffset: set, frozenset,
// type, and ExceptionGroup, a heap type in CPython) or keep their items
// inline (tp_itemsize: int and bool, tuple, bytes).
bool InstancesHaveWeakrefSlot(const TypeObject* t) {
  if (IsUserClass(t)) return static_cast<const ClassObject*>(t)->weakref_slot;
  return IsSubtype(t, &kIntType) || t == &kTupleType || t == &kBytesType || t == &kSetType ||
         t == &kFrozenSetType || t == &kTypeType || t == &kExceptionGroupType;
}

}  // namespace

namespace {

bool CheckGetSetInstance(Interp& vm, BuiltinFunctionObject* d, Value instance) {
  if (IsSubtype(TypeOf(instance), d->unbound_for)) return true;
  vm.RaiseFormat(&kTypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 d->def->name, d->unbound_for->name, std::string(TypeName(instance)));
  return false;
}

}  // namespace

Value GetSetDescriptorGet(Interp& vm, BuiltinFunctionObject* d, Value instance) {
  if (!CheckGetSetInstance(vm, d, instance)) return Value::Null();
  return d->def->fn(vm, instance, CallArgs{});
}

int GetSetDescriptorSet(Interp& vm, BuiltinFunctionObject* d, Value instance, Value value) {
  if (!CheckGetSetInstance(vm, d, instance)) return -1;
  if (d->def == &kInstanceDictGetSet) {
    DictObject** slot = InstanceDictSlot(instance);
    if (slot != nullptr) return AssignInstanceDict(vm, slot, value);
  } else if (d->def != &kInstanceWeakrefGetSet && IsException(instance)) {
    // An exception's writable members (args, __traceback__, ...).
    int r = ExceptionSetMember(vm, instance, d->def->name, value);
    if (r <= 0) return r;
  }
  vm.RaiseFormat(&kAttributeErrorType, "attribute '%s' of '%s' objects is not writable",
                 d->def->name, d->unbound_for->name);
  return -1;
}

namespace {

// A data descriptor of a user class with __set__ or __delete__ but no
// __get__ of its own or of a built-in base: the instance dict still wins,
// and without an entry there the descriptor itself is the value
// (_PyObject_GenericGetAttrWithDict with a null descr_get).
bool DescriptorLacksGet(Interp& vm, const TypeAttr& attr) {
  if (attr.method != nullptr || attr.value.is_null()) return false;
  TypeObject* base = TypeOf(attr.value);
  if (!IsUserClass(base)) return false;
  while (IsUserClass(base)) base = base->base;
  return base == &kObjectType && !UserDescriptorDefines(vm, attr.value, "__get__");
}

}  // namespace

Value InstanceGenericGetAttr(Interp& vm, Value obj, StrObject* name) {
  TypeObject* t = TypeOf(obj);
  TypeAttr attr;
  bool found = FindTypeAttr(vm, t, name, &attr);
  if (found && IsDataDescriptor(vm, attr) && !DescriptorLacksGet(vm, attr)) {
    return BindTypeAttr(vm, attr, obj, t);
  }
  if (DictObject** slot = InstanceDictSlot(obj)) {
    if (*slot != nullptr) {
      Value v = DictGetStr(vm, *slot, name);
      if (!v.is_null()) return v;
    }
    if (name->view() == "__dict__") {
      DictObject* d = InstanceDict(vm, obj);
      return d ? Value::FromObject(d) : Value::Null();
    }
  }
  if (found) return BindTypeAttr(vm, attr, obj, t);
  return Value::Null();
}

int InstanceGenericSetAttr(Interp& vm, Value obj, StrObject* name, Value value) {
  TypeObject* t = TypeOf(obj);
  TypeAttr attr;
  bool on_type = FindTypeAttr(vm, t, name, &attr);
  if (on_type) {
    if (HasType(attr.value, &kPropertyType)) {
      return PropertySet(vm, As<PropertyObject>(attr.value), obj, value);
    }
    if (HasType(attr.value, &kMemberDescriptorType)) {
      return MemberSet(vm, As<MemberDescriptorObject>(attr.value), obj, value);
    }
    if (HasType(attr.value, &kGetSetDescriptorType)) {
      return GetSetDescriptorSet(vm, As<BuiltinFunctionObject>(attr.value), obj, value);
    }
    const char* hook = value.is_null() ? "__delete__" : "__set__";
    bool user_hook = !attr.value.is_null() && UserDescriptorDefines(vm, attr.value, hook);
    if (!user_hook && IsPropertyValue(attr.value)) {
      // A subclass of property without its own __set__ / __delete__.
      return PropertySet(vm, As<PropertyObject>(attr.value), obj, value);
    }
    if (user_hook) {
      TypeAttr h;
      FindTypeAttr(vm, TypeOf(attr.value), vm.Intern(hook), &h);
      Value bound = BindTypeAttr(vm, h, attr.value, TypeOf(attr.value));
      if (bound.is_null()) return -1;
      RootScope roots(vm);
      roots.Add(&bound);
      Value r = value.is_null() ? vm.Call1(bound, obj) : vm.Call2(bound, obj, value);
      return r.is_null() ? -1 : 0;
    }
    if (!attr.value.is_null() && IsDataDescriptor(vm, attr)) {
      // A data descriptor without the other hook: CPython's slot_tp_descr_set
      // fails to find the method and raises AttributeError('__delete__').
      vm.Raise(&kAttributeErrorType, hook);
      return -1;
    }
    if (attr.method != nullptr && attr.method->kind == MethodKind::kGetter) {
      if (attr.owner == &kObjectType && name->view() == "__class__") {
        return ObjectSetClass(vm, obj, value);
      }
      if (IsException(obj)) {
        int r = ExceptionSetMember(vm, obj, name->view(), value);
        if (r <= 0) return r;
      }
      vm.RaiseFormat(&kAttributeErrorType, "attribute '%s' of '%s' objects is not writable",
                     std::string(name->view()), attr.owner->name);
      return -1;
    }
  }
  DictObject** slot = InstanceDictSlot(obj);
  if (slot == nullptr) {
    // CPython's _PyObject_GenericSetAttrWithDict without an instance dict.
    if (on_type) {
      vm.RaiseFormat(&kAttributeErrorType, "'%s' object attribute '%s' is read-only", t->name,
                     std::string(name->view()));
    } else {
      vm.RaiseFormat(&kAttributeErrorType, "'%s' object has no attribute '%s'", t->name,
                     std::string(name->view()));
    }
    return -1;
  }
  if (name->view() == "__dict__") return AssignInstanceDict(vm, slot, value);
  return SetInDictSlot(vm, slot, obj, name, value);
}

int SetInDictSlot(Interp& vm, DictObject** slot, Value obj, StrObject* name, Value value) {
  if (value.is_null()) {
    if (*slot != nullptr) {
      int r = DictDel(vm, *slot, Value::FromObject(name));
      if (r < 0) return -1;
      if (r > 0) return 0;
    }
    vm.RaiseFormat(&kAttributeErrorType, "'%s' object has no attribute '%s'", TypeOf(obj)->name,
                   std::string(name->view()));
    return -1;
  }
  if (*slot == nullptr) {
    *slot = NewDict(vm);
    if (*slot == nullptr) return -1;
  }
  return DictSet(vm, *slot, Value::FromObject(name), value);
}

// __slots__ names are mangled like private attribute names (_Py_Mangle).
std::string MangledSlotName(std::string_view class_name, std::string_view name) {
  if (name.size() < 3 || name.substr(0, 2) != "__" || name.substr(name.size() - 2) == "__" ||
      name.find('.') != std::string_view::npos) {
    return std::string(name);
  }
  size_t start = class_name.find_first_not_of('_');
  if (start == std::string_view::npos) return std::string(name);
  return StrCat("_", class_name.substr(start), name);
}

namespace {

Value CallHook(Interp& vm, const TypeAttr& hook, Value obj, const Value* args, size_t n) {
  Value bound = BindTypeAttr(vm, hook, obj, TypeOf(obj));
  if (bound.is_null()) return bound;
  RootScope roots(vm);
  roots.Add(&bound);
  return vm.Call(bound, CallArgs{args, n, nullptr});
}

// The getattr slot of user classes: __getattribute__ if the class defines
// one, else the generic lookup; then __getattr__ on AttributeError.
Value ClassInstanceGetAttr(Interp& vm, Value obj, StrObject* name) {
  TypeObject* t = TypeOf(obj);
  uint32_t hooks = AsClass(t)->hooks;
  if ((hooks & (kClassHookGetAttribute | kClassHookGetAttr)) == 0) {
    return InstanceGenericGetAttr(vm, obj, name);
  }
  TypeAttr hook;
  Value v;
  Value name_value = Value::FromObject(name);
  if ((hooks & kClassHookGetAttribute) != 0 && UserHook(vm, t, "__getattribute__", &hook)) {
    v = CallHook(vm, hook, obj, &name_value, 1);
  } else {
    v = InstanceGenericGetAttr(vm, obj, name);
  }
  if (!v.is_null()) return v;
  if (vm.HasException() && !vm.ExceptionMatches(&kAttributeErrorType)) return v;
  TypeAttr getattr_hook;
  if ((hooks & kClassHookGetAttr) == 0 || !UserHook(vm, t, "__getattr__", &getattr_hook)) return v;
  vm.ClearException();
  return CallHook(vm, getattr_hook, obj, &name_value, 1);
}

// The getattr of a class deriving from types.GenericAlias, which inherits
// the alias's (CPython's ga_getattro): a name the alias does not answer
// itself is the origin's, unless the class hooks attribute access.
Value AliasInstanceGetAttr(Interp& vm, Value obj, StrObject* name) {
  if (AsClass(TypeOf(obj))->hooks == 0 && !IsAliasOwnAttr(name->view())) {
    return GetAttr(vm, As<GenericAliasObject>(obj)->origin, name);
  }
  return ClassInstanceGetAttr(vm, obj, name);
}

int ClassInstanceSetAttr(Interp& vm, Value obj, StrObject* name, Value value) {
  uint32_t want = value.is_null() ? kClassHookDelAttr : kClassHookSetAttr;
  TypeAttr hook;
  if ((AsClass(TypeOf(obj))->hooks & want) != 0 && UserHook(vm, TypeOf(obj), value.is_null() ? "__delattr__" : "__setattr__", &hook)) {
    Value args[2] = {Value::FromObject(name), value};
    Value r = CallHook(vm, hook, obj, args, value.is_null() ? 1 : 2);
    return r.is_null() ? -1 : 0;
  }
  return InstanceGenericSetAttr(vm, obj, name, value);
}

void ClassInstanceTrace(Object* o, GcTracer& t) {
  ClassObject* c = AsClass(o->type);
  for (TypeObject* s = c->solid_base; s != nullptr; s = s->base) {
    if (s->trace != nullptr) {
      s->trace(o, t);
      break;
    }
  }
  if (DictObject** dict = InstanceDictSlot(Value::FromObject(o))) t.VisitPtr(*dict);
  for (TypeObject* k = c; IsUserClass(k); k = k->base) {
    const ClassObject* ck = AsClass(k);
    const Value* slots =
        reinterpret_cast<const Value*>(reinterpret_cast<const char*>(o) + ck->slots_offset);
    for (uint32_t i = 0; i < ck->nslots; ++i) t.Visit(slots[i]);
  }
}

void ClassInstanceFinalize(Heap& heap, Object* o) {
  ClassObject* c = AsClass(o->type);
  for (TypeObject* s = c->solid_base; s != nullptr; s = s->base) {
    if (s->finalize != nullptr) {
      s->finalize(heap, o);
      break;
    }
  }
}

// Calling a user class: __new__ then, for an instance of the class,
// __init__ (CPython type_call).
Value ClassConstruct(Interp& vm, Value callable, CallArgs args) {
  // _PyObject_MakeTpCall: a step of the recursion limit while the class's
  // __new__ and __init__ run.
  RecursiveCallGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::Null();
  TypeObject* cls = As<TypeObject>(callable);
  TypeAttr new_attr;
  FindTypeAttr(vm, cls, DunderName(vm, kNewSlotDef), &new_attr);
  Value obj;
  if (new_attr.slot != nullptr) {
    obj = new_attr.owner->new_instance(vm, cls, args);
  } else {
    Value fn = BindTypeAttr(vm, new_attr, Value::Null(), cls);
    if (fn.is_null()) return fn;
    RootScope roots(vm);
    roots.Add(&fn);
    // __new__(cls, *args); a short argument list stays off the heap.
    size_t total = args.nargs + args.nkwargs();
    absl::InlinedVector<Value, 8> buf(total + 1);
    buf[0] = callable;
    for (size_t i = 0; i < total; ++i) buf[i + 1] = args.args[i];
    for (Value& v : buf) roots.Add(&v);
    obj = vm.Call(fn, CallArgs{buf.data(), args.nargs + 1, args.kwnames});
  }
  if (obj.is_null() || !IsSubtype(TypeOf(obj), cls)) return obj;
  RootScope roots(vm);
  roots.Add(&obj);
  // The init slot of the object's class: a user __init__ (ClassInit checks
  // it returns None) or the built-in base's.
  InitFn init = nullptr;
  for (TypeObject* t = TypeOf(obj); t != nullptr && init == nullptr; t = t->base) init = t->init;
  if (init != nullptr && init(vm, obj, args) < 0) return Value::Null();
  return obj;
}

void ClassObjectTrace(Object* o, GcTracer& t) {
  // Only user classes are traced: built-in types are static.
  ClassObject* c = static_cast<ClassObject*>(o);
  t.VisitPtr(c->name_str);
  t.VisitPtr(c->qualname);
  t.Visit(c->module);
  t.Visit(c->doc);
  t.VisitPtr(c->bases);
  t.VisitPtr(c->mro);
  t.VisitPtr(c->dict);
  t.VisitPtr(c->private_scope);
}

// ---------------------------------------------------------------------------
// Attributes of type objects (both built-in types and user classes)
// ---------------------------------------------------------------------------

namespace {

// A stand-in's namespace as the running code may see it: the namespace
// itself for its own module, else a copy without its private names (the
// class is sealed, so the copy stays true). Null with MemoryError.
DictObject* VisibleStandInNamespace(Interp& vm, ClassObject* c) {
  const Frame* frame = vm.current_frame();
  if (c->private_scope == nullptr || frame == nullptr || frame->globals == c->private_scope) {
    return c->dict;
  }
  DictObject* copy = NewDict(vm);
  if (copy == nullptr) return nullptr;
  Value copy_value = Value::FromObject(copy);
  RootScope roots(vm);
  roots.Add(&copy_value);
  size_t pos = 0;
  Value key, value;
  while (DictNext(c->dict, &pos, &key, &value)) {
    if (IsStr(key) && !PrivateNameVisible(vm, c, As<StrObject>(key))) continue;
    if (DictSet(vm, copy, key, value) < 0) return nullptr;
  }
  return copy;
}

}  // namespace

Value TypeGetAttr(Interp& vm, Value self, StrObject* name) {
  TypeObject* t = As<TypeObject>(self);
  std::string_view n = name->view();
  bool user = IsUserClass(t);
  // CPython type_getattro: an attribute a metaclass defines is a data
  // descriptor that wins over the class's own, or a fallback bound to the
  // class. Only the metaclass's Python-level attributes take part: type's
  // built-in ones are the special names below.
  TypeObject* meta = TypeOf(self);
  TypeAttr meta_attr;
  bool meta_found = false;
  if (IsMetaclass(meta)) {
    meta_found = FindTypeAttr(vm, meta, name, &meta_attr) && !meta_attr.value.is_null();
    if (meta_found && IsDataDescriptor(vm, meta_attr)) return BindTypeAttr(vm, meta_attr, self, meta);
  }
  // type's own data descriptors come first (CPython type_getattro).
  // A built-in type of a module is named "module.name", as CPython's
  // tp_name: __name__ is the part after the last dot, __module__ the part
  // before it ("builtins" when there is none).
  std::string_view static_name = t->name;
  size_t dot = static_name.rfind('.');
  std::string_view static_short =
      dot == std::string_view::npos ? static_name : static_name.substr(dot + 1);
  if (n == "__name__" || n == "__qualname__") {
    if (!user) return NewStrValue(vm, static_short);
    return Value::FromObject(n == "__name__" ? AsClass(t)->name_str : AsClass(t)->qualname);
  }
  if (n == "__module__") {
    if (user) return AsClass(t)->module;
    return NewStrValue(vm, dot == std::string_view::npos ? "builtins" : static_name.substr(0, dot));
  }
  if (n == "__class__") return Value::FromObject(TypeOf(self));
  if (n == "__doc__" && !user) return Value::None();
  if (n == "__dict__") {
    // A read-only view of the class's own namespace. Built-in types keep
    // theirs refused (their tables are shared by every interpreter), also
    // those whose instances have a `__dict__` getter (`function`), which
    // the lookup below would hand out in place of the namespace.
    if (!user) return Value::Null();
    DictObject* ns = AsClass(t)->dict;
    if ((t->type_flags & kTypeCTypeStandIn) != 0) {
      ns = VisibleStandInNamespace(vm, AsClass(t));
      if (ns == nullptr) return Value::Null();
    }
    MappingProxyObject* proxy = NewMappingProxy(vm, ns);
    return proxy != nullptr ? Value::FromObject(proxy) : Value::Null();
  }
  if (n == "__annotations__") {
    // type_get_annotations: the class's own, never a base's; a class
    // without annotations gets an empty dict, kept in its namespace.
    if (!user) {
      return vm.RaiseFormat(&kAttributeErrorType,
                            "type object '%s' has no attribute '__annotations__'", t->name);
    }
    ClassObject* c = AsClass(t);
    Value own = DictGetStr(vm, c->dict, name);
    if (!own.is_null() || vm.HasException()) return own;
    DictObject* fresh = NewDict(vm);
    if (fresh == nullptr) return Value::Null();
    Value v = Value::FromObject(fresh);
    if (DictSet(vm, c->dict, Value::FromObject(name), v) < 0) return Value::Null();
    return v;
  }
  // type's data descriptors of the class graph, which the sandbox
  // withholds, still win over a class-body binding of the same name
  // (CPython reads the real MRO, never `__mro__ = ...` from the body).
  if (n == "__mro__" || n == "__bases__" || n == "__base__") return Value::Null();
  TypeAttr attr;
  Value v = Value::Null();
  if (FindTypeAttr(vm, t, name, &attr)) {
    v = BindTypeAttr(vm, attr, Value::Null(), t);
  } else if (meta_found) {
    v = BindTypeAttr(vm, meta_attr, self, meta);
  } else if (n == "__call__" && FindTypeAttr(vm, &kTypeType, name, &meta_attr)) {
    // type's __call__ bound to the class (`hasattr(C, "__call__")`,
    // `C.__call__(...)`): calling it is calling the class.
    v = BindTypeAttr(vm, meta_attr, self, &kTypeType);
  }
  if (!v.is_null() || !IsMetaclass(meta)) return v;
  // slot_tp_getattr_hook on the metaclass: its __getattr__ (enum's
  // EnumType) answers a lookup that failed with AttributeError, dunders
  // included. Not for the class-graph names and dunders the sandbox
  // withholds, whose refusal (AttributeErrorFor in vm/ops.cc) must reach
  // the script.
  if (vm.HasException() && !vm.ExceptionMatches(&kAttributeErrorType)) return v;
  if (MaybeWithheldAttribute(self, n)) return v;
  TypeAttr getattr_hook;
  if (!UserHook(vm, meta, "__getattr__", &getattr_hook)) return v;
  vm.ClearException();
  Value name_value = Value::FromObject(name);
  return CallHook(vm, getattr_hook, self, &name_value, 1);
}

int TypeSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  TypeObject* t = As<TypeObject>(self);
  std::string_view n = name->view();
  if (!IsUserClass(t) || (t->type_flags & kTypeSealed) != 0) {
    vm.RaiseFormat(&kTypeErrorType, "cannot set '%s' attribute of immutable type '%s'",
                   std::string(n), t->name);
    return -1;
  }
  ClassObject* c = AsClass(t);
  // type's own data attributes: CPython never stores them in the class
  // namespace, where moat's lookup would later read the stored value back
  // as though the class graph had changed.
  if (n == "__mro__" || n == "__base__") {
    vm.Raise(&kAttributeErrorType, "readonly attribute");
    return -1;
  }
  if (n == "__bases__") {
    vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
    return -1;
  }
  if (n == "__dict__") {
    vm.Raise(&kAttributeErrorType, "attribute '__dict__' of 'type' objects is not writable");
    return -1;
  }
  if (n == "__class__") {
    vm.Raise(&kTypeErrorType, value.is_null()
                                  ? "can't delete __class__ attribute"
                                  : "__class__ assignment only supported for mutable types or "
                                    "ModuleType subclasses");
    return -1;
  }
  // CPython's check_set_special_type_attr: these are replaced, never deleted.
  if (value.is_null() &&
      (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__")) {
    vm.RaiseFormat(&kTypeErrorType, "cannot delete '%s' attribute of immutable type '%s'",
                   std::string(n), t->name);
    return -1;
  }
  if (n == "__name__" || n == "__qualname__") {
    if (!IsStr(value)) {
      vm.RaiseFormat(&kTypeErrorType, "can only assign string to %s.%s, not '%s'", t->name,
                     std::string(n), std::string(value.is_null() ? "NoneType" : TypeName(value)));
      return -1;
    }
    if (n == "__name__") {
      c->name_str = As<StrObject>(value);
      c->name = c->name_str->data;
    } else {
      c->qualname = As<StrObject>(value);
    }
    return 0;
  }
  if (n == "__module__") c->module = value;
  if (n == "__abstractmethods__") {
    // CPython's type_set_abstractmethods: a non-empty set makes the class
    // abstract (object.__new__ checks the flag).
    int abstract = value.is_null() ? 0 : IsTrue(vm, value);
    if (abstract < 0) return -1;
    c->type_flags = abstract ? (c->type_flags | kTypeAbstract) : (c->type_flags & ~kTypeAbstract);
  }
  if (value.is_null()) {
    int r = DictDel(vm, c->dict, Value::FromObject(name));
    if (r < 0) return -1;
    if (r == 0) {
      // type's own setters for these two name only the attribute.
      if (n == "__abstractmethods__" || n == "__annotations__") {
        vm.Raise(&kAttributeErrorType, std::string(n));
      } else {
        vm.RaiseFormat(&kAttributeErrorType, "type object '%s' has no attribute '%s'", t->name,
                       std::string(n));
      }
      return -1;
    }
  } else if (DictSet(vm, c->dict, Value::FromObject(name), value) < 0) {
    return -1;
  }
  // A dunder set after creation changes the slots of the class and of its
  // subclasses.
  if (IsDunderName(n) && !RefillClassSlots(vm, c)) return -1;
  return 0;
}

Value TypeRepr(Interp& vm, Value self) {
  return NewStrValue(vm, StrCat("<class '", TypeQualifiedName(As<TypeObject>(self)), "'>"));
}

// The name argument of __setattr__ (`nargs` 2), __delattr__ or
// __getattribute__ (1), checked and interned; nullptr with TypeError pending.
StrObject* AttrMethodName(Interp& vm, CallArgs args, const char* method, size_t nargs) {
  if (nargs == 1) {
    if (!CheckMethodOneArg(vm, args, method)) return nullptr;
  } else {
    if (!CheckNoKeywords(vm, args, method)) return nullptr;
    if (args.nargs != nargs) {
      vm.RaiseFormat(&kTypeErrorType, "expected %d arguments, got %d", nargs, args.nargs);
      return nullptr;
    }
  }
  if (!IsStr(args.args[0])) {
    vm.RaiseFormat(&kTypeErrorType, "attribute name must be string, not '%s'",
                   std::string(TypeName(args.args[0])));
    return nullptr;
  }
  return vm.Intern(As<StrObject>(args.args[0])->view());
}

// type.__setattr__ / type.__delattr__ (a metaclass's super() reaches them).
Value TypeSetAttrMethod(Interp& vm, Value self, CallArgs args) {
  StrObject* name = AttrMethodName(vm, args, "__setattr__", 2);
  if (name == nullptr) return Value::Null();
  return TypeSetAttr(vm, self, name, args.args[1]) < 0 ? Value::Null() : Value::None();
}

Value TypeDelAttrMethod(Interp& vm, Value self, CallArgs args) {
  StrObject* name = AttrMethodName(vm, args, "__delattr__", 1);
  if (name == nullptr) return Value::Null();
  return TypeSetAttr(vm, self, name, Value::Null()) < 0 ? Value::Null() : Value::None();
}

// type.__instancecheck__ / type.__subclasscheck__: the plain checks,
// without a metaclass's hooks (abc.ABCMeta's fall back on them).
Value TypeInstanceCheckMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "__instancecheck__")) return Value::Null();
  return Value::Bool(IsInstance(args.args[0], As<TypeObject>(self)));
}

Value TypeSubclassCheckMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "__subclasscheck__")) return Value::Null();
  if (!IsType(args.args[0])) return vm.RaiseTypeError("issubclass() arg 1 must be a class");
  return Value::Bool(IsSubtype(As<TypeObject>(args.args[0]), As<TypeObject>(self)));
}

// type.__call__ (the slot wrapper of type_call): `C.__call__(*a)` is
// `C(*a)`.
Value TypeCallMethod(Interp& vm, Value self, CallArgs args) { return vm.Call(self, args); }

const MethodDef kTypeMethods[] = {
    {"__call__", TypeCallMethod},
    {"__setattr__", TypeSetAttrMethod},
    {"__delattr__", TypeDelAttrMethod},
    {"__instancecheck__", TypeInstanceCheckMethod},
    {"__subclasscheck__", TypeSubclassCheckMethod},
    {"__dir__", TypeDirMethod},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------------------
// object.__new__ / object.__init__ (CPython object_new, object_init)
// ---------------------------------------------------------------------------

bool ResolvesToObjectSlot(Interp& vm, TypeObject* t, const SlotDef& def) {
  TypeAttr a;
  return FindTypeAttr(vm, t, DunderName(vm, def), &a) && a.slot != nullptr &&
         a.owner == &kObjectType;
}

int ObjectInit(Interp& vm, Value self, CallArgs args);

// CPython object_new's refusal of a class with abstract methods: their
// names sorted, from the class's __abstractmethods__.
Value RaiseAbstractInstantiation(Interp& vm, TypeObject* cls) {
  Value methods = DictGetStr(vm, AsClass(cls)->dict, vm.Intern("__abstractmethods__"));
  if (methods.is_null()) {
    if (vm.HasException()) return Value::Null();
    return vm.RaiseFormat(&kAttributeErrorType, "__abstractmethods__");
  }
  RootScope roots(vm);
  ListObject* names = ListFromIterable(vm, methods);
  if (names == nullptr) return Value::Null();
  Value names_value = Value::FromObject(names);
  roots.Add(&names_value);
  if (!ListSort(vm, names, Value::Null(), false)) return Value::Null();
  std::string joined;
  for (size_t i = 0; i < names->size; ++i) {
    if (!IsStr(names->items[i])) {
      return vm.RaiseFormat(&kTypeErrorType, "sequence item %d: expected str instance, %s found",
                            i, std::string(TypeName(names->items[i])));
    }
    StrAppend(&joined, i ? ", " : "", As<StrObject>(names->items[i])->view());
  }
  return vm.RaiseFormat(&kTypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s",
                        cls->name, names->size > 1 ? "s" : "", joined);
}

// object.__new__ once its arguments are accepted: abstract classes refused.
Value AllocatePlainInstance(Interp& vm, TypeObject* subtype) {
  if ((subtype->type_flags & kTypeAbstract) != 0) return RaiseAbstractInstantiation(vm, subtype);
  Object* o = NewInstance<Object>(vm, subtype);
  return o ? Value::FromObject(o) : Value::Null();
}

Value ObjectNew(Interp& vm, TypeObject* subtype, CallArgs args) {
  if (args.nargs != 0 || args.nkwargs() != 0) {
    if (!ResolvesToObjectSlot(vm, subtype, kNewSlotDef)) {
      return vm.RaiseTypeError(
          "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (subtype->init == ObjectInit) {
      // tp_name: a class's bare __name__, as CPython's object_new words it.
      return vm.RaiseFormat(&kTypeErrorType, "%s() takes no arguments", subtype->name);
    }
  }
  return AllocatePlainInstance(vm, subtype);
}

int ObjectInit(Interp& vm, Value self, CallArgs args) {
  if (args.nargs != 0 || args.nkwargs() != 0) {
    TypeObject* t = TypeOf(self);
    if (!ResolvesToObjectSlot(vm, t, kInitSlotDef)) {
      vm.RaiseTypeError(
          "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (ResolvesToObjectSlot(vm, t, kNewSlotDef)) {
      vm.RaiseFormat(&kTypeErrorType,
                     "%s.__init__() takes exactly one argument (the instance to initialize)",
                     t->name);
      return -1;
    }
  }
  return 0;
}

Value ObjectConstruct(Interp& vm, Value callable, CallArgs args) {
  return ObjectNew(vm, As<TypeObject>(callable), args);
}

// CPython's hackcheck: object's __setattr__ and __delattr__ do not apply to
// classes, whose attributes type's own methods set.
Value RefuseObjectHookOnType(Interp& vm, Value cls, const char* method) {
  return vm.RaiseFormat(&kTypeErrorType, "can't apply this %s to %s object", method,
                        TypeOf(cls)->name);
}

Value ObjectSetAttrMethod(Interp& vm, Value self, CallArgs args) {
  StrObject* name = AttrMethodName(vm, args, "__setattr__", 2);
  if (name == nullptr) return Value::Null();
  if (IsType(self)) return RefuseObjectHookOnType(vm, self, "__setattr__");
  int r = IsUserClass(TypeOf(self)) ? InstanceGenericSetAttr(vm, self, name, args.args[1])
                                 : SetAttr(vm, self, name, args.args[1]);
  return r < 0 ? Value::Null() : Value::None();
}

Value ObjectDelAttrMethod(Interp& vm, Value self, CallArgs args) {
  StrObject* name = AttrMethodName(vm, args, "__delattr__", 1);
  if (name == nullptr) return Value::Null();
  if (IsType(self)) return RefuseObjectHookOnType(vm, self, "__delattr__");
  int r = IsUserClass(TypeOf(self)) ? InstanceGenericSetAttr(vm, self, name, Value::Null())
                                 : SetAttr(vm, self, name, Value::Null());
  return r < 0 ? Value::Null() : Value::None();
}

Value ObjectGetAttributeMethod(Interp& vm, Value self, CallArgs args) {
  StrObject* name = AttrMethodName(vm, args, "__getattribute__", 1);
  if (name == nullptr) return Value::Null();
  if (!IsUserClass(TypeOf(self))) return GetAttr(vm, self, name);
  Value v = InstanceGenericGetAttr(vm, self, name);
  if (v.is_null() && !vm.HasException()) {
    vm.RaiseFormat(&kAttributeErrorType, "'%s' object has no attribute '%s'",
                   TypeOf(self)->name, std::string(name->view()));
    // The error's name and obj, as PyObject_GenericGetAttr sets them.
    SetAttributeErrorContext(vm, self, name);
  }
  return v;
}

// ---------------------------------------------------------------------------
// Class creation
// ---------------------------------------------------------------------------

// The MRO of `t` as a list of types.
std::vector<TypeObject*> MroOf(TypeObject* t) {
  std::vector<TypeObject*> out;
  ForEachInMro(t, [&](TypeObject* c) {
    out.push_back(c);
    return false;
  });
  return out;
}

// The number of classes on the MRO of `t`.
size_t MroLength(TypeObject* t) {
  if (IsUserClass(t)) return AsClass(t)->mro->size;
  size_t n = 0;
  for (; t != nullptr; t = t->base) ++n;
  return n;
}

// C3 linearization (CPython mro_implementation). False with TypeError, or
// with the instruction limit's error: the work grows with the length of the
// bases' MROs, which a chain of classes makes as long as memory allows.
bool ComputeMro(Interp& vm, TypeObject* cls, const std::vector<TypeObject*>& bases,
                std::vector<TypeObject*>* out) {
  size_t total = bases.size();
  for (TypeObject* b : bases) total += MroLength(b);
  if (!vm.ChargeItems(total)) return false;
  out->push_back(cls);
  if (bases.size() == 1) {
    // A single base (CPython's fast path): its MRO, after the class.
    ForEachInMro(bases[0], [&](TypeObject* c) {
      out->push_back(c);
      return false;
    });
    return true;
  }
  std::vector<std::vector<TypeObject*>> seqs;
  for (TypeObject* b : bases) seqs.push_back(MroOf(b));
  seqs.push_back(bases);
  std::vector<size_t> heads(seqs.size(), 0);
  for (;;) {
    // Each step may scan every sequence's tail.
    if (!vm.ChargeItems(total)) return false;
    bool any_left = false;
    TypeObject* candidate = nullptr;
    for (size_t i = 0; i < seqs.size() && candidate == nullptr; ++i) {
      if (heads[i] >= seqs[i].size()) continue;
      any_left = true;
      TypeObject* head = seqs[i][heads[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; ++j) {
        for (size_t k = heads[j] + 1; k < seqs[j].size(); ++k) {
          if (seqs[j][k] == head) {
            in_tail = true;
            break;
          }
        }
      }
      if (!in_tail) candidate = head;
    }
    if (!any_left) return true;
    if (candidate == nullptr) {
      // CPython's set_mro_error: the distinct heads of the sequences left.
      std::vector<TypeObject*> blocked;
      for (size_t i = 0; i < seqs.size(); ++i) {
        if (heads[i] >= seqs[i].size()) continue;
        TypeObject* head = seqs[i][heads[i]];
        if (std::find(blocked.begin(), blocked.end(), head) == blocked.end()) {
          blocked.push_back(head);
        }
      }
      std::string names;
      for (size_t i = 0; i < blocked.size(); ++i) {
        StrAppend(&names, i ? ", " : "", blocked[i]->name);
      }
      vm.RaiseFormat(&kTypeErrorType,
                     "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                     names);
      return false;
    }
    out->push_back(candidate);
    for (size_t i = 0; i < seqs.size(); ++i) {
      if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) ++heads[i];
    }
  }
}

// The built-in type whose instance layout `t`'s instances have.
TypeObject* SolidBase(TypeObject* t) {
  if (IsUserClass(t)) return AsClass(t)->solid_base;
  while (t->base != nullptr && t->base->basic_size == t->basic_size) t = t->base;
  return t;
}

// The class that fixes an instance's layout: the nearest class on the base
// chain whose __slots__ added fields, or the built-in solid base.
TypeObject* LayoutBase(TypeObject* t) {
  if (IsUserClass(t)) return AsClass(t)->layout_base;
  return SolidBase(t);
}

bool IsIdentifierText(std::string_view v) {
  if (v.empty()) return false;
  size_t pos = 0;
  if (!UnicodeIsIdStart(DecodeUtf8(v, &pos))) return false;
  while (pos < v.size()) {
    if (!UnicodeIsIdContinue(DecodeUtf8(v, &pos))) return false;
  }
  return true;
}

// Lays out `slots` (the class body's __slots__) after the instance fields
// `cls` inherited and stores a member descriptor for each in `ns`
// (CPython type_new's slot handling). *adds_dict / *adds_weakref are set
// when '__dict__' / '__weakref__' are among them; `may_add_weakref` is false
// when the best base refuses the latter.
bool SetUpSlots(Interp& vm, ClassObject* cls, DictObject* ns, Value slots, bool base_has_dict,
                bool may_add_weakref, bool* adds_dict, bool* adds_weakref) {
  *adds_dict = false;
  *adds_weakref = false;
  Value names = slots;
  if (!IsStr(slots)) {
    ListObject* list = ListFromIterable(vm, slots);
    if (list == nullptr) return false;
    names = Value::FromObject(list);
  }
  RootScope roots(vm);
  roots.Add(&names);
  const Value* items = IsStr(names) ? &names : As<ListObject>(names)->items;
  size_t count = IsStr(names) ? 1 : As<ListObject>(names)->size;
  // Types whose items are inline (CPython's tp_itemsize) take no slot at
  // all, checked before the names are.
  TypeObject* solid = cls->solid_base;
  if (count > 0 && (IsSubtype(solid, &kIntType) || IsSubtype(solid, &kTupleType) ||
                    IsSubtype(solid, &kBytesType))) {
    vm.RaiseFormat(&kTypeErrorType, "nonempty __slots__ not supported for subtype of '%s'",
                   solid->name);
    return false;
  }
  std::vector<StrObject*> fields;
  for (size_t i = 0; i < count; ++i) {
    Value item = items[i];
    if (!IsStr(item)) {
      vm.RaiseFormat(&kTypeErrorType, "__slots__ items must be strings, not '%s'",
                     std::string(TypeName(item)));
      return false;
    }
    std::string_view text = As<StrObject>(item)->view();
    if (!IsIdentifierText(text)) {
      vm.RaiseTypeError("__slots__ must be identifiers");
      return false;
    }
    if (text == "__dict__") {
      if (base_has_dict || *adds_dict) {
        vm.RaiseTypeError("__dict__ slot disallowed: we already got one");
        return false;
      }
      *adds_dict = true;
      continue;
    }
    if (text == "__weakref__") {
      if (!may_add_weakref || *adds_weakref) {
        vm.RaiseTypeError(
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        return false;
      }
      *adds_weakref = true;
      continue;
    }
    StrObject* name = vm.Intern(MangledSlotName(cls->name_str->view(), text));
    if (name == nullptr) return false;
    if (!DictGetStr(vm, ns, name).is_null()) {
      vm.RaiseFormat(&kValueErrorType, "'%s' in __slots__ conflicts with class variable",
                     std::string(name->view()));
      return false;
    }
    fields.push_back(name);
  }
  if (fields.empty()) return true;
  // moat also refuses fields on str, whose characters are inline too.
  if (cls->dict_offset == 0) {
    vm.RaiseFormat(&kTypeErrorType, "nonempty __slots__ not supported for subtype of '%s'",
                   cls->solid_base->name);
    return false;
  }
  cls->slots_offset = (cls->basic_size + 7u) & ~7u;
  cls->nslots = static_cast<uint32_t>(fields.size());
  cls->basic_size = cls->slots_offset + cls->nslots * static_cast<uint32_t>(sizeof(Value));
  for (uint32_t i = 0; i < cls->nslots; ++i) {
    MemberDescriptorObject* m =
        NewMemberDescriptor(vm, fields[i], cls, cls->slots_offset + i * sizeof(Value));
    if (m == nullptr) return false;
    if (DictSet(vm, ns, Value::FromObject(fields[i]), Value::FromObject(m)) < 0) return false;
  }
  return true;
}

// Wraps plain functions stored under names CPython makes implicit
// static/class methods.
bool WrapImplicit(Interp& vm, DictObject* ns, const char* name, TypeObject* wrapper) {
  StrObject* key = vm.Intern(name);
  Value v = DictGetStr(vm, ns, key);
  if (!HasType(v, &kFunctionType)) return true;
  FunctionWrapperObject* w = vm.New<FunctionWrapperObject>(wrapper);
  if (w == nullptr) return false;
  w->callable = v;
  return DictSet(vm, ns, Value::FromObject(key), Value::FromObject(w)) >= 0;
}

// __set_name__ on the new class's attributes, then the parent's
// __init_subclass__ (CPython type_new_set_names, type_new_init_subclass).
bool FinishClass(Interp& vm, ClassObject* cls, DictObject* kwargs) {
  RootScope roots(vm);
  Value key, value;
  size_t pos = 0;
  std::vector<std::pair<Value, Value>> items;
  while (DictNext(cls->dict, &pos, &key, &value)) items.emplace_back(key, value);
  for (auto& [k, v] : items) {
    roots.Add(&k);
    roots.Add(&v);
  }
  for (auto& [k, v] : items) {
    TypeAttr hook;
    bool user_hook = IsUserClass(TypeOf(v)) && UserHook(vm, TypeOf(v), "__set_name__", &hook);
    if (!user_hook && IsPropertyValue(v)) {
      // property.__set_name__, also for a subclass that does not override it.
      PropertyObject* p = As<PropertyObject>(v);
      if (p->name == nullptr && IsStr(k)) p->name = As<StrObject>(k);
      continue;
    }
    if (!user_hook) continue;
    Value args[2] = {Value::FromObject(cls), k};
    if (CallHook(vm, hook, v, args, 2).is_null()) {
      std::string key;
      Value saved = vm.TakeException();
      roots.Add(&saved);
      bool ok = AppendRepr(vm, k, &key);
      vm.SetException(saved);
      if (!ok) return false;
      RaiseFromCause(vm, &kRuntimeErrorType,
                     StrCat("Error calling __set_name__ on '", TypeOf(v)->name, "' instance ", key,
                            " in '", cls->name, "'"));
      return false;
    }
  }
  TypeAttr init_subclass;
  FindTypeAttr(vm, cls, vm.Intern("__init_subclass__"), &init_subclass, cls);
  Value bound = BindTypeAttr(vm, init_subclass, Value::Null(), cls);
  if (bound.is_null()) return false;
  roots.Add(&bound);
  // Keyword arguments of the class statement go to __init_subclass__.
  std::vector<Value> kw_values;
  std::vector<Value> kw_names;
  if (kwargs != nullptr) {
    pos = 0;
    while (DictNext(kwargs, &pos, &key, &value)) {
      kw_names.push_back(key);
      kw_values.push_back(value);
    }
  }
  TupleObject* names = NewTupleFrom(vm, kw_names.data(), kw_names.size());
  if (names == nullptr) return false;
  Value names_value = Value::FromObject(names);
  roots.Add(&names_value);
  Value r = vm.Call(bound, CallArgs{kw_values.data(), 0, kw_values.empty() ? nullptr : names});
  return !r.is_null();
}

}  // namespace

// PEP 560 (CPython's update_bases): a base that is not a type stands for
// the bases its __mro_entries__(original_bases) returns, so `list[int]` or a
// user object can appear in a class statement's bases. Fills *out with the
// resolved bases (rooted by the caller once filled).
bool ResolveMroEntries(Interp& vm, const Value* given, size_t count, std::vector<Value>* out) {
  out->assign(given, given + count);
  bool any = false;
  for (size_t i = 0; i < count; ++i) any = any || !IsType(given[i]);
  if (!any) return true;
  out->clear();
  TupleObject* original = NewTupleFrom(vm, given, count);
  if (original == nullptr) return false;
  RootScope roots(vm);
  Value original_value = Value::FromObject(original);
  roots.Add(&original_value);
  // Each base's entries tuple stays rooted while later bases run Python.
  std::vector<Value> held(count, Value::None());
  for (Value& h : held) roots.Add(&h);
  for (size_t i = 0; i < count; ++i) {
    Value b = original->items[i];
    if (IsType(b)) {
      out->push_back(b);
      continue;
    }
    Value entries;
    if (b.is_object() && b.object()->type == &kGenericAliasType) {
      // types.GenericAlias.__mro_entries__: the origin class. A subclass goes the general
      // way below, where its own __mro_entries__ (or the inherited one) is looked up.
      TupleObject* t = NewTupleFrom(vm, &As<GenericAliasObject>(b)->origin, 1);
      if (t == nullptr) return false;
      entries = Value::FromObject(t);
    } else {
      Value method = GetAttrOptional(vm, b, vm.Intern("__mro_entries__"));
      if (method.is_null()) {
        // Absent, as CPython's _PyObject_LookupAttr: an AttributeError too.
        if (vm.HasException()) {
          if (!vm.ExceptionMatches(&kAttributeErrorType)) return false;
          vm.ClearException();
        }
        out->push_back(b);  // refused below: "bases must be types"
        continue;
      }
      roots.Add(&method);
      entries = vm.Call1(method, original_value);
      if (entries.is_null()) return false;
      if (!IsTuple(entries)) {
        vm.RaiseTypeError("__mro_entries__ must return a tuple");
        return false;
      }
    }
    held[i] = entries;
    TupleObject* t = As<TupleObject>(entries);
    for (size_t j = 0; j < t->size; ++j) out->push_back(t->items[j]);
  }
  return true;
}

namespace {

// The bases of a new class, checked, and the ones its layout comes from.
struct ClassBases {
  std::vector<TypeObject*> types;
  TypeObject* best = nullptr;         // the base whose layout instances take
  TypeObject* best_layout = nullptr;  // LayoutBase(best)
  TypeObject* best_solid = nullptr;   // SolidBase(best)
};

// Bases: types that may be subclassed, without duplicates, with compatible
// layouts. Deriving from `type` or a metaclass defines a metaclass, which
// only code of moat's own modules may do (`origin`).
bool CheckBases(Interp& vm, const Value* given, size_t count, CodeOrigin origin,
                ClassBases* out) {
  for (size_t i = 0; i < count; ++i) {
    Value b = given[i];
    if (!IsType(b)) {
      vm.RaiseFormat(&kTypeErrorType, "bases must be types, not %s", std::string(TypeName(b)));
      return false;
    }
    TypeObject* bt = As<TypeObject>(b);
    if (bt == &kTypeType || IsMetaclass(bt)) {
      if (origin != CodeOrigin::kMoatModule) {
        vm.RaiseFormat(&kTypeErrorType,
                       "subclassing '%s' (defining a metaclass) is not available in the sandbox",
                       bt->name);
        return false;
      }
    } else if ((bt->type_flags & kTypeFinalStandIn) != 0) {
      vm.RaiseFormat(&kTypeErrorType, "type '%s' is not an acceptable base type", bt->name);
      return false;
    } else if (!IsUserClass(bt) &&
               ((bt->type_flags & kTypeBaseType) == 0 || bt->new_instance == nullptr)) {
      if ((bt->type_flags & kTypeBaseType) != 0) {
        vm.RaiseFormat(&kTypeErrorType, "subclassing '%s' is not available in the sandbox yet",
                       bt->name);
      } else {
        vm.RaiseFormat(&kTypeErrorType, "type '%s' is not an acceptable base type", bt->name);
      }
      return false;
    }
    for (TypeObject* seen : out->types) {
      if (seen == bt) {
        vm.RaiseFormat(&kTypeErrorType, "duplicate base class %s", bt->name);
        return false;
      }
    }
    out->types.push_back(bt);
  }
  if (out->types.empty()) out->types.push_back(&kObjectType);
  out->best = out->types[0];
  out->best_layout = LayoutBase(out->best);
  for (TypeObject* b : out->types) {
    TypeObject* layout = LayoutBase(b);
    // Of bases with the same layout the first wins, as in CPython's best_base.
    if (layout != out->best_layout && IsSubtype(layout, out->best_layout)) {
      out->best = b;
      out->best_layout = layout;
    } else if (!IsSubtype(out->best_layout, layout)) {
      vm.RaiseTypeError("multiple bases have instance lay-out conflict");
      return false;
    }
  }
  out->best_solid = SolidBase(out->best);
  return true;
}

// CPython's _PyType_CalculateMetaclass: the most derived of `meta` and the
// types of the bases, types or not (`class C(int, 5)` is a metaclass
// conflict of `type` and `int`), or TypeError when neither of two derives
// from the other.
TypeObject* CalculateMetaclass(Interp& vm, TypeObject* meta, const Value* bases, size_t count) {
  TypeObject* winner = meta;
  for (size_t i = 0; i < count; ++i) {
    TypeObject* t = TypeOf(bases[i]);
    if (IsSubtype(winner, t)) continue;
    if (IsSubtype(t, winner)) {
      winner = t;
      continue;
    }
    vm.RaiseTypeError(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
        "of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// The getattr slot of a metaclass's instances (classes): type's lookup,
// which consults the metaclass (TypeGetAttr).
Value MetaclassInstanceGetAttr(Interp& vm, Value cls, StrObject* name) {
  return TypeGetAttr(vm, cls, name);
}

// The setattr slot of a metaclass's instances: the metaclass's __setattr__
// or __delattr__ if it defines one, a property of the metaclass, else
// type's (the class namespace).
int MetaclassInstanceSetAttr(Interp& vm, Value cls, StrObject* name, Value value) {
  TypeObject* meta = TypeOf(cls);
  uint32_t want = value.is_null() ? kClassHookDelAttr : kClassHookSetAttr;
  TypeAttr hook;
  if ((AsClass(meta)->hooks & want) != 0 &&
      UserHook(vm, meta, value.is_null() ? "__delattr__" : "__setattr__", &hook)) {
    Value args[2] = {Value::FromObject(name), value};
    Value r = CallHook(vm, hook, cls, args, value.is_null() ? 1 : 2);
    return r.is_null() ? -1 : 0;
  }
  TypeAttr attr;
  if (FindTypeAttr(vm, meta, name, &attr) && HasType(attr.value, &kPropertyType)) {
    return PropertySet(vm, As<PropertyObject>(attr.value), cls, value);
  }
  return TypeSetAttr(vm, cls, name, value);
}

// Makes the class: CPython's type_new after the namespace is filled. `ns`
// becomes the class dict. `meta` is `type` or a metaclass.
Value CreateClass(Interp& vm, TypeObject* meta, StrObject* name, const ClassBases& bases,
                  DictObject* ns, DictObject* kwargs) {
  RootScope roots(vm);
  Value ns_value = Value::FromObject(ns);
  roots.Add(&ns_value);
  std::vector<TypeObject*> mro;
  ClassObject* cls = vm.New<ClassObject>(meta);
  if (cls == nullptr) return Value::Null();
  Value cls_value = Value::FromObject(cls);
  roots.Add(&cls_value);
  TypeObject* best = bases.best;
  TypeObject* best_solid = bases.best_solid;
  // Fields the collector traces must be valid before anything allocates.
  cls->name_str = name;
  cls->name = name->data;
  cls->qualname = name;
  cls->module = Value::None();
  cls->doc = Value::None();
  cls->dict = ns;
  ns->gc_flags |= kObjClassNamespace;
  cls->base = best;
  cls->solid_base = best_solid;
  if (!ComputeMro(vm, cls, bases.types, &mro)) return Value::Null();
  std::vector<Value> mro_values;
  for (TypeObject* t : mro) mro_values.push_back(Value::FromObject(t));
  cls->mro = NewTupleFrom(vm, mro_values.data(), mro_values.size());
  if (cls->mro == nullptr) return Value::Null();
  cls->builtin_base = &kObjectType;
  for (TypeObject* t : mro) {
    // `cls` itself is not flagged as a user class yet.
    if (t != cls && !IsUserClass(t)) {
      cls->builtin_base = t;
      break;
    }
  }
  std::vector<Value> base_values;
  for (TypeObject* t : bases.types) base_values.push_back(Value::FromObject(t));
  cls->bases = NewTupleFrom(vm, base_values.data(), base_values.size());
  if (cls->bases == nullptr) return Value::Null();

  bool metaclass = best_solid == &kTypeType;
  uint32_t inherited = 0;
  for (TypeObject* t : mro) inherited |= t != cls ? t->type_flags & kTypeException : 0;
  // The match flags of the first class along the MRO that has one (CPython's
  // inherit_patma_flags over the MRO): class M(UserDict, Sequence) maps.
  for (TypeObject* t : mro) {
    if (t != cls && (t->type_flags & (kTypeSequence | kTypeMapping)) != 0) {
      inherited |= t->type_flags & (kTypeSequence | kTypeMapping);
      break;
    }
  }
  cls->type_flags = kTypeHeapType | kTypeBaseType | inherited | (metaclass ? kTypeMetaclass : 0);
  if (IsUserClass(best)) {
    cls->dict_offset = AsClass(best)->dict_offset;
    cls->basic_size = best->basic_size;
  } else {
    uint32_t base_size = best_solid->basic_size;
    cls->dict_offset = (base_size + 7u) & ~7u;
    cls->basic_size = cls->dict_offset + sizeof(DictObject*);
    if ((best_solid->type_flags & kTypeVarSize) != 0) cls->dict_offset = 0;
  }
  // Which of the '__dict__' and '__weakref__' descriptors the class adds
  // (CPython's type_new_slots): both when the best base lacks them and
  // there are no __slots__; with __slots__, those it names, or those a
  // secondary base has.
  bool add_dict = !InstancesHaveDict(best);
  bool add_weakref = !InstancesHaveWeakrefSlot(best);
  Value slots = DictGetStr(vm, ns, vm.Intern("__slots__"));
  if (metaclass) {
    // Instances are classes: their attributes live in their namespace.
    cls->no_instance_dict = true;
  } else {
    // Instances keep an attribute dict unless every class on the way has
    // __slots__ without '__dict__'.
    bool base_has_dict = false;
    for (TypeObject* b : bases.types) {
      base_has_dict = base_has_dict || (IsUserClass(b) && !AsClass(b)->no_instance_dict);
    }
    if (slots.is_null()) {
      cls->no_instance_dict = false;
    } else {
      bool adds_dict = false;
      bool adds_weakref = false;
      if (!SetUpSlots(vm, cls, ns, slots, base_has_dict, add_weakref, &adds_dict,
                      &adds_weakref)) {
        return Value::Null();
      }
      cls->no_instance_dict = !base_has_dict && !adds_dict;
      bool other_dict = false;
      bool other_weakref = false;
      for (TypeObject* b : bases.types) {
        if (b == best) continue;
        other_dict = other_dict || InstancesHaveDict(b);
        other_weakref = other_weakref || (IsUserClass(b) && AsClass(b)->weakref_slot);
      }
      add_dict = add_dict && (adds_dict || other_dict);
      add_weakref = add_weakref && (adds_weakref || other_weakref);
    }
  }
  cls->weakref_slot = add_weakref || InstancesHaveWeakrefSlot(best);
  cls->layout_base = cls->nslots > 0 ? cls : bases.best_layout;

  // The namespace becomes the class dict (CPython type_new_set_attrs).
  StrObject* qualname_key = vm.Intern("__qualname__");
  Value qualname = DictGetStr(vm, ns, qualname_key);
  if (!qualname.is_null()) {
    if (!IsStr(qualname)) {
      return vm.RaiseFormat(&kTypeErrorType, "type __qualname__ must be a str, not %s",
                            std::string(TypeName(qualname)));
    }
    cls->qualname = As<StrObject>(qualname);
    if (DictDel(vm, ns, Value::FromObject(qualname_key)) < 0) return Value::Null();
  }
  StrObject* module_key = vm.Intern("__module__");
  Value module = DictGetStr(vm, ns, module_key);
  if (module.is_null() && vm.current_frame() != nullptr) {
    // CPython's type_new_set_module: the `__name__` of the calling code's
    // globals (a class statement's namespace always has __module__; this
    // is type.__new__ called directly, as ABCMeta.__new__ does).
    Value name = DictGetStr(vm, vm.current_frame()->globals, vm.Intern("__name__"));
    if (!name.is_null()) {
      if (DictSet(vm, ns, Value::FromObject(module_key), name) < 0) return Value::Null();
      module = name;
    }
  }
  if (!module.is_null()) cls->module = module;
  if ((add_dict && !AddInstanceGetSet(vm, cls, &kInstanceDictGetSet)) ||
      (add_weakref && !AddInstanceGetSet(vm, cls, &kInstanceWeakrefGetSet))) {
    return Value::Null();
  }
  StrObject* doc_key = vm.Intern("__doc__");
  Value doc = DictGetStr(vm, ns, doc_key);
  if (doc.is_null()) {
    if (DictSet(vm, ns, Value::FromObject(doc_key), Value::None()) < 0) return Value::Null();
  } else {
    cls->doc = doc;
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  StrObject* hash_key = vm.Intern("__hash__");
  if (!DictGetStr(vm, ns, vm.Intern("__eq__")).is_null() &&
      DictGetStr(vm, ns, hash_key).is_null()) {
    if (DictSet(vm, ns, Value::FromObject(hash_key), Value::None()) < 0) return Value::Null();
  }
  if (!WrapImplicit(vm, ns, "__new__", &kStaticMethodType) ||
      !WrapImplicit(vm, ns, "__init_subclass__", &kClassMethodType) ||
      !WrapImplicit(vm, ns, "__class_getitem__", &kClassMethodType)) {
    return Value::Null();
  }
  StrObject* classcell_key = vm.Intern("__classcell__");
  Value classcell = DictGetStr(vm, ns, classcell_key);
  if (!classcell.is_null()) {
    if (!HasType(classcell, &kCellType)) {
      // CPython formats the type's repr (%R); the plain type repr, without
      // running a metaclass __repr__ while the class is half made.
      return vm.RaiseFormat(&kTypeErrorType, "__classcell__ must be a nonlocal cell, not <class '%s'>",
                            TypeQualifiedName(TypeOf(classcell)));
    }
    As<CellObject>(classcell)->value = cls_value;
    if (DictDel(vm, ns, Value::FromObject(classcell_key)) < 0) return Value::Null();
  }

  cls->trace = ClassInstanceTrace;
  cls->finalize = ClassInstanceFinalize;
  cls->getattr = metaclass                                          ? MetaclassInstanceGetAttr
                 : IsSubtype(cls->builtin_base, &kGenericAliasType) ? AliasInstanceGetAttr
                                                                    : ClassInstanceGetAttr;
  cls->setattr = metaclass ? MetaclassInstanceSetAttr : ClassInstanceSetAttr;
  cls->construct = ClassConstruct;
  FillClassSlots(vm, cls);
  vm.user_classes().push_back(cls);

  if (!FinishClass(vm, cls, kwargs)) return Value::Null();
  return cls_value;
}

// PEP 560: a class statement whose bases __mro_entries__ replaced keeps the
// bases as written in its namespace as __orig_bases__ (typing.Generic reads
// its type variables from them). False with an exception set.
bool StoreOrigBases(Interp& vm, DictObject* ns, const std::vector<Value>& bases,
                    const Value* original_bases, size_t original_count) {
  bool replaced = bases.size() != original_count ||
                  !std::equal(bases.begin(), bases.end(), original_bases,
                              [](Value a, Value b) { return a.Is(b); });
  if (!replaced) return true;
  TupleObject* orig = NewTupleFrom(vm, original_bases, original_count);
  if (orig == nullptr) return false;
  // A prepared namespace takes it through its __setitem__, as CPython's
  // PyMapping_SetItemString.
  return NamespaceSetItem(vm, ns, Value::FromObject(vm.Intern("__orig_bases__")),
                          Value::FromObject(orig)) >= 0;
}

// A class statement whose metaclass is not `type` (CPython's
// builtin___build_class__): the metaclass's __prepare__ gives the namespace,
// the body fills it, and calling the metaclass makes the class. `meta` may
// also be the type of a base that is not a class, whose call then fails or
// makes whatever calling it with those arguments makes.
Value BuildClassWithMetaclass(Interp& vm, TypeObject* meta, FunctionObject* body,
                              StrObject* name, const std::vector<Value>& bases,
                              const Value* original_bases, size_t original_count,
                              DictObject* kwargs) {
  RootScope roots(vm);
  TupleObject* bases_tuple = NewTupleFrom(vm, bases.data(), bases.size());
  if (bases_tuple == nullptr) return Value::Null();
  Value bases_value = Value::FromObject(bases_tuple);
  roots.Add(&bases_value);
  // Keyword arguments of the class statement go to __prepare__ and to the
  // metaclass call.
  std::vector<Value> call_args = {Value::FromObject(name), bases_value, Value::None()};
  std::vector<Value> kw_names;
  if (kwargs != nullptr) {
    Value key, value;
    size_t pos = 0;
    while (DictNext(kwargs, &pos, &key, &value)) {
      kw_names.push_back(key);
      call_args.push_back(value);
    }
  }
  TupleObject* names = kw_names.empty() ? nullptr : NewTupleFrom(vm, kw_names.data(), kw_names.size());
  if (!kw_names.empty() && names == nullptr) return Value::Null();
  Value names_value = names ? Value::FromObject(names) : Value::None();
  roots.Add(&names_value);

  Value ns_value;
  roots.Add(&ns_value);
  // Rooted by `roots` until the function returns, so declared at its scope.
  Value bound;
  roots.Add(&bound);
  TypeAttr prepare;
  if (UserHook(vm, meta, "__prepare__", &prepare)) {
    bound = BindTypeAttr(vm, prepare, Value::Null(), meta);
    if (bound.is_null()) return bound;
    // call_args[2] is a placeholder: __prepare__ takes (name, bases, **kw).
    std::vector<Value> prepare_args = {call_args[0], call_args[1]};
    prepare_args.insert(prepare_args.end(), call_args.begin() + 3, call_args.end());
    ns_value = vm.Call(bound, CallArgs{prepare_args.data(), 2, names});
    if (ns_value.is_null()) return ns_value;
    // CPython takes any mapping; the sandbox takes a dict or a dict
    // subclass of moat's own modules, whose item methods the class body's
    // name bindings then call (STORE_NAME on a mapping namespace).
    const TypeObject* ns_type = ns_value.is_object() ? ns_value.object()->type : nullptr;
    if (!HasType(ns_value, &kDictType) &&
        !(IsDict(ns_value) && (ns_type->type_flags & kTypeMoatModuleClass) != 0)) {
      return vm.RaiseFormat(&kTypeErrorType,
                            "%s.__prepare__() must return a dict in the sandbox, not %s",
                            meta->name, std::string(TypeName(ns_value)));
    }
  } else {
    DictObject* ns = NewDict(vm);
    if (ns == nullptr) return Value::Null();
    ns_value = Value::FromObject(ns);
  }
  DictObject* ns = As<DictObject>(ns_value);
  Value cell = RunClassBody(vm, body, ns);
  if (cell.is_null()) return cell;
  roots.Add(&cell);
  if (!StoreOrigBases(vm, ns, bases, original_bases, original_count)) return Value::Null();
  call_args[2] = ns_value;
  for (Value& v : call_args) roots.Add(&v);
  Value made = vm.Call(Value::FromObject(meta), CallArgs{call_args.data(), 3, names});
  if (made.is_null() || !IsType(made) || !HasType(cell, &kCellType)) return made;
  // The body's methods use __class__ (super()): the class made must be the
  // one type.__new__ stored in the cell, as CPython's __build_class__
  // checks; a namespace whose __setitem__ dropped or replaced
  // __classcell__ would otherwise leave the methods without their class.
  Value cell_class = As<CellObject>(cell)->value;
  if (cell_class.is_object() && cell_class.object() == made.object()) return made;
  roots.Add(&made);
  roots.Add(&cell_class);
  Value made_repr = Repr(vm, made);
  if (made_repr.is_null()) return made_repr;
  roots.Add(&made_repr);
  std::string made_text(As<StrObject>(made_repr)->view());
  if (cell_class.is_null()) {
    return vm.RaiseFormat(&kRuntimeErrorType,
                          "__class__ not set defining '%s' as %s. Was __classcell__ propagated "
                          "to type.__new__?",
                          std::string(name->view()), made_text);
  }
  Value cell_repr = Repr(vm, cell_class);
  if (cell_repr.is_null()) return cell_repr;
  return vm.RaiseFormat(&kTypeErrorType, "__class__ set to %s defining '%s' as %s",
                        std::string(As<StrObject>(cell_repr)->view()),
                        std::string(name->view()), made_text);
}

}  // namespace

Value BuildClass(Interp& vm, CallArgs args) {
  if (args.nargs < 2) return vm.RaiseTypeError("__build_class__: not enough arguments");
  if (!HasType(args.args[0], &kFunctionType)) {
    return vm.RaiseTypeError("__build_class__: func must be a function");
  }
  if (!IsStr(args.args[1])) return vm.RaiseTypeError("__build_class__: name is not a string");
  FunctionObject* body = As<FunctionObject>(args.args[0]);
  StrObject* name = As<StrObject>(args.args[1]);
  RootScope roots(vm);

  // Keyword arguments: `metaclass` picks the metaclass (`type` or one of
  // moat's; any other callable is refused), the rest go to the metaclass and
  // __init_subclass__.
  TypeObject* meta = &kTypeType;
  bool explicit_meta = false;
  DictObject* kwargs = nullptr;
  Value kwargs_value;
  roots.Add(&kwargs_value);
  for (size_t i = 0; i < args.nkwargs(); ++i) {
    StrObject* k = As<StrObject>(args.kwnames->items[i]);
    Value v = args.args[args.nargs + i];
    if (k->view() == "metaclass") {
      if (v.is_object() && (v.object() == &kTypeType || (IsType(v) && IsMetaclass(As<TypeObject>(v))))) {
        meta = As<TypeObject>(v);
        explicit_meta = true;
        continue;
      }
      return vm.RaiseTypeError("metaclass is not available in the sandbox");
    }
    if (kwargs == nullptr) {
      kwargs = NewDict(vm);
      if (kwargs == nullptr) return Value::Null();
      kwargs_value = Value::FromObject(kwargs);
    }
    if (DictSet(vm, kwargs, Value::FromObject(k), v) < 0) return Value::Null();
  }

  std::vector<Value> resolved_bases;
  if (!ResolveMroEntries(vm, args.args + 2, args.nargs - 2, &resolved_bases)) {
    return Value::Null();
  }
  for (Value& b : resolved_bases) roots.Add(&b);
  // Without `metaclass=`, the first base's type is the candidate, as in
  // CPython's __build_class__: `class C(5)` runs the body and then calls
  // int('C', (5,), ns), failing with that call's own error. Such a call is
  // one the script could make itself (`type(5)(...)`), with the same
  // refusals (`class C(f)` calls the function type, which the sandbox
  // refuses); a base that is a type keeps `type` or a metaclass of moat's.
  if (!explicit_meta && !resolved_bases.empty()) meta = TypeOf(resolved_bases[0]);
  meta = CalculateMetaclass(vm, meta, resolved_bases.data(), resolved_bases.size());
  if (meta == nullptr) return Value::Null();
  if (meta != &kTypeType) {
    return BuildClassWithMetaclass(vm, meta, body, name, resolved_bases, args.args + 2,
                                   args.nargs - 2, kwargs);
  }

  // What a class statement of moat's own code may do (define a metaclass,
  // make a namespace class __prepare__ may return) it may do only over
  // built-in bases and moat's own classes, and a metaclass only over `type`
  // and moat's metaclasses: make_dataclass runs one over a script's bases,
  // whose __init_subclass__ (a script's, or one it stored on a class of
  // moat's) would receive the class made.
  CodeOrigin origin = body->code->origin;
  bool defines_metaclass = false;
  for (const Value& b : resolved_bases) {
    defines_metaclass = defines_metaclass || (IsType(b) && (b.object() == &kTypeType ||
                                                            IsMetaclass(As<TypeObject>(b))));
  }
  for (const Value& b : resolved_bases) {
    if (!IsType(b)) continue;  // refused by CheckBases
    const TypeObject* t = As<TypeObject>(b);
    bool moat_class = !IsUserClass(t) || (t->type_flags & kTypeMoatModuleClass) != 0;
    bool metaclass_base = t == &kTypeType || IsMetaclass(t);
    if (!moat_class || (defines_metaclass && !metaclass_base)) origin = CodeOrigin::kScript;
  }
  ClassBases bases;
  if (!CheckBases(vm, resolved_bases.data(), resolved_bases.size(), origin, &bases)) {
    return Value::Null();
  }
  // Run the body in a fresh namespace.
  DictObject* ns = NewDict(vm);
  if (ns == nullptr) return Value::Null();
  Value ns_value = Value::FromObject(ns);
  roots.Add(&ns_value);
  Value cell = RunClassBody(vm, body, ns);
  if (cell.is_null()) return cell;
  roots.Add(&cell);
  if (!StoreOrigBases(vm, ns, resolved_bases, args.args + 2, args.nargs - 2)) return Value::Null();
  // __build_class__ calls type(name, bases, ns), which type_vectorcall hands
  // to _PyObject_MakeTpCall: a recursion step while the class is made (its
  // __init_subclass__ and __set_name__ calls included).
  RecursiveCallGuard meta_call(vm, " while calling a Python object");
  if (!meta_call.ok()) return Value::Null();
  Value made = CreateClass(vm, &kTypeType, name, bases, ns, kwargs);
  if (!made.is_null() && origin == CodeOrigin::kMoatModule) {
    As<TypeObject>(made)->type_flags |= kTypeMoatModuleClass;
  }
  return made;
}

namespace {

// type.__new__(metaclass, name, bases, namespace, **kw): a class made by a
// metaclass's call (CPython type_new). `type(name, bases, ns)` itself stays
// refused: a script makes classes with the class statement.
Value TypeNew(Interp& vm, TypeObject* subtype, CallArgs args) {
  if (subtype == &kTypeType) {
    if (args.nargs == 1 && args.nkwargs() == 0) return Value::FromObject(TypeOf(args.args[0]));
    if (args.nargs == 3) {
      return vm.RaiseTypeError("type() with three arguments is not available in the sandbox");
    }
    return vm.RaiseTypeError("type() takes 1 or 3 arguments");
  }
  if (args.nargs != 3) {
    return vm.RaiseFormat(&kTypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)",
                          args.nargs);
  }
  static const char* const kParamTypes[] = {"str", "tuple", "dict"};
  const bool ok[] = {IsStr(args.args[0]), IsTuple(args.args[1]), IsDict(args.args[2])};
  for (int i = 0; i < 3; ++i) {
    if (!ok[i]) {
      return vm.RaiseFormat(&kTypeErrorType, "type.__new__() argument %d must be %s, not %s",
                            i + 1, kParamTypes[i], std::string(TypeName(args.args[i])));
    }
  }
  StrObject* name = As<StrObject>(args.args[0]);
  TupleObject* given = As<TupleObject>(args.args[1]);
  for (size_t i = 0; i < given->size; ++i) {
    if (!IsType(given->items[i]) &&
        !GetAttrOptional(vm, given->items[i], vm.Intern("__mro_entries__")).is_null()) {
      return vm.RaiseTypeError(
          "type() doesn't support MRO entry resolution; use types.new_class()");
    }
    if (vm.HasException()) return Value::Null();
  }
  TypeObject* meta = CalculateMetaclass(vm, subtype, given->items, given->size);
  if (meta == nullptr) return Value::Null();
  // A metaclass is defined only by a class statement of moat's own code:
  // bases reaching type.__new__ come from a metaclass call, whose caller
  // may have chosen them, so they may not derive from `type`.
  ClassBases bases;
  if (!CheckBases(vm, given->items, given->size, CodeOrigin::kScript, &bases)) {
    return Value::Null();
  }
  RootScope roots(vm);
  // The class gets a copy of the namespace, as in CPython.
  DictObject* ns = DictCopy(vm, As<DictObject>(args.args[2]));
  if (ns == nullptr) return Value::Null();
  Value ns_value = Value::FromObject(ns);
  roots.Add(&ns_value);
  DictObject* kwargs = nullptr;
  Value kwargs_value;
  roots.Add(&kwargs_value);
  for (size_t i = 0; i < args.nkwargs(); ++i) {
    if (kwargs == nullptr) {
      kwargs = NewDict(vm);
      if (kwargs == nullptr) return Value::Null();
      kwargs_value = Value::FromObject(kwargs);
    }
    if (DictSet(vm, kwargs, args.kwnames->items[i], args.args[args.nargs + i]) < 0) {
      return Value::Null();
    }
  }
  return CreateClass(vm, meta, name, bases, ns, kwargs);
}

}  // namespace

Value RemakeClass(Interp& vm, ClassObject* cls, DictObject* ns, TupleObject* bases) {
  if (IsMetaclass(cls)) {
    return vm.RaiseTypeError("a metaclass cannot be remade: only a class statement makes one");
  }
  TupleObject* new_bases = cls->bases;
  if (bases != nullptr) {
    TypeObject* meta = CalculateMetaclass(vm, &kTypeType, bases->items, bases->size);
    if (meta == nullptr) return Value::Null();
    if (meta != &kTypeType || TypeOf(Value::FromObject(cls)) != &kTypeType) {
      return vm.RaiseTypeError("_remake_class() takes other bases only for classes of type 'type'");
    }
    new_bases = bases;
  }
  RootScope roots(vm);
  DictObject* copy = DictCopy(vm, ns);
  if (copy == nullptr) return Value::Null();
  Value copy_value = Value::FromObject(copy);
  roots.Add(&copy_value);
  Value made;
  TypeObject* meta = TypeOf(Value::FromObject(cls));
  if (meta == &kTypeType) {
    // The bases came from a class statement's checks, and a script's class
    // never derives from `type`.
    ClassBases checked;
    if (!CheckBases(vm, new_bases->items, new_bases->size, CodeOrigin::kScript, &checked)) {
      return Value::Null();
    }
    made = CreateClass(vm, meta, cls->name_str, checked, copy, nullptr);
  } else {
    // One of moat's metaclasses (ABCMeta): its __new__ makes the class, as
    // CPython's type(cls)(name, bases, ns) does.
    Value args[3] = {Value::FromObject(cls->name_str), Value::FromObject(cls->bases), copy_value};
    made = vm.Call(Value::FromObject(meta), CallArgs{args, 3, nullptr});
  }
  if (made.is_null()) return made;
  if (IsType(made) && IsUserClass(As<TypeObject>(made))) {
    AsClass(As<TypeObject>(made))->qualname = cls->qualname;
  }
  return made;
}

namespace {

// type.__init__: accepts what type.__new__ took (CPython type_init).
int TypeInit(Interp& vm, Value, CallArgs args) {
  if (args.nargs == 1 && args.nkwargs() != 0) {
    vm.RaiseTypeError("type.__init__() takes no keyword arguments");
    return -1;
  }
  if (args.nargs != 1 && args.nargs != 3) {
    vm.RaiseTypeError("type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

}  // namespace

namespace {

Value BuildClassNative(Interp& vm, Value, CallArgs args) { return BuildClass(vm, args); }

Value ObjectGetClass(Interp&, Value self, CallArgs) { return Value::FromObject(TypeOf(self)); }

// object.__str__ calls the repr slot itself, unchecked: str() reports a
// bad __repr__ result as __str__'s (CPython object_str).
Value ObjectStr(Interp& vm, Value self) {
  for (TypeObject* t = TypeOf(self); t != nullptr; t = t->base) {
    if (t->repr != nullptr) return t->repr(vm, self);
  }
  return Repr(vm, self);
}

// object.__subclasshook__: NotImplemented, so issubclass() decides as
// usual (abc.ABCMeta calls it first).
Value ObjectSubclassHook(Interp&, Value, CallArgs) { return Value::NotImplemented(); }

// object.__init_subclass__: the end of every __init_subclass__ chain.
Value ObjectInitSubclass(Interp& vm, Value cls, CallArgs args) {
  // A METH_NOARGS classmethod: CPython names it by the class's qualname.
  std::string qualname = TypeQualName(As<TypeObject>(cls));
  if (args.nargs != 0) {
    return vm.RaiseFormat(&kTypeErrorType, "%s.__init_subclass__() takes no arguments (%d given)",
                          qualname, args.nargs);
  }
  if (args.nkwargs() != 0) {
    return vm.RaiseFormat(&kTypeErrorType, "%s.__init_subclass__() takes no keyword arguments",
                          qualname);
  }
  return Value::None();
}

const MethodDef kObjectMethods[] = {
    {"__class__", ObjectGetClass, MethodKind::kGetter},
    {"__format__", ObjectFormatMethod},
    {"__setattr__", ObjectSetAttrMethod},
    {"__delattr__", ObjectDelAttrMethod},
    {"__getattribute__", ObjectGetAttributeMethod},
    // METH_NOARGS: each call is a recursion step (MethodDef::counted).
    {"__init_subclass__", ObjectInitSubclass, MethodKind::kClassMethod, nullptr, false, true},
    {"__subclasshook__", ObjectSubclassHook, MethodKind::kClassMethod},
    {"__getstate__", ObjectGetStateMethod},
    {"__dir__", ObjectDirMethod},
    {"__reduce__", ObjectReduceMethod},
    {"__reduce_ex__", ObjectReduceExMethod},
    {"__sizeof__", ObjectSizeofMethod},
    {nullptr, nullptr},
};

}  // namespace

const MethodDef kBuildClassMethod = {"__build_class__", BuildClassNative};

void InitClassSupport() {
  kTypeType.trace = ClassObjectTrace;
  kTypeType.getattr = TypeGetAttr;
  kTypeType.setattr = TypeSetAttr;
  kTypeType.repr = TypeRepr;
  kTypeType.methods = kTypeMethods;
  // Instances of a metaclass are classes; type.__new__ makes them.
  kTypeType.basic_size = sizeof(ClassObject);
  kTypeType.new_instance = TypeNew;
  kTypeType.init = TypeInit;
  kObjectType.basic_size = sizeof(Object);
  kObjectType.new_instance = ObjectNew;
  kObjectType.init = ObjectInit;
  kObjectType.construct = ObjectConstruct;
  kObjectType.methods = kObjectMethods;
  kObjectType.str = ObjectStr;
}

int StartPlainConstruction(Interp& vm, Value callable, Value* instance,
                           FunctionObject** init) {
  if (!callable.is_object() || callable.object()->type != &kTypeType) return 0;
  TypeObject* cls = As<TypeObject>(callable);
  if (!IsUserClass(cls) || cls->construct != ClassConstruct) return 0;
  TypeAttr new_attr;
  if (!FindTypeAttr(vm, cls, DunderName(vm, kNewSlotDef), &new_attr) ||
      new_attr.slot == nullptr || new_attr.owner != &kObjectType) {
    return 0;
  }
  TypeAttr init_attr;
  if (!FindTypeAttr(vm, cls, DunderName(vm, kInitSlotDef), &init_attr) ||
      !HasType(init_attr.value, &kFunctionType)) {
    return 0;
  }
  FunctionObject* f = As<FunctionObject>(init_attr.value);
  constexpr int32_t kNotPlainCall = kCodeFlagGenerator | kCodeFlagCoroutine |
                                    kCodeFlagIterableCoroutine | kCodeFlagAsyncGenerator;
  if ((f->code->flags & kNotPlainCall) != 0) return 0;
  // ObjectNew's argument checks pass: __new__ is object's and __init__ is
  // not.
  *instance = AllocatePlainInstance(vm, cls);
  if (instance->is_null()) return -1;
  *init = f;
  return 1;
}

}  // namespace moat::vm
