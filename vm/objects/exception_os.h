// OSError and its subclasses: the attributes CPython derives from their
// arguments (PyOSErrorObject in Objects/exceptions.c).
//
// OSError(errno, strerror[, filename[, winerror[, filename2]]]) sets
// `errno`, `strerror`, `filename` and `filename2` (None when not given,
// assignable afterwards); with a filename, args keeps only the first two.
// str() is "[Errno 2] No such file: 'x'" while errno and strerror (and a
// filename) are set, the BaseException text otherwise. Calling OSError
// itself with a known errno makes the matching subclass (2 gives a
// FileNotFoundError, 13 a PermissionError...), with Linux's numbers.
// BlockingIOError(errno, strerror, n) with a number n keeps it as
// `characters_written` (and all three args) instead of a filename.
// moat does no I/O, so only scripts raise these. Difference: winerror is
// ignored (as on Linux).
#ifndef MOAT_VM_OBJECTS_EXCEPTION_OS_H_
#define MOAT_VM_OBJECTS_EXCEPTION_OS_H_

#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"
#include "vm/objects/exception.h"

namespace moat::vm {

struct OSErrorObject : ExceptionObject {
  Value errnum;  // Null when unset or deleted (reads as None)
  Value strerror;
  Value filename;
  Value filename2;
  Value written;  // characters_written: an int, Null when unset (CPython's -1)
};

// str() of an OSError instance (OSError_str): Null with an exception
// pending, or Null without one when BaseException's text applies.
Value OSErrorStr(Interp& vm, Value exc);

// Assigning (`value` not Null) or deleting errno, strerror, filename,
// filename2 (T_OBJECT members) or characters_written. 0 done, 1 when `exc`
// has no such attribute, -1 with an exception pending.
int OSErrorSetMember(Interp& vm, Value exc, std::string_view name, Value value);

// Sets OSError's and its subclasses' layout, constructor, __init__ and
// attributes (from InitExceptionTypes; ExceptionStr calls OSErrorStr).
void InitOSErrorTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_EXCEPTION_OS_H_
