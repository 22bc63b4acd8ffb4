// BaseExceptionGroup and ExceptionGroup (PEP 654) and what `except*` needs
// from them. A group is an ExceptionObject whose `value` holds the tuple of
// its sub-exceptions and whose args are (message, exceptions as given).
#ifndef MOAT_VM_OBJECTS_EXCEPTION_GROUP_H_
#define MOAT_VM_OBJECTS_EXCEPTION_GROUP_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct TupleObject;

// True for instances of BaseExceptionGroup and its subclasses.
bool IsExceptionGroup(Value v);
// The sub-exceptions of group `v`.
TupleObject* ExceptionGroupItems(Interp& vm, Value v);

// CHECK_EG_MATCH: validates `match_type` (an exception class or tuple of
// them, not a group class), then splits `exc` by it. On success *match is
// None (no match) or the matching part, *rest the rest (None if nothing is
// left); a bare exception that matches is wrapped in ExceptionGroup('', ...).
bool ExceptStarMatch(Interp& vm, Value exc, Value match_type, Value* match, Value* rest);

// PREP_RERAISE_STAR: from the exception `orig` an except* statement caught
// and the list `raised` of what its clauses raised or re-raised (None for a
// clause that finished), the exception to raise next, or None.
Value ExceptStarReraise(Interp& vm, Value orig, Value raised);

// Fills the group types' slots and methods (from InitExceptionTypes).
void InitExceptionGroupTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_EXCEPTION_GROUP_H_
