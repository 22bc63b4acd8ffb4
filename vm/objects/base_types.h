// The root types: object, type, NoneType, bool's cousins NotImplementedType
// and ellipsis. Their instances are the special Values (vm/value.h) or
// static objects.
#ifndef MOAT_VM_OBJECTS_BASE_TYPES_H_
#define MOAT_VM_OBJECTS_BASE_TYPES_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kObjectType;
extern TypeObject kTypeType;
extern TypeObject kNoneType;
extern TypeObject kNotImplementedType;
extern TypeObject kEllipsisType;

inline bool IsType(Value v) { return v.is_object() && IsSubtype(v.object()->type, &kTypeType); }

// Generic attribute lookup for built-in types: methods and getters from the
// type's method tables along the base chain. Null without exception when not
// found.
Value GenericGetAttr(Interp& vm, Value self, StrObject* name);
// object.__hash__: the same for an object through its life and on every
// run of the same program (never its address). May raise MemoryError (-1).
int64_t IdentityHash(Interp& vm, Value self);
// id(v): an int unique among live objects and fixed for an object's life,
// never derived from an address. Heap objects get 16 * their identity serial
// (so hash(object()) == id(o) >> 4, as in CPython); small ints get odd ids
// and the special constants ids that are 8 mod 16, so the three never
// collide. Allocates (the serial entry, a big int): null with MemoryError.
Value IdentityId(Interp& vm, Value v);
// `head` + " at 0x...>": the tail CPython's default reprs give an object's
// address (`<__main__.C object at 0x7f...>`, `<function f at 0x...>`).
// moat writes v's id() in hex: a per-interpreter serial, the same on every
// run and never a heap address (docs/SECURITY.md), so reprs keep CPython's
// shape and agree with id(). `at` is what precedes "0x" (hashlib's HASH
// objects print " @ "). Null with MemoryError if the identity table could
// not grow.
Value ReprWithAddress(Interp& vm, std::string head, Value v, std::string_view at = " at ");
// object.__repr__'s "<name object at 0x...>" for `v`, with `type_name` as
// the type's printed name.
Value DefaultObjectRepr(Interp& vm, Value v, std::string_view type_name);
// Finds a MethodDef by name along the base chain of `type`.
const MethodDef* FindMethod(const TypeObject* type, std::string_view name);

// Fills fields shared by every static type (header, base, name).
void InitStaticType(TypeObject* type, const char* name, TypeObject* base, uint32_t flags = 0);

void InitBaseTypes();
// Calls every Init*Type function once (thread-safe).
void InitAllTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_BASE_TYPES_H_
