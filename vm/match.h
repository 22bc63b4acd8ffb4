// The runtime half of `match` statements (CPython's match_keys and
// match_class in Python/ceval.c): MATCH_KEYS and MATCH_CLASS.
#ifndef MOAT_VM_MATCH_H_
#define MOAT_VM_MATCH_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct TupleObject;

// The values of `keys` in the mapping `subject` as a tuple, None when one
// is missing, Null with an exception on error.
Value MatchKeys(Interp& vm, Value subject, Value keys);

// `subject` against the class pattern `cls(<count positional>, **names)`:
// the tuple of matched attributes, None when the pattern does not match,
// Null with an exception on error.
Value MatchClass(Interp& vm, Value subject, Value cls, uint32_t count, Value names);

}  // namespace moat::vm

#endif  // MOAT_VM_MATCH_H_
