// property, classmethod, staticmethod and super: the descriptors user
// classes are built from (CPython's Objects/descrobject.c, funcobject.c,
// typeobject.c super_*). How each behaves when read through an instance or a
// class is in BindTypeAttr (vm/objects/type.cc).
#ifndef MOAT_VM_OBJECTS_DESCRIPTOR_H_
#define MOAT_VM_OBJECTS_DESCRIPTOR_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct DictObject;
struct StrObject;

extern TypeObject kPropertyType;
extern TypeObject kClassMethodType;
extern TypeObject kStaticMethodType;
extern TypeObject kSuperType;
extern TypeObject kMemberDescriptorType;

// A `__slots__` entry (CPython's member_descriptor): the value lives in the
// instance at `offset` bytes; Null there means unset. `readonly` (CPython's
// READONLY member flag, which a module of moat's may set on its class's
// members: functools.partial's func, args and keywords) refuses every write
// and delete through it.
struct MemberDescriptorObject : Object {
  StrObject* name;
  TypeObject* owner;  // the class whose __slots__ named it
  uint32_t offset;
  bool readonly;
};
MemberDescriptorObject* NewMemberDescriptor(Interp& vm, StrObject* name, TypeObject* owner,
                                            uint32_t offset);
// The field `m` names in `instance` (of the owner class), past every check.
Value* MemberField(const MemberDescriptorObject* m, Value instance);
// Reading, writing (value) or deleting (Null value) through a member
// descriptor; the instance must be of the owner class.
Value MemberGet(Interp& vm, MemberDescriptorObject* m, Value instance);
int MemberSet(Interp& vm, MemberDescriptorObject* m, Value instance, Value value);

// A property or an instance of a user subclass of property (whose
// instance dict follows this struct). A subclass's __get__/__set__/__delete__
// override the built-in ones (BindTypeAttr, InstanceGenericSetAttr).
struct PropertyObject : Object {
  Value fget;  // None when absent
  Value fset;
  Value fdel;
  Value doc;
  StrObject* name;  // set by __set_name__ when the class is created; may be null
  // The doc came from fget's __doc__ (CPython's getter_doc): getter() then
  // takes the new getter's doc.
  bool getter_doc;
};

// classmethod(f) and staticmethod(f), or an instance of a user subclass.
// As CPython's cm_dict/sm_dict, each has an attribute dict: __init__ copies
// the callable's __module__, __name__, __qualname__, __doc__ and
// __annotations__ into it (functools_wraps), and scripts may set their own
// attributes. A user subclass's instances keep it in their instance dict
// slot instead, so both paths read one dict; `dict` is then unused.
struct FunctionWrapperObject : Object {
  Value callable;
  DictObject* dict;  // made on first store; may be nullptr
};

struct SuperObject : Object {
  TypeObject* type;      // lookups start after this class in the MRO
  Value obj;             // the instance or class bound to
  TypeObject* obj_type;  // whose MRO is searched
};

// Reads / writes / deletes (value Null) a property through `instance`.
Value PropertyGet(Interp& vm, PropertyObject* p, Value instance);
int PropertySet(Interp& vm, PropertyObject* p, Value instance, Value value);

// The built-in descriptor type whose behaviour a value of type `t` has when
// no user class on its MRO overrides the hook: `t` itself for built-in
// types, the first built-in type on the MRO for a user class (property for
// `class cached(property)`).
TypeObject* BuiltinDescriptorKind(TypeObject* t);

void InitDescriptorTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_DESCRIPTOR_H_
