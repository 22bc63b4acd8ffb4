// Type expressions that appear in annotations: `list[int]` (GenericAlias,
// from subscripting a class) and `int | None` (UnionType, from `|` on
// types). CPython's Objects/genericaliasobject.c and unionobject.c; moat
// keeps what everyday annotations and isinstance() use.
#ifndef MOAT_VM_OBJECTS_GENERIC_ALIAS_H_
#define MOAT_VM_OBJECTS_GENERIC_ALIAS_H_

#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct TupleObject;

extern TypeObject kGenericAliasType;
extern TypeObject kUnionType;

struct GenericAliasObject : Object {
  Value origin;        // list, dict, ...
  TupleObject* args;   // the subscript, as a tuple
  bool starred;        // `*tuple[int, ...]`, what iterating an alias gives
};

struct UnionObject : Object {
  TupleObject* args;  // distinct members, in first-seen order
};

// An instance of types.GenericAlias or of a class deriving from it
// (collections.abc's Callable alias), as CPython's _PyGenericAlias_Check.
inline bool IsGenericAlias(Value v) {
  return v.is_object() && IsSubtype(v.object()->type, &kGenericAliasType);
}

// The attributes an alias answers itself (`__origin__`...); its getattr,
// which a subclass inherits, hands every other name to the origin
// (CPython's ga_getattro).
bool IsAliasOwnAttr(std::string_view name);

// `cls[key]` for a class object: a GenericAlias for the built-in generic
// types, the class's __class_getitem__ for user classes, else CPython's
// "type 'int' is not subscriptable".
Value SubscriptType(Interp& vm, Value cls, Value key);

// `__class_getitem__` of list, tuple, dict, set and frozenset (a class
// method: `cls` is the class it is called on): GenericAlias(cls, arg).
Value ClassGetItemMethod(Interp& vm, Value cls, CallArgs args);

void InitGenericAliasTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_GENERIC_ALIAS_H_
