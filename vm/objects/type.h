// User classes (the `class` statement) and attribute lookup along the MRO.
//
// A user class is a ClassObject: a TypeObject allocated on the interpreter's
// heap (kTypeHeapType), whose type is `type` or a metaclass (IsMetaclass). Its slots are filled when the
// class is created (vm/objects/slots.h): a slot whose dunder method a user
// class in the MRO defines calls that method; any other slot is the built-in
// one the MRO reaches. Every slot of a user class is filled explicitly, so
// the base-chain walks in vm/ops.cc stop at the class itself.
//
// Instances have the layout of the class's "solid base" (the built-in type
// they derive from: object, an exception type, list, int, ...) followed by a
// pointer to their attribute dict at `dict_offset`. When the solid base keeps
// items inline after its struct (kTypeVarSize: tuple, str), dict_offset is 0
// and the pointer is the last word of each instance's allocation instead.
//
// Sandbox: a script reaches a class's name, qualname, module and doc, and the
// attributes user code put there. The MRO, bases and subclasses stay inside
// the VM (docs/SECURITY.md).
#ifndef MOAT_VM_OBJECTS_TYPE_H_
#define MOAT_VM_OBJECTS_TYPE_H_

#include <string>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct FunctionObject;
struct DictObject;
struct StrObject;
struct TupleObject;
struct SlotDef;
struct BuiltinFunctionObject;

struct ClassObject : TypeObject {
  StrObject* name_str;  // `name` points into it
  StrObject* qualname;
  Value module;  // usually '__main__'
  Value doc;
  TupleObject* bases;
  TupleObject* mro;  // this class first, `object` last
  DictObject* dict;  // the class namespace
  TypeObject* solid_base;  // the built-in type whose layout instances have
  // The first built-in type on the MRO: the slots no user class on the MRO
  // defines come from it (ExceptionGroup's, not BaseException's).
  TypeObject* builtin_base;
  // The nearest class on the base chain (this one included) whose __slots__
  // added fields, or solid_base: the layout instances must be compatible
  // with. Kept so that a class made from a chain of thousands of classes
  // does not walk the chain.
  TypeObject* layout_base;
  uint32_t dict_offset;  // 0: at the end of the allocation (kTypeVarSize)
  // __slots__: this class's own slot values are the `nslots` Values at
  // `slots_offset` in its instances (member descriptors in its dict).
  uint32_t slots_offset;
  uint32_t nslots;
  // Set when every class on the MRO has __slots__ without '__dict__':
  // instances then have no attribute dict.
  bool no_instance_dict;
  // Instances have CPython's weak-reference slot (the class or a base added
  // a '__weakref__' descriptor), so a subclass adds none, and accept weak
  // references (vm/objects/weakref.h AcceptsWeakRef).
  bool weakref_slot;
  // Which attribute hooks a user class on the MRO defines (kClassHook*),
  // so plain attribute access skips looking for them.
  uint32_t hooks;
  // A C-type stand-in's private names (IsPrivateName: `_int` of Decimal,
  // its slots and helper methods) are found only by code whose globals are
  // `private_scope`, the namespace of the module that defined it; to other
  // code the lookup finds nothing, as CPython's C type has no such
  // attribute. Null for every other class (_set_type_name sets it;
  // FindTypeAttr applies it).
  DictObject* private_scope;
};

// A __slots__ name as the class stores it: `__x` in class `_C` is `_C__x`
// (_Py_Mangle; dunders and dotted names are left alone).
std::string MangledSlotName(std::string_view class_name, std::string_view name);

// A single-underscore name (`_int`, `_fix`), not a dunder.
bool IsPrivateName(const StrObject* name);

// Whether the running code may see `name`, found in stand-in `owner`'s
// namespace (ClassObject::private_scope).
bool PrivateNameVisible(Interp& vm, const TypeObject* owner, const StrObject* name);

inline constexpr uint32_t kClassHookGetAttribute = 1u << 0;
inline constexpr uint32_t kClassHookGetAttr = 1u << 1;
inline constexpr uint32_t kClassHookSetAttr = 1u << 2;
inline constexpr uint32_t kClassHookDelAttr = 1u << 3;

inline bool IsUserClass(const TypeObject* t) { return (t->type_flags & kTypeHeapType) != 0; }

// A metaclass: a user class deriving from `type`, whose instances are
// classes (ClassObjects with the metaclass as their type). Only moat's own
// modules may define one (abc.ABCMeta, enum.EnumType); a script may name one
// in `metaclass=` or inherit it from a base. Its instances take attributes
// in their namespace, as every class does, never in an instance dict.
inline bool IsMetaclass(const TypeObject* t) { return (t->type_flags & kTypeMetaclass) != 0; }

// Where an attribute found on a type lives. Exactly one of value, method and
// slot is set when `owner` is not null.
struct TypeAttr {
  Value value = Value::Null();        // an entry of a user class's namespace
  const MethodDef* method = nullptr;  // a built-in type's method table
  const SlotDef* slot = nullptr;      // a built-in type's slot (__eq__, __init__)
  TypeObject* owner = nullptr;
  bool found() const { return owner != nullptr; }
};

// Looks `name` up along the MRO of `type`, starting after `after` when it is
// not null (super()). Does not raise.
bool FindTypeAttr(Interp& vm, TypeObject* type, StrObject* name, TypeAttr* out,
                  TypeObject* after = nullptr);

// The descriptor protocol: what `attr` gives when read through `instance`
// (Null when read through the class) of class `type`. May run Python code.
Value BindTypeAttr(Interp& vm, const TypeAttr& attr, Value instance, TypeObject* type);

// The first half of calling a plain user class, for the interpreter loop
// to run the second as one of its own frames (CPython 3.13's
// CALL_ALLOC_AND_ENTER_INIT): a class called through type, whose __new__
// is object's and whose __init__ is a Python function that is not a
// generator. 1: *instance is the new instance and *init the __init__ to
// call with it and the call's arguments, which must return None; 0: the
// class is not such a class (nothing was done); -1: object.__new__ raised.
int StartPlainConstruction(Interp& vm, Value callable, Value* instance, FunctionObject** init);

// `descr.__get__(instance, owner=None, /)` of the built-in descriptors
// (function, property, classmethod, staticmethod): CPython's wrap_descr_get,
// None standing for a missing instance or owner, then BindTypeAttr. A
// NativeFn for their method tables. May run Python code.
Value DescriptorGetMethod(Interp& vm, Value self, CallArgs args);

// `descr.__get__` and `descr.__set__` / `__delete__` (value Null) of a
// getset_descriptor `d` (a built-in getter read from its type, or the
// '__dict__' / '__weakref__' descriptor of a user class): the instance must
// be of the descriptor's type. Get may allocate; set may run Python code
// (a built-in setter reached through SetAttr).
Value GetSetDescriptorGet(Interp& vm, BuiltinFunctionObject* d, Value instance);
int GetSetDescriptorSet(Interp& vm, BuiltinFunctionObject* d, Value instance, Value value);

// CPython's _PyObject_LookupSpecial: `name` looked up on the type of `obj`
// only (not the instance), bound to `obj`. Null without an exception when
// the type has no such attribute.
Value LookupSpecial(Interp& vm, Value obj, StrObject* name);

// The attribute dict slot of an instance of a user class, or nullptr.
DictObject** InstanceDictSlot(Value obj);
// The same for `o`, an instance of exactly user class `c`, which gives its
// instances a dict (!c->no_instance_dict).
inline DictObject** InstanceDictSlotOf(const ClassObject* c, Object* o) {
  uint32_t offset = c->dict_offset;
  if (offset == 0) offset = o->alloc_size - sizeof(DictObject*);
  return reinterpret_cast<DictObject**>(reinterpret_cast<char*>(o) + offset);
}
// Stores `value` as `name` in the attribute dict at `slot` (made on first
// store), or deletes it when value is Null: AttributeError naming obj's
// type if it is not there. 0, or -1 with the error pending.
int SetInDictSlot(Interp& vm, DictObject** slot, Value obj, StrObject* name, Value value);
// `obj.__dict__ = value` for a built-in object with an attribute dict
// (functions, classmethod...), as CPython's PyObject_GenericSetDict: a dict
// only, and never deleted (value Null). 0, or -1 with TypeError pending.
int AssignGenericDict(Interp& vm, DictObject** slot, Value value);

// `obj.__class__ = value` (value Null: `del obj.__class__`), as CPython's
// object_set_class: only between script classes whose instances have the
// same layout (vm/objects/class_assignment.cc). 0, or -1 with TypeError
// pending. Runs no Python code.
int ObjectSetClass(Interp& vm, Value obj, Value value);

// Generic attribute access for instances of user classes (the object
// protocol without user __getattr__/__setattr__ hooks). GetAttr returns Null
// without an exception when the attribute is missing.
Value InstanceGenericGetAttr(Interp& vm, Value obj, StrObject* name);
int InstanceGenericSetAttr(Interp& vm, Value obj, StrObject* name, Value value);

// `__build_class__`, which LOAD_BUILD_CLASS pushes (not a visible builtin).
extern const MethodDef kBuildClassMethod;

// The `__build_class__` step of a class statement: runs `body` (the class
// body function) in a fresh namespace and creates the class.
Value BuildClass(Interp& vm, CallArgs args);

// A new class made from user class `cls`'s metaclass, name, qualname and
// bases and a copy of namespace `ns`, as CPython's
// `type(cls)(cls.__name__, cls.__bases__, ns)` (dataclass(slots=True)
// remakes its class this way). The class statement that made `cls` chose
// those bases, so this makes nothing a class statement could not. Runs
// __set_name__, __init_subclass__ and a metaclass's __new__: may run Python
// code; allocates. A metaclass `cls` is refused. With `bases`, the class
// gets those instead, checked as a script's class statement checks them;
// both `cls` and they must need no metaclass but `type` (make_dataclass
// makes its class this way, so that only the made class runs its bases'
// __init_subclass__).
Value RemakeClass(Interp& vm, ClassObject* cls, DictObject* ns, TupleObject* bases = nullptr);

// "__main__.C" for user classes, the bare name for built-in types, as
// CPython's reprs show it.
std::string TypeQualifiedName(TypeObject* type);
// The type's __qualname__ ("Outer.C"; a built-in type's name), which
// CPython's PyType_GetQualName gives some messages (property's missing
// getter); others use tp_name, which is TypeObject::name.
std::string TypeQualName(TypeObject* type);

// Whether `type` (`builtin_type` or a class deriving from it) has the init
// slot of `builtin_type`: no __init__ of its own. CPython's constructors that
// take no keywords accept them otherwise, for that __init__ to take.
bool HasBuiltinInit(const TypeObject* type, const TypeObject* builtin_type);

// Allocates an instance of `type` (a built-in type or a user class deriving
// from it) with the layout of the built-in struct T.
template <typename T>
T* NewInstance(Interp& vm, TypeObject* type) {
  size_t size = type->basic_size > sizeof(T) ? type->basic_size : sizeof(T);
  Object* o = vm.heap().AllocateObject(type, size);
  if (o == nullptr) {
    vm.RaiseMemoryError();
    return nullptr;
  }
  return static_cast<T*>(o);
}

// The bytes to allocate for an instance of `type` whose built-in part
// (a kTypeVarSize struct with its inline items) takes `builtin_bytes`: for a
// user class, room for the instance-dict pointer at the end.
inline size_t InstanceAllocSize(const TypeObject* type, size_t builtin_bytes) {
  if ((type->type_flags & kTypeHeapType) == 0) return builtin_bytes;
  return ((builtin_bytes + 7) & ~size_t{7}) + sizeof(DictObject*);
}

void InitClassSupport();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_TYPE_H_
