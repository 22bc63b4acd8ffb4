// mappingproxy: a read-only view of a dict (CPython's
// Objects/descrobject.c mappingproxy), which is what `UserClass.__dict__`
// returns, so scripts can look into a class's own namespace ('x' in
// C.__dict__, C.__dict__['method']) without being able to change it behind
// the class's back (a dunder added that way would not refill its slots).
#ifndef MOAT_VM_OBJECTS_MAPPING_PROXY_H_
#define MOAT_VM_OBJECTS_MAPPING_PROXY_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct DictObject;

extern TypeObject kMappingProxyType;

struct MappingProxyObject : Object {
  DictObject* mapping;
};

// A new read-only view of `dict`; nullptr with MemoryError.
MappingProxyObject* NewMappingProxy(Interp& vm, DictObject* dict);

void InitMappingProxyType();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_MAPPING_PROXY_H_
